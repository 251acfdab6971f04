/**
 * API contracts of the daily analysis (日分析) and the weekly judgement (周研判), domain.md §6: a town's period drafted
 * from the data (one section per module, figures frozen when assembled), the person's judgement text, the signature
 * that makes it read-only, and the archive.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { ANALYSIS_KINDS, DAY_KEY_PATTERN, WEEK_KEY_PATTERN } from './analysis-periods';
import { ANALYSIS_STATES } from './analysis-rules';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

/** One counted figure of a section, e.g. 新增警情 5 起. */
export const analysisFigureSchema = z.object({
  key: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
  count: z.number().int().min(0),
  /** The Chinese measure word printed after the count: 起, 条, 人次, 项. */
  unitZh: z.string(),
  /** The previous period's count and the 环比 wording (`上升25.0%（4→5）`); null where the source does not compare. */
  previous: z.number().int().min(0).nullable(),
  changeZh: z.string().nullable(),
  changeEn: z.string().nullable(),
});
export type AnalysisFigure = z.infer<typeof analysisFigureSchema>;

/** Counts by one dimension (class, village, hour, risk, duty type), largest first. */
export const analysisBreakdownSchema = z.object({
  key: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  rows: z.array(z.object({ key: z.string(), labelZh: z.string(), labelEn: z.string(), count: z.number().int() })),
});
export type AnalysisBreakdown = z.infer<typeof analysisBreakdownSchema>;

/** What one module contributes: its figures and breakdowns, and a sentence summing them up. */
export const analysisSectionSchema = z.object({
  /** The source module: incidents, disputes, duty, tasks…; a later module adds its own. */
  module: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  figures: z.array(analysisFigureSchema),
  breakdowns: z.array(analysisBreakdownSchema),
  summaryZh: z.string(),
});
export type AnalysisSection = z.infer<typeof analysisSectionSchema>;

export const analysisPeriodSchema = z.object({
  key: z.string(),
  firstDay: z.string(),
  lastDay: z.string(),
  from: z.string(),
  to: z.string(),
  labelZh: z.string(),
  labelEn: z.string(),
});

const analysisBase = {
  id: z.string(),
  kind: z.enum(ANALYSIS_KINDS),
  townId: z.string(),
  townName: z.string(),
  period: analysisPeriodSchema,
  state: z.enum(ANALYSIS_STATES),
  /** When the figures were assembled from the data (frozen until regenerated; fixed once signed). */
  generatedAt: z.string(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  updatedAt: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  archivedAt: z.string().nullable(),
  /** `edit`, `regenerate`, `sign` (drafts), `archive` (signed), `print` (every reader). */
  actions: z.array(z.string()),
};

export const analysisListItemSchema = z.object(analysisBase);
export type AnalysisListItem = z.infer<typeof analysisListItemSchema>;

export const analysisSchema = z.object({
  ...analysisBase,
  sections: z.array(analysisSectionSchema),
  /** The person's judgement (研判意见), prefilled from the sections' summaries and edited while a draft. */
  judgement: z.string(),
});
export type Analysis = z.infer<typeof analysisSchema>;

export const analysisPageSchema = z.object({
  items: z.array(analysisListItemSchema),
  nextCursor: z.string().nullable(),
  /** `create`: the caller may draft analyses (analysis.write). */
  actions: z.array(z.string()),
});
export type AnalysisPage = z.infer<typeof analysisPageSchema>;

/** Draft the analysis of a day (`2026-11-30`) or an ISO week (`2026-W48`); `townId` when the caller reaches several. */
export const createAnalysisSchema = z.object({
  kind: z.enum(ANALYSIS_KINDS),
  period: z.string().refine((key) => DAY_KEY_PATTERN.test(key) || WEEK_KEY_PATTERN.test(key), {
    message: 'a day YYYY-MM-DD or an ISO week YYYY-Www',
  }),
  townId: idSchema.optional(),
});
export type CreateAnalysis = z.infer<typeof createAnalysisSchema>;

export const updateAnalysisSchema = z.object({ judgement: freeTextSchema(20_000) });
export type UpdateAnalysis = z.infer<typeof updateAnalysisSchema>;

/** The archive: newest period first; `from`/`to` bound the period's first day (inclusive Shanghai days). */
export const analysisListQuerySchema = z.object({
  kind: z.enum(ANALYSIS_KINDS).optional(),
  state: z.enum(ANALYSIS_STATES).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type AnalysisListQuery = z.infer<typeof analysisListQuerySchema>;

export const analysisIdParamsSchema = z.object({ id: idSchema });
