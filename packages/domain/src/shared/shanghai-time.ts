/**
 * Calendar arithmetic in Asia/Shanghai (domain.md §11: store UTC, count days in Shanghai).
 * Shanghai is UTC+8 all year (China has had no daylight saving since 1991), so a fixed offset is exact for every
 * instant the platform stores, and these functions need no time-zone database.
 *
 * Instants are ISO-8601 strings (or Dates); calendar days are `YYYY-MM-DD` strings. Bad input throws a RangeError,
 * because a malformed time reaching a rule is a programming error, not user input (the zod contracts catch that).
 */

export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant as stored (ISO-8601 text) or as a Date. */
export type Instant = string | Date;

/** A Date for an instant; throws RangeError when it does not parse. */
export function toDate(instant: Instant): Date {
  const date = typeof instant === 'string' ? new Date(instant) : new Date(instant.getTime());
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return date;
}

/** True when `value` is a real calendar day written `YYYY-MM-DD`. */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** The calendar day in Shanghai of an instant, as `YYYY-MM-DD`. */
export function shanghaiDate(instant: Instant): string {
  return new Date(toDate(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * A calendar day for either a `YYYY-MM-DD` day (kept as it is) or an instant (its Shanghai day). Lets callers pass
 * what a paper form records (a date) or what a device records (a timestamp).
 */
export function toCalendarDate(value: string | Date): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    if (!isCalendarDate(value)) throw new RangeError(`Not a calendar date: ${value}`);
    return value;
  }
  return shanghaiDate(value);
}

/** The UTC instant at which a Shanghai calendar day begins (00:00 in Shanghai is 16:00 UTC the day before). */
export function shanghaiDayStart(date: string): Date {
  assertCalendarDate(date);
  return new Date(Date.parse(`${date}T00:00:00Z`) - SHANGHAI_OFFSET_MS);
}

/** A calendar day plus `days` (negative to go back). */
export function addDays(date: string, days: number): string {
  assertCalendarDate(date);
  assertWhole(days, 'days');
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A calendar day plus whole months, on the same day of the month or, when that month is shorter, its last day
 * (Civil Code Art. 202: 没有对应日的，月末日为期间的最后一日). 2026-01-31 + 1 month = 2026-02-28.
 */
export function addMonths(date: string, months: number): string {
  assertCalendarDate(date);
  assertWhole(months, 'months');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}

/** Whole days from one calendar day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  assertCalendarDate(from);
  assertCalendarDate(to);
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Completed years from one calendar day to another, counted like an age: 2020-03-01 → 2026-02-28 is 5,
 * → 2026-03-01 is 6. A start on 29 February completes its year on 28 February in common years. Never negative.
 */
export function fullYearsBetween(from: string, to: string): number {
  return Math.floor(fullMonthsBetween(from, to) / 12);
}

/** Completed calendar months from one day to another (Art. 202's month-end rule), never negative. */
export function fullMonthsBetween(from: string, to: string): number {
  assertCalendarDate(from);
  assertCalendarDate(to);
  if (to < from) return 0;
  let months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (addMonths(from, months) > to) months -= 1;
  return months;
}

/** How far ahead of the server's clock a recorded time may be: devices' clocks drift a little. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/**
 * Whether a recorded day or instant lies in the future: an instant later than now (plus the clock skew), a
 * `YYYY-MM-DD` day later than today's Shanghai day.
 */
export function isInFuture(value: string, now: Instant = new Date(), skewMs = CLOCK_SKEW_MS): boolean {
  const limit = toDate(now).getTime() + skewMs;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return toCalendarDate(value) > shanghaiDate(new Date(limit));
  return toDate(value).getTime() > limit;
}

/**
 * Whether a recorded day or instant lies before a start: an instant earlier than the start (less the clock skew,
 * as times are picked to the minute), a `YYYY-MM-DD` day earlier than the start's Shanghai day.
 */
export function isBeforeStart(value: string, start: Instant, skewMs = CLOCK_SKEW_MS): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return toCalendarDate(value) < shanghaiDate(start);
  return toDate(value).getTime() < toDate(start).getTime() - skewMs;
}

function assertCalendarDate(date: string): void {
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
}

function assertWhole(value: number, name: string): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a whole number`);
}
