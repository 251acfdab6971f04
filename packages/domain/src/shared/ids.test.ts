import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIdNumber, computeIdCheckChar, normalizeMobile, PROVINCE_CODES } from './ids';

// 20:00 on 15 June 2025 in Shanghai.
const TODAY = new Date('2025-06-15T12:00:00Z');

/** 17 digits from parts, plus the computed check character. */
function makeId(region: string, yyyymmdd: string, seq: string): string {
  const first17 = region + yyyymmdd + seq;
  return first17 + computeIdCheckChar(first17);
}

describe('computeIdCheckChar', () => {
  it('computes the check characters of the GB 11643 examples', () => {
    expect(computeIdCheckChar('11010519491231002')).toBe('X');
    expect(computeIdCheckChar('44052418800101001')).toBe('4');
  });

  it('rejects anything but 17 digits', () => {
    expect(() => computeIdCheckChar('1101051949123100')).toThrow(RangeError);
    expect(() => computeIdCheckChar('1101051949123100A')).toThrow(RangeError);
    expect(() => computeIdCheckChar('110105194912310021')).toThrow(RangeError);
  });
});

describe('checkIdNumber', () => {
  it('accepts the valid example 11010519491231002X', () => {
    expect(checkIdNumber('11010519491231002X', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      warnings: [],
    });
  });

  it('accepts the valid example 440524188001010014 (born 1880: flagged, not rejected)', () => {
    expect(checkIdNumber('440524188001010014', TODAY)).toEqual({
      ok: true,
      normalized: '440524188001010014',
      birthDate: '1880-01-01',
      sex: 'male',
      warnings: ['BIRTH_BEFORE_1900'],
    });
  });

  it('accepts a lower-case x and normalises it to upper case', () => {
    const result = checkIdNumber('11010519491231002x', TODAY);
    expect(result.ok && result.normalized).toBe('11010519491231002X');
  });

  it('tolerates surrounding and inner whitespace and full-width characters', () => {
    const spaced = checkIdNumber(' 110105 19491231 002X ', TODAY);
    expect(spaced.ok && spaced.normalized).toBe('11010519491231002X');
    const fullWidth = checkIdNumber('１１０１０５１９４９１２３１００２Ｘ', TODAY);
    expect(fullWidth.ok && fullWidth.normalized).toBe('11010519491231002X');
  });

  it('reads the sex from the 17th digit (odd = male)', () => {
    const male = checkIdNumber(makeId('420626', '19850315', '123'), TODAY);
    const female = checkIdNumber(makeId('420626', '19850315', '124'), TODAY);
    expect(male.ok && male.sex).toBe('male');
    expect(female.ok && female.sex).toBe('female');
  });

  it('rejects bad check characters', () => {
    expect(checkIdNumber('110105194912310021', TODAY)).toEqual({ ok: false, reason: 'checksum' });
    expect(checkIdNumber('440524188001010015', TODAY)).toEqual({ ok: false, reason: 'checksum' });
    expect(checkIdNumber('44052418800101001X', TODAY)).toEqual({ ok: false, reason: 'checksum' });
  });

  it('rejects dates that are not on the calendar', () => {
    expect(checkIdNumber(makeId('420626', '20000230', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '19900431', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '19901301', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '19900100', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '19000229', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '20000229', '123'), TODAY).ok).toBe(true);
  });

  it('rejects births in the future and before 1800', () => {
    expect(checkIdNumber(makeId('420626', '20250616', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '20990101', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '17991231', '123'), TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber(makeId('420626', '20250615', '123'), TODAY).ok).toBe(true);
    expect(checkIdNumber(makeId('420626', '19000101', '123'), TODAY)).toMatchObject({ ok: true, warnings: [] });
  });

  it('takes "today" as the calendar day in Shanghai', () => {
    const id = makeId('420626', '20250616', '123');
    expect(checkIdNumber(id, new Date('2025-06-15T15:59:59Z')).ok).toBe(false);
    expect(checkIdNumber(id, new Date('2025-06-15T16:00:00Z')).ok).toBe(true);
  });

  it('defaults "today" to now', () => {
    expect(checkIdNumber('11010519491231002X').ok).toBe(true);
    expect(checkIdNumber(makeId('420626', '29991231', '123'))).toEqual({ ok: false, reason: 'date' });
  });

  it('rejects malformed input', () => {
    for (const bad of [
      '',
      '11010519491231002',
      '11010519491231002XX',
      '1101051949123100X2',
      '11010519491231002Y',
      'ABCDEFGHIJKLMNOPQR',
      '1101051949123',
      '1101054912310021',
      '11010549123100X',
    ]) {
      expect(checkIdNumber(bad, TODAY)).toEqual({ ok: false, reason: 'format' });
    }
  });

  it('warns about, but accepts, an unknown province code', () => {
    for (const region of ['000000', '100000', '160000', '470000', '700000', '720000', '830000', '990000']) {
      expect(checkIdNumber(makeId(region, '19850315', '123'), TODAY)).toMatchObject({
        ok: true,
        warnings: ['UNKNOWN_REGION'],
      });
    }
    for (const region of ['110000', '150000', '460000', '540000', '650000', '710000', '810000', '820000']) {
      expect(checkIdNumber(makeId(region, '19850315', '123'), TODAY)).toMatchObject({ ok: true, warnings: [] });
    }
  });

  it('converts legacy 15-digit numbers to the 18-digit form', () => {
    expect(checkIdNumber('110105491231002', TODAY)).toEqual({
      ok: true,
      normalized: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
      warnings: [],
    });
    expect(checkIdNumber('420626850315123', TODAY)).toMatchObject({
      ok: true,
      normalized: makeId('420626', '19850315', '123'),
      birthDate: '1985-03-15',
      sex: 'male',
    });
  });

  it('checks the date of a legacy 15-digit number', () => {
    expect(checkIdNumber('420626850230123', TODAY)).toEqual({ ok: false, reason: 'date' });
    expect(checkIdNumber('420626001301123', TODAY)).toEqual({ ok: false, reason: 'date' });
  });

  const validParts = fc.record({
    region: fc.tuple(fc.constantFrom(...PROVINCE_CODES), fc.integer({ min: 0, max: 9999 })),
    birth: fc.date({
      min: new Date('1900-01-01T00:00:00Z'),
      max: new Date('2025-06-15T23:59:59Z'),
      noInvalidDate: true,
    }),
    seq: fc.integer({ min: 0, max: 999 }),
  });

  function build(parts: { region: [string, number]; birth: Date; seq: number }) {
    const iso = parts.birth.toISOString().slice(0, 10);
    const region = parts.region[0] + String(parts.region[1]).padStart(4, '0');
    const id = makeId(region, iso.replaceAll('-', ''), String(parts.seq).padStart(3, '0'));
    return { id, iso };
  }

  it('property: an ID built from a valid date, region and sequence with the computed check char is valid', () => {
    fc.assert(
      fc.property(validParts, (parts) => {
        const { id, iso } = build(parts);
        expect(checkIdNumber(id, TODAY)).toEqual({
          ok: true,
          normalized: id,
          birthDate: iso,
          sex: parts.seq % 2 === 1 ? 'male' : 'female',
          warnings: [],
        });
      }),
    );
  });

  it('property: changing any one character of a valid ID makes it invalid', () => {
    fc.assert(
      fc.property(validParts, fc.integer({ min: 0, max: 17 }), fc.integer({ min: 1, max: 10 }), (parts, at, shift) => {
        const { id } = build(parts);
        const alphabet = at === 17 ? '0123456789X' : '0123456789';
        const current = alphabet.indexOf(id[at]!);
        const replacement = alphabet[(current + shift) % alphabet.length]!;
        fc.pre(replacement !== id[at]);
        const mutated = id.slice(0, at) + replacement + id.slice(at + 1);
        expect(checkIdNumber(mutated, TODAY).ok).toBe(false);
      }),
    );
  });
});

describe('normalizeMobile', () => {
  it('accepts plain, spaced and dashed mobile numbers', () => {
    expect(normalizeMobile('13812345678')).toBe('13812345678');
    expect(normalizeMobile('138 1234 5678')).toBe('13812345678');
    expect(normalizeMobile('138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile(' 199-0000-0000 ')).toBe('19900000000');
  });

  it('strips a leading +86 or 86', () => {
    expect(normalizeMobile('+8613812345678')).toBe('13812345678');
    expect(normalizeMobile('+86 138 1234 5678')).toBe('13812345678');
    expect(normalizeMobile('86-138-1234-5678')).toBe('13812345678');
    expect(normalizeMobile('8613812345678')).toBe('13812345678');
  });

  it('does not strip 86 unless 11 digits remain', () => {
    expect(normalizeMobile('86123456789')).toBeNull();
    expect(normalizeMobile('861381234567')).toBeNull();
  });

  it('rejects numbers that are not mainland mobiles', () => {
    expect(normalizeMobile('')).toBeNull();
    expect(normalizeMobile('12812345678')).toBeNull();
    expect(normalizeMobile('10812345678')).toBeNull();
    expect(normalizeMobile('1381234567')).toBeNull();
    expect(normalizeMobile('138123456789')).toBeNull();
    expect(normalizeMobile('0719-8123456')).toBeNull();
    expect(normalizeMobile('+85213812345678')).toBeNull();
    expect(normalizeMobile('138l2345678')).toBeNull();
  });
});
