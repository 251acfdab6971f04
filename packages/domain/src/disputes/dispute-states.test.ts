import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../accounts/roles';
import { ERRORS } from '../shared/errors';
import { DISPUTE_TIERS, type DisputeTier } from './dispute-dictionaries';
import {
  ACTION_RULES,
  allowedActions,
  DISPUTE_ACTIONS,
  DISPUTE_STATES,
  type DisputeAction,
  type DisputePosition,
  type DisputeState,
  INITIAL_DISPUTE_POSITION,
  isConsistentPosition,
  nextPosition,
  nextState,
  STATE_TIERS,
  TERMINAL_DISPUTE_STATES,
  TRANSITION_PROBLEMS,
  type TransitionInput,
  taskforceGaps,
  transitionProblems,
} from './dispute-states';

/**
 * The diagram of domain.md §2, written out edge by edge independently of ACTION_RULES, with the readings this
 * module documents: the town's outcomes (resolved, county, diverted) from ASSIGNED as well as TASKFORCE, diversion
 * at intake, the station's push to the town, and re-mediation from FOLLOW_UP back to a handling state.
 */
const DIAGRAM: Record<DisputeState, readonly DisputeState[]> = {
  DISCOVERED: ['VILLAGE_HANDLING', 'TOWN_ACCEPTED'],
  VILLAGE_HANDLING: ['RESOLVED', 'VILLAGE_FAILED', 'TOWN_ACCEPTED'],
  VILLAGE_FAILED: ['TOWN_ACCEPTED'],
  TOWN_ACCEPTED: ['ASSIGNED', 'DIVERTED'],
  ASSIGNED: ['TASKFORCE', 'RESOLVED', 'ESCALATED_COUNTY', 'DIVERTED'],
  TASKFORCE: ['RESOLVED', 'ESCALATED_COUNTY', 'DIVERTED'],
  RESOLVED: ['FOLLOW_UP'],
  FOLLOW_UP: ['CLOSED', 'VILLAGE_HANDLING', 'ASSIGNED', 'TASKFORCE'],
  ESCALATED_COUNTY: [],
  DIVERTED: [],
  CLOSED: [],
};

const TIER_RANK: Record<DisputeTier, number> = { village: 0, town: 1, taskforce: 2, county: 3 };

/** Everything any action could ask for. */
const COMPLETE: TransitionInput = {
  reason: '双方同意重新协商',
  departmentIds: ['land', 'justice', 'court'],
  route: 'litigation',
  explanation: '当事人外出务工，无法按期调解',
  taskforceMembers: [
    { personId: 'p1', departmentId: 'land' },
    { personId: 'p2', departmentId: 'justice' },
    { personId: 'p3', departmentId: 'court' },
  ],
  bothPartiesConsent: true,
};

const at = (state: DisputeState, tier: DisputeTier): DisputePosition => ({ state, tier });

const roleSets = fc.subarray([...ROLES], { minLength: 1 });
const inputs: fc.Arbitrary<TransitionInput> = fc.record(
  {
    reason: fc.constantFrom('理由', '  ', null),
    departmentIds: fc.constantFrom(['land'], ['land', 'justice'], [], ['  ']),
    route: fc.constantFrom('litigation' as const, 'petition' as const, null),
    explanation: fc.constantFrom('说明', '', null),
    taskforceMembers: fc.constantFrom(
      [],
      [{ personId: 'p1', departmentId: 'land' }],
      [
        { personId: 'p1', departmentId: 'land' },
        { personId: 'p2', departmentId: 'justice' },
      ],
      [{ personId: 'p9', departmentId: 'forestry' }],
    ),
    bothPartiesConsent: fc.boolean(),
  },
  { requiredKeys: [] },
);

interface Step {
  from: DisputePosition;
  action: DisputeAction;
  to: DisputePosition;
}

