import { describe, expect, it } from 'vitest';
import { consentPeriodProblem, toAddConsent } from './consent-form';

describe('the consent form', () => {
  it('refuses a period whose last day comes before its first, and allows a single day', () => {
    expect(consentPeriodProblem('2026-12-01', '2026-11-30')).toBe('CONSENT_WINDOW_INVALID');
    expect(consentPeriodProblem('2026-12-01', '2026-12-01')).toBeNull();
    expect(consentPeriodProblem('2026-12-01', undefined)).toBeNull();
  });

  it('builds the body only when roles, purposes and a valid period are given', () => {
    const values = {
      roles: ['officer' as const],
      purposes: ['incident' as const, 'emergency' as const],
      startsOn: '2026-12-01',
      lastDay: '2027-11-30',
    };
    expect(toAddConsent(values)).toEqual({ ...values, allowsPlayback: false });
    expect(toAddConsent({ ...values, allowsPlayback: true })?.allowsPlayback).toBe(true);
    expect(toAddConsent({ ...values, purposes: [] })).toBeNull();
    expect(toAddConsent({ ...values, lastDay: '2026-11-01' })).toBeNull();
  });
});
