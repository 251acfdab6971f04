/**
 * Statistics periods in Asia/Shanghai (domain.md §7, §11): a day, an ISO week, a month, a quarter, a year, a year to
 * date, or a range of days. A period is a run of whole Shanghai days, counted from the first day's Shanghai midnight
 * (inclusive) to the midnight after the last day (exclusive), so a record at 23:59:59 +08:00 on the last day counts
 * and one at 00:00:00 +08:00 the next day does not.
 */
import { z } from 'zod';
import type { DisplayLanguage } from '../shared/beijing-format';
import type { ErrorCode } from '../shared/errors';
import {
  addDays,
  addMonths,
  daysBetween,
  type Instant,
  isCalendarDate,
  shanghaiDate,
  shanghaiDayStart,
} from '../shared/shanghai-time';

export const STATS_PERIOD_KINDS = ['day', 'week', 'month', 'quarter', 'year', 'ytd', 'range'] as const;
export type StatsPeriodKind = (typeof STATS_PERIOD_KINDS)[number];
/** The kinds named by a key alone (a range is named by its two days). */
export type KeyedPeriodKind = Exclude<StatsPeriodKind, 'range'>;

/**
 * The period of a statistics request. Lenient on purpose: whatever does not name a real period is answered by
 * `resolveStatsPeriod` with PERIOD_INVALID rather than a generic validation error, so clients can branch on it.
 * No `period`: the current month. A `period` without `key`: the one containing today. `range` takes `from`/`to`.
 */
export const statsPeriodQuerySchema = z.object({
  period: z.string().max(16).optional(),
  /** day `2026-11-30`, week `2026-W48`, month `2026-11`, quarter `2026-Q4`, year `2026`, ytd `2026-11-30`. */
  key: z.string().max(32).optional(),
  /** A range's first and last Shanghai day (inclusive). */
  from: z.string().max(32).optional(),
  to: z.string().max(32).optional(),
});
export type StatsPeriodQuery = z.infer<typeof statsPeriodQuerySchema>;

export const statsPeriodSchema = z.object({
  kind: z.enum(STATS_PERIOD_KINDS),
  /** The period's name: `2026-11`, `2026-W48`…; a range is `2026-11-01..2026-11-15`. */
  key: z.string(),
  firstDay: z.iso.date(),
  lastDay: z.iso.date(),
  /** The Shanghai midnight the period starts at, as a UTC instant (inclusive). */
  from: z.string(),
  /** The Shanghai midnight after its last day, as a UTC instant (exclusive). */
  to: z.string(),
});
export type StatsPeriod = z.infer<typeof statsPeriodSchema>;

export type StatsPeriodProblemCode = Extract<ErrorCode, 'PERIOD_INVALID' | 'PERIOD_REVERSED' | 'PERIOD_IN_FUTURE'>;
export const STATS_PERIOD_PROBLEMS = [
  'PERIOD_INVALID',
  'PERIOD_REVERSED',
  'PERIOD_IN_FUTURE',
] as const satisfies readonly StatsPeriodProblemCode[];

export type StatsPeriodResult = { ok: true; period: StatsPeriod } | { ok: false; code: StatsPeriodProblemCode };

/** Years the platform can count in; outside them a key is malformed rather than a far-off period. */
const MIN_YEAR = 1970;
const MAX_YEAR = 9998;

const KEY_PATTERNS: Record<KeyedPeriodKind, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  week: /^(\d{4})-W(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
  ytd: /^\d{4}-\d{2}-\d{2}$/,
};

/**
 * The period a request names, checked against `now`: PERIOD_INVALID when it names none, PERIOD_REVERSED when a range
 * ends before it starts, PERIOD_IN_FUTURE when it starts after today (Shanghai). A keyed period that has begun but
 * not ended (this month) is fine: it counts what has happened so far. A year to date is named by its last day: one
 * past today is PERIOD_IN_FUTURE too, for "to date" ends today and its 同比 would set days not yet lived against
 * last year's same days.
 */
export function resolveStatsPeriod(query: StatsPeriodQuery, now: Instant = new Date()): StatsPeriodResult {
  const today = shanghaiDate(now);
  const kind = query.period ?? 'month';
  if (!isPeriodKind(kind)) return { ok: false, code: 'PERIOD_INVALID' };
  let period: StatsPeriod | null;
  if (kind === 'range') {
    if (query.key !== undefined || !query.from || !query.to) return { ok: false, code: 'PERIOD_INVALID' };
    if (!isCountableDay(query.from) || !isCountableDay(query.to)) return { ok: false, code: 'PERIOD_INVALID' };
    if (query.to < query.from) return { ok: false, code: 'PERIOD_REVERSED' };
    period = rangePeriod(query.from, query.to);
  } else {
    if (query.from !== undefined || query.to !== undefined) return { ok: false, code: 'PERIOD_INVALID' };
    period = query.key === undefined ? periodContaining(kind, now) : statsPeriodOf(kind, query.key);
  }
  if (!period) return { ok: false, code: 'PERIOD_INVALID' };
  if (period.firstDay > today) return { ok: false, code: 'PERIOD_IN_FUTURE' };
  if (kind === 'ytd' && period.lastDay > today) return { ok: false, code: 'PERIOD_IN_FUTURE' };
  return { ok: true, period };
}

