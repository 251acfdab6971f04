import { describe, expect, it } from 'vitest';
import { ageOn, partyEditProblem } from './dispute-party';
import { updatePartySchema } from './dispute-party.schema';

describe('editing a party', () => {
  it('is refused only when an agreement naming the party has taken effect', () => {
    expect(partyEditProblem('p1', [])).toBeNull();
    expect(partyEditProblem('p1', [{ partyIds: ['p1', 'p2'], effective: false }])).toBeNull();
    expect(partyEditProblem('p1', [{ partyIds: ['p2'], effective: true }])).toBeNull();
    expect(
      partyEditProblem('p1', [
        { partyIds: ['p1'], effective: false },
        { partyIds: ['p1', 'p2'], effective: true },
      ]),
    ).toBe('PARTY_IN_EFFECTIVE_AGREEMENT');
  });

  it('states the age in completed years on the day written', () => {
    expect(ageOn('1980-03-01', '2026-02-28')).toBe(45);
    expect(ageOn('1980-03-01', '2026-03-01')).toBe(46);
  });

  it('takes any Art. 29 field, clears with null, and refuses an empty body or both age and birth date', () => {
    expect(updatePartySchema.safeParse({ ethnicity: '汉族' }).success).toBe(true);
    expect(updatePartySchema.safeParse({ phone: null }).success).toBe(true);
    expect(updatePartySchema.safeParse({}).success).toBe(false);
    expect(updatePartySchema.safeParse({ name: '' }).success).toBe(false);
    expect(updatePartySchema.safeParse({ age: 40, birthDate: '1986-01-01' }).success).toBe(false);
    expect(updatePartySchema.safeParse({ birthDate: '1986-02-30' }).success).toBe(false);
  });
});
