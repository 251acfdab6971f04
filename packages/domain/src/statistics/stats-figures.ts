/**
 * Figures from raw counts: the comparisons are always those of shared/stats.ts (`compareCounts`,
 * `rateChangePoints`), so every screen, report and snapshot words 同比/环比 the same way.
 */
import { compareCounts, rateChangePoints } from '../shared/stats';
import type { DrillLink, StatsFigure, StatsRate } from './stats.schema';

export interface MeasureLabel {
  measure: string;
  labelZh: string;
  labelEn: string;
}

export interface FigureCounts {
  current: number;
  /** Absent when no comparison was asked for. */
  lastYear?: number | undefined;
  previous?: number | undefined;
}

export interface FigureDrills {
  current: DrillLink | null;
  lastYear?: DrillLink | null | undefined;
  previous?: DrillLink | null | undefined;
}

/** A count with 同比 against last year's and 环比 against the previous period's raw count. */
export function statsFigure(label: MeasureLabel, counts: FigureCounts, drills: FigureDrills): StatsFigure {
  return {
    ...label,
    current: counts.current,
    lastYear: counts.lastYear ?? null,
    previous: counts.previous ?? null,
    yoy: counts.lastYear === undefined ? null : compareCounts(counts.current, counts.lastYear, '上年同期'),
    mom: counts.previous === undefined ? null : compareCounts(counts.current, counts.previous, '上期'),
    drill: drills.current,
    lastYearDrill: drills.lastYear ?? null,
    previousDrill: drills.previous ?? null,
  };
}

/** numerator ÷ denominator in percent to one decimal (half up), or null when nothing was counted. */
export function ratePercent(numerator: number, denominator: number): number | null {
  if (denominator <= 0) return null;
  return Math.round((numerator * 1000) / denominator) / 10;
}

export interface RateCounts {
  numerator: number;
  denominator: number;
  lastYear?: { numerator: number; denominator: number } | undefined;
}

/**
 * A rate beside its raw counts, compared with last year's in 百分点. No comparison when either rate has no
 * denominator: a rate over nothing is not 0 %.
 */
export function statsRate(
  label: MeasureLabel,
  counts: RateCounts,
  drills: { numerator: DrillLink | null; denominator: DrillLink | null },
): StatsRate {
  const percent = ratePercent(counts.numerator, counts.denominator);
  const lastYear = counts.lastYear;
  const lastYearPercent = lastYear ? ratePercent(lastYear.numerator, lastYear.denominator) : null;
  return {
    ...label,
    numerator: counts.numerator,
    denominator: counts.denominator,
    percent,
    lastYearNumerator: lastYear?.numerator ?? null,
    lastYearDenominator: lastYear?.denominator ?? null,
    lastYearPercent,
    change: percent !== null && lastYearPercent !== null ? rateChangePoints(percent, lastYearPercent) : null,
    drill: drills.numerator,
    denominatorDrill: drills.denominator,
  };
}
