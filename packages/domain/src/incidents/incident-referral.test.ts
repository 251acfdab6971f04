import { describe, expect, it } from 'vitest';
import { referralPartyRoles } from './incident-referral';

describe('the parties a referral carries into the dispute', () => {
  it('makes callers and victims applicants, suspects respondents, and leaves witnesses out', () => {
    expect(referralPartyRoles(['caller', 'suspect', 'witness', 'victim'])).toEqual([
      'applicant',
      'respondent',
      null,
      'applicant',
    ]);
  });

  it('puts the first plain party on the applicant side only when nobody else applies', () => {
    expect(referralPartyRoles(['party', 'party', 'party'])).toEqual(['applicant', 'respondent', 'respondent']);
    expect(referralPartyRoles(['party', 'caller'])).toEqual(['respondent', 'applicant']);
  });

  it('carries nobody from an incident without parties', () => {
    expect(referralPartyRoles([])).toEqual([]);
  });
});
