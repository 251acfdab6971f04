import { describe, expect, it } from 'vitest';
import { consentBadge } from './consent-badge';

describe('the consent badge of the registry', () => {
  it('calls a live consent ending within 30 days 即将到期, counting Shanghai days', () => {
    expect(consentBadge({ state: 'active', lastDay: '2026-12-29' }, '2026-11-30')).toBe('expiring');
    expect(consentBadge({ state: 'active', lastDay: '2026-12-30' }, '2026-11-30')).toBe('active');
    expect(consentBadge({ state: 'active', lastDay: '2026-11-30' }, '2026-11-30')).toBe('expiring');
  });

  it('keeps the other states as the server gives them', () => {
    expect(consentBadge({ state: 'expired', lastDay: '2026-11-01' }, '2026-11-30')).toBe('expired');
    expect(consentBadge({ state: 'revoked', lastDay: '2027-06-30' }, '2026-11-30')).toBe('revoked');
    expect(consentBadge({ state: 'pending', lastDay: '2027-06-30' }, '2026-11-30')).toBe('pending');
  });
});
