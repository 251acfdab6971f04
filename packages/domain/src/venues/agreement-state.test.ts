import { describe, expect, it } from 'vitest';
import { shanghaiDayStart } from '../shared/shanghai-time';
import {
  AGREEMENT_STATES,
  agreementInForce,
  agreementLastDay,
  agreementState,
  currentAgreement,
} from './agreement-state';

const window = (first: string, afterLast: string, revokedAt: string | null = null) => ({
  startsAt: shanghaiDayStart(first).toISOString(),
  expiresAt: shanghaiDayStart(afterLast).toISOString(),
  revokedAt,
});

describe('agreementState', () => {
  const year = window('2026-01-01', '2027-01-01');

  it('is pending before Shanghai midnight of the first day and active from it', () => {
    expect(agreementState(year, '2025-12-31T15:59:59.999Z')).toBe('pending');
    expect(agreementState(year, '2025-12-31T16:00:00.000Z')).toBe('active');
  });

  it('expires at Shanghai midnight after the last day, not at UTC midnight', () => {
    expect(agreementState(year, '2026-12-31T15:59:59.999Z')).toBe('expiring');
    expect(agreementState(year, '2026-12-31T16:00:00.000Z')).toBe('expired');
    expect(agreementState(year, '2027-01-01T00:00:00.000Z')).toBe('expired');
  });

  it('is expiring soon when the last day is within 30 Shanghai days', () => {
    expect(agreementState(year, '2026-11-30T16:00:00Z')).toBe('expiring'); // Shanghai 12-01, last day 12-31
    expect(agreementState(year, '2026-11-30T15:59:59Z')).toBe('active'); // Shanghai 11-30: 31 days to go
    expect(agreementState(year, '2026-06-01T00:00:00Z')).toBe('active');
  });

  it('is revoked at once, whatever the window', () => {
    const revoked = window('2026-01-01', '2027-01-01', '2026-03-01T02:00:00Z');
    expect(agreementState(revoked, '2026-03-01T02:00:01Z')).toBe('revoked');
    expect(agreementState(revoked, '2025-06-01T00:00:00Z')).toBe('revoked');
  });

  it('names the last day covered and which states let the cameras be seen', () => {
    expect(agreementLastDay(year.expiresAt)).toBe('2026-12-31');
    expect(AGREEMENT_STATES.filter(agreementInForce)).toEqual(['active', 'expiring']);
  });
});

describe('currentAgreement', () => {
  const at = '2026-06-01T00:00:00Z';
  const old = { ...window('2025-01-01', '2026-01-01'), createdAt: '2025-01-01T00:00:00Z' };
  const revoked = { ...window('2026-01-01', '2027-01-01', '2026-02-01T00:00:00Z'), createdAt: '2026-01-02T00:00:00Z' };
  const live = { ...window('2026-01-01', '2026-12-01'), createdAt: '2025-12-01T00:00:00Z' };
  const next = { ...window('2026-07-01', '2027-07-01'), createdAt: '2026-05-01T00:00:00Z' };

  it('prefers an agreement in force, then one not yet in force, then the newest', () => {
    expect(currentAgreement([old, revoked, live, next], at)?.agreement).toBe(live);
    expect(currentAgreement([old, revoked, next], at)).toEqual({ agreement: next, state: 'pending' });
    expect(currentAgreement([old, revoked], at)).toEqual({ agreement: revoked, state: 'revoked' });
    expect(currentAgreement([], at)).toBeNull();
  });
});
