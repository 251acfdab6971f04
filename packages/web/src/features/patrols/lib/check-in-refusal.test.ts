import { ERRORS } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { zh } from '../../../app/i18n/zh';
import { checkInRefusal, checkInStage } from './check-in-refusal';

const CHECK_IN_CODES = [
  'PATROL_OUTSIDE_SHIFT',
  'PATROL_NOT_ON_ROTA',
  'PATROL_TOKEN_FORGED',
  'PATROL_TOKEN_OTHER_CHECKPOINT',
  'PATROL_TOKEN_REVOKED',
  'PATROL_CHECKPOINT_INACTIVE',
  'PATROL_CHECKIN_REPLAYED',
] as const;

describe('checkInRefusal', () => {
  it('words every refusal of a check-in the server names, in plain Chinese', () => {
    for (const code of CHECK_IN_CODES) {
      expect(Object.keys(ERRORS), code).toContain(code);
      const refusal = checkInRefusal(code);
      expect(refusal, code).not.toBeNull();
      if (refusal) expect(zh[refusal.text], code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('says a forged code and another checkpoint’s code the same way, and only shift and rota may pass later', () => {
    expect(checkInRefusal('PATROL_TOKEN_FORGED')).toEqual(checkInRefusal('PATROL_TOKEN_OTHER_CHECKPOINT'));
    expect(CHECK_IN_CODES.filter((code) => checkInRefusal(code)?.later)).toEqual([
      'PATROL_OUTSIDE_SHIFT',
      'PATROL_NOT_ON_ROTA',
    ]);
  });

  it('leaves other codes to the server’s message', () => {
    expect(checkInRefusal('INTERNAL')).toBeNull();
    expect(checkInRefusal(null)).toBeNull();
  });
});

describe('checkInStage', () => {
  it('shows the earlier check-in’s time on a second scan, not a bare refusal', () => {
    const at = '2026-11-29T17:31:00.000Z';
    expect(checkInStage({ problem: 'PATROL_CHECKIN_REPLAYED', checkedInAt: at })).toEqual({ stage: 'earlier', at });
    expect(checkInStage({ problem: null, checkedInAt: at })).toEqual({ stage: 'earlier', at });
  });

  it('replaces the button with the refusal it has words for, and keeps it otherwise', () => {
    expect(checkInStage({ problem: 'PATROL_OUTSIDE_SHIFT', checkedInAt: null })).toMatchObject({
      stage: 'refused',
      refusal: { later: true },
    });
    expect(checkInStage({ problem: 'PATROL_NOT_ON_ROTA', checkedInAt: null }).stage).toBe('refused');
    expect(checkInStage({ problem: null, checkedInAt: null })).toEqual({ stage: 'ready' });
    expect(checkInStage({ problem: 'SOMETHING_NEW', checkedInAt: null })).toEqual({ stage: 'ready' });
  });
});
