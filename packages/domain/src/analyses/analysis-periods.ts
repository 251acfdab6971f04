/**
 * The periods a daily analysis (日分析) and a weekly judgement (周研判) cover: a Shanghai calendar day `2026-11-30`
 * or an ISO week `2026-W48` (Monday to Sunday, Shanghai days). Bounds are UTC instants of Shanghai midnights, `from`
 * inclusive and `to` exclusive, as every count of the platform takes them.
 */
import { addDays, type Instant, isCalendarDate, shanghaiDate, shanghaiDayStart } from '../shared/shanghai-time';

export const ANALYSIS_KINDS = ['daily', 'weekly'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export const DAY_KEY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const WEEK_KEY_PATTERN = /^\d{4}-W\d{2}$/;

export interface AnalysisPeriod {
  kind: AnalysisKind;
  key: string;
  firstDay: string;
  lastDay: string;
  /** UTC instant of the first day's Shanghai midnight (inclusive). */
  from: string;
  /** UTC instant of the Shanghai midnight after the last day (exclusive). */
  to: string;
}

export type AnalysisPeriodProblem = 'PERIOD_INVALID' | 'PERIOD_IN_FUTURE';

/** The Monday of ISO week 1 of a year: the week holding 4 January. */
function isoWeekOneMonday(year: number): string {
  const jan4 = `${String(year).padStart(4, '0')}-01-04`;
  const weekday = (new Date(`${jan4}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(jan4, -weekday);
}

/** The ISO week of a calendar day, as `YYYY-Www` (the week's year may differ from the day's near New Year). */
export function isoWeekKey(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  const thursday = addDays(day, 3 - weekday);
  const year = Number(thursday.slice(0, 4));
  const week =
    Math.floor(
      (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${isoWeekOneMonday(year)}T00:00:00Z`)) / 604_800_000,
    ) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The period of a key, or null when the key names no real day or week (2026-02-30, 2026-W54). */
export function analysisPeriodOf(kind: AnalysisKind, key: string): AnalysisPeriod | null {
  let firstDay: string;
  let lastDay: string;
  if (kind === 'daily') {
    if (!isCalendarDate(key)) return null;
    firstDay = key;
    lastDay = key;
  } else {
    if (!WEEK_KEY_PATTERN.test(key)) return null;
    const year = Number(key.slice(0, 4));
    const week = Number(key.slice(6));
    if (year < 1900 || week < 1) return null;
    firstDay = addDays(isoWeekOneMonday(year), (week - 1) * 7);
    if (isoWeekKey(firstDay) !== key) return null;
    lastDay = addDays(firstDay, 6);
  }
  return {
    kind,
    key,
    firstDay,
    lastDay,
    from: shanghaiDayStart(firstDay).toISOString(),
    to: shanghaiDayStart(addDays(lastDay, 1)).toISOString(),
  };
}

/** The period of that kind containing an instant (today's day, this week). */
export function analysisPeriodContaining(kind: AnalysisKind, instant: Instant): AnalysisPeriod {
  const day = shanghaiDate(instant);
  const period = analysisPeriodOf(kind, kind === 'daily' ? day : isoWeekKey(day));
  if (!period) throw new RangeError(`No ${kind} period contains ${String(instant)}`);
  return period;
}

/** The period before this one (yesterday, last week). */
export function previousAnalysisPeriod(period: AnalysisPeriod): AnalysisPeriod {
  return analysisPeriodContaining(period.kind, shanghaiDayStart(addDays(period.firstDay, -1)));
}

/**
 * Why a period may not be analysed: a key naming no real day or week, or a period starting after today (a period
 * still running, today or this week, may be drafted: its figures are those recorded so far).
 */
export function analysisPeriodProblem(kind: AnalysisKind, key: string, now: Instant): AnalysisPeriodProblem | null {
  const period = analysisPeriodOf(kind, key);
  if (!period) return 'PERIOD_INVALID';
  if (period.firstDay > shanghaiDate(now)) return 'PERIOD_IN_FUTURE';
  return null;
}

/** How a period reads: 2026年11月30日 / 2026年第48周（11月23日至11月29日）; English 2026-11-30 / 2026-W48. */
export function formatAnalysisPeriod(period: AnalysisPeriod, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en')
    return period.kind === 'daily' ? period.key : `${period.key} (${period.firstDay} – ${period.lastDay})`;
  const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
  if (period.kind === 'daily') return `${Number(period.key.slice(0, 4))}年${md(period.key)}`;
  return `${period.key.slice(0, 4)}年第${Number(period.key.slice(6))}周（${md(period.firstDay)}至${md(period.lastDay)}）`;
}
