import { DISPUTE_ACTIONS } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import {
  actionFields,
  actionLabel,
  machineActionsOf,
  reasonLabelKey,
  toTransitionBody,
  unstaffedDepartments,
} from './action-form';

describe('action form', () => {
  it('keeps only state-machine actions, in domain order', () => {
    expect(machineActionsOf(['edit', 'village_fail', 'unmask', 'resolve'])).toEqual(['resolve', 'village_fail']);
  });

  it('asks for what the domain rule requires', () => {
    expect(actionFields('assign_departments', false)).toEqual([
      { field: 'departmentIds', required: true },
      { field: 'reason', required: false },
    ]);
    expect(
      actionFields('divert', false)
        .filter((spec) => spec.required)
        .map((spec) => spec.field),
    ).toEqual(['route', 'reason']);
    expect(actionFields('form_taskforce', false).map((spec) => spec.field)).toContain('taskforceMembers');
    expect(actionFields('reopen_for_remediation', false).map((spec) => spec.field)).toContain('bothPartiesConsent');
  });

  it('asks for a written explanation only when closing an overdue case', () => {
    expect(actionFields('close', true)).toContainEqual({ field: 'explanation', required: true });
    expect(actionFields('close', false).map((spec) => spec.field)).not.toContain('explanation');
  });

  it('builds a body without blanks, members of dropped departments left out', () => {
    expect(
      toTransitionBody({
        reason: '  ',
        departmentIds: ['d1', 'd2'],
        taskforceMembers: { d1: ['p1'], d2: [], d3: ['p3'] },
        bothPartiesConsent: false,
      }),
    ).toEqual({ departmentIds: ['d1', 'd2'], taskforceMembers: [{ personId: 'p1', departmentId: 'd1' }] });
  });

  it('names each action by its domain label, the officers’ words for the village’s 上报', () => {
    const zh = (text: { zh: string }) => text.zh;
    expect(actionLabel('village_fail', zh)).toBe('村级调处未果，上报镇综治办');
    expect(actionLabel('start_village_handling', zh)).toBe('开始村级调处');
    expect(new Set(DISPUTE_ACTIONS.map((action) => actionLabel(action, zh))).size).toBe(DISPUTE_ACTIONS.length);
  });

  it('asks for a 理由 only where the rule requires one; starting village handling takes an optional 备注', () => {
    expect(reasonLabelKey('village_fail')).toBe('disputes.reason');
    expect(reasonLabelKey('start_village_handling')).toBe('disputes.note');
    expect(actionFields('start_village_handling', false)).toEqual([{ field: 'reason', required: false }]);
  });

  it('names the departments of a task force that send nobody yet', () => {
    expect(
      unstaffedDepartments({ departmentIds: ['d1', 'd2', 'd3'], taskforceMembers: { d1: ['p1'], d3: [] } }),
    ).toEqual(['d2', 'd3']);
    expect(unstaffedDepartments({ departmentIds: ['d1'], taskforceMembers: { d1: ['p1', 'p2'] } })).toEqual([]);
  });
});
