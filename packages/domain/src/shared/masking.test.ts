import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coarseCoordinate, maskAddress, maskIdNumber, maskMobile, maskName, maskPhone, maskText } from './masking';

const BLANKS = [null, undefined, '', '   '] as const;

describe('maskText', () => {
  it('keeps the start and end and masks the middle', () => {
    expect(maskText('abcdefgh', 2, 3)).toBe('ab***fgh');
    expect(maskText('abcdefgh', 0, 0)).toBe('********');
    expect(maskText('abcdefgh', 1, 0)).toBe('a*******');
    expect(maskText('abcdefgh', 0, 1)).toBe('*******h');
  });

  it('counts Chinese and other non-BMP characters as one each', () => {
    expect(maskText('马良镇双坪村', 2, 1)).toBe('马良***村');
    expect(maskText('𠀀𠀁𠀂𠀃', 1, 1)).toBe('𠀀**𠀃');
  });

  it('masks everything when nothing would be hidden', () => {
    expect(maskText('abc', 2, 1)).toBe('***');
    expect(maskText('abc', 5, 5)).toBe('***');
    expect(maskText('', 1, 1)).toBe('');
  });

  it('treats negative and non-finite keep counts as 0', () => {
    expect(maskText('abcd', -1, 1)).toBe('***d');
    expect(maskText('abcd', Number.NaN, 1.7)).toBe('***d');
  });

  it('property: keeps the length and always hides at least one character of a non-empty value', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, unit: 'grapheme-ascii' }), fc.nat(30), fc.nat(30), (value, start, end) => {
        const masked = maskText(value, start, end);
        expect(masked.length).toBe(value.length);
        expect(masked).toContain('*');
      }),
    );
  });
});

describe('maskIdNumber', () => {
  it('keeps the first 6 and last 4 characters', () => {
    expect(maskIdNumber('420626198503151234')).toBe('420626********1234');
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X');
    expect(maskIdNumber(' 420626198503151234 ')).toBe('420626********1234');
  });

  it('masks legacy 15-digit numbers the same way', () => {
    expect(maskIdNumber('420626850315123')).toBe('420626*****5123');
  });

  it('masks other lengths completely, at most 18 characters', () => {
    expect(maskIdNumber('4206261985')).toBe('**********');
    expect(maskIdNumber('42062619850315123')).toBe('*****************');
    expect(maskIdNumber('4206261985031512341234')).toBe('******************');
  });

  it('returns null for blank input', () => {
    for (const blank of BLANKS) expect(maskIdNumber(blank)).toBeNull();
  });
});

describe('maskMobile', () => {
  it('keeps the first 3 and last 4 digits', () => {
    expect(maskMobile('13812345678')).toBe('138****5678');
    expect(maskMobile('+86 138-1234-5678')).toBe('138****5678');
  });

  it('masks anything else like maskPhone', () => {
    expect(maskMobile('0719-8123456')).toBe('071*******56');
  });

  it('returns null for blank input', () => {
    for (const blank of BLANKS) expect(maskMobile(blank)).toBeNull();
  });
});

describe('maskPhone', () => {
  it('masks mobiles as 138****5678', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('8613812345678')).toBe('138****5678');
  });

  it('keeps the first 3 and last 2 characters of other numbers', () => {
    expect(maskPhone('0719-8123456')).toBe('071*******56');
    expect(maskPhone('07198123456')).toBe('071******56');
    expect(maskPhone('0719 812 3456')).toBe('071******56');
  });

  it('masks very short numbers completely', () => {
    expect(maskPhone('110')).toBe('***');
    expect(maskPhone('12345')).toBe('*****');
    expect(maskPhone('123456')).toBe('123*56');
  });

  it('returns null for blank input', () => {
    for (const blank of BLANKS) expect(maskPhone(blank)).toBeNull();
  });
});

describe('maskName', () => {
  it('keeps the first character of a Chinese name', () => {
    expect(maskName('张三')).toBe('张*');
    expect(maskName('张小明')).toBe('张**');
    expect(maskName('欧阳小明')).toBe('欧***');
    expect(maskName(' 张三 ')).toBe('张*');
  });

  it('masks a one-character name completely', () => {
    expect(maskName('张')).toBe('*');
  });

  it('keeps the first letter of a Latin name', () => {
    expect(maskName('John')).toBe('J***');
    expect(maskName('Li Wei')).toBe('L*****');
  });

  it('returns null for blank input', () => {
    for (const blank of BLANKS) expect(maskName(blank)).toBeNull();
  });
});

describe('maskAddress', () => {
  it('keeps the address down to the village and group', () => {
    expect(maskAddress('马良镇双坪村3组15号')).toBe('马良镇双坪村3组****');
    expect(maskAddress('马良镇双坪村三组15号')).toBe('马良镇双坪村三组****');
    expect(maskAddress('马良镇双坪村十二组8号')).toBe('马良镇双坪村十二组****');
  });

  it('keeps the address down to the village when no group follows it', () => {
    expect(maskAddress('马良镇双坪村15号')).toBe('马良镇双坪村****');
    expect(maskAddress('马良镇双坪村村委会')).toBe('马良镇双坪村****');
  });

  it('keeps the address down to the community', () => {
    expect(maskAddress('马良镇集镇社区解放路8号')).toBe('马良镇集镇社区****');
    expect(maskAddress('马良镇集镇社区2组6号')).toBe('马良镇集镇社区2组****');
  });

  it('keeps the address down to a group when there is no village', () => {
    expect(maskAddress('马良镇5组12号')).toBe('马良镇5组****');
  });

  it('adds nothing when the address stops at the village or group', () => {
    expect(maskAddress('马良镇双坪村')).toBe('马良镇双坪村');
    expect(maskAddress('马良镇双坪村3组')).toBe('马良镇双坪村3组');
  });

  it('keeps the first 6 characters when there is no marker', () => {
    expect(maskAddress('湖北省保康县马良镇解放路8号')).toBe('湖北省保康县****');
  });

  it('keeps at most half of a short address without a marker', () => {
    expect(maskAddress('解放路8号')).toBe('解放****');
    expect(maskAddress('8号')).toBe('8****');
    expect(maskAddress('8')).toBe('****');
  });

  it('returns null for blank input', () => {
    for (const blank of BLANKS) expect(maskAddress(blank)).toBeNull();
  });
});

describe('coarseCoordinate', () => {
  it('keeps two decimals, about a kilometre', () => {
    expect(coarseCoordinate(31.612345)).toBe(31.61);
    expect(coarseCoordinate(111.305)).toBe(111.31);
    expect(coarseCoordinate(null)).toBeNull();
  });
});