/** Applies each action the rules accept for these roles and input, skipping the rest; returns the steps taken. */
function walk(steps: readonly { action: DisputeAction; roles: readonly Role[]; input: TransitionInput }[]): Step[] {
  let position: DisputePosition = { ...INITIAL_DISPUTE_POSITION };
  const taken: Step[] = [];
  for (const { action, roles, input } of steps) {
    if (transitionProblems({ ...position, overdue: false }, action, roles, input).length > 0) continue;
    const to = nextPosition(position, action);
    expect(to).not.toBeNull();
    taken.push({ from: position, action, to: to! });
    position = to!;
  }
  return taken;
}

/** Takes, at every step, one of the actions some role may take (by index), so walks go deep. */
function guidedWalk(choices: readonly number[]): Step[] {
  let position: DisputePosition = { ...INITIAL_DISPUTE_POSITION };
  const taken: Step[] = [];
  for (const choice of choices) {
    const possible = allowedActions(position, ROLES);
    if (possible.length === 0) break;
    const action = possible[choice % possible.length]!;
    const to = nextPosition(position, action)!;
    taken.push({ from: position, action, to });
    position = to;
  }
  return taken;
}

function checkPath(steps: readonly Step[]): void {
  const visited: DisputeState[] = [INITIAL_DISPUTE_POSITION.state];
  for (const step of steps) {
    expect(DIAGRAM[step.from.state]).toContain(step.to.state);
    expect(isConsistentPosition(step.to)).toBe(true);
    // Escalation moves a case up; nothing moves it down.
    expect(TIER_RANK[step.to.tier]).toBeGreaterThanOrEqual(TIER_RANK[step.from.tier]);
    visited.push(step.to.state);
  }
  const closedAt = visited.indexOf('CLOSED');
  if (closedAt >= 0) {
    expect(closedAt).toBe(visited.length - 1);
    expect(visited[closedAt - 1]).toBe('FOLLOW_UP');
    const followUpAt = visited.lastIndexOf('FOLLOW_UP');
    expect(visited[followUpAt - 1]).toBe('RESOLVED');
  }
}

