import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ERRORS } from '../shared/errors';
import {
  AGREEMENT_PROBLEMS,
  type AgreementDraft,
  type AgreementPartyDraft,
  type AgreementSignatures,
  agreementCopies,
  agreementEffectiveDate,
  agreementEffectiveProblems,
  agreementMissingItems,
  formatAgreementNumber,
  formatCaseNumber,
  judicialConfirmationDeadline,
  judicialReminderDue,
  missingSignatures,
  oralAgreementEffectiveDate,
  parseAgreementNumber,
  parseCaseNumber,
} from './agreement-rules';

const PARTY: AgreementPartyDraft = {
  name: '张三',
  sex: 'male',
  ethnicity: '汉族',
  age: 52,
  occupation: '农民',
  address: '保康县马良镇鸡冠河村3组',
  phone: '13800001234',
};

const COMPLETE: AgreementDraft = {
  parties: [PARTY, { ...PARTY, name: '李四', age: null, idNumber: '11010519491231002X', agent: '李小四' }],
  facts: '双方因田界发生争执',
  disputedMatters: '田埂归属',
  responsibilities: '双方均有责任',
  terms: '以老界石为界',
  performanceManner: '现场埋设界桩',
  performancePlace: '鸡冠河村3组',
  performanceDeadline: '2026-04-30',
};

const SIGNED: AgreementSignatures = {
  parties: [
    { partyId: 'a', method: 'signature', at: '2026-03-10' },
    { partyId: 'b', method: 'fingerprint', at: '2026-03-11T02:00:00Z' },
  ],
  mediatorSignedAt: '2026-03-10',
  committeeSealedAt: '2026-03-12',
};

describe('agreementMissingItems (Art. 29)', () => {
  it('is empty for a complete agreement (an agent is optional)', () => {
    expect(agreementMissingItems(COMPLETE)).toEqual([]);
  });

  it('lists every item of an empty draft, in print order, with zh and en labels', () => {
    const missing = agreementMissingItems({ parties: [{}] });
    expect(missing.map((item) => item.code)).toEqual([
      'PARTIES',
      'PARTY_NAME',
      'PARTY_SEX',
      'PARTY_ETHNICITY',
      'PARTY_AGE_OR_ID_NUMBER',
      'PARTY_OCCUPATION',
      'PARTY_ADDRESS',
      'PARTY_PHONE',
      'FACTS',
      'DISPUTED_MATTERS',
      'RESPONSIBILITIES',
      'TERMS',
      'PERFORMANCE_MANNER',
      'PERFORMANCE_PLACE',
      'PERFORMANCE_DEADLINE',
    ]);
    expect(missing[0]).toEqual({ code: 'PARTIES', partyIndex: null, zh: '双方当事人', en: 'Both parties' });
    expect(missing[3]).toEqual({
      code: 'PARTY_ETHNICITY',
      partyIndex: 0,
      zh: '当事人1：民族',
      en: 'Party 1: ethnicity',
    });
    expect(missing.at(-1)).toEqual({
      code: 'PERFORMANCE_DEADLINE',
      partyIndex: null,
      zh: '履行期限',
      en: 'Deadline for performance',
    });
  });

  it('names each party by position and never by name', () => {
    const missing = agreementMissingItems({ ...COMPLETE, parties: [PARTY, { ...PARTY, phone: ' ' }] });
    expect(missing).toEqual([{ code: 'PARTY_PHONE', partyIndex: 1, zh: '当事人2：联系电话', en: 'Party 2: phone' }]);
    expect(JSON.stringify(missing)).not.toContain('张三');
  });

  it('accepts an age or an ID number, and needs one of them', () => {
    const noAge = { ...PARTY, age: null };
    expect(agreementMissingItems({ ...COMPLETE, parties: [PARTY, noAge] }).map((item) => item.code)).toEqual([
      'PARTY_AGE_OR_ID_NUMBER',
    ]);
    expect(
      agreementMissingItems({ ...COMPLETE, parties: [PARTY, { ...noAge, idNumber: '420626198503151234' }] }),
    ).toEqual([]);
    expect(agreementMissingItems({ ...COMPLETE, parties: [PARTY, { ...PARTY, age: 0 }] })).toEqual([]);
  });

  it('needs at least two parties', () => {
    expect(agreementMissingItems({ ...COMPLETE, parties: [PARTY] }).map((item) => item.code)).toEqual(['PARTIES']);
    expect(agreementMissingItems({ ...COMPLETE, parties: [PARTY, PARTY, PARTY] })).toEqual([]);
  });

  it('treats blank text as missing', () => {
    expect(agreementMissingItems({ ...COMPLETE, terms: '   ', performancePlace: null }).map((i) => i.code)).toEqual([
      'TERMS',
      'PERFORMANCE_PLACE',
    ]);
  });
});

