/**
 * API contracts of anti-fraud work (反诈, domain.md §8): publicity activities with photos, each village's base and
 * its install counts of the national anti-fraud app (国家反诈中心APP) with their history, the coverage they give
 * (% with the change in 百分点), and telecom-fraud cases with the money lost and recovered in integer fen. A case
 * records no victim identity at all: the station's case file holds it; this register counts and dates.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { rateComparisonSchema } from '../statistics/stats.schema';
import { MAX_FEN } from './antifraud-rules';
import { ANTIFRAUD_ACTIVITY_TYPES, ANTIFRAUD_BASE_MEASURES, FRAUD_CASE_TYPES } from './antifraud-types';

const idSchema = z.string().min(1).max(64);
const daySchema = z.iso.date();
const countSchema = z.number().int().min(0).max(10_000_000);
const fenSchema = z.number().int().min(0).max(MAX_FEN);
const limitSchema = z.coerce.number().int().min(1).max(200).default(50);

/** The actions a record may carry: `edit`, `delete`, `photo` (an activity), as the policy allows the caller. */
export const ANTIFRAUD_ACTIONS = ['edit', 'delete', 'photo'] as const;

export const antifraudActivitySchema = z.object({
  id: z.string(),
  townId: z.string(),
  /** The village or community; null for a town-wide activity. */
  villageId: z.string().nullable(),
  /** The village's name, or the town's for a town-wide activity. */
  placeName: z.string(),
  type: z.enum(ANTIFRAUD_ACTIVITY_TYPES),
  /** Where it was held (a square, a school, a hall). */
  venue: z.string(),
  day: z.string(),
  audience: z.number().int(),
  note: z.string().nullable(),
  /** Photo ids, oldest first; each downloads from /api/v1/antifraud/activity-photos/:id/download. */
  photos: z.array(z.string()),
  recordedByName: z.string(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type AntifraudActivity = z.infer<typeof antifraudActivitySchema>;

/**
 * `jurisdictionId` is a village or community, or the town itself for a town-wide activity. A day after today:
 * 400 ANTIFRAUD_DAY_IN_FUTURE; a place out of the caller's reach: 404 ANTIFRAUD_PLACE_NOT_FOUND.
 */
export const createAntifraudActivitySchema = z.object({
  jurisdictionId: idSchema,
  type: z.enum(ANTIFRAUD_ACTIVITY_TYPES),
  venue: freeTextSchema(200).min(1),
  day: daySchema,
  audience: countSchema,
  note: freeTextSchema(2000).optional(),
});
export type CreateAntifraudActivity = z.infer<typeof createAntifraudActivitySchema>;

export const updateAntifraudActivitySchema = createAntifraudActivitySchema
  .omit({ jurisdictionId: true })
  .partial()
  .extend({ note: freeTextSchema(2000).nullable().optional() });
export type UpdateAntifraudActivity = z.infer<typeof updateAntifraudActivitySchema>;

/** Newest first; `from`/`to` an inclusive range of days; `villageId` a village, or the town for town-wide ones. */
export const antifraudActivityListQuerySchema = z.object({
  villageId: idSchema.optional(),
  type: z.enum(ANTIFRAUD_ACTIVITY_TYPES).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type AntifraudActivityListQuery = z.infer<typeof antifraudActivityListQuerySchema>;

export const antifraudPhotoSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  createdAt: z.string(),
});
export type AntifraudPhoto = z.infer<typeof antifraudPhotoSchema>;

/** A village's base from a day on: households or residents, whichever measure the village counts in. */
export const antifraudBaseSchema = z.object({
  id: z.string(),
  villageId: z.string(),
  measure: z.enum(ANTIFRAUD_BASE_MEASURES),
  count: z.number().int(),
  effectiveFrom: z.string(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type AntifraudBase = z.infer<typeof antifraudBaseSchema>;

/**
 * A base effective from a day; recording one for a day that already has one replaces it. Below the installs
 * already counted while it stands: 400 ANTIFRAUD_BASE_BELOW_INSTALLS, nothing written.
 */
export const setAntifraudBaseSchema = z.object({
  villageId: idSchema,
  measure: z.enum(ANTIFRAUD_BASE_MEASURES),
  count: countSchema.min(1),
  effectiveFrom: daySchema,
});
export type SetAntifraudBase = z.infer<typeof setAntifraudBaseSchema>;

/** How many had the app installed on a day, in the village's measure. */
export const antifraudInstallSchema = z.object({
  id: z.string(),
  villageId: z.string(),
  day: z.string(),
  installs: z.number().int(),
  recordedByName: z.string(),
  createdAt: z.string(),
});
export type AntifraudInstall = z.infer<typeof antifraudInstallSchema>;

/**
 * An install count on a day; a second count for the same day replaces it. Above the base standing that day: 400
 * ANTIFRAUD_INSTALLS_ABOVE_BASE; no base yet: 400 ANTIFRAUD_BASE_MISSING; nothing written in either case.
 */
export const recordAntifraudInstallsSchema = z.object({
  villageId: idSchema,
  day: daySchema,
  installs: countSchema,
});
export type RecordAntifraudInstalls = z.infer<typeof recordAntifraudInstallsSchema>;

export const antifraudHistorySchema = z.object({
  villageId: z.string(),
  villageName: z.string(),
  /** Oldest first. */
  bases: z.array(antifraudBaseSchema),
  installs: z.array(antifraudInstallSchema),
});
export type AntifraudHistory = z.infer<typeof antifraudHistorySchema>;

/** The coverage as of a day (today when absent), compared with the same day of the month before. */
export const antifraudCoverageQuerySchema = z.object({ day: daySchema.optional() });
export type AntifraudCoverageQuery = z.infer<typeof antifraudCoverageQuerySchema>;

const coverageNumbers = {
  /** Null while no base stands. */
  base: z.number().int().nullable(),
  installs: z.number().int().nullable(),
  /** installs ÷ base in %, one decimal; null without a base. */
  percent: z.number().nullable(),
  previousBase: z.number().int().nullable(),
  previousInstalls: z.number().int().nullable(),
  previousPercent: z.number().nullable(),
  /** The change since the month before in 百分点 (`rateChangePoints`). */
  change: rateComparisonSchema.nullable(),
};

export const antifraudCoverageRowSchema = z.object({
  villageId: z.string(),
  villageName: z.string(),
  measure: z.enum(ANTIFRAUD_BASE_MEASURES).nullable(),
  /** The day the standing install count was taken. */
  installsDay: z.string().nullable(),
  ...coverageNumbers,
  /** `record`: the caller may record bases and installs for this village. */
  actions: z.array(z.string()),
});
export type AntifraudCoverageRow = z.infer<typeof antifraudCoverageRowSchema>;

export const antifraudCoverageSchema = z.object({
  day: z.string(),
  previousDay: z.string(),
  villages: z.array(antifraudCoverageRowSchema),
  /** The villages shown, summed: each counts in its own measure. */
  total: z.object(coverageNumbers),
});
export type AntifraudCoverage = z.infer<typeof antifraudCoverageSchema>;

export const fraudCaseSchema = z.object({
  id: z.string(),
  townId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  type: z.enum(FRAUD_CASE_TYPES),
  day: z.string(),
  /** Money in integer fen (分). */
  lostFen: z.number().int(),
  recoveredFen: z.number().int(),
  note: z.string().nullable(),
  recordedByName: z.string(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type FraudCase = z.infer<typeof fraudCaseSchema>;

/**
 * A telecom-fraud case. No victim name, phone or ID: the register counts and dates cases, the station's case file
 * holds the people. Recovered above lost: 400 FRAUD_RECOVERED_ABOVE_LOST, nothing written.
 */
export const createFraudCaseSchema = z.object({
  villageId: idSchema,
  type: z.enum(FRAUD_CASE_TYPES),
  day: daySchema,
  lostFen: fenSchema,
  recoveredFen: fenSchema.default(0),
  note: freeTextSchema(500).optional(),
});
export type CreateFraudCase = z.infer<typeof createFraudCaseSchema>;

export const updateFraudCaseSchema = z.object({
  type: z.enum(FRAUD_CASE_TYPES).optional(),
  day: daySchema.optional(),
  lostFen: fenSchema.optional(),
  recoveredFen: fenSchema.optional(),
  note: freeTextSchema(500).nullable().optional(),
});
export type UpdateFraudCase = z.infer<typeof updateFraudCaseSchema>;

export const fraudCaseListQuerySchema = z.object({
  villageId: idSchema.optional(),
  type: z.enum(FRAUD_CASE_TYPES).optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: limitSchema,
});
export type FraudCaseListQuery = z.infer<typeof fraudCaseListQuerySchema>;

/** The days since the last case the caller may see (null: none recorded), for the big number on the cases tab. */
export const fraudCaseSummarySchema = z.object({
  today: z.string(),
  lastCaseDay: z.string().nullable(),
  daysSinceLastCase: z.number().int().nullable(),
  casesThisYear: z.number().int(),
});
export type FraudCaseSummary = z.infer<typeof fraudCaseSummarySchema>;
