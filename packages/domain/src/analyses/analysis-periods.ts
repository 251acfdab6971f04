/**
 * The periods a daily analysis (日分析) and a weekly judgement (周研判) cover: a Shanghai calendar day `2026-11-30`
 * or an ISO week `2026-W48` (Monday to Sunday, Shanghai days). They are the statistics' day and week periods
 * (`statistics/stats-periods.ts`): the same bounds, validation and refusals as every figure of the platform.
 */
import type { Instant } from '../shared/shanghai-time';
import {
  formatPeriodLabel,
  keyOfDay,
  periodContaining,
  resolveStatsPeriod,
  type StatsPeriod,
  type StatsPeriodProblemCode,
  statsPeriodOf,
} from '../statistics/stats-periods';

export const ANALYSIS_KINDS = ['daily', 'weekly'] as const;
export type AnalysisKind = (typeof ANALYSIS_KINDS)[number];

export const DAY_KEY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const WEEK_KEY_PATTERN = /^\d{4}-W\d{2}$/;

/** The statistics period kind an analysis kind covers. */
const STATS_KIND = { daily: 'day', weekly: 'week' } as const satisfies Record<AnalysisKind, StatsPeriod['kind']>;

export type AnalysisPeriod = StatsPeriod;
export type AnalysisPeriodProblem = StatsPeriodProblemCode;

/** The period of a key, or null when the key names no real day or week (2026-02-30, 2025-W53). */
export function analysisPeriodOf(kind: AnalysisKind, key: string): AnalysisPeriod | null {
  return statsPeriodOf(STATS_KIND[kind], key);
}

/** The period of that kind containing an instant (today's day, this week). */
export function analysisPeriodContaining(kind: AnalysisKind, instant: Instant): AnalysisPeriod {
  const period = periodContaining(STATS_KIND[kind], instant);
  if (!period) throw new RangeError(`No ${kind} period contains ${String(instant)}`);
  return period;
}

/** The key of the period of that kind holding a calendar day (`2026-W48` for a day of that week). */
export function analysisKeyOfDay(kind: AnalysisKind, day: string): string {
  return keyOfDay(STATS_KIND[kind], day);
}

/**
 * Why a period may not be analysed: PERIOD_INVALID for a key naming no real day or week, PERIOD_IN_FUTURE for a
 * period starting after today (a period still running, today or this week, may be drafted: its figures are those
 * recorded so far).
 */
export function analysisPeriodProblem(kind: AnalysisKind, key: string, now: Instant): AnalysisPeriodProblem | null {
  const result = resolveStatsPeriod({ period: STATS_KIND[kind], key }, now);
  return result.ok ? null : result.code;
}

/** How a period reads: 2026年11月30日 / 2026年第48周（11月23日至11月29日）; English as the statistics say it. */
export function formatAnalysisPeriod(period: AnalysisPeriod, lang: 'zh' | 'en' = 'zh'): string {
  const label = formatPeriodLabel(period, lang);
  if (lang === 'en' || period.kind !== 'week') return label;
  const md = (day: string) => `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
  return `${label}（${md(period.firstDay)}至${md(period.lastDay)}）`;
}