describe('agreementEffectiveDate (Art. 29)', () => {
  it('is the day of the last signature, fingerprint or seal', () => {
    expect(agreementEffectiveDate(SIGNED)).toBe('2026-03-12');
    expect(agreementEffectiveDate({ ...SIGNED, committeeSealedAt: '2026-03-10' })).toBe('2026-03-11');
  });

  it('reads instants on the Shanghai calendar', () => {
    // 17:00 UTC on 12 March is 01:00 on 13 March in Shanghai.
    expect(agreementEffectiveDate({ ...SIGNED, committeeSealedAt: '2026-03-12T17:00:00Z' })).toBe('2026-03-13');
  });

  it('is null while any party, the mediator or the committee seal is missing', () => {
    const [first, second] = SIGNED.parties;
    expect(agreementEffectiveDate({ ...SIGNED, mediatorSignedAt: null })).toBeNull();
    expect(agreementEffectiveDate({ ...SIGNED, committeeSealedAt: null })).toBeNull();
    expect(agreementEffectiveDate({ ...SIGNED, parties: [first!, { ...second!, at: null }] })).toBeNull();
    expect(agreementEffectiveDate({ ...SIGNED, parties: [first!, { ...second!, method: null }] })).toBeNull();
    expect(agreementEffectiveDate({ ...SIGNED, parties: [] })).toBeNull();
  });

  it('says who is missing', () => {
    expect(missingSignatures(SIGNED)).toEqual({
      partyIds: [],
      mediator: false,
      committeeSeal: false,
      noParties: false,
    });
    expect(
      missingSignatures({
        parties: [
          { partyId: 'a', method: 'seal', at: '2026-03-10' },
          { partyId: 'b', method: null, at: null },
        ],
        mediatorSignedAt: null,
        committeeSealedAt: ' ',
      }),
    ).toEqual({ partyIds: ['b'], mediator: true, committeeSeal: true, noParties: false });
  });

  it('property: never earlier than any signature, and equal to one of them', () => {
    const day = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 6 }), day, day, (partyDays, mediator, seal) => {
        const effective = agreementEffectiveDate({
          parties: partyDays.map((at, index) => ({ partyId: String(index), method: 'signature', at })),
          mediatorSignedAt: mediator,
          committeeSealedAt: seal,
        });
        const all = [...partyDays, mediator, seal];
        expect(effective).not.toBeNull();
        for (const signed of all) expect(effective! >= signed).toBe(true);
        expect(all).toContain(effective);
      }),
    );
  });
});

describe('agreementEffectiveProblems', () => {
  it('refuses to mark an agreement effective without every item and signature', () => {
    expect(agreementEffectiveProblems(COMPLETE, SIGNED)).toEqual([]);
    expect(agreementEffectiveProblems(COMPLETE, { ...SIGNED, committeeSealedAt: null })).toEqual([
      'AGREEMENT_SIGNATURES_MISSING',
    ]);
    expect(agreementEffectiveProblems({ ...COMPLETE, facts: '' }, { ...SIGNED, mediatorSignedAt: null })).toEqual([
      'AGREEMENT_ITEMS_MISSING',
      'AGREEMENT_SIGNATURES_MISSING',
    ]);
    for (const code of AGREEMENT_PROBLEMS) expect(ERRORS[code].status).toBe(422);
  });
});

describe('oral agreements (Arts. 28, 30)', () => {
  it('take effect the day they are recorded, in Shanghai', () => {
    expect(oralAgreementEffectiveDate('2026-03-10T03:00:00Z')).toBe('2026-03-10');
    expect(oralAgreementEffectiveDate('2026-03-10T16:30:00Z')).toBe('2026-03-11');
    expect(oralAgreementEffectiveDate(new Date('2026-03-10T03:00:00Z'))).toBe('2026-03-10');
    expect(oralAgreementEffectiveDate('2026-03-10')).toBe('2026-03-10');
  });
});

describe('judicial confirmation (Art. 33)', () => {
  it('may be asked for up to 30 days after the agreement takes effect', () => {
    expect(judicialConfirmationDeadline('2026-03-12')).toBe('2026-04-11');
    expect(judicialConfirmationDeadline('2026-12-15')).toBe('2027-01-14');
    expect(judicialConfirmationDeadline('2026-03-12', 15)).toBe('2026-03-27');
  });

  it('reminds from 5 days before the last day up to the last day, Shanghai time', () => {
    // Last day 2026-04-11; reminders from 2026-04-06.
    expect(judicialReminderDue('2026-03-12', '2026-04-05T15:59:59Z')).toBe(false);
    expect(judicialReminderDue('2026-03-12', '2026-04-05T16:00:00Z')).toBe(true);
    expect(judicialReminderDue('2026-03-12', '2026-04-11T15:59:59Z')).toBe(true);
    expect(judicialReminderDue('2026-03-12', '2026-04-11T16:00:00Z')).toBe(false);
  });

  it('takes the lead time as a parameter and needs an effective date', () => {
    expect(judicialReminderDue('2026-03-12', '2026-04-01T04:00:00Z', 10)).toBe(true);
    expect(judicialReminderDue('2026-03-12', '2026-04-01T04:00:00Z')).toBe(false);
    expect(judicialReminderDue(null, '2026-04-10T04:00:00Z')).toBe(false);
  });
});

