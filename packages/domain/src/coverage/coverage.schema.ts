/**
 * API contracts of the districts "1+1+N" coverage (domain.md §8, issue #10): per district its police post, its
 * responsible officer (duty `district_officer`) and the N village auxiliary officers (duty `village_auxiliary`) with
 * their villages; the leaves and stand-ins covering them; the gaps the view highlights. The people are the
 * directory's staff; only their masked phone numbers appear here.
 */
import { z } from 'zod';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

/** The duties a stand-in can cover: the district officer's and the village auxiliary officer's. */
export const COVERAGE_DUTIES = ['district_officer', 'village_auxiliary'] as const;
export type CoverageDuty = (typeof COVERAGE_DUTIES)[number];

/** The kinds of gap, in the order the view lists them within a district. */
export const COVERAGE_GAP_KINDS = [
  'no_police_post',
  'no_officer',
  'officer_uncovered',
  'no_auxiliary',
  'auxiliary_uncovered',
] as const;
export type CoverageGapKind = (typeof COVERAGE_GAP_KINDS)[number];

export const COVERAGE_GAP_LABELS: Record<CoverageGapKind, { zh: string; en: string }> = {
  no_police_post: { zh: '无警务室', en: 'no police post' },
  no_officer: { zh: '无片区包保民警', en: 'no district officer' },
  officer_uncovered: { zh: '民警请假无人代岗', en: 'officer on leave with no stand-in' },
  no_auxiliary: { zh: '无驻村辅警', en: 'no village auxiliary officer' },
  auxiliary_uncovered: { zh: '辅警请假无人代岗', en: 'auxiliary officer on leave with no stand-in' },
};

export const coverageGapSchema = z.object({
  kind: z.enum(COVERAGE_GAP_KINDS),
  districtId: z.string(),
  districtName: z.string(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  personId: z.string().nullable(),
  personName: z.string().nullable(),
});
export type CoverageGap = z.infer<typeof coverageGapSchema>;

/** What a caller may do with a stand-in: end it early (directory.manage over its place). */
export const STAND_IN_ACTIONS = ['end'] as const;
export type StandInAction = (typeof STAND_IN_ACTIONS)[number];

export const standInSchema = z.object({
  id: z.string(),
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  duty: z.enum(COVERAGE_DUTIES),
  absentPersonId: z.string(),
  absentName: z.string(),
  standInPersonId: z.string().nullable(),
  standInName: z.string().nullable(),
  fromDay: z.string(),
  toDay: z.string(),
  reason: z.string(),
  /** Covering the duty today (Shanghai): started, not past its last day, not ended. */
  current: z.boolean(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endedByName: z.string().nullable(),
  actions: z.array(z.enum(STAND_IN_ACTIONS)),
});
export type StandIn = z.infer<typeof standInSchema>;

/** An officer or auxiliary officer as the view shows him: masked phone, and today's leave if he is away. */
export const coveragePersonSchema = z.object({
  personId: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  /** Today's leave with its stand-in (whose `standInPersonId` is null while nobody covers it). */
  away: standInSchema.nullable(),
});
export type CoveragePerson = z.infer<typeof coveragePersonSchema>;

export const coveragePostSchema = z.object({ id: z.string(), name: z.string(), phone: z.string().nullable() });
export type CoveragePost = z.infer<typeof coveragePostSchema>;

export const villageCoverageSchema = z.object({
  villageId: z.string(),
  villageName: z.string(),
  auxiliaries: z.array(coveragePersonSchema),
});
export type VillageCoverage = z.infer<typeof villageCoverageSchema>;

export const districtCoverageSchema = z.object({
  districtId: z.string(),
  districtName: z.string(),
  posts: z.array(coveragePostSchema),
  officers: z.array(coveragePersonSchema),
  villages: z.array(villageCoverageSchema),
  gaps: z.array(coverageGapSchema),
});
export type DistrictCoverage = z.infer<typeof districtCoverageSchema>;

/** What a caller may do on the coverage page: record leaves and stand-ins, export the sheet. */
export const COVERAGE_ACTIONS = ['manageStandIns', 'export'] as const;
export type CoverageAction = (typeof COVERAGE_ACTIONS)[number];

export const coverageSchema = z.object({
  townId: z.string(),
  townName: z.string(),
  /** The Shanghai day the view is computed for (today). */
  day: z.string(),
  districts: z.array(districtCoverageSchema),
  /** Every district's gaps, in district order. */
  gaps: z.array(coverageGapSchema),
  actions: z.array(z.enum(COVERAGE_ACTIONS)),
});
export type Coverage = z.infer<typeof coverageSchema>;

/** `townId` picks the town for a caller reaching several (county staff); one town's caller may leave it out. */
export const coverageQuerySchema = z.object({ townId: idSchema.optional() });
export type CoverageQuery = z.infer<typeof coverageQuerySchema>;

/** Stand-ins of the town: `current` (today's), `upcoming`, `past` (ended or over), or all. */
export const STAND_IN_WHEN = ['current', 'upcoming', 'past'] as const;
export const standInListQuerySchema = z.object({
  townId: idSchema.optional(),
  when: z.enum(STAND_IN_WHEN).optional(),
});
export type StandInListQuery = z.infer<typeof standInListQuerySchema>;

export const standInListSchema = z.object({ items: z.array(standInSchema) });

/**
 * A leave and who covers it. `standInPersonId` may be left out while nobody is found yet (the view then shows the
 * duty uncovered). The absent person must hold the duty on the jurisdiction.
 */
export const createStandInSchema = z.object({
  jurisdictionId: idSchema,
  duty: z.enum(COVERAGE_DUTIES),
  absentPersonId: idSchema,
  standInPersonId: idSchema.nullable().optional(),
  fromDay: dateSchema,
  toDay: dateSchema,
  reason: z.string().trim().min(1).max(200),
});
export type CreateStandIn = z.infer<typeof createStandInSchema>;

export const STAND_IN_AUDIT_TARGET = 'coverage_stand_in';

export const standInIdParamsSchema = z.object({ id: idSchema });
