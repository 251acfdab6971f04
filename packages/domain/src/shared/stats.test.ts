import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCounts, rateChangePoints } from './stats';

describe('compareCounts', () => {
  it('says 4 → 1 is 下降75.0%, not 下降300%', () => {
    expect(compareCounts(1, 4)).toEqual({
      kind: 'down',
      percent: -75,
      textZh: '下降75.0%（4→1）',
      textEn: 'Down 75.0% (4 → 1)',
    });
  });

  it('gives a rise with one decimal and the raw counts', () => {
    expect(compareCounts(5, 4)).toEqual({
      kind: 'up',
      percent: 25,
      textZh: '上升25.0%（4→5）',
      textEn: 'Up 25.0% (4 → 5)',
    });
    expect(compareCounts(12, 4)).toMatchObject({ kind: 'up', percent: 200, textZh: '上升200.0%（4→12）' });
    expect(compareCounts(4, 3)).toMatchObject({ kind: 'up', percent: 33.3, textZh: '上升33.3%（3→4）' });
    expect(compareCounts(5, 3)).toMatchObject({ kind: 'up', percent: 66.7, textZh: '上升66.7%（3→5）' });
  });

  it('rounds half up to one decimal', () => {
    // 1/8 = 12.5%, 1/16 = 6.25% → 6.3%, 1/2000 = 0.05% → 0.1%
    expect(compareCounts(9, 8).percent).toBe(12.5);
    expect(compareCounts(17, 16).percent).toBe(6.3);
    expect(compareCounts(15, 16).percent).toBe(-6.3);
    expect(compareCounts(2001, 2000).percent).toBe(0.1);
    expect(compareCounts(20001, 20000)).toMatchObject({ kind: 'up', percent: 0, textZh: '上升0.0%（20000→20001）' });
  });

  it('says a fall to 0 is 下降100.0%', () => {
    expect(compareCounts(0, 7)).toMatchObject({ kind: 'down', percent: -100, textZh: '下降100.0%（7→0）' });
  });

  it('gives no percentage against a zero base', () => {
    expect(compareCounts(3, 0)).toEqual({
      kind: 'new',
      percent: null,
      textZh: '新增3起（上年同期为0）',
      textEn: '3 new (same period last year: 0)',
    });
    expect(compareCounts(3, 0, '上期')).toEqual({
      kind: 'new',
      percent: null,
      textZh: '新增3起（上期为0）',
      textEn: '3 new (previous period: 0)',
    });
  });

  it('says 0 → 0 is 持平', () => {
    expect(compareCounts(0, 0)).toEqual({ kind: 'flat', percent: null, textZh: '持平', textEn: 'Flat' });
  });

  it('says an unchanged count is 持平 with the raw counts', () => {
    expect(compareCounts(5, 5)).toEqual({ kind: 'flat', percent: 0, textZh: '持平（5→5）', textEn: 'Flat (5 → 5)' });
  });

  it('rejects negative and non-finite counts', () => {
    expect(() => compareCounts(-1, 4)).toThrow(RangeError);
    expect(() => compareCounts(1, -4)).toThrow(RangeError);
    expect(() => compareCounts(Number.NaN, 4)).toThrow(RangeError);
    expect(() => compareCounts(1, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('property: a fall never exceeds 100%', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (current, base) => {
        const result = compareCounts(current, base);
        expect(result.percent).not.toBeNull();
        expect(result.percent!).toBeGreaterThanOrEqual(-100);
        if (result.kind === 'down') expect(Number(/下降([\d.]+)%/.exec(result.textZh)![1])).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('property: percent matches the direction, is rounded to one decimal and the text shows the raw counts', () => {
    fc.assert(
      fc.property(fc.nat(1_000_000), fc.integer({ min: 1, max: 1_000_000 }), (current, base) => {
        const result = compareCounts(current, base);
        const expected = ((current - base) / base) * 100;
        expect(Math.abs(result.percent! - expected)).toBeLessThanOrEqual(0.05 + 1e-9);
        expect(Number.isInteger(Math.round(result.percent! * 10))).toBe(true);
        expect(Math.abs(result.percent! * 10 - Math.round(result.percent! * 10))).toBeLessThan(1e-9);
        expect(result.kind).toBe(current > base ? 'up' : current < base ? 'down' : 'flat');
        expect(result.textZh).toContain(`（${base}→${current}）`);
      }),
    );
  });
});

describe('rateChangePoints', () => {
  it('gives a rise in 百分点', () => {
    expect(rateChangePoints(92.5, 90)).toEqual({
      kind: 'up',
      points: 2.5,
      textZh: '提高2.5个百分点',
      textEn: 'Up 2.5 percentage points',
    });
  });

  it('gives a fall in 百分点', () => {
    expect(rateChangePoints(88, 90)).toEqual({
      kind: 'down',
      points: -2,
      textZh: '下降2.0个百分点',
      textEn: 'Down 2.0 percentage points',
    });
  });

  it('rounds to one decimal without binary noise', () => {
    expect(rateChangePoints(0.3, 0.1).points).toBe(0.2);
    expect(rateChangePoints(80.35, 78.3).points).toBe(2.1);
    expect(rateChangePoints(66.67, 33.33)).toMatchObject({ points: 33.3, textZh: '提高33.3个百分点' });
  });

  it('says 持平 when the change rounds to 0.0', () => {
    expect(rateChangePoints(90, 90)).toEqual({ kind: 'flat', points: 0, textZh: '持平', textEn: 'Flat' });
    expect(rateChangePoints(90.04, 90)).toMatchObject({ kind: 'flat', points: 0 });
  });

  it('rejects non-finite rates', () => {
    expect(() => rateChangePoints(Number.NaN, 90)).toThrow(RangeError);
  });
});
