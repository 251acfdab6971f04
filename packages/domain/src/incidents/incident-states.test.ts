import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES } from '../accounts/roles';
import {
  allowedIncidentActions,
  applyIncidentAction,
  INCIDENT_ACTION_RULES,
  INCIDENT_ACTIONS,
  INCIDENT_STAMPS,
  type IncidentAction,
  type IncidentStamps,
  type IncidentState,
  incidentActionProblems,
  latestIncidentStamp,
  nextIncidentState,
} from './incident-states';

/** The edges of domain.md §4, written out by hand so the table above is checked against the diagram. */
const DIAGRAM: ReadonlySet<string> = new Set([
  'RECEIVED>DISPATCHED',
  'DISPATCHED>ACKED',
  'ACKED>ON_SCENE',
  'ON_SCENE>HANDLING',
  'HANDLING>FEEDBACK',
  'FEEDBACK>HANDLING',
  'FEEDBACK>REVIEWED',
  'REVIEWED>CLOSED',
]);

const FULL_INPUT = {
  responsibleOfficerId: 'officer-1',
  caseKind: 'criminal' as const,
  caseNumber: 'A4206260000002026110001',
  departmentId: 'land',
  duplicateOfId: 'incident-0',
  disputeCategory: 'neighbour',
  note: '已处置',
};

describe('incident state machine', () => {
  it('takes the straight path from a call to closing', () => {
    const path: IncidentAction[] = [
      'dispatch',
      'acknowledge',
      'arrive',
      'start_handling',
      'handle_on_scene',
      'review',
      'close',
    ];
    let state: IncidentState = 'RECEIVED';
    for (const action of path) {
      const next = nextIncidentState(state, action);
      expect(next, action).not.toBeNull();
      state = next as IncidentState;
    }
    expect(state).toBe('CLOSED');
  });

  it('lets every disposition out of HANDLING only', () => {
    const dispositions = INCIDENT_ACTIONS.filter((action) => INCIDENT_ACTION_RULES[action].disposition !== null);
    expect(dispositions).toHaveLength(7);
    for (const action of dispositions) {
      expect(INCIDENT_ACTION_RULES[action].from).toEqual(['HANDLING']);
      expect(nextIncidentState('ON_SCENE', action)).toBeNull();
    }
  });

  it('keeps enforcement steps for the police: the auxiliary officer may not dispatch, open a case or close', () => {
    for (const action of ['dispatch', 'open_case', 'mediate_on_spot', 'mark_invalid', 'review', 'close'] as const) {
      expect(
        incidentActionProblems(
          { state: INCIDENT_ACTION_RULES[action].from[0] ?? 'RECEIVED' },
          action,
          'auxiliary',
          FULL_INPUT,
        ),
      ).toEqual(['ROLE_NOT_ALLOWED']);
    }
    expect(allowedIncidentActions('DISPATCHED', 'auxiliary')).toEqual(['acknowledge']);
    expect(allowedIncidentActions('HANDLING', 'auxiliary')).toEqual([
      'handle_on_scene',
      'refer_people_mediation',
      'refer_department',
    ]);
  });

  it('lists every missing field of an action', () => {
    expect(incidentActionProblems({ state: 'RECEIVED' }, 'dispatch', 'officer', {})).toEqual([
      'RESPONSIBLE_OFFICER_REQUIRED',
    ]);
    expect(incidentActionProblems({ state: 'HANDLING' }, 'open_case', 'chief', { caseNumber: '  ' })).toEqual([
      'CASE_KIND_REQUIRED',
      'CASE_NUMBER_REQUIRED',
    ]);
    expect(incidentActionProblems({ state: 'HANDLING' }, 'mark_duplicate', 'officer', {})).toEqual([
      'DUPLICATE_OF_REQUIRED',
    ]);
    expect(incidentActionProblems({ state: 'CLOSED' }, 'close', 'chief', {})).toEqual(['TRANSITION_NOT_ALLOWED']);
  });

  it('refuses an arrival before the dispatch and one in the future', () => {
    const incident = {
      state: 'ACKED' as const,
      receivedAt: '2026-11-29T01:00:00Z',
      dispatchedAt: '2026-11-29T01:10:00Z',
    };
    const now = new Date('2026-11-29T02:00:00Z');
    expect(incidentActionProblems(incident, 'arrive', 'auxiliary', { at: '2026-11-29T01:05:00Z' }, now)).toEqual([
      'TIME_BEFORE_PREVIOUS_STEP',
    ]);
    expect(incidentActionProblems(incident, 'arrive', 'auxiliary', { at: '2026-11-29T02:30:00Z' }, now)).toEqual([
      'TIME_IN_FUTURE',
    ]);
    expect(incidentActionProblems(incident, 'arrive', 'auxiliary', { at: '2026-11-29T01:40:00Z' }, now)).toEqual([]);
  });

  it('property: no sequence of actions reaches a state the diagram forbids, and times never go backwards', () => {
    const step = fc.record({
      action: fc.constantFrom(...INCIDENT_ACTIONS),
      roles: fc.subarray([...ROLES], { minLength: 1 }),
      minutes: fc.integer({ min: -30, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let incident: { state: IncidentState } & IncidentStamps = {
          state: 'RECEIVED',
          receivedAt: '2026-01-01T00:00:00.000Z',
        };
        let clock = Date.parse('2026-01-01T00:00:00.000Z');
        const now = new Date('2027-01-01T00:00:00Z');
        for (const { action, roles, minutes } of steps) {
          const at = new Date(clock + minutes * 60_000).toISOString();
          const problems = incidentActionProblems(incident, action, roles, { ...FULL_INPUT, at }, now);
          if (problems.length > 0) continue;
          const before = incident.state;
          const latest = latestIncidentStamp(incident);
          incident = applyIncidentAction(incident, action, at);
          expect(DIAGRAM.has(`${before}>${incident.state}`)).toBe(true);
          expect(latest === null || Date.parse(at) >= Date.parse(latest)).toBe(true);
          clock = Math.max(clock, Date.parse(at));
          const stamps = INCIDENT_STAMPS.map((stamp) => incident[stamp]).filter((value): value is string => !!value);
          for (let i = 1; i < stamps.length; i += 1) {
            expect(Date.parse(stamps[i] as string)).toBeGreaterThanOrEqual(Date.parse(stamps[i - 1] as string));
          }
        }
      }),
    );
  });
});