/** The period a kind and key name, or null when the key is malformed or names no real period. */
export function statsPeriodOf(kind: StatsPeriodKind, key: string): StatsPeriod | null {
  if (kind === 'range') {
    const [from, to, extra] = key.split('..');
    if (extra !== undefined || !from || !to || !isCountableDay(from) || !isCountableDay(to) || to < from) return null;
    return rangePeriod(from, to);
  }
  const match = KEY_PATTERNS[kind].exec(key);
  if (!match) return null;
  switch (kind) {
    case 'day':
      return isCountableDay(key) ? build('day', key, key, key) : null;
    case 'ytd':
      return isCountableDay(key) ? build('ytd', key, `${key.slice(0, 4)}-01-01`, key) : null;
    case 'week': {
      const year = Number(match[1]);
      const week = Number(match[2]);
      if (!isCountableYear(year) || week < 1 || week > isoWeeksInYear(year)) return null;
      const monday = addDays(isoWeekOneMonday(year), (week - 1) * 7);
      return build('week', key, monday, addDays(monday, 6));
    }
    case 'month': {
      const year = Number(match[1]);
      const month = Number(match[2]);
      if (!isCountableYear(year) || month < 1 || month > 12) return null;
      const first = `${match[1]}-${match[2]}-01`;
      return build('month', key, first, addDays(addMonths(first, 1), -1));
    }
    case 'quarter': {
      const year = Number(match[1]);
      if (!isCountableYear(year)) return null;
      const first = `${match[1]}-${pad2((Number(match[2]) - 1) * 3 + 1)}-01`;
      return build('quarter', key, first, addDays(addMonths(first, 3), -1));
    }
    case 'year': {
      if (!isCountableYear(Number(match[1]))) return null;
      return build('year', key, `${key}-01-01`, `${key}-12-31`);
    }
  }
}

/** The period of a kind that holds an instant's Shanghai day (ytd: the year up to and including that day). */
export function periodContaining(kind: KeyedPeriodKind, instant: Instant): StatsPeriod | null {
  const day = shanghaiDate(instant);
  return statsPeriodOf(kind, keyOfDay(kind, day));
}

/** The key of the period of a kind that holds a calendar day. */
export function keyOfDay(kind: KeyedPeriodKind, day: string): string {
  switch (kind) {
    case 'day':
    case 'ytd':
      return day;
    case 'week': {
      const { year, week } = isoWeekOf(day);
      return `${year}-W${pad2(week)}`;
    }
    case 'month':
      return day.slice(0, 7);
    case 'quarter':
      return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
    case 'year':
      return day.slice(0, 4);
  }
}

/**
 * The period before (环比): the previous day, week, month, quarter or year. A year to date or a range is compared
 * with the range of as many days just before it.
 */
export function previousPeriod(p: StatsPeriod): StatsPeriod {
  switch (p.kind) {
    case 'day':
    case 'week':
    case 'month':
    case 'quarter':
    case 'year':
      return mustResolve(p.kind, keyOfDay(p.kind, addDays(p.firstDay, -1)));
    case 'ytd':
    case 'range': {
      const length = daysBetween(p.firstDay, p.lastDay);
      const last = addDays(p.firstDay, -1);
      return rangePeriod(addDays(last, -length), last);
    }
  }
}

/**
 * The same period last year (同比). A week is the same ISO week number (week 53 of a long year against week 52 of a
 * year that has none); a year to date is the same days last year (1 January to the same date, 29 February → 28
 * February); a day or range moves back one year on the calendar.
 */
export function samePeriodLastYear(p: StatsPeriod): StatsPeriod {
  const year = Number(p.firstDay.slice(0, 4));
  switch (p.kind) {
    case 'day':
      return mustResolve('day', addMonths(p.firstDay, -12));
    case 'ytd':
      return mustResolve('ytd', addMonths(p.lastDay, -12));
    case 'week': {
      const [weekYear, week] = p.key.split('-W').map(Number) as [number, number];
      const lastYearWeek = Math.min(week, isoWeeksInYear(weekYear - 1));
      return mustResolve('week', `${weekYear - 1}-W${pad2(lastYearWeek)}`);
    }
    case 'month':
      return mustResolve('month', `${year - 1}-${p.key.slice(5)}`);
    case 'quarter':
      return mustResolve('quarter', `${year - 1}-${p.key.slice(5)}`);
    case 'year':
      return mustResolve('year', String(year - 1));
    case 'range':
      return rangePeriod(addMonths(p.firstDay, -12), addMonths(p.lastDay, -12));
  }
}

/** What a period's figures are set against: 同比 (last year) and 环比 (the previous period). */
export interface ComparisonPeriods {
  lastYear: StatsPeriod;
  previous: StatsPeriod;
  /** True when the period is still running and both were cut to the days it has had so far. */
  partial: boolean;
}

