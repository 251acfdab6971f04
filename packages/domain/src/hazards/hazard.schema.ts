/**
 * API contracts of safety hazards (安全隐患, domain.md §8): a hazard as screens see it (with its history, photos and
 * the caller's `actions`), the bodies that report it and move it on, the list query and the photo record.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import {
  HAZARD_ASSIGNEE_KINDS,
  HAZARD_PHOTO_KINDS,
  HAZARD_SOURCES,
  HAZARD_STATES,
  HAZARD_VERIFIER_SIDES,
} from './hazard-states';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

export const hazardDeadlineStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('remaining'), days: z.number().int(), lastDay: z.string() }),
  z.object({ kind: z.literal('today'), lastDay: z.string() }),
  z.object({ kind: z.literal('overdue'), days: z.number().int(), lastDay: z.string() }),
]);

/** The record a hazard came from, e.g. `{ kind: 'patrol_log', id }` for a patrol finding. */
export const hazardSourceRefSchema = z.object({
  kind: z.string().min(1).max(40),
  id: idSchema,
});
export type HazardSourceRef = z.infer<typeof hazardSourceRefSchema>;

/**
 * A new hazard. Photos follow through POST /api/v1/hazards/:id/photos (multipart). `reporterName`/`reporterPhone`:
 * the member of the public who reported it at the desk (the phone is stored encrypted and shown masked). The
 * officer answering for it is the village's district officer that day (his stand-in while he is away).
 */
export const reportHazardSchema = z.object({
  source: z.enum(HAZARD_SOURCES),
  sourceRef: hazardSourceRefSchema.optional(),
  villageId: idSchema,
  title: freeTextSchema(200).min(1),
  description: freeTextSchema(2000).min(1),
  location: freeTextSchema(200).optional(),
  deadline: dateSchema.optional(),
  reporterName: freeTextSchema(50).optional(),
  reporterPhone: z.string().max(20).optional(),
});
export type ReportHazard = z.infer<typeof reportHazardSchema>;

/** Assign (or re-assign) to the village or one of the town's departments, with the last day for the rectification. */
export const assignHazardSchema = z.object({
  assignee: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('village') }),
    z.object({ kind: z.literal('department'), organizationId: idSchema }),
  ]),
  deadline: dateSchema,
  note: freeTextSchema(500).optional(),
});
export type AssignHazard = z.infer<typeof assignHazardSchema>;

/** The rectification's note; its photos were added before (at least one is required). */
export const rectifyHazardSchema = z.object({ note: freeTextSchema(2000) });
export type RectifyHazard = z.infer<typeof rectifyHazardSchema>;

export const verifyHazardSchema = z.object({ note: freeTextSchema(500).optional() });
export type VerifyHazard = z.infer<typeof verifyHazardSchema>;

/** Sending back requires the reason (what is still to be done). */
export const sendBackHazardSchema = z.object({ reason: freeTextSchema(500).min(1) });
export type SendBackHazard = z.infer<typeof sendBackHazardSchema>;

export const hazardPhotoSchema = z.object({
  id: z.string(),
  hazardId: z.string(),
  kind: z.enum(HAZARD_PHOTO_KINDS),
  /** The rectification round the photo belongs to (1, then 2 after a send-back…); 0 for photos of the report. */
  round: z.number().int(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type HazardPhoto = z.infer<typeof hazardPhotoSchema>;

export const HAZARD_EVENT_KINDS = ['reported', 'assigned', 'photo', 'rectified', 'verified', 'sent_back'] as const;
export type HazardEventKind = (typeof HAZARD_EVENT_KINDS)[number];

export const hazardEventSchema = z.object({
  id: z.string(),
  kind: z.enum(HAZARD_EVENT_KINDS),
  at: z.string(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  /** For an assignment: who and until when. */
  assigneeName: z.string().nullable(),
  deadline: z.string().nullable(),
});
export type HazardEvent = z.infer<typeof hazardEventSchema>;

export const hazardSchema = z.object({
  id: z.string(),
  townId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  source: z.enum(HAZARD_SOURCES),
  sourceRef: hazardSourceRefSchema.nullable(),
  title: z.string(),
  description: z.string(),
  location: z.string().nullable(),
  state: z.enum(HAZARD_STATES),
  verifierSide: z.enum(HAZARD_VERIFIER_SIDES),
  reportedAt: z.string(),
  reportedByName: z.string().nullable(),
  /** Always masked (王**): the village that rectifies must not learn who complained. */
  reporterName: z.string().nullable(),
  /** Always masked (138****5678). */
  reporterPhone: z.string().nullable(),
  responsibleName: z.string().nullable(),
  assigneeKind: z.enum(HAZARD_ASSIGNEE_KINDS).nullable(),
  assigneeName: z.string().nullable(),
  /** The last Shanghai day for the rectification (`YYYY-MM-DD`). */
  dueOn: z.string().nullable(),
  deadline: hazardDeadlineStatusSchema,
  overdue: z.boolean(),
  round: z.number().int(),
  rectifiedAt: z.string().nullable(),
  rectifyNote: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verifiedByName: z.string().nullable(),
  /** Why the verifier last sent it back. */
  reason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Hazard = z.infer<typeof hazardSchema>;

/** The detail page: the hazard with its history (oldest first) and photos. */
export const hazardDetailSchema = hazardSchema.extend({
  history: z.array(hazardEventSchema),
  photos: z.array(hazardPhotoSchema),
});
export type HazardDetail = z.infer<typeof hazardDetailSchema>;

/**
 * Filters of the hazard list, newest report first. `overdue`: open past the deadline; `dueSoon`: open, due within
 * HAZARD_DUE_SOON_DAYS; both together: either; `mine`: hazards the caller's side must rectify (their village, their
 * department) or verify.
 */
export const hazardListFiltersSchema = z.object({
  state: z.enum(HAZARD_STATES).optional(),
  source: z.enum(HAZARD_SOURCES).optional(),
  villageId: idSchema.optional(),
  districtId: idSchema.optional(),
  overdue: z.stringbool().optional(),
  dueSoon: z.stringbool().optional(),
  open: z.stringbool().optional(),
  /** Reported on or after / before this Shanghai day (inclusive). */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** Verified (fixed) on or after / before this Shanghai day (inclusive). */
  fixedFrom: dateSchema.optional(),
  fixedTo: dateSchema.optional(),
});
export type HazardListFilters = z.infer<typeof hazardListFiltersSchema>;

export const hazardListQuerySchema = hazardListFiltersSchema.extend({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type HazardListQuery = z.infer<typeof hazardListQuerySchema>;

/** The departments a hazard can be assigned to in the hazard's town, for the assign form. */
export const hazardAssigneeOptionsSchema = z.object({
  items: z.array(z.object({ id: z.string(), name: z.string() })),
});
