import { allowedIncidentActions, INCIDENT_ACTION_RULES } from '@fengqiao/domain';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  asksForTime,
  feedbackSteps,
  incidentActionFields,
  incidentMachineActions,
  phoneStepsOf,
  toIncidentActionBody,
} from './incident-actions';

describe('incident action forms', () => {
  it('keeps only state-machine actions, in domain order', () => {
    expect(incidentMachineActions(['unmask', 'close', 'dispatch'])).toEqual(['dispatch', 'close']);
  });

  it('asks for exactly the fields the domain rule requires, plus an optional note', () => {
    expect(incidentActionFields('dispatch')).toEqual([
      { field: 'responsibleOfficerId', required: true },
      { field: 'note', required: false },
    ]);
    expect(incidentActionFields('open_case')).toEqual([
      { field: 'caseKind', required: true },
      { field: 'caseNumber', required: true },
      { field: 'note', required: false },
    ]);
    expect(incidentActionFields('handle_on_scene')).toEqual([{ field: 'note', required: true }]);
    for (const [action, rule] of Object.entries(INCIDENT_ACTION_RULES)) {
      const required = incidentActionFields(action as keyof typeof INCIDENT_ACTION_RULES)
        .filter((spec) => spec.required)
        .map((spec) => spec.field);
      expect(required.sort(), action).toEqual([...rule.requires].sort());
    }
    expect(asksForTime('arrive')).toBe(true);
    expect(asksForTime('acknowledge')).toBe(false);
  });

  it('sends only the fields the action asks for, without blanks, and the time only when changed', () => {
    const now = dayjs('2026-11-30T10:05:00');
    expect(toIncidentActionBody('arrive', { at: now, note: '  ' }, now)).toEqual({ action: 'arrive' });
    expect(toIncidentActionBody('arrive', { at: dayjs('2026-11-30T09:40') }, now)).toEqual({
      action: 'arrive',
      at: '2026-11-30T09:40:00+08:00',
    });
    expect(
      toIncidentActionBody('open_case', {
        caseKind: 'criminal',
        caseNumber: ' A123 ',
        disputeCategory: 'neighbour',
        at: dayjs('2026-11-30T09:00'),
      }),
    ).toEqual({ action: 'open_case', caseKind: 'criminal', caseNumber: 'A123' });
  });

  it('gives the phone the steps the server allows, reporting from the scene through start_handling', () => {
    const auxiliary = (state: Parameters<typeof allowedIncidentActions>[0]) => ({
      actions: allowedIncidentActions(state, 'auxiliary'),
    });
    expect(phoneStepsOf(auxiliary('DISPATCHED'))).toEqual({
      acknowledge: true,
      arrive: false,
      feedback: [],
      startsHandling: false,
    });
    expect(phoneStepsOf(auxiliary('ACKED')).arrive).toBe(true);
    const onScene = phoneStepsOf(auxiliary('ON_SCENE'));
    expect(onScene.feedback).toEqual(['handle_on_scene', 'refer_people_mediation', 'refer_department']);
    expect(feedbackSteps('handle_on_scene', onScene.startsHandling)).toEqual(['start_handling', 'handle_on_scene']);
    const handling = phoneStepsOf(auxiliary('HANDLING'));
    expect(handling.startsHandling).toBe(false);
    expect(feedbackSteps('refer_department', handling.startsHandling)).toEqual(['refer_department']);
    expect(phoneStepsOf(auxiliary('FEEDBACK'))).toEqual({
      acknowledge: false,
      arrive: false,
      feedback: [],
      startsHandling: false,
    });
  });
});
