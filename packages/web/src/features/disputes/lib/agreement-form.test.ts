import type { DisputeParty } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { missingItemsOf, toAgreementBody } from './agreement-form';

const party = (id: string, name: string): DisputeParty => ({
  id,
  personId: null,
  role: 'applicant',
  name,
  sex: 'male',
  ethnicity: '汉族',
  age: 50,
  occupation: '农民',
  idNumber: null,
  phone: '138****0000',
  address: '段江村**',
  agent: null,
});

describe('agreement form', () => {
  it('sends ticked signatures with a date and unticked ones as null', () => {
    const body = toAgreementBody(
      { terms: ' 赔偿 ', signedPartyIds: ['a'], mediatorSigned: true, committeeSealed: false },
      [party('a', '张三'), party('b', '李四')],
      '2026-11-28',
    );
    expect(body).toMatchObject({
      kind: 'written',
      partyIds: ['a', 'b'],
      terms: '赔偿',
      signatures: [
        { partyId: 'a', method: 'signature', at: '2026-11-28' },
        { partyId: 'b', method: null, at: null },
      ],
      mediatorSignedAt: '2026-11-28',
      committeeSealedAt: null,
    });
  });

  it('lists every Art. 29 item still missing', () => {
    const codes = missingItemsOf({ facts: '地界' }, [party('a', '张三')]).map((item) => item.code);
    expect(codes).toContain('PARTIES');
    expect(codes).toContain('TERMS');
    expect(codes).not.toContain('FACTS');
  });
});
