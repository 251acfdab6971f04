import { ERRORS } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { zh } from '../../../app/i18n/zh';
import { checkInRefusal } from './check-in-refusal';

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
