/**
 * The contracts of statistics (domain.md §7): figures with their raw counts and their 同比/环比 in the shapes of
 * `compareCounts` / `rateChangePoints`, breakdowns by dimension, the 12-month trend, the village × hour heat table,
 * counters, the dashboard and the frozen month snapshot a meeting keeps. Every number carries the link to the
 * filtered list that shows exactly the records it counts, or null when the caller may not read that list.
 */
import { z } from 'zod';
import { statsPeriodQuerySchema, statsPeriodSchema } from './stats-periods';

export const STATS_DIMENSIONS = ['class', 'category', 'village', 'district', 'hour', 'month', 'risk'] as const;
export type StatsDimension = (typeof STATS_DIMENSIONS)[number];

export const STATS_COUNTER_KEYS = ['days_since_fraud', 'online_mediations', 'remote_reminders'] as const;
export type StatsCounterKey = (typeof STATS_COUNTER_KEYS)[number];

/** The web route of a filtered list and its query: following it shows exactly the records a number counts. */
export const drillLinkSchema = z.object({
  path: z.string(),
  query: z.record(z.string(), z.string()),
});
export type DrillLink = z.infer<typeof drillLinkSchema>;

/** `compareCounts` of shared/stats.ts. */
export const countComparisonSchema = z.object({
  kind: z.enum(['new', 'flat', 'up', 'down']),
  percent: z.number().nullable(),
  textZh: z.string(),
  textEn: z.string(),
});

/** `rateChangePoints` of shared/stats.ts: the change in 百分点. */
export const rateComparisonSchema = z.object({
  kind: z.enum(['flat', 'up', 'down']),
  points: z.number(),
  textZh: z.string(),
  textEn: z.string(),
});

/** A count in the period with the same period last year (同比) and the previous period (环比). */
export const statsFigureSchema = z.object({
  measure: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  current: z.number().int(),
  /** Raw counts of the compared periods; null (with their comparison) only when comparisons were not asked for. */
  lastYear: z.number().int().nullable(),
  previous: z.number().int().nullable(),
  yoy: countComparisonSchema.nullable(),
  mom: countComparisonSchema.nullable(),
  drill: drillLinkSchema.nullable(),
  lastYearDrill: drillLinkSchema.nullable(),
  previousDrill: drillLinkSchema.nullable(),
});
export type StatsFigure = z.infer<typeof statsFigureSchema>;

/** A rate (resolution rate…) with its numerator and denominator; compared in 百分点, never in %. */
export const statsRateSchema = z.object({
  measure: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  /** One decimal; null when the denominator is 0. */
  percent: z.number().nullable(),
  lastYearNumerator: z.number().int().nullable(),
  lastYearDenominator: z.number().int().nullable(),
  lastYearPercent: z.number().nullable(),
  change: rateComparisonSchema.nullable(),
  /** The numerator's records; the denominator's are `denominatorDrill`. */
  drill: drillLinkSchema.nullable(),
  denominatorDrill: drillLinkSchema.nullable(),
});
export type StatsRate = z.infer<typeof statsRateSchema>;

export const statsBreakdownRowSchema = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  count: z.number().int(),
  drill: drillLinkSchema.nullable(),
});
export type StatsBreakdownRow = z.infer<typeof statsBreakdownRowSchema>;

export const statsBreakdownSchema = z.object({
  measure: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  dimension: z.enum(STATS_DIMENSIONS),
  rows: z.array(statsBreakdownRowSchema),
});
export type StatsBreakdown = z.infer<typeof statsBreakdownSchema>;

/** Twelve months ending with the period's last month, each against the same month last year. */
export const statsTrendSchema = z.object({
  measure: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  months: z.array(
    z.object({
      month: z.string(),
      count: z.number().int(),
      lastYear: z.number().int(),
      drill: drillLinkSchema.nullable(),
      lastYearDrill: drillLinkSchema.nullable(),
    }),
  ),
});
export type StatsTrend = z.infer<typeof statsTrendSchema>;

/** Villages × hours of the day (0–23, Beijing time): where and when things happen. */
export const statsHeatSchema = z.object({
  measure: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  rows: z.array(
    z.object({
      key: z.string(),
      labelZh: z.string(),
      labelEn: z.string(),
      total: z.number().int(),
      cells: z.array(z.object({ hour: z.number().int(), count: z.number().int(), drill: drillLinkSchema.nullable() })),
    }),
  ),
});
export type StatsHeat = z.infer<typeof statsHeatSchema>;

export const statsCounterSchema = z.object({
  key: z.enum(STATS_COUNTER_KEYS),
  labelZh: z.string(),
  labelEn: z.string(),
  /** null: the module that owns these records does not exist yet (show "—"), never a made-up 0. */
  value: z.number().int().nullable(),
  drill: drillLinkSchema.nullable(),
});
export type StatsCounter = z.infer<typeof statsCounterSchema>;

export const STATS_SCOPE_LEVELS = ['county', 'town', 'district', 'village'] as const;
export type StatsScopeLevel = (typeof STATS_SCOPE_LEVELS)[number];

export const statsScopeSchema = z.object({
  level: z.enum(STATS_SCOPE_LEVELS),
  /** The jurisdiction viewed; null for a caller's whole reach over several towns. */
  jurisdictionId: z.string().nullable(),
  name: z.string(),
});
export type StatsScope = z.infer<typeof statsScopeSchema>;

export const dashboardQuerySchema = statsPeriodQuerySchema.extend({
  /** A district or village inside the caller's scope: that view (404 outside it). */
  jurisdictionId: z.string().min(1).max(64).optional(),
});
export type DashboardQuery = z.infer<typeof dashboardQuerySchema>;

export const dashboardSchema = z.object({
  scope: statsScopeSchema,
  period: statsPeriodSchema,
  periodLabelZh: z.string(),
  periodLabelEn: z.string(),
  lastYearPeriod: statsPeriodSchema,
  previousPeriod: statsPeriodSchema,
  generatedAt: z.string(),
  cards: z.array(statsFigureSchema),
  rates: z.array(statsRateSchema),
  trend: z.array(statsTrendSchema),
  heat: statsHeatSchema.nullable(),
  breakdowns: z.array(statsBreakdownSchema),
  counters: z.array(statsCounterSchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

export const statsCountersQuerySchema = z.object({
  jurisdictionId: z.string().min(1).max(64).optional(),
});
export type StatsCountersQuery = z.infer<typeof statsCountersQuerySchema>;

export const statsCountersSchema = z.object({
  scope: statsScopeSchema,
  generatedAt: z.string(),
  counters: z.array(statsCounterSchema),
});
export type StatsCounters = z.infer<typeof statsCountersSchema>;

/**
 * The figures of one month for one town as they stood at `asOf` (records recorded up to then), frozen: a meeting
 * stores it, and later edits of the records never change it.
 */
export const statsSnapshotSchema = z.object({
  townId: z.string(),
  period: statsPeriodSchema,
  asOf: z.string(),
  figures: z.array(statsFigureSchema),
  rates: z.array(statsRateSchema),
  breakdowns: z.array(statsBreakdownSchema),
});
export type StatsSnapshot = z.infer<typeof statsSnapshotSchema>;
