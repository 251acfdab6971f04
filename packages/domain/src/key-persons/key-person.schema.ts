/**
 * API contracts of key persons (重点人员, domain.md §8): the record as a reader of its group sees it (personal data
 * masked), the visit log, level-change and removal requests, the town's visit plans and the list query. A caller who
 * may not read a record's group never receives any of these for it: the server answers as for a missing id.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import {
  KEY_PERSON_CATEGORIES,
  KEY_PERSON_GROUPS,
  KEY_PERSON_LEVELS,
  KEY_PERSON_STATUSES,
  KEY_PERSON_VISIT_METHODS,
} from './key-person-categories';
import { KEY_PERSON_REQUEST_KINDS, KEY_PERSON_REQUEST_STATES } from './key-person-requests';
import { VISIT_INTERVALS, VISIT_STATUSES } from './visit-schedule';

const idSchema = z.string().min(1).max(64);

export const keyPersonStaffSchema = z.object({ personId: z.string(), name: z.string() });
export type KeyPersonStaff = z.infer<typeof keyPersonStaffSchema>;

export const keyPersonRequestSchema = z.object({
  id: z.string(),
  kind: z.enum(KEY_PERSON_REQUEST_KINDS),
  fromLevel: z.enum(KEY_PERSON_LEVELS),
  toLevel: z.enum(KEY_PERSON_LEVELS).nullable(),
  reason: z.string(),
  state: z.enum(KEY_PERSON_REQUEST_STATES),
  requestedBy: z.string(),
  requestedByName: z.string(),
  requestedAt: z.string(),
  decidedBy: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  /** `approve` / `reject` when the caller may decide it (holds keyperson.approve and did not ask). */
  actions: z.array(z.string()),
});
export type KeyPersonRequest = z.infer<typeof keyPersonRequestSchema>;

export const keyPersonSchema = z.object({
  id: z.string(),
  townId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  personId: z.string(),
  name: z.string(),
  sex: z.enum(['male', 'female']).nullable(),
  idNumberMasked: z.string().nullable(),
  phoneMasked: z.string().nullable(),
  addressMasked: z.string().nullable(),
  group: z.enum(KEY_PERSON_GROUPS),
  category: z.enum(KEY_PERSON_CATEGORIES),
  level: z.enum(KEY_PERSON_LEVELS),
  status: z.enum(KEY_PERSON_STATUSES),
  /** Why the person is under control (the basis of the listing). */
  basis: z.string().nullable(),
  /** The Shanghai day the person was placed under control, and the day the current level began. */
  since: z.string(),
  levelSince: z.string(),
  responsibleOfficer: keyPersonStaffSchema.nullable(),
  responsibleAuxiliary: keyPersonStaffSchema.nullable(),
  lastVisitOn: z.string().nullable(),
  /** The last day on which the next visit is on time; null once removed. */
  nextVisitDue: z.string().nullable(),
  visitStatus: z.enum(VISIT_STATUSES).nullable(),
  daysOverdue: z.number().int(),
  pendingRequest: keyPersonRequestSchema.nullable(),
  removedAt: z.string().nullable(),
  removedReason: z.string().nullable(),
  createdAt: z.string(),
  /** visit, request_level, request_removal, unmask. */
  actions: z.array(z.string()),
});
export type KeyPerson = z.infer<typeof keyPersonSchema>;

export const KEY_PERSON_ACTIONS = ['visit', 'request_level', 'request_removal', 'unmask'] as const;
export type KeyPersonAction = (typeof KEY_PERSON_ACTIONS)[number];

/** The detail page: the record with its level history (every request, newest first). */
export const keyPersonDetailSchema = keyPersonSchema.extend({ history: z.array(keyPersonRequestSchema) });
export type KeyPersonDetail = z.infer<typeof keyPersonDetailSchema>;

