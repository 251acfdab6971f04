import { describe, expect, it } from 'vitest';
import { cadreCodeExpiry, cadreCodeProblem, cadreCodeState, cadreRegistrationPath } from './cadre-codes';

const NOW = new Date('2026-12-03T02:00:00.000Z');
const code = { villageId: 'v1', expiresAt: '2026-12-10T02:00:00.000Z', revokedAt: null };

describe('cadre registration codes', () => {
  it('reads a code as active, expired at its expiry instant, or revoked', () => {
    expect(cadreCodeState(code, NOW)).toBe('active');
    expect(cadreCodeState(code, new Date('2026-12-10T02:00:00.000Z'))).toBe('expired');
    expect(cadreCodeState({ ...code, revokedAt: '2026-12-04T00:00:00.000Z' }, new Date('2027-01-01T00:00:00Z'))).toBe(
      'revoked',
    );
  });

  it('admits a registration only for the village the code was issued for', () => {
    expect(cadreCodeProblem(code, 'v1', NOW)).toBeNull();
    expect(cadreCodeProblem(code, null, NOW)).toBeNull();
    expect(cadreCodeProblem(code, 'v2', NOW)).toBe('wrong_village');
  });

  it('answers a revoked code like an unknown one, and an expired one as expired before the village', () => {
    expect(cadreCodeProblem(null, 'v1', NOW)).toBe('invalid');
    expect(cadreCodeProblem({ ...code, revokedAt: '2026-12-02T00:00:00.000Z' }, 'v1', NOW)).toBe('invalid');
    expect(cadreCodeProblem({ ...code, expiresAt: '2026-12-01T00:00:00.000Z' }, 'v2', NOW)).toBe('expired');
  });

  it('expires a code whole days after it was issued, and links to the public page', () => {
    expect(cadreCodeExpiry(NOW, 30)).toBe('2027-01-02T02:00:00.000Z');
    expect(cadreRegistrationPath('abc_DEF-123')).toBe('/register/cadre/abc_DEF-123');
  });
});
