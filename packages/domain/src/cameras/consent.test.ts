import { describe, expect, it } from 'vitest';
import { type ConsentFacts, consentAllows, consentState, consentWindow } from './consent';

describe('consent windows', () => {
  it('runs from Shanghai 00:00 of the first day to Shanghai 00:00 after the last day', () => {
    expect(consentWindow('2026-12-01', '2026-12-31')).toEqual({
      ok: true,
      window: { startsAt: '2026-11-30T16:00:00.000Z', expiresAt: '2026-12-31T16:00:00.000Z' },
    });
  });

  it('allows a single day', () => {
    const result = consentWindow('2026-12-01', '2026-12-01');
    expect(result.ok && result.window.expiresAt).toBe('2026-12-01T16:00:00.000Z');
  });

  it('refuses a consent ending before it starts', () => {
    expect(consentWindow('2026-12-02', '2026-12-01')).toEqual({ ok: false, code: 'CONSENT_WINDOW_INVALID' });
  });
});

describe('consentAllows', () => {
  const base: ConsentFacts = {
    roles: ['officer'],
    purposes: ['incident', 'emergency'],
    allowsPlayback: false,
    startsAt: '2026-11-30T16:00:00.000Z',
    expiresAt: '2026-12-31T16:00:00.000Z',
    revokedAt: null,
  };
  const use = { roles: ['officer'] as const, purpose: 'incident' as const, at: '2026-12-15T02:00:00.000Z' };

  it('allows a named role for a named purpose inside the window', () => {
    expect(consentAllows(base, use)).toBe(true);
  });

  it('expires at Shanghai midnight after the last day, not at UTC midnight', () => {
    // 23:59 in Shanghai on the last day (15:59 UTC) still inside; 00:00 Shanghai (16:00 UTC) outside.
    expect(consentAllows(base, { ...use, at: '2026-12-31T15:59:59.999Z' })).toBe(true);
    expect(consentAllows(base, { ...use, at: '2026-12-31T16:00:00.000Z' })).toBe(false);
    // UTC midnight of Jan 1 is already 08:00 on Jan 1 in Shanghai.
    expect(consentAllows(base, { ...use, at: '2027-01-01T00:00:00.000Z' })).toBe(false);
  });

  it('starts at Shanghai midnight of the first day', () => {
    expect(consentAllows(base, { ...use, at: '2026-11-30T15:59:59.999Z' })).toBe(false);
    expect(consentAllows(base, { ...use, at: '2026-11-30T16:00:00.000Z' })).toBe(true);
  });

  it('refuses another role, another purpose, playback when live only, and after revocation', () => {
    expect(consentAllows(base, { ...use, roles: ['monitor'] })).toBe(false);
    expect(consentAllows(base, { ...use, purpose: 'patrol' })).toBe(false);
    expect(consentAllows(base, { ...use, playback: true })).toBe(false);
    expect(consentAllows({ ...base, revokedAt: '2026-12-10T00:00:00.000Z' }, use)).toBe(false);
  });

  it('names its state at an instant', () => {
    expect(consentState(base, use.at)).toBe('active');
    expect(consentState(base, '2026-11-30T15:00:00.000Z')).toBe('pending');
    expect(consentState(base, '2026-12-31T16:00:00.000Z')).toBe('expired');
    expect(consentState({ ...base, revokedAt: '2026-12-10T00:00:00.000Z' }, use.at)).toBe('revoked');
  });
});