/**
 * The periods a period is compared with. A period still running on `now` (a month, week, quarter or year not yet
 * over) is set against the same number of days at the start of last year's and of the previous period — 1–30
 * November so far against 1–30 November last year and 1–30 October — never against a whole one, which would show
 * every running period as a fall. A period that is over, a day, or a year to date (already the same days) is
 * compared whole.
 */
export function comparisonPeriods(p: StatsPeriod, now: Instant = new Date()): ComparisonPeriods {
  const lastYear = samePeriodLastYear(p);
  const previous = previousPeriod(p);
  const today = shanghaiDate(now);
  if (p.kind === 'day' || p.kind === 'ytd' || today < p.firstDay || today >= p.lastDay) {
    return { lastYear, previous, partial: false };
  }
  const days = daysBetween(p.firstDay, today) + 1;
  return { lastYear: firstDaysOf(lastYear, days), previous: firstDaysOf(previous, days), partial: true };
}

/** The first `days` days of a period (the whole period when it is no longer), as a range. */
function firstDaysOf(p: StatsPeriod, days: number): StatsPeriod {
  const lastDay = addDays(p.firstDay, days - 1);
  return lastDay >= p.lastDay ? p : rangePeriod(p.firstDay, lastDay);
}

/** The months (`YYYY-MM`) a period touches, first to last. */
export function monthsOfPeriod(p: StatsPeriod): string[] {
  const months: string[] = [];
  for (let day = `${p.firstDay.slice(0, 7)}-01`; day <= p.lastDay; day = addMonths(day, 1))
    months.push(day.slice(0, 7));
  return months;
}

const QUARTER_ZH = ['一', '二', '三', '四'] as const;

/** How a person reads a period: 2026年11月, 2026年第48周, 2026年第四季度, 2026年1月1日至11月30日. */
export function formatPeriodLabel(p: StatsPeriod, lang: DisplayLanguage = 'zh'): string {
  const year = p.firstDay.slice(0, 4);
  if (lang === 'en') {
    switch (p.kind) {
      case 'day':
        return p.firstDay;
      case 'week':
        return `Week ${Number(p.key.slice(6))} of ${p.key.slice(0, 4)} (${p.firstDay} to ${p.lastDay})`;
      case 'month':
        return p.key;
      case 'quarter':
        return `Q${p.key.slice(6)} ${year}`;
      case 'year':
        return year;
      case 'ytd':
      case 'range':
        return `${p.firstDay} to ${p.lastDay}`;
    }
  }
  switch (p.kind) {
    case 'day':
      return zhDay(p.firstDay, true);
    case 'week':
      return `${p.key.slice(0, 4)}年第${Number(p.key.slice(6))}周`;
    case 'month':
      return `${year}年${Number(p.key.slice(5))}月`;
    case 'quarter':
      return `${year}年第${QUARTER_ZH[Number(p.key.slice(6)) - 1]}季度`;
    case 'year':
      return `${year}年`;
    case 'ytd':
    case 'range': {
      const sameYear = p.firstDay.slice(0, 4) === p.lastDay.slice(0, 4);
      return `${zhDay(p.firstDay, true)}至${zhDay(p.lastDay, !sameYear)}`;
    }
  }
}

/** The ISO-8601 week of a calendar day: weeks start on Monday and week 1 holds the year's first Thursday. */
export function isoWeekOf(day: string): { year: number; week: number } {
  const thursday = addDays(day, 3 - ((weekday(day) + 6) % 7));
  const year = Number(thursday.slice(0, 4));
  return { year, week: Math.floor(daysBetween(`${year}-01-01`, thursday) / 7) + 1 };
}

/** 53 when the ISO year has a week 53 (it starts on a Thursday, or on a Wednesday in a leap year), else 52. */
export function isoWeeksInYear(year: number): number {
  return isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).week;
}

function isoWeekOneMonday(year: number): string {
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  return addDays(jan4, -((weekday(jan4) + 6) % 7));
}

/** 0 = Sunday … 6 = Saturday. */
function weekday(day: string): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay();
}

function rangePeriod(firstDay: string, lastDay: string): StatsPeriod {
  return build('range', `${firstDay}..${lastDay}`, firstDay, lastDay);
}

function build(kind: StatsPeriodKind, key: string, firstDay: string, lastDay: string): StatsPeriod {
  return {
    kind,
    key,
    firstDay,
    lastDay,
    from: shanghaiDayStart(firstDay).toISOString(),
    to: shanghaiDayStart(addDays(lastDay, 1)).toISOString(),
  };
}

function mustResolve(kind: KeyedPeriodKind, key: string): StatsPeriod {
  const period = statsPeriodOf(kind, key);
  if (!period) throw new RangeError(`No ${kind} period ${key}`);
  return period;
}

function isPeriodKind(value: string): value is StatsPeriodKind {
  return (STATS_PERIOD_KINDS as readonly string[]).includes(value);
}

function isCountableYear(year: number): boolean {
  return year >= MIN_YEAR && year <= MAX_YEAR;
}

function isCountableDay(day: string): boolean {
  return isCalendarDate(day) && isCountableYear(Number(day.slice(0, 4)));
}

function zhDay(day: string, withYear: boolean): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return withYear ? `${year}年${month}月${date}日` : `${month}月${date}日`;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
