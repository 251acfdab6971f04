/**
 * The working-day calendar of the station (domain.md §5: a security director's three days are working days).
 * Monday to Friday are working days except official holidays; a make-up working day (调休上班) on a Saturday or
 * Sunday is a working day. The calendar is a setting: rows per town, seeded with the official arrangements below
 * and editable when the State Council publishes the next year's notice or a town adds a local day.
 */

import { addDays } from '../shared/shanghai-time';

export const CALENDAR_DAY_KINDS = ['holiday', 'workday'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

/** One exception to the Monday-to-Friday week: a holiday, or a weekend day worked in exchange (调休上班). */
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

function range(from: string, to: string, name: string): CalendarDay[] {
  const out: CalendarDay[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) out.push({ date: day, kind: 'holiday', name });
  return out;
}

function workday(date: string, name: string): CalendarDay {
  return { date, kind: 'workday', name };
}

/**
 * 2026: 国务院办公厅关于2026年部分节假日安排的通知 (dated 4 November 2025, published by Xinhua that day).
 * 元旦 1.1–1.3, 1.4 (Sun) worked; 春节 2.15–2.23, 2.14 (Sat) and 2.28 (Sat) worked; 清明 4.4–4.6;
 * 劳动节 5.1–5.5, 5.9 (Sat) worked; 端午 6.19–6.21; 中秋 9.25–9.27; 国庆 10.1–10.7, 9.20 (Sun) and 10.10 (Sat) worked.
 */
const OFFICIAL_2026: CalendarDay[] = [
  ...range('2026-01-01', '2026-01-03', '元旦'),
  workday('2026-01-04', '元旦调休上班'),
  workday('2026-02-14', '春节调休上班'),
  ...range('2026-02-15', '2026-02-23', '春节'),
  workday('2026-02-28', '春节调休上班'),
  ...range('2026-04-04', '2026-04-06', '清明节'),
  ...range('2026-05-01', '2026-05-05', '劳动节'),
  workday('2026-05-09', '劳动节调休上班'),
  ...range('2026-06-19', '2026-06-21', '端午节'),
  workday('2026-09-20', '国庆节调休上班'),
  ...range('2026-09-25', '2026-09-27', '中秋节'),
  ...range('2026-10-01', '2026-10-07', '国庆节'),
  workday('2026-10-10', '国庆节调休上班'),
];

/**
 * 2027: the statutory holidays of 全国年节及纪念日放假办法 (revised 2024, in force 2025) on the 2027 dates (春节
 * 2.6, 清明 4.5, 端午 6.9, 中秋 9.15). The State Council's notice for 2027 (its bridging days and make-up working
 * days) was not available when this table was written: the town edits the rows when the notice is published.
 */
const STATUTORY_2027: CalendarDay[] = [
  ...range('2027-01-01', '2027-01-01', '元旦'),
  ...range('2027-02-05', '2027-02-08', '春节'),
  ...range('2027-04-05', '2027-04-05', '清明节'),
  ...range('2027-05-01', '2027-05-02', '劳动节'),
  ...range('2027-06-09', '2027-06-09', '端午节'),
  ...range('2027-09-15', '2027-09-15', '中秋节'),
  ...range('2027-10-01', '2027-10-03', '国庆节'),
];

/** What a town's calendar starts with. */
export const DEFAULT_HOLIDAY_CALENDAR: readonly CalendarDay[] = [...OFFICIAL_2026, ...STATUTORY_2027];

/** Day of the week of a `YYYY-MM-DD` day: 0 Sunday … 6 Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

/** A calendar's rows by date, for repeated look-ups. */
export type CalendarIndex = ReadonlyMap<string, CalendarDayKind>;

export function indexCalendar(calendar: readonly CalendarDay[]): CalendarIndex {
  return new Map(calendar.map((day) => [day.date, day.kind]));
}

/** Whether the station works that day: the calendar's row decides, else Monday to Friday. */
export function isWorkingDay(date: string, calendar: CalendarIndex): boolean {
  const kind = calendar.get(date);
  if (kind !== undefined) return kind === 'workday';
  const day = weekday(date);
  return day !== 0 && day !== 6;
}

/** The working days of one month (1–12), in order. */
export function workingDaysOfMonth(year: number, month: number, calendar: CalendarIndex): string[] {
  const out: string[] = [];
  const prefix = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
  for (let day = `${prefix}-01`; day.startsWith(prefix); day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) out.push(day);
  }
  return out;
}
