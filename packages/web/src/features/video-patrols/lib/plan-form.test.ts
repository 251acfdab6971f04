import { createVideoPatrolPlanSchema, type VideoPatrolPlan } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { planFormValues, scheduleText, toPlanBody } from './plan-form';

const plan: VideoPatrolPlan = {
  id: 'p1',
  townId: 't',
  name: '夜间重点部位',
  cameras: [{ id: 'c1', name: '双坪村口', villageId: 'v', villageName: '双坪村', kind: 'public' }],
  checklist: [{ id: 'i1', text: '画面清晰' }],
  schedule: { kind: 'weekdays', weekdays: [5, 1], at: '20:30' },
  active: true,
  createdAt: '',
  updatedAt: '',
  actions: ['edit'],
};

describe('the plan form', () => {
  it('round-trips a plan, keeping item ids, dropping blank rows and sorting the weekdays', () => {
    const values = planFormValues(plan);
    values.checklist.push({ text: '  ' }, { text: ' 无人员聚集 ' });
    const body = toPlanBody(values);
    expect(body).toEqual({
      name: '夜间重点部位',
      cameraIds: ['c1'],
      checklist: [{ id: 'i1', text: '画面清晰' }, { text: '无人员聚集' }],
      schedule: { kind: 'weekdays', weekdays: [1, 5], at: '20:30' },
    });
    expect(createVideoPatrolPlanSchema.safeParse(body).success).toBe(true);
  });

  it('starts a new plan as a daily round at 09:00', () => {
    expect(toPlanBody({ ...planFormValues(null), name: '白天', cameraIds: ['c1'] }).schedule).toEqual({
      kind: 'daily',
      at: '09:00',
    });
  });

  it('describes the schedule', () => {
    const words = { daily: '每天', weekday: (day: number) => `周${'一二三四五六日'[day - 1]}`, separator: '、' };
    expect(scheduleText({ kind: 'daily', at: '09:00' }, words)).toBe('每天 09:00');
    expect(scheduleText({ kind: 'weekdays', weekdays: [1, 3], at: '20:30' }, words)).toBe('周一、周三 20:30');
  });
});
