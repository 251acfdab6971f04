import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLIDAY_CALENDAR, indexCalendar, isWorkingDay, weekday, workingDaysOfMonth } from './holiday-calendar';

const official = indexCalendar(DEFAULT_HOLIDAY_CALENDAR);

describe('the working-day calendar', () => {
  it('works Monday to Friday and rests at the weekend when no row says otherwise', () => {
    const empty = indexCalendar([]);
    expect(isWorkingDay('2026-03-02', empty)).toBe(true); // Monday
    expect(isWorkingDay('2026-03-06', empty)).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07', empty)).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08', empty)).toBe(false); // Sunday
  });

  it('rests on an official holiday and works on a make-up Saturday or Sunday', () => {
    expect(isWorkingDay('2026-10-05', official)).toBe(false); // 国庆, Monday
    expect(isWorkingDay('2026-02-16', official)).toBe(false); // 除夕, Monday
    expect(isWorkingDay('2026-02-14', official)).toBe(true); // 春节调休, Saturday
    expect(isWorkingDay('2026-09-20', official)).toBe(true); // 国庆调休, Sunday
    expect(isWorkingDay('2027-02-08', official)).toBe(false); // 春节 2027, Monday
  });

  it('seeds make-up working days only on weekends and no day twice', () => {
    const workdays = DEFAULT_HOLIDAY_CALENDAR.filter((day) => day.kind === 'workday');
    for (const day of workdays) expect([0, 6], day.date).toContain(weekday(day.date));
    const dates = DEFAULT_HOLIDAY_CALENDAR.map((day) => day.date);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('lists a month’s working days in order', () => {
    const october = workingDaysOfMonth(2026, 10, official);
    expect(october.slice(0, 3)).toEqual(['2026-10-08', '2026-10-09', '2026-10-10']);
    expect(october).toHaveLength(18);
    expect(workingDaysOfMonth(2026, 2, official)).toHaveLength(16);
  });
});
