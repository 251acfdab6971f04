/**
 * API contract of the monthly report (domain.md §7): for one town and one calendar month (Asia/Shanghai), the
 * sections a station puts in front of the town. Every figure carries its raw counts; a percentage never stands
 * alone, and rates change in 百分点. A section or a figure whose records belong to a module that does not exist
 * yet says so (`available: false`, `kind: 'unavailable'`) instead of printing zeros.
 */
import { z } from 'zod';
import { drillLinkSchema, statsFigureSchema, statsRateSchema } from '../statistics/stats.schema';

/** The §7 sections in the order the report prints them. */
export const MONTHLY_REPORT_SECTIONS = [
  'incidents',
  'hotspots',
  'disputes',
  'key_persons',
  'prevention',
  'warnings',
  'next_steps',
] as const;
export type MonthlyReportSectionKey = (typeof MONTHLY_REPORT_SECTIONS)[number];

export const MONTHLY_REPORT_SECTION_TITLES: Record<MonthlyReportSectionKey, { zh: string; en: string }> = {
  incidents: { zh: '一、警情总体情况', en: '1. Incidents overall' },
  hotspots: { zh: '二、警情分布（村、类型、时段）', en: '2. Where, what and when (hotspots)' },
  disputes: { zh: '三、矛盾纠纷排查化解', en: '3. Disputes screened and resolved' },
  key_persons: { zh: '四、重点人员管控', en: '4. Key persons' },
  prevention: { zh: '五、防范工作', en: '5. Prevention' },
  warnings: { zh: '六、存在问题与预警', en: '6. Problems and warnings' },
  next_steps: { zh: '七、下步工作', en: '7. Next steps' },
};

/**
 * The month and the town. `month` is checked by the service (not here), so a malformed or future month answers
 * with its own stable code (PERIOD_INVALID, PERIOD_IN_FUTURE) rather than the generic VALIDATION_FAILED.
 * `townId` may be left out when the caller's reach holds exactly one town.
 */
export const monthlyReportQuerySchema = z.object({
  month: z.string().max(32),
  townId: z.string().min(1).max(64).optional(),
});
export type MonthlyReportQuery = z.infer<typeof monthlyReportQuerySchema>;

const labelled = { key: z.string(), labelZh: z.string(), labelEn: z.string() };

/**
 * A count with 同比 (against the same month last year) and 环比 (against the previous month), raw counts and the
 * drill links of all three; `key` tells apart figures of one measure (incidents of each class).
 */
export const reportCountFigureSchema = statsFigureSchema.extend({ kind: z.literal('count'), key: z.string() });
export type ReportCountFigure = z.infer<typeof reportCountFigureSchema>;

/** A rate (化解率) with numerator and denominator, and its change against last year in 百分点. */
export const reportRateFigureSchema = statsRateSchema.extend({ kind: z.literal('rate'), key: z.string() });
export type ReportRateFigure = z.infer<typeof reportRateFigureSchema>;

/** A single value computed from records (a counter such as days since the last telecom-fraud case). */
export const reportValueFigureSchema = z.object({
  kind: z.literal('value'),
  ...labelled,
  value: z.number().int(),
  unitZh: z.string(),
  unitEn: z.string(),
  drill: drillLinkSchema.nullable(),
});
export type ReportValueFigure = z.infer<typeof reportValueFigureSchema>;

/** A figure whose records belong to a module that does not exist yet: the sentence names the module. */
export const reportUnavailableFigureSchema = z.object({
  kind: z.literal('unavailable'),
  ...labelled,
  textZh: z.string(),
  textEn: z.string(),
});
export type ReportUnavailableFigure = z.infer<typeof reportUnavailableFigureSchema>;

export const reportFigureSchema = z.discriminatedUnion('kind', [
  reportCountFigureSchema,
  reportRateFigureSchema,
  reportValueFigureSchema,
  reportUnavailableFigureSchema,
]);
export type ReportFigure = z.infer<typeof reportFigureSchema>;

/** One row of a breakdown (a village, an incident class, an hour), with last year's count beside it. */
export const reportTableRowSchema = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  count: z.number().int(),
  lastYear: z.number().int(),
  drill: drillLinkSchema.nullable(),
});
export type ReportTableRow = z.infer<typeof reportTableRowSchema>;

/** A breakdown of one measure by one dimension, most frequent first (hours in clock order). */
export const reportTableSchema = z.object({
  key: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  /** The heading of the first column (村（社区）, 警情类别, 时段). */
  columnZh: z.string(),
  columnEn: z.string(),
  rows: z.array(reportTableRowSchema),
  /** The sum of `count` over every row: the section's total, so a row's share can be shown with its raw count. */
  total: z.number().int(),
});
export type ReportTable = z.infer<typeof reportTableSchema>;

export const REPORT_NOTE_LEVELS = ['warning', 'info'] as const;
export type ReportNoteLevel = (typeof REPORT_NOTE_LEVELS)[number];

export const reportNoteSchema = z.object({
  level: z.enum(REPORT_NOTE_LEVELS),
  textZh: z.string(),
  textEn: z.string(),
});
export type ReportNote = z.infer<typeof reportNoteSchema>;

const sectionHead = {
  key: z.enum(MONTHLY_REPORT_SECTIONS),
  titleZh: z.string(),
  titleEn: z.string(),
};

export const availableReportSectionSchema = z.object({
  ...sectionHead,
  available: z.literal(true),
  figures: z.array(reportFigureSchema),
  tables: z.array(reportTableSchema),
  notes: z.array(reportNoteSchema),
});
export type AvailableReportSection = z.infer<typeof availableReportSectionSchema>;

/** A section whose module does not exist yet: one sentence saying which, never zeros. */
export const unavailableReportSectionSchema = z.object({
  ...sectionHead,
  available: z.literal(false),
  textZh: z.string(),
  textEn: z.string(),
});
export type UnavailableReportSection = z.infer<typeof unavailableReportSectionSchema>;

export const reportSectionSchema = z.discriminatedUnion('available', [
  availableReportSectionSchema,
  unavailableReportSectionSchema,
]);
export type ReportSection = z.infer<typeof reportSectionSchema>;

export const monthlyReportSchema = z.object({
  townId: z.string(),
  townName: z.string(),
  /** `YYYY-MM`. */
  month: z.string(),
  /** 2026年10月 / October 2026. */
  labelZh: z.string(),
  labelEn: z.string(),
  /** The month's first and last Shanghai days (`YYYY-MM-DD`). */
  firstDay: z.string(),
  lastDay: z.string(),
  /** When the figures were counted (ISO UTC). */
  asOf: z.string(),
  /** False while the month is still running: the figures are the month so far. */
  complete: z.boolean(),
  sections: z.array(reportSectionSchema),
  /** `print`, `docx`, `xlsx`. */
  actions: z.array(z.string()),
});
export type MonthlyReport = z.infer<typeof monthlyReportSchema>;
