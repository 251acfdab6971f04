import { describe, expect, it } from 'vitest';
import { handoffSides } from './dispute-handoffs';
import { ACTION_RULES, DISPUTE_ACTIONS } from './dispute-states';

describe('who hears of a hand-off', () => {
  it('tells the town office of an escalation and the village of the town taking it', () => {
    expect(handoffSides('village_fail', 'village')).toEqual(['town_office']);
    expect(handoffSides('accept_at_town', 'village')).toEqual(['village']);
    expect(handoffSides('push_to_town', 'village')).toContain('town_office');
  });

  it('tells departments and task force members of their work, and the village of diversion, return and closure', () => {
    expect(handoffSides('assign_departments', 'town')).toEqual(['departments']);
    expect(handoffSides('form_taskforce', 'town')).toContain('taskforce');
    for (const action of ['divert', 'close', 'reopen_for_remediation'] as const) {
      expect(handoffSides(action, 'town'), action).toContain('village');
    }
  });

  it('reaches someone on every action that moves a case to another tier or asks the town to take it', () => {
    for (const action of DISPUTE_ACTIONS) {
      const rule = ACTION_RULES[action];
      for (const tier of Object.keys(rule.roles) as ('village' | 'town' | 'taskforce')[]) {
        if ((rule.toTier === null || rule.toTier === tier) && rule.to !== 'VILLAGE_FAILED') continue;
        expect(handoffSides(action, tier).length, `${action} at ${tier}`).toBeGreaterThan(0);
      }
    }
  });
});
