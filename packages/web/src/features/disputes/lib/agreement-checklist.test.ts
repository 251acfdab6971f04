import { AGREEMENT_ITEM_LABELS, type AgreementRecord } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { agreementChecklist, unnumberedAgreementKey } from './agreement-checklist';
import { testParty } from './test-party';

const party = (id: string, name: string) => testParty(id, name);

const item = (code: keyof typeof AGREEMENT_ITEM_LABELS, partyIndex: number | null) => ({
  code,
  partyIndex,
  ...AGREEMENT_ITEM_LABELS[code],
});

function agreement(overrides: Partial<AgreementRecord> = {}): AgreementRecord {
  return {
    id: 'a1',
    disputeId: 'd1',
    mediationId: 'm1',
    kind: 'written',
    number: null,
    parties: [party('p1', '张三'), party('p2', '李四')],
    facts: '事实',
    disputedMatters: '争议',
    responsibilities: '责任',
    terms: '协议',
    performanceManner: '现金',
    performancePlace: '村委会',
    performanceDeadline: '2026-12-01',
    content: null,
    recordedAt: null,
    signatures: [
      { partyId: 'p1', method: 'signature', at: '2026-11-28' },
      { partyId: 'p2', method: 'fingerprint', at: '2026-11-28' },
    ],
    mediatorSignedAt: '2026-11-28',
    committeeSealedAt: '2026-11-28',
    effectiveDate: '2026-11-28',
    judicialConfirmationDeadline: null,
    missingItems: [],
    copies: 3,
    actions: ['sign', 'mark_effective'],
    status: 'draft',
    markedEffectiveAt: null,
    performanceStatus: 'pending',
    performanceNote: null,
    ...overrides,
  };
}

describe('agreement checklist', () => {
  it('is empty for a complete, fully signed draft', () => {
    expect(agreementChecklist(agreement())).toEqual([]);
  });

  it('points each missing item at the field that fills it: the party form or the agreement editor', () => {
    const entries = agreementChecklist(
      agreement({
        missingItems: [
          item('PARTIES', null),
          item('PARTY_PHONE', 1),
          item('PARTY_AGE_OR_ID_NUMBER', 0),
          item('TERMS', null),
        ],
      }),
    );
    expect(entries.map((entry) => entry.target)).toEqual([
      null,
      { kind: 'party', partyId: 'p2', field: 'phone' },
      { kind: 'party', partyId: 'p1', field: 'age' },
      { kind: 'agreement', field: 'terms' },
    ]);
  });

  it('lists each signature and seal not yet given, pointing at the signature form', () => {
    const entries = agreementChecklist(
      agreement({
        signatures: [
          { partyId: 'p1', method: 'signature', at: '2026-11-28' },
          { partyId: 'p2', method: null, at: null },
        ],
        mediatorSignedAt: null,
        committeeSealedAt: null,
      }),
    );
    expect(entries).toEqual([
      {
        kind: 'partySignature',
        key: 'signature-p2',
        partyName: '李四',
        target: { kind: 'agreement', field: 'signedPartyIds' },
      },
      { kind: 'mediatorSignature', key: 'mediator', target: { kind: 'agreement', field: 'mediatorSigned' } },
      { kind: 'committeeSeal', key: 'seal', target: { kind: 'agreement', field: 'committeeSealed' } },
    ]);
    // A party the agreement names but no signature row lists has not signed either.
    expect(agreementChecklist(agreement({ signatures: [] })).map((entry) => entry.key)).toEqual([
      'signature-p1',
      'signature-p2',
    ]);
  });

  it('has nothing left for an effective or an oral agreement', () => {
    expect(agreementChecklist(agreement({ status: 'effective', missingItems: [item('TERMS', null)] }))).toEqual([]);
    expect(agreementChecklist(agreement({ kind: 'oral', signatures: [] }))).toEqual([]);
  });

  it('calls only an oral agreement 口头协议: a written one without a number is a draft or a written agreement', () => {
    expect(unnumberedAgreementKey({ kind: 'oral', status: 'effective' })).toBe('disputes.oral');
    expect(unnumberedAgreementKey({ kind: 'written', status: 'draft' })).toBe('agreement.draft');
    expect(unnumberedAgreementKey({ kind: 'written', status: 'effective' })).toBe('agreement.written');
  });
});
