import { recordVideoPatrolResultSchema } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { initialResultValues, toResultBody } from './result-form';

const checklist = [
  { id: 'i1', text: '画面清晰' },
  { id: 'i2', text: '无人员聚集' },
];

describe('toResultBody', () => {
  it('records a normal camera with every item answered, ticked ones ok', () => {
    const body = toResultBody('c1', checklist, 'normal', { ...initialResultValues(checklist), okItems: ['i1'] });
    expect(body).toEqual({
      cameraId: 'c1',
      kind: 'normal',
      answers: [
        { itemId: 'i1', ok: true },
        { itemId: 'i2', ok: false },
      ],
    });
    expect(recordVideoPatrolResultSchema.safeParse(body).success).toBe(true);
  });

  it('sends a finding to the village auxiliary officer with the note as the message by default', () => {
    const body = toResultBody('c1', checklist, 'finding', {
      ...initialResultValues(checklist),
      note: ' 河边有小孩独自玩水 ',
    });
    expect(body.finding).toEqual({
      kind: 'reminder',
      recipient: { target: 'village_auxiliary' },
      channel: 'platform',
      message: '河边有小孩独自玩水',
    });
    expect(recordVideoPatrolResultSchema.safeParse(body).success).toBe(true);
  });

  it('names the chosen cadre, and turns a finding into a hazard titled by the note unless titled', () => {
    const cadre = toResultBody('c1', [], 'finding', {
      okItems: [],
      note: '路灯不亮',
      becomes: 'reminder',
      target: 'village_cadre',
      cadreUserId: 'u9',
      channel: 'phone',
    });
    expect(cadre.finding).toMatchObject({ recipient: { target: 'village_cadre', userId: 'u9' }, channel: 'phone' });
    const hazard = toResultBody('c1', [], 'finding', { okItems: [], note: '桥头护栏缺失', becomes: 'hazard' });
    expect(hazard.finding).toEqual({ kind: 'hazard', title: '桥头护栏缺失' });
    const incident = toResultBody('c1', [], 'finding', {
      okItems: [],
      note: '有人打架',
      becomes: 'incident',
      classCode: '0201',
    });
    expect(incident.finding).toEqual({ kind: 'incident', classCode: '0201' });
  });

  it('leaves a finding without a note for the server to refuse, as the form requires one first', () => {
    const body = toResultBody('c1', [], 'finding', { okItems: [] });
    expect(recordVideoPatrolResultSchema.safeParse(body).success).toBe(false);
  });
});