describe('agreementCopies', () => {
  it('is one per party plus one for the committee (Art. 29)', () => {
    expect(agreementCopies(2)).toBe(3);
    expect(agreementCopies(5)).toBe(6);
    expect(agreementCopies(2, 'administrative')).toBe(3);
  });

  it('is three for police mediation, more only when more parties sign', () => {
    expect(agreementCopies(2, 'police')).toBe(3);
    expect(agreementCopies(1, 'police')).toBe(3);
    expect(agreementCopies(4, 'police')).toBe(5);
  });

  it('rejects a count that is not a whole number of parties', () => {
    expect(() => agreementCopies(0)).toThrow(RangeError);
    expect(() => agreementCopies(1.5)).toThrow(RangeError);
  });
});

describe('agreement numbers', () => {
  it('formats （2026）马人调字第12号 with full-width parentheses', () => {
    expect(formatAgreementNumber(2026, '马', 12)).toBe('（2026）马人调字第12号');
    expect(formatAgreementNumber(2026, '马良', 1)).toBe('（2026）马良人调字第1号');
  });

  it('rejects a bad year, sequence or town short name', () => {
    expect(() => formatAgreementNumber(26, '马', 1)).toThrow(RangeError);
    expect(() => formatAgreementNumber(2026, '马', 0)).toThrow(RangeError);
    expect(() => formatAgreementNumber(2026, '马', 1.5)).toThrow(RangeError);
    expect(() => formatAgreementNumber(2026, 'ML', 1)).toThrow(RangeError);
    expect(() => formatAgreementNumber(2026, '', 1)).toThrow(RangeError);
  });

  it('parses them back, also with half-width parentheses and spaces', () => {
    expect(parseAgreementNumber('（2026）马人调字第12号')).toEqual({ year: 2026, townShortName: '马', seq: 12 });
    expect(parseAgreementNumber('(2026) 马人调字第 12 号')).toEqual({ year: 2026, townShortName: '马', seq: 12 });
    expect(parseAgreementNumber('（2026）人和人调字第3号')).toEqual({ year: 2026, townShortName: '人和', seq: 3 });
    expect(parseAgreementNumber('（2026）马人调字第0号')).toBeNull();
    expect(parseAgreementNumber('（2026）马治调字第12号')).toBeNull();
    expect(parseAgreementNumber('2026马人调字第12号')).toBeNull();
  });

  it('property: parse undoes format', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom('马', '马良', '歇马', '寺坪', '人和'),
        fc.integer({ min: 1, max: 999_999 }),
        (year, town, seq) => {
          expect(parseAgreementNumber(formatAgreementNumber(year, town, seq))).toEqual({
            year,
            townShortName: town,
            seq,
          });
        },
      ),
    );
  });
});

describe('case numbers (one case, one code)', () => {
  it('formats the township code, the year and a 5-digit sequence', () => {
    expect(formatCaseNumber('420626104', 2026, 12)).toBe('420626104-2026-00012');
    expect(formatCaseNumber('420626104000', 2026, 12)).toBe('420626104-2026-00012');
    expect(formatCaseNumber('420626104', 2026, 123_456)).toBe('420626104-2026-123456');
  });

  it('rejects a code that is not a town code', () => {
    expect(() => formatCaseNumber('4206261', 2026, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber('420626104201', 2026, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber('马良', 2026, 1)).toThrow(RangeError);
    expect(() => formatCaseNumber('420626104', 2026, 0)).toThrow(RangeError);
  });

  it('parses them back', () => {
    expect(parseCaseNumber('420626104-2026-00012')).toEqual({ townCode: '420626104', year: 2026, seq: 12 });
    expect(parseCaseNumber(' 420626104-2026-00012 ')).toEqual({ townCode: '420626104', year: 2026, seq: 12 });
    expect(parseCaseNumber('420626104-2026-12')).toBeNull();
    expect(parseCaseNumber('420626104-2026-00000')).toBeNull();
    expect(parseCaseNumber('马良-2026-00012')).toBeNull();
  });

  it('property: parse undoes format, and numbers of one town and year sort by sequence up to 99,999', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 999_999_999 }), (year, seq) => {
        expect(parseCaseNumber(formatCaseNumber('420626104', year, seq))).toEqual({ townCode: '420626104', year, seq });
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 1, max: 99_999 }), (a, b) => {
        const [x, y] = [formatCaseNumber('420626104', 2026, a), formatCaseNumber('420626104', 2026, b)];
        expect(Math.sign(x.localeCompare(y))).toBe(Math.sign(a - b));
      }),
    );
  });
});
