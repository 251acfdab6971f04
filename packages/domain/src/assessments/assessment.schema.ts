/**
 * API contracts of the monthly assessment: the settings of a town, an officer's scorecard for a month with the
 * records behind each score, the chief's adjustment and sign-off, and the ranking by district.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { MONTH_PATTERN } from '../duty/duty-log-rules';
import { EVIDENCE_KINDS, EVIDENCE_REF_TYPES } from './assessment-evidence';
import { ASSESSMENT_ITEM_KIND_VALUES, ASSESSMENT_ITEMS, perItem } from './assessment-items';
import { ADJUSTMENT_KINDS } from './assessment-score';

export const monthSchema = z.string().regex(MONTH_PATTERN);

const itemSettingSchema = z.object({
  weight: z.number().int().min(0).max(100),
  target: z.number().int().min(0).max(10_000),
});

/** A town's settings: every item's weight and target (weights add up to 100), and the acknowledgement window. */
export const assessmentSettingsSchema = z.object({
  items: z.object(perItem(() => itemSettingSchema)),
  ackWithinMinutes: z.number().int().min(1).max(1440),
});

export const assessmentSettingsViewSchema = assessmentSettingsSchema.extend({
  townId: z.string(),
  /** Null while the town still runs on the defaults. */
  updatedAt: z.string().nullable(),
  updatedByName: z.string().nullable(),
  actions: z.array(z.string()),
});
export type AssessmentSettingsView = z.infer<typeof assessmentSettingsViewSchema>;

export const evidenceRecordSchema = z.object({
  kind: z.enum(EVIDENCE_KINDS),
  id: z.string(),
  at: z.string(),
  label: z.string(),
  detail: z.string().nullable(),
  refType: z.enum(EVIDENCE_REF_TYPES),
  refId: z.string(),
  met: z.boolean().nullable(),
});

export const itemAdjustmentViewSchema = z.object({
  kind: z.enum(ADJUSTMENT_KINDS),
  points: z.number(),
  reason: z.string(),
  byName: z.string().nullable(),
  at: z.string(),
});
export type ItemAdjustmentView = z.infer<typeof itemAdjustmentViewSchema>;

export const scorecardItemSchema = z.object({
  item: z.enum(ASSESSMENT_ITEMS),
  kind: z.enum(ASSESSMENT_ITEM_KIND_VALUES),
  actual: z.number().nullable(),
  met: z.number().int().nullable(),
  of: z.number().int().nullable(),
  target: z.number(),
  weight: z.number(),
  computedPoints: z.number(),
  points: z.number(),
  adjustment: itemAdjustmentViewSchema.nullable(),
});
export type ScorecardItem = z.infer<typeof scorecardItemSchema>;

/** Whose scorecard: a village auxiliary officer (a person assigned to a village), with the village and district. */
export const assessedOfficerSchema = z.object({
  personId: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  districtId: z.string(),
  districtName: z.string(),
});
export type AssessedOfficer = z.infer<typeof assessedOfficerSchema>;

export const ASSESSMENT_STATUSES = ['open', 'signed'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const scorecardSchema = z.object({
  month: z.string(),
  officer: assessedOfficerSchema,
  items: z.array(scorecardItemSchema),
  computedTotal: z.number(),
  total: z.number(),
  ackWithinMinutes: z.number().int(),
  /** `signed`: frozen as signed; later changes to the evidence do not change it. */
  status: z.enum(ASSESSMENT_STATUSES),
  /** When the figures were computed: the sign-off's time for a signed month. */
  computedAt: z.string(),
  signedAt: z.string().nullable(),
  signedByName: z.string().nullable(),
  /** `adjust`, `sign`: the chief's acts, offered only while the month is open (sign only once it has ended). */
  actions: z.array(z.string()),
});
export type Scorecard = z.infer<typeof scorecardSchema>;

export const itemEvidenceSchema = z.object({
  month: z.string(),
  personId: z.string(),
  item: z.enum(ASSESSMENT_ITEMS),
  status: z.enum(ASSESSMENT_STATUSES),
  records: z.array(evidenceRecordSchema),
});
export type ItemEvidenceView = z.infer<typeof itemEvidenceSchema>;

/** The chief's adjustment of one item: replacement points or a delta (negative deducts), always with a reason. */
export const adjustItemSchema = z.object({
  item: z.enum(ASSESSMENT_ITEMS),
  kind: z.enum(ADJUSTMENT_KINDS),
  points: z
    .number()
    .min(-100)
    .max(100)
    .refine((value) => Math.abs(value * 10 - Math.round(value * 10)) < 1e-9, { message: 'one decimal at most' }),
  reason: freeTextSchema(500).min(1),
});
export type AdjustItem = z.infer<typeof adjustItemSchema>;

export const rankingEntrySchema = z.object({
  officer: assessedOfficerSchema,
  total: z.number(),
  rank: z.number().int(),
  status: z.enum(ASSESSMENT_STATUSES),
});
export type RankingEntry = z.infer<typeof rankingEntrySchema>;

export const rankingSchema = z.object({
  month: z.string(),
  districts: z.array(
    z.object({ districtId: z.string(), districtName: z.string(), entries: z.array(rankingEntrySchema) }),
  ),
  /** `export` (the Excel file) and `configure` (the settings page): what the caller may do with the month. */
  actions: z.array(z.string()),
});
export type Ranking = z.infer<typeof rankingSchema>;

export const assessmentMonthParamsSchema = z.object({ month: monthSchema });
export const scorecardParamsSchema = assessmentMonthParamsSchema.extend({ personId: z.string().min(1).max(64) });
export const evidenceParamsSchema = scorecardParamsSchema.extend({ item: z.enum(ASSESSMENT_ITEMS) });

/**
 * What a sign-off freezes: the officer, the items as signed (with their adjustments), the totals and every item's
 * evidence records, so the signed month reads the same whatever later happens to the duty log or the incidents.
 */
export const signedScorecardSnapshotSchema = z.object({
  officer: assessedOfficerSchema,
  items: z.array(scorecardItemSchema),
  computedTotal: z.number(),
  total: z.number(),
  ackWithinMinutes: z.number().int(),
  evidence: z.object(perItem(() => z.array(evidenceRecordSchema))),
});
export type SignedScorecardSnapshot = z.infer<typeof signedScorecardSnapshotSchema>;
