import {
  type AnalysisBreakdown,
  type AnalysisFigure,
  type AnalysisSection,
  compareCounts,
  previousPeriod,
  type StatsBreakdown,
  type StatsPeriod,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';
import type { StatsService } from '../statistics/stats.service';
import { disputesAnalysisSource } from './sources/disputes.source';
import { dutyAnalysisSource } from './sources/duty.source';
import { hazardsAnalysisSource } from './sources/hazards.source';
import { incidentsAnalysisSource } from './sources/incidents.source';
import { tasksAnalysisSource } from './sources/tasks.source';
import { videoPatrolsAnalysisSource } from './sources/video-patrols.source';

/** What a source counts over: one town, its scope, the period's bounds and the instant it is assembled at. */
export interface AnalysisSourceInput {
  townId: string;
  /** The town as a scope, so a source filters with the same predicate as every list. */
  scope: Scope;
  /** The day or ISO week analysed. */
  period: StatsPeriod;
  /** UTC instants of the period's Shanghai midnights: [from, to). */
  from: string;
  to: string;
  /** The end of the period, or now while it is still running: states ("overdue") are taken as of this instant. */
  asOf: string;
  /** The statistics providers' counts: a source takes a figure from there when a measure fits, with its 环比. */
  stats: StatsService;
}

/** What a source's repository counts over (the part of the input its SQL needs). */
export type SourceBounds = Pick<AnalysisSourceInput, 'scope' | 'from' | 'to' | 'asOf'>;

/** One module's contribution to a daily analysis or weekly judgement: a section computed from its records. */
export interface AnalysisSource {
  module: string;
  section(exec: Executor, input: AnalysisSourceInput): Promise<AnalysisSection>;
}

/**
 * The sources, in the order their sections appear. A later module (patrols, video, key persons)
 * adds its source with one line here; nothing else changes.
 */
export const ANALYSIS_SOURCES: readonly AnalysisSource[] = [
  incidentsAnalysisSource,
  disputesAnalysisSource,
  dutyAnalysisSource,
  tasksAnalysisSource,
  hazardsAnalysisSource,
  videoPatrolsAnalysisSource,
];

/** One statistics measure as a figure of a section; `compare` for a flow (a stock has no 环比). */
export interface StatsFigureSpec {
  measure: string;
  key: string;
  label: { zh: string; en: string };
  unitZh: string;
  compare: boolean;
}

/**
 * The statistics' counts of some measures in the period, each flow with the previous period's count and the 环比
 * wording: two queries per compared measure (last year's count, which an analysis does not print, is not asked for).
 */
export async function statsFigures(
  exec: Executor,
  input: AnalysisSourceInput,
  specs: readonly StatsFigureSpec[],
): Promise<AnalysisFigure[]> {
  const base = { scope: input.scope, now: input.asOf, compare: false };
  const current = await input.stats.figures(exec, {
    ...base,
    period: input.period,
    measures: specs.map((s) => s.measure),
  });
  const compared = specs.filter((s) => s.compare).map((s) => s.measure);
  const previous =
    compared.length > 0
      ? await input.stats.figures(exec, { ...base, period: previousPeriod(input.period), measures: compared })
      : [];
  return specs.map((spec) => {
    const count = current.find((f) => f.measure === spec.measure)?.current ?? 0;
    const before = previous.find((f) => f.measure === spec.measure)?.current;
    const change = before === undefined ? null : compareCounts(count, before, '上期');
    return {
      key: spec.key,
      labelZh: spec.label.zh,
      labelEn: spec.label.en,
      count,
      unitZh: spec.unitZh,
      previous: before ?? null,
      changeZh: change?.textZh ?? null,
      changeEn: change?.textEn ?? null,
    };
  });
}

/** A figure a source counts itself, without a comparison. */
export function countedFigure(key: string, label: { zh: string; en: string }, count: number, unitZh: string) {
  return {
    key,
    labelZh: label.zh,
    labelEn: label.en,
    count,
    unitZh,
    previous: null,
    changeZh: null,
    changeEn: null,
  } satisfies AnalysisFigure;
}

/**
 * A statistics breakdown as an analysis breakdown, largest first (equal counts by key, so they always print in the
 * same order), the first `top` rows when given.
 */
export function fromStatsBreakdown(
  breakdown: StatsBreakdown,
  key: string,
  title: { zh: string; en: string },
  top?: number,
): AnalysisBreakdown {
  const rows = breakdown.rows
    .map((row) => ({ key: row.key, labelZh: row.labelZh, labelEn: row.labelEn, count: row.count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return { key, titleZh: title.zh, titleEn: title.en, rows: top === undefined ? rows : rows.slice(0, top) };
}
