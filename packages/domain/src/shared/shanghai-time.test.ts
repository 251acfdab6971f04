import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  daysBetween,
  fullMonthsBetween,
  fullYearsBetween,
  isBeforeStart,
  isCalendarDate,
  isInFuture,
  shanghaiDate,
  shanghaiDayStart,
  toCalendarDate,
  toDate,
} from './shanghai-time';

const calendarDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('toDate', () => {
  it('parses ISO strings and copies Dates', () => {
    const date = new Date('2026-03-10T02:00:00Z');
    expect(toDate('2026-03-10T02:00:00Z').getTime()).toBe(date.getTime());
    expect(toDate(date)).not.toBe(date);
    expect(toDate(date).getTime()).toBe(date.getTime());
  });

  it('throws a RangeError on anything that is not an instant', () => {
    expect(() => toDate('yesterday')).toThrow(RangeError);
    expect(() => toDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-04-31')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
    expect(isCalendarDate('2026-3-1')).toBe(false);
    expect(isCalendarDate('2026-03-01T00:00:00Z')).toBe(false);
  });
});

describe('shanghaiDate', () => {
  it('turns over at 16:00 UTC, midnight in Shanghai', () => {
    expect(shanghaiDate('2026-03-10T15:59:59.999Z')).toBe('2026-03-10');
    expect(shanghaiDate('2026-03-10T16:00:00Z')).toBe('2026-03-11');
    expect(shanghaiDate('2026-03-11T08:00:00+08:00')).toBe('2026-03-11');
  });

  it('is the same in summer and winter (no daylight saving)', () => {
    expect(shanghaiDate('2026-07-01T16:00:00Z')).toBe('2026-07-02');
    expect(shanghaiDate('2026-12-01T16:00:00Z')).toBe('2026-12-02');
  });
});

describe('toCalendarDate', () => {
  it('keeps a day and converts an instant to its Shanghai day', () => {
    expect(toCalendarDate('2026-03-10')).toBe('2026-03-10');
    expect(toCalendarDate('2026-03-10T17:00:00Z')).toBe('2026-03-11');
    expect(toCalendarDate(new Date('2026-03-10T17:00:00Z'))).toBe('2026-03-11');
  });

  it('rejects a day that is not on the calendar', () => {
    expect(() => toCalendarDate('2026-02-30')).toThrow(RangeError);
  });
});

describe('shanghaiDayStart', () => {
  it('is 16:00 UTC on the day before', () => {
    expect(shanghaiDayStart('2026-03-11').toISOString()).toBe('2026-03-10T16:00:00.000Z');
    expect(shanghaiDayStart('2026-01-01').toISOString()).toBe('2025-12-31T16:00:00.000Z');
  });

  it('property: the start of a day belongs to that day, and a millisecond earlier to the day before', () => {
    fc.assert(
      fc.property(calendarDate, (day) => {
        const start = shanghaiDayStart(day);
        expect(shanghaiDate(start)).toBe(day);
        expect(shanghaiDate(new Date(start.getTime() - 1))).toBe(addDays(day, -1));
      }),
    );
  });
});

describe('addDays and daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
  });

  it('refuses fractional days', () => {
    expect(() => addDays('2026-03-01', 1.5)).toThrow(RangeError);
  });

  it('property: daysBetween undoes addDays', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (day, n) => {
        expect(daysBetween(day, addDays(day, n))).toBe(n);
      }),
    );
  });
});

describe('addMonths', () => {
  it('keeps the day of the month, or takes the last day of a shorter month (Civil Code Art. 202)', () => {
    expect(addMonths('2026-03-10', 1)).toBe('2026-04-10');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });
});

describe('fullYearsBetween and fullMonthsBetween', () => {
  it('counts completed years like an age', () => {
    expect(fullYearsBetween('2020-03-01', '2026-02-28')).toBe(5);
    expect(fullYearsBetween('2020-03-01', '2026-03-01')).toBe(6);
    expect(fullYearsBetween('2024-02-29', '2025-02-27')).toBe(0);
    expect(fullYearsBetween('2024-02-29', '2025-02-28')).toBe(1);
    expect(fullYearsBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('is 0, never negative, when the start is later', () => {
    expect(fullYearsBetween('2027-01-01', '2026-01-01')).toBe(0);
    expect(fullMonthsBetween('2027-01-01', '2026-01-01')).toBe(0);
  });

  it('counts completed months', () => {
    expect(fullMonthsBetween('2026-01-15', '2026-02-14')).toBe(0);
    expect(fullMonthsBetween('2026-01-15', '2026-02-15')).toBe(1);
    expect(fullMonthsBetween('2026-01-31', '2026-02-28')).toBe(1);
    expect(fullMonthsBetween('2026-01-31', '2026-03-30')).toBe(1);
    expect(fullMonthsBetween('2025-09-01', '2026-03-01')).toBe(6);
  });

  it('property: n years after a day is n full years, and one day less is n − 1', () => {
    fc.assert(
      fc.property(calendarDate, fc.integer({ min: 1, max: 60 }), (day, n) => {
        const anniversary = addMonths(day, n * 12);
        expect(fullYearsBetween(day, anniversary)).toBe(n);
        expect(fullYearsBetween(day, addDays(anniversary, -1))).toBe(n - 1);
      }),
    );
  });
});

describe('isInFuture and isBeforeStart', () => {
  const now = '2026-11-21T17:30:00Z'; // 01:30 on 22 November in Shanghai

  it('compares days on the Shanghai calendar', () => {
    expect(isInFuture('2026-11-22', now)).toBe(false);
    expect(isInFuture('2026-11-23', now)).toBe(true);
    expect(isBeforeStart('2026-11-21', now)).toBe(true);
    expect(isBeforeStart('2026-11-22', now)).toBe(false);
  });

  it('allows a few minutes of clock skew on instants', () => {
    expect(isInFuture('2026-11-21T17:34:00Z', now)).toBe(false);
    expect(isInFuture('2026-11-21T17:36:00Z', now)).toBe(true);
    expect(isBeforeStart('2026-11-21T17:26:00Z', now)).toBe(false);
    expect(isBeforeStart('2026-11-21T17:24:00Z', now)).toBe(true);
  });
});
