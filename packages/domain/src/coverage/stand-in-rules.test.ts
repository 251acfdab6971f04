import { describe, expect, it } from 'vitest';
import { standInCovers, standInProblem } from './stand-in-rules';

const TODAY = '2026-11-30';
const body = (over: Partial<Parameters<typeof standInProblem>[0]> = {}) => ({
  absentPersonId: 'li',
  standInPersonId: 'zhou',
  fromDay: '2026-12-01',
  toDay: '2026-12-05',
  ...over,
});

describe('standInProblem', () => {
  it('accepts a leave with or without a stand-in, and one that began yesterday', () => {
    expect(standInProblem(body(), TODAY)).toBeNull();
    expect(standInProblem(body({ standInPersonId: null }), TODAY)).toBeNull();
    expect(standInProblem(body({ fromDay: '2026-11-29', toDay: '2026-11-30' }), TODAY)).toBeNull();
    expect(standInProblem(body({ fromDay: '2026-12-01', toDay: '2026-12-01' }), TODAY)).toBeNull();
  });

  it('refuses an end before the start', () => {
    expect(standInProblem(body({ toDay: '2026-11-30' }), TODAY)).toBe('STAND_IN_DATES_REVERSED');
  });

  it('refuses the absent person standing in for himself', () => {
    expect(standInProblem(body({ standInPersonId: 'li' }), TODAY)).toBe('STAND_IN_SAME_PERSON');
  });

  it('refuses a leave already over', () => {
    expect(standInProblem(body({ fromDay: '2026-11-20', toDay: '2026-11-29' }), TODAY)).toBe('STAND_IN_IN_PAST');
  });

  it('refuses dates absurdly far off, and a leave longer than a year', () => {
    expect(standInProblem(body({ fromDay: '2027-12-02', toDay: '2027-12-05' }), TODAY)).toBe('STAND_IN_TOO_FAR');
    expect(standInProblem(body({ fromDay: '2025-11-01', toDay: '2026-12-05' }), TODAY)).toBe('STAND_IN_TOO_FAR');
    expect(standInProblem(body({ fromDay: '2026-12-01', toDay: '2027-12-05' }), TODAY)).toBe('STAND_IN_TOO_LONG');
  });
});

describe('standInCovers', () => {
  it('covers both ends and nothing once ended', () => {
    const leave = { fromDay: '2026-12-01', toDay: '2026-12-05', endedAt: null };
    expect(['2026-11-30', '2026-12-01', '2026-12-05', '2026-12-06'].map((d) => standInCovers(leave, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(standInCovers({ ...leave, endedAt: '2026-12-02T01:00:00.000Z' }, '2026-12-03')).toBe(false);
  });
});
