import { describe, expect, it } from 'vitest';
import { draftTextOf, missingItemsOf, toAgreementBody } from './agreement-form';
import { testParty } from './test-party';

const party = (id: string, name: string) => testParty(id, name, '段江村');

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

describe('draft text', () => {
  it('sends every Art. 29 text, empty ones as empty strings, and the deadline only when set', () => {
    const body = toAgreementBody({ facts: ' 宅基地边界 ', terms: '' }, [party('p1', '张三')], '2026-05-01');
    expect(draftTextOf(body)).toEqual({
      facts: '宅基地边界',
      disputedMatters: '',
      responsibilities: '',
      terms: '',
      performanceManner: '',
      performancePlace: '',
    });
    const dated = toAgreementBody({ performanceDeadline: '2026-06-01' }, [party('p1', '张三')], '2026-05-01');
    expect(draftTextOf(dated).performanceDeadline).toBe('2026-06-01');
  });

  it('has nothing to send for an oral agreement', () => {
    expect(
      draftTextOf({ kind: 'oral', partyIds: ['p1'], content: '口头约定', recordedAt: '2026-05-01T08:00:00+08:00' }),
    ).toEqual({});
  });
});
