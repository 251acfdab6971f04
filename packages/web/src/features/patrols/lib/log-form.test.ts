import { createPatrolLogSchema } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { logBody, logFormComplete } from './log-form';

describe('the patrol log form', () => {
  it('sends a quiet night with nothing else to fill in', () => {
    expect(logFormComplete({ kind: 'nothing', note: '' })).toBe(true);
    const body = logBody('s1', { kind: 'nothing', note: '  ' });
    expect(body).toEqual({ shiftId: 's1', findings: [{ kind: 'nothing' }] });
    expect(createPatrolLogSchema.safeParse(body).success).toBe(true);
  });

  it('needs the village and a description before a hazard or incident can be saved', () => {
    expect(logFormComplete({ kind: 'hazard', note: '路灯坏了' })).toBe(false);
    expect(logFormComplete({ kind: 'incident', note: ' ', villageId: 'v1' })).toBe(false);
    expect(logFormComplete({ kind: 'hazard', note: '路灯坏了', villageId: 'v1' })).toBe(true);
    const body = logBody('s1', { kind: 'hazard', note: ' 路灯坏了 ', villageId: 'v1' });
    expect(body.findings).toEqual([{ kind: 'hazard', note: '路灯坏了', villageId: 'v1' }]);
    expect(createPatrolLogSchema.safeParse(body).success).toBe(true);
  });

  it('needs the class code for an incident, and sends it only with one', () => {
    expect(logFormComplete({ kind: 'incident', note: '有人打架', villageId: 'v1' })).toBe(false);
    const values = { kind: 'incident' as const, note: '有人打架', villageId: 'v1', classCode: '030100' };
    expect(logFormComplete(values)).toBe(true);
    expect(logBody('s1', values).findings).toEqual([
      { kind: 'incident', note: '有人打架', villageId: 'v1', classCode: '030100' },
    ]);
    expect(logBody('s1', { ...values, kind: 'hazard' }).findings[0]).not.toHaveProperty('classCode');
  });

  it('does not send a village chosen before the kind changed to one that needs none', () => {
    expect(logBody('s1', { kind: 'suspect', note: '一人', villageId: 'v1' }).findings).toEqual([
      { kind: 'suspect', note: '一人' },
    ]);
  });
});