export const keyPersonListQuerySchema = z.object({
  group: z.enum(KEY_PERSON_GROUPS).optional(),
  category: z.enum(KEY_PERSON_CATEGORIES).optional(),
  level: z.enum(KEY_PERSON_LEVELS).optional(),
  villageId: idSchema.optional(),
  /** Active by default: removed persons are listed only when asked for. */
  status: z.enum(KEY_PERSON_STATUSES).default('active'),
  overdue: z.stringbool().optional(),
  /** Only the records the caller is the responsible officer or auxiliary of. */
  mine: z.stringbool().optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type KeyPersonListQuery = z.infer<typeof keyPersonListQuerySchema>;

export const keyPersonPageSchema = z.object({ items: z.array(keyPersonSchema), nextCursor: z.string().nullable() });

/**
 * A person of the directory placed under control. The responsible officer defaults to the village's district
 * officer, the auxiliary to the village's auxiliary officer.
 */
export const createKeyPersonSchema = z.object({
  personId: idSchema,
  category: z.enum(KEY_PERSON_CATEGORIES),
  level: z.enum(KEY_PERSON_LEVELS),
  basis: freeTextSchema(1000).optional(),
  responsibleOfficerPersonId: idSchema.optional(),
  responsibleAuxiliaryPersonId: idSchema.optional(),
});
export type CreateKeyPerson = z.infer<typeof createKeyPersonSchema>;

export const keyPersonUnmaskedSchema = z.object({
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});
export type KeyPersonUnmasked = z.infer<typeof keyPersonUnmaskedSchema>;

export const keyPersonVisitSchema = z.object({
  id: z.string(),
  keyPersonId: z.string(),
  visitedAt: z.string(),
  /** The Shanghai day of visitedAt: the day the visit counts for. */
  visitedOn: z.string(),
  method: z.enum(KEY_PERSON_VISIT_METHODS),
  place: z.string().nullable(),
  findings: z.string().nullable(),
  visitorUserId: z.string(),
  visitorName: z.string(),
  /** Photo ids; each downloads from /api/v1/key-person-visit-photos/:id/download. */
  photos: z.array(z.string()),
  createdAt: z.string(),
  /** `photo` when the caller may add a photo (his own visit). */
  actions: z.array(z.string()),
});
export type KeyPersonVisit = z.infer<typeof keyPersonVisitSchema>;

export const keyPersonVisitPageSchema = z.object({
  items: z.array(keyPersonVisitSchema),
  nextCursor: z.string().nullable(),
});

/** Only the method is required (three taps on a phone): the time defaults to now. */
export const createKeyPersonVisitSchema = z.object({
  method: z.enum(KEY_PERSON_VISIT_METHODS),
  visitedAt: z.iso.datetime({ offset: true }).optional(),
  place: freeTextSchema(200).optional(),
  findings: freeTextSchema(2000).optional(),
});
export type CreateKeyPersonVisit = z.infer<typeof createKeyPersonVisitSchema>;

export const keyPersonVisitListQuerySchema = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type KeyPersonVisitListQuery = z.infer<typeof keyPersonVisitListQuerySchema>;

export const createKeyPersonRequestSchema = z.object({
  kind: z.enum(KEY_PERSON_REQUEST_KINDS),
  toLevel: z.enum(KEY_PERSON_LEVELS).optional(),
  reason: freeTextSchema(1000).min(1),
});
export type CreateKeyPersonRequest = z.infer<typeof createKeyPersonRequestSchema>;

export const decideKeyPersonRequestSchema = z.object({
  decision: z.enum(['approve', 'reject']),
  note: freeTextSchema(1000).optional(),
});
export type DecideKeyPersonRequest = z.infer<typeof decideKeyPersonRequestSchema>;

export const visitPlansSchema = z.object({
  high: z.enum(VISIT_INTERVALS),
  medium: z.enum(VISIT_INTERVALS),
  low: z.enum(VISIT_INTERVALS),
});

export const townVisitPlansSchema = z.object({
  townId: z.string(),
  plans: visitPlansSchema,
  /** Whether the caller may change them (holds keyperson.approve over the town). */
  editable: z.boolean(),
});
export type TownVisitPlans = z.infer<typeof townVisitPlansSchema>;

export const visitPlansQuerySchema = z.object({ townId: idSchema.optional() });
export type VisitPlansQuery = z.infer<typeof visitPlansQuerySchema>;

export const updateVisitPlansSchema = z.object({ townId: idSchema.optional(), plans: visitPlansSchema });
export type UpdateVisitPlans = z.infer<typeof updateVisitPlansSchema>;