describe('the dispute state machine: properties', () => {
  it('property: no sequence of actions, by any roles with any input, leaves the diagram', () => {
    // Half the steps come from someone holding every role with a complete input, so walks get deep enough to
    // reach the far states; the other half try anything.
    const step = fc.record({
      action: fc.constantFrom(...DISPUTE_ACTIONS),
      roles: fc.oneof(roleSets, fc.constant([...ROLES])),
      input: fc.oneof(inputs, fc.constant(COMPLETE)),
    });
    const reached = new Set<DisputeState>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 120 }), (steps) => {
        const taken = walk(steps);
        checkPath(taken);
        for (const { to } of taken) reached.add(to.state);
      }),
      { numRuns: 500 },
    );
    expect(reached).toEqual(new Set(DISPUTE_STATES.filter((state) => state !== 'DISCOVERED')));
  });

  it('property: every path that reaches CLOSED passes RESOLVED then FOLLOW_UP right before it', () => {
    let closed = 0;
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 30 }), (choices) => {
        const steps = guidedWalk(choices);
        checkPath(steps);
        if (steps.at(-1)?.to.state === 'CLOSED') closed += 1;
      }),
      { numRuns: 1000 },
    );
    // The walks must actually get there, or the property above says nothing.
    expect(closed).toBeGreaterThan(50);
  });

  it('property: allowedActions lists exactly the actions transitionProblems accepts with a complete input', () => {
    const positions = DISPUTE_STATES.flatMap((state) => STATE_TIERS[state].map((tier) => at(state, tier)));
    fc.assert(
      fc.property(fc.constantFrom(...positions), roleSets, (position, roles) => {
        const allowed = allowedActions(position, roles);
        for (const action of DISPUTE_ACTIONS) {
          const problems = transitionProblems({ ...position, overdue: true }, action, roles, COMPLETE);
          expect(problems.length === 0).toBe(allowed.includes(action));
        }
      }),
    );
  });

  it('property: an accepted action has every field it requires', () => {
    const positions = DISPUTE_STATES.flatMap((state) => STATE_TIERS[state].map((tier) => at(state, tier)));
    fc.assert(
      fc.property(
        fc.constantFrom(...positions),
        fc.constantFrom(...DISPUTE_ACTIONS),
        inputs,
        (position, action, input) => {
          if (transitionProblems(position, action, ROLES, input).length > 0) return;
          const rule = ACTION_RULES[action];
          if (rule.requires.includes('reason')) expect(input.reason?.trim()).toBeTruthy();
          if (rule.requires.includes('route')) expect(input.route).toBeTruthy();
          if (rule.requires.includes('departmentIds')) expect(input.departmentIds?.length).toBeGreaterThan(0);
          if (rule.requires.includes('taskforceMembers')) expect(input.taskforceMembers?.length).toBeGreaterThan(0);
          if (rule.requires.includes('bothPartiesConsent')) expect(input.bothPartiesConsent).toBe(true);
        },
      ),
    );
  });

  it('every state can be reached from DISCOVERED, and CLOSED only through FOLLOW_UP', () => {
    const seen = new Set<string>();
    const queue: DisputePosition[] = [{ ...INITIAL_DISPUTE_POSITION }];
    const intoClosed = new Set<DisputeState>();
    while (queue.length > 0) {
      const position = queue.shift()!;
      const key = `${position.state}/${position.tier}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const action of allowedActions(position, ROLES)) {
        const to = nextPosition(position, action)!;
        if (to.state === 'CLOSED') intoClosed.add(position.state);
        queue.push(to);
      }
    }
    expect(new Set([...seen].map((key) => key.split('/')[0]))).toEqual(new Set(DISPUTE_STATES));
    expect([...intoClosed]).toEqual(['FOLLOW_UP']);
    // Every reachable position is consistent, and every consistent one is reachable.
    const consistent = DISPUTE_STATES.flatMap((state) => STATE_TIERS[state].map((tier) => `${state}/${tier}`));
    expect(new Set(seen)).toEqual(new Set(consistent));
  });

  it('terminal states have no way out for anyone', () => {
    for (const state of DISPUTE_STATES) {
      const hasWayOut = STATE_TIERS[state].some((tier) => allowedActions(at(state, tier), ROLES).length > 0);
      expect(hasWayOut).toBe(!TERMINAL_DISPUTE_STATES.includes(state));
    }
  });

  it('every action rule stays inside the diagram and names roles only for tiers it can start from', () => {
    for (const action of DISPUTE_ACTIONS) {
      const rule = ACTION_RULES[action];
      for (const from of rule.from) {
        for (const tier of STATE_TIERS[from]) {
          const to = nextPosition(at(from, tier), action);
          if (to !== null) expect(DIAGRAM[from]).toContain(to.state);
        }
      }
      const startTiers = new Set(rule.from.flatMap((state) => STATE_TIERS[state]));
      for (const tier of Object.keys(rule.roles)) expect(startTiers.has(tier as DisputeTier)).toBe(true);
    }
  });

  it('every problem code is in the error catalogue with both languages', () => {
    for (const code of TRANSITION_PROBLEMS) {
      expect(ERRORS[code].status).toBeGreaterThanOrEqual(400);
      expect(ERRORS[code].en).not.toBe('');
      expect(ERRORS[code].zh).not.toBe('');
    }
  });
});

describe('each action', () => {
  it('start_village_handling: the village starts work on a discovered case', () => {
    expect(nextPosition(at('DISCOVERED', 'village'), 'start_village_handling')).toEqual(
      at('VILLAGE_HANDLING', 'village'),
    );
    expect(transitionProblems(at('DISCOVERED', 'village'), 'start_village_handling', 'auxiliary', {})).toEqual([]);
    expect(transitionProblems(at('DISCOVERED', 'village'), 'start_village_handling', 'zongzhiban', {})).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
    expect(transitionProblems(at('VILLAGE_HANDLING', 'village'), 'start_village_handling', 'auxiliary', {})).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('resolve: in the village by the village, in the town by the office or a department, always with a reason', () => {
    expect(nextPosition(at('VILLAGE_HANDLING', 'village'), 'resolve')).toEqual(at('RESOLVED', 'village'));
    expect(nextPosition(at('ASSIGNED', 'town'), 'resolve')).toEqual(at('RESOLVED', 'town'));
    expect(nextPosition(at('TASKFORCE', 'taskforce'), 'resolve')).toEqual(at('RESOLVED', 'taskforce'));
    expect(transitionProblems(at('VILLAGE_HANDLING', 'village'), 'resolve', 'auxiliary', { reason: '已赔偿' })).toEqual(
      [],
    );
    expect(transitionProblems(at('VILLAGE_HANDLING', 'village'), 'resolve', 'auxiliary', { reason: ' ' })).toEqual([
      'REASON_REQUIRED',
    ]);
    expect(transitionProblems(at('ASSIGNED', 'town'), 'resolve', 'department', { reason: '已化解' })).toEqual([]);
    expect(transitionProblems(at('ASSIGNED', 'town'), 'resolve', 'auxiliary', { reason: '已化解' })).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
    expect(transitionProblems(at('VILLAGE_HANDLING', 'village'), 'resolve', 'department', { reason: 'x' })).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
    for (const state of ['DISCOVERED', 'VILLAGE_FAILED', 'TOWN_ACCEPTED'] as const) {
      expect(nextState(at(state, STATE_TIERS[state][0]!), 'resolve')).toBeNull();
    }
  });

  it('village_fail: the village reports what it cannot settle, with a reason, and stays on the village tier', () => {
    expect(nextPosition(at('VILLAGE_HANDLING', 'village'), 'village_fail')).toEqual(at('VILLAGE_FAILED', 'village'));
    expect(transitionProblems(at('VILLAGE_HANDLING', 'village'), 'village_fail', 'auxiliary', {})).toEqual([
      'REASON_REQUIRED',
    ]);
    expect(transitionProblems(at('DISCOVERED', 'village'), 'village_fail', 'auxiliary', { reason: 'x' })).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('push_to_town: the station (not the auxiliary) sends a hard case straight to the town', () => {
    for (const state of ['DISCOVERED', 'VILLAGE_HANDLING'] as const) {
      expect(nextPosition(at(state, 'village'), 'push_to_town')).toEqual(at('TOWN_ACCEPTED', 'town'));
      expect(transitionProblems(at(state, 'village'), 'push_to_town', 'officer', { reason: '积怨多年' })).toEqual([]);
      expect(transitionProblems(at(state, 'village'), 'push_to_town', 'chief', { reason: '积怨多年' })).toEqual([]);
      expect(transitionProblems(at(state, 'village'), 'push_to_town', 'auxiliary', { reason: '积怨多年' })).toEqual([
        'ROLE_NOT_ALLOWED',
      ]);
    }
    expect(transitionProblems(at('DISCOVERED', 'village'), 'push_to_town', 'officer', {})).toEqual(['REASON_REQUIRED']);
    expect(nextState(at('VILLAGE_FAILED', 'village'), 'push_to_town')).toBeNull();
    expect(ACTION_RULES.push_to_town.restartsDeadline).toBe(true);
  });

  it('accept_at_town: the governance office takes up what the village could not settle', () => {
    expect(nextPosition(at('VILLAGE_FAILED', 'village'), 'accept_at_town')).toEqual(at('TOWN_ACCEPTED', 'town'));
    expect(transitionProblems(at('VILLAGE_FAILED', 'village'), 'accept_at_town', 'zongzhiban', {})).toEqual([]);
    expect(transitionProblems(at('VILLAGE_FAILED', 'village'), 'accept_at_town', 'officer', {})).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
    expect(transitionProblems(at('VILLAGE_HANDLING', 'village'), 'accept_at_town', 'zongzhiban', {})).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('assign_departments: needs at least one department (blank ids do not count)', () => {
    const accepted = at('TOWN_ACCEPTED', 'town');
    expect(nextPosition(accepted, 'assign_departments')).toEqual(at('ASSIGNED', 'town'));
    expect(transitionProblems(accepted, 'assign_departments', 'zongzhiban', { departmentIds: ['land'] })).toEqual([]);
    expect(transitionProblems(accepted, 'assign_departments', 'zongzhiban', { departmentIds: [] })).toEqual([
      'DEPARTMENTS_REQUIRED',
    ]);
    expect(transitionProblems(accepted, 'assign_departments', 'zongzhiban', { departmentIds: [' '] })).toEqual([
      'DEPARTMENTS_REQUIRED',
    ]);
    expect(transitionProblems(accepted, 'assign_departments', 'zongzhiban', {})).toEqual(['DEPARTMENTS_REQUIRED']);
    expect(transitionProblems(accepted, 'assign_departments', 'department', { departmentIds: ['land'] })).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
  });

  it('taskforceGaps names the departments sending nobody and the members from elsewhere, row by row', () => {
    expect(
      taskforceGaps(
        ['land', 'justice', 'forestry'],
        [
          { personId: 'p1', departmentId: 'land' },
          { personId: 'p2', departmentId: 'court' },
          { personId: 'p3', departmentId: ' land ' },
        ],
      ),
    ).toEqual({ unstaffedDepartmentIds: ['justice', 'forestry'], strayMemberIndexes: [1] });
    expect(taskforceGaps(null, null)).toEqual({ unstaffedDepartmentIds: [], strayMemberIndexes: [] });
  });

  it('form_taskforce: several departments, each sending a member, and members only from them', () => {
    const assigned = at('ASSIGNED', 'town');
    expect(nextPosition(assigned, 'form_taskforce')).toEqual(at('TASKFORCE', 'taskforce'));
    expect(transitionProblems(assigned, 'form_taskforce', 'zongzhiban', COMPLETE)).toEqual([]);
    expect(transitionProblems(assigned, 'form_taskforce', 'zongzhiban', {})).toEqual([
      'DEPARTMENTS_REQUIRED',
      'TASKFORCE_MEMBERS_REQUIRED',
    ]);
    expect(
      transitionProblems(assigned, 'form_taskforce', 'zongzhiban', {
        departmentIds: ['land', 'land'],
        taskforceMembers: [{ personId: 'p1', departmentId: 'land' }],
      }),
    ).toEqual(['TASKFORCE_DEPARTMENTS_REQUIRED']);
    expect(
      transitionProblems(assigned, 'form_taskforce', 'zongzhiban', {
        departmentIds: ['land', 'justice'],
        taskforceMembers: [{ personId: 'p1', departmentId: 'land' }],
      }),
    ).toEqual(['TASKFORCE_MEMBERS_REQUIRED']);
    expect(
      transitionProblems(assigned, 'form_taskforce', 'zongzhiban', {
        departmentIds: ['land', 'justice'],
        taskforceMembers: [
          { personId: 'p1', departmentId: 'land' },
          { personId: 'p2', departmentId: 'justice' },
          { personId: 'p3', departmentId: 'forestry' },
        ],
      }),
    ).toEqual(['TASKFORCE_MEMBER_DEPARTMENT_INVALID']);
    // The minimum is a setting.
    expect(
      transitionProblems(assigned, 'form_taskforce', 'zongzhiban', COMPLETE, { taskforceMinDepartments: 4 }),
    ).toEqual(['TASKFORCE_DEPARTMENTS_REQUIRED']);
    expect(
      transitionProblems(
        assigned,
        'form_taskforce',
        'zongzhiban',
        { departmentIds: ['land'], taskforceMembers: [{ personId: 'p1', departmentId: 'land' }] },
        { taskforceMinDepartments: 1 },
      ),
    ).toEqual([]);
    expect(nextState(at('TOWN_ACCEPTED', 'town'), 'form_taskforce')).toBeNull();
  });

  it('escalate_county: the office sends an unsettled town case up, with a reason', () => {
    for (const from of [at('ASSIGNED', 'town'), at('TASKFORCE', 'taskforce')]) {
      expect(nextPosition(from, 'escalate_county')).toEqual(at('ESCALATED_COUNTY', 'county'));
      expect(transitionProblems(from, 'escalate_county', 'zongzhiban', { reason: '涉及跨县' })).toEqual([]);
      expect(transitionProblems(from, 'escalate_county', 'zongzhiban', {})).toEqual(['REASON_REQUIRED']);
      expect(transitionProblems(from, 'escalate_county', 'department', { reason: 'x' })).toEqual(['ROLE_NOT_ALLOWED']);
    }
    expect(nextState(at('TOWN_ACCEPTED', 'town'), 'escalate_county')).toBeNull();
    expect(nextState(at('VILLAGE_FAILED', 'village'), 'escalate_county')).toBeNull();
  });

  it('divert: route and reason, at intake or later in the town', () => {
    for (const from of [at('TOWN_ACCEPTED', 'town'), at('ASSIGNED', 'town'), at('TASKFORCE', 'taskforce')]) {
      expect(nextPosition(from, 'divert')).toEqual(at('DIVERTED', from.tier));
      expect(transitionProblems(from, 'divert', 'zongzhiban', { route: 'arbitration', reason: '劳动争议' })).toEqual(
        [],
      );
      expect(transitionProblems(from, 'divert', 'zongzhiban', {})).toEqual(['REASON_REQUIRED', 'ROUTE_REQUIRED']);
    }
    expect(nextState(at('VILLAGE_HANDLING', 'village'), 'divert')).toBeNull();
  });

  it('start_follow_up: the tier that resolved the case follows it up', () => {
    expect(nextPosition(at('RESOLVED', 'village'), 'start_follow_up')).toEqual(at('FOLLOW_UP', 'village'));
    expect(nextPosition(at('RESOLVED', 'taskforce'), 'start_follow_up')).toEqual(at('FOLLOW_UP', 'taskforce'));
    expect(transitionProblems(at('RESOLVED', 'village'), 'start_follow_up', 'auxiliary', {})).toEqual([]);
    expect(transitionProblems(at('RESOLVED', 'town'), 'start_follow_up', 'department', {})).toEqual([]);
    expect(transitionProblems(at('RESOLVED', 'town'), 'start_follow_up', 'auxiliary', {})).toEqual([
      'ROLE_NOT_ALLOWED',
    ]);
  });

  it('close: only from FOLLOW_UP; an overdue case needs a written explanation', () => {
    const followUp = at('FOLLOW_UP', 'village');
    expect(nextPosition(followUp, 'close')).toEqual(at('CLOSED', 'village'));
    expect(transitionProblems(followUp, 'close', 'auxiliary', {})).toEqual([]);
    expect(transitionProblems({ ...followUp, overdue: false }, 'close', 'auxiliary', {})).toEqual([]);
    expect(transitionProblems({ ...followUp, overdue: true }, 'close', 'auxiliary', {})).toEqual([
      'OVERDUE_EXPLANATION_REQUIRED',
    ]);
    expect(transitionProblems({ ...followUp, overdue: true }, 'close', 'auxiliary', { explanation: '  ' })).toEqual([
      'OVERDUE_EXPLANATION_REQUIRED',
    ]);
    expect(
      transitionProblems({ ...followUp, overdue: true }, 'close', 'auxiliary', { explanation: '当事人外出' }),
    ).toEqual([]);
    expect(transitionProblems(at('FOLLOW_UP', 'town'), 'close', 'department', {})).toEqual(['ROLE_NOT_ALLOWED']);
    expect(transitionProblems(at('FOLLOW_UP', 'town'), 'close', 'zongzhiban', {})).toEqual([]);
    expect(transitionProblems(at('RESOLVED', 'village'), 'close', 'auxiliary', {})).toEqual(['TRANSITION_NOT_ALLOWED']);
  });

  it('reopen_for_remediation: back to the handling state of the current tier, with both parties’ consent', () => {
    expect(nextPosition(at('FOLLOW_UP', 'village'), 'reopen_for_remediation')).toEqual(
      at('VILLAGE_HANDLING', 'village'),
    );
    expect(nextPosition(at('FOLLOW_UP', 'town'), 'reopen_for_remediation')).toEqual(at('ASSIGNED', 'town'));
    expect(nextPosition(at('FOLLOW_UP', 'taskforce'), 'reopen_for_remediation')).toEqual(at('TASKFORCE', 'taskforce'));
    expect(
      transitionProblems(at('FOLLOW_UP', 'village'), 'reopen_for_remediation', 'auxiliary', {
        reason: '未履行',
        bothPartiesConsent: true,
      }),
    ).toEqual([]);
    expect(
      transitionProblems(at('FOLLOW_UP', 'village'), 'reopen_for_remediation', 'auxiliary', {
        bothPartiesConsent: false,
      }),
    ).toEqual(['REASON_REQUIRED', 'REMEDIATION_CONSENT_REQUIRED']);
    expect(nextState(at('CLOSED', 'village'), 'reopen_for_remediation')).toBeNull();
    expect(nextState(at('RESOLVED', 'village'), 'reopen_for_remediation')).toBeNull();
    expect(ACTION_RULES.reopen_for_remediation.restartsDeadline).toBe(true);
  });
});

describe('positions and roles', () => {
  it('refuses to move an inconsistent record', () => {
    expect(isConsistentPosition(at('DISCOVERED', 'town'))).toBe(false);
    expect(nextPosition(at('DISCOVERED', 'town'), 'start_village_handling')).toBeNull();
    expect(transitionProblems(at('FOLLOW_UP', 'county'), 'reopen_for_remediation', ROLES, COMPLETE)).toEqual([
      'TRANSITION_NOT_ALLOWED',
    ]);
  });

  it('accepts one role or several, and lists actions in a stable order', () => {
    const handling = at('VILLAGE_HANDLING', 'village');
    expect(allowedActions(handling, 'auxiliary')).toEqual(['resolve', 'village_fail']);
    expect(allowedActions(handling, ['auxiliary', 'officer'])).toEqual(['resolve', 'village_fail', 'push_to_town']);
    expect(allowedActions(handling, [])).toEqual([]);
    expect(allowedActions(at('ASSIGNED', 'town'), 'zongzhiban')).toEqual([
      'resolve',
      'form_taskforce',
      'escalate_county',
      'divert',
    ]);
    expect(allowedActions(at('ASSIGNED', 'town'), 'department')).toEqual(['resolve']);
  });

  it('gives the administrators, patrols, monitors and partners no action at all', () => {
    const outsiders: Role[] = ['sysadmin', 'secadmin', 'auditor', 'patrol', 'monitor', 'partner', 'village_cadre'];
    for (const state of DISPUTE_STATES) {
      for (const tier of STATE_TIERS[state]) expect(allowedActions(at(state, tier), outsiders)).toEqual([]);
    }
  });

  it('keeps the tier list of every state within the known tiers', () => {
    for (const state of DISPUTE_STATES) {
      for (const tier of STATE_TIERS[state]) expect(DISPUTE_TIERS).toContain(tier);
    }
  });
});

describe('a whole lifecycle (the 鸡冠河村 field boundary, six years old, settled by a town task force)', () => {
  it('walks village → town → task force → resolved → follow-up → closed', () => {
    const script: [DisputeAction, Role, TransitionInput, DisputeState, DisputeTier][] = [
      ['start_village_handling', 'auxiliary', {}, 'VILLAGE_HANDLING', 'village'],
      ['village_fail', 'auxiliary', { reason: '双方各执一词' }, 'VILLAGE_FAILED', 'village'],
      ['accept_at_town', 'zongzhiban', {}, 'TOWN_ACCEPTED', 'town'],
      ['assign_departments', 'zongzhiban', { departmentIds: ['land'] }, 'ASSIGNED', 'town'],
      ['form_taskforce', 'zongzhiban', COMPLETE, 'TASKFORCE', 'taskforce'],
      ['resolve', 'department', { reason: '现场勘界，重新确权' }, 'RESOLVED', 'taskforce'],
      ['start_follow_up', 'zongzhiban', {}, 'FOLLOW_UP', 'taskforce'],
      ['close', 'zongzhiban', {}, 'CLOSED', 'taskforce'],
    ];
    let position: DisputePosition = { ...INITIAL_DISPUTE_POSITION };
    for (const [action, role, input, state, tier] of script) {
      expect(allowedActions(position, role)).toContain(action);
      expect(transitionProblems(position, action, role, input)).toEqual([]);
      position = nextPosition(position, action)!;
      expect(position).toEqual(at(state, tier));
    }
  });
});
