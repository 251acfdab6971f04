import { type DisputeParty, updatePartySchema } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { fillableFromPerson, initialPartyValues, toUpdateParty } from './party-form';

const party: DisputeParty = {
  id: 'p1',
  personId: 'person-1',
  role: 'applicant',
  name: '张三',
  sex: null,
  ethnicity: null,
  age: null,
  occupation: '农民',
  idNumber: null,
  phone: '138****0000',
  address: null,
  agent: null,
};

describe('party form', () => {
  it('starts personal data empty, never with the masked text', () => {
    const values = initialPartyValues(party);
    expect(values).toMatchObject({ name: '张三', occupation: '农民', sex: null, ethnicity: '' });
    expect(values.phone).toBeUndefined();
    expect(values.idNumber).toBeUndefined();
  });

  it('prefills sex and ethnicity the party lacks from the linked person, and keeps what the party has', () => {
    expect(initialPartyValues(party, { sex: 'female', ethnicity: '土家族' })).toMatchObject({
      sex: 'female',
      ethnicity: '土家族',
    });
    const known = { ...party, sex: 'male' as const, ethnicity: '汉族' };
    expect(initialPartyValues(known, { sex: 'female', ethnicity: '土家族' })).toMatchObject({
      sex: 'male',
      ethnicity: '汉族',
    });
  });

  it('sends only what changed: prefilled values, new personal data, emptied text as null', () => {
    const values = { ...initialPartyValues(party, { sex: 'female', ethnicity: '土家族' }), age: 52, occupation: ' ' };
    const patch = toUpdateParty({ ...values, address: ' 双坪村一组 ', phone: '' }, party);
    expect(patch).toEqual({ sex: 'female', ethnicity: '土家族', age: 52, occupation: null, address: '双坪村一组' });
    expect(updatePartySchema.safeParse(patch).success).toBe(true);
    expect(toUpdateParty(initialPartyValues(party), party)).toEqual({});
  });

  it('offers the directory only for personal data the party lacks and the person has', () => {
    expect(fillableFromPerson(party, { idNumber: '420626********1234', phone: '139****1111', address: null })).toEqual([
      'idNumber',
    ]);
    expect(fillableFromPerson(party, undefined)).toEqual([]);
  });
});
