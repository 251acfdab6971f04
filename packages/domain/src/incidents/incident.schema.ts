/**
 * API contracts of the incident module: records as screens see them (personal data masked unless the caller may
 * unmask) and the bodies and queries the API accepts.
 */
import { z } from 'zod';
import { SEXES } from '../directory/person.schema';
import { freeTextSchema } from '../disputes/dispute.schema';
import { DISPUTE_CATEGORY_CODE_PATTERN } from '../disputes/dispute-dictionaries';
import { ARRIVAL_STATUSES } from './incident-arrival';
import {
  CASE_KINDS,
  INCIDENT_CATEGORIES,
  INCIDENT_CLASS_CODE_PATTERN,
  INCIDENT_DISPOSITIONS,
  INCIDENT_PARTY_ROLES,
  INCIDENT_SOURCES,
  REPEAT_REASONS,
} from './incident-dictionaries';
import { INCIDENT_ACTIONS, INCIDENT_STATES } from './incident-states';

const idSchema = z.string().min(1).max(64);
const requiredText = (max: number) => freeTextSchema(max).min(1);
const optionalText = (max: number) => freeTextSchema(max).optional();
const instantSchema = z.iso.datetime({ offset: true });
const classCodeSchema = z.string().regex(INCIDENT_CLASS_CODE_PATTERN);

/** A party as screens see them: ID number, phone and address masked unless the caller may unmask. */
export const incidentPartySchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  role: z.enum(INCIDENT_PARTY_ROLES),
  name: z.string(),
  sex: z.enum(SEXES).nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
});
export type IncidentParty = z.infer<typeof incidentPartySchema>;

export const createIncidentPartySchema = z.object({
  personId: idSchema.optional(),
  role: z.enum(INCIDENT_PARTY_ROLES),
  name: requiredText(40),
  sex: z.enum(SEXES).optional(),
  idNumber: optionalText(18),
  phone: optionalText(20),
  address: optionalText(200),
});
export type CreateIncidentParty = z.infer<typeof createIncidentPartySchema>;

export const INCIDENT_TIMELINE_EVENTS = ['received', ...INCIDENT_ACTIONS, 'party_added', 'repeat_linked'] as const;
export type IncidentTimelineEvent = (typeof INCIDENT_TIMELINE_EVENTS)[number];

export const incidentTimelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  event: z.enum(INCIDENT_TIMELINE_EVENTS),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  fromState: z.enum(INCIDENT_STATES).nullable(),
  toState: z.enum(INCIDENT_STATES).nullable(),
  note: z.string().nullable(),
  /** The record the step produced or points at (the referred dispute, the original of a duplicate…). */
  refId: z.string().nullable(),
});
export type IncidentTimelineEntry = z.infer<typeof incidentTimelineEntrySchema>;

export const incidentRepeatSchema = z.object({
  incidentId: z.string(),
  number: z.string(),
  reason: z.enum(REPEAT_REASONS),
  receivedAt: z.string(),
});
export type IncidentRepeat = z.infer<typeof incidentRepeatSchema>;

export const arrivalSchema = z.object({
  status: z.enum(ARRIVAL_STATUSES),
  minutes: z.number().int().nullable(),
  late: z.boolean(),
});

export const incidentSchema = z.object({
  id: z.string(),
  number: z.string(),
  townId: z.string(),
  /** The village or community, or the group within it. */
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  /** The village a group belongs to; null when the incident sits at the village itself. */
  villageName: z.string().nullable(),
  source: z.enum(INCIDENT_SOURCES),
  classCode: z.string(),
  className: z.string(),
  category: z.enum(INCIDENT_CATEGORIES),
  /** Counted as a 纠纷警情. */
  dispute: z.boolean(),
  summary: z.string(),
  /** Masked to village/group unless the caller may unmask. */
  address: z.string().nullable(),
  /** Rounded to about a kilometre (coarseCoordinate); the exact point comes with unmask. */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  state: z.enum(INCIDENT_STATES),
  disposition: z.enum(INCIDENT_DISPOSITIONS).nullable(),
  caseKind: z.enum(CASE_KINDS).nullable(),
  caseNumber: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  duplicateOfId: z.string().nullable(),
  duplicateOfNumber: z.string().nullable(),
  disputeId: z.string().nullable(),
  disputeNumber: z.string().nullable(),
  responsibleOfficerId: z.string().nullable(),
  responsibleOfficerName: z.string().nullable(),
  feedback: z.string().nullable(),
  receivedAt: z.string(),
  dispatchedAt: z.string().nullable(),
  ackedAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  handlingAt: z.string().nullable(),
  feedbackAt: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  arrivalTargetMinutes: z.number().int(),
  arrival: arrivalSchema,
  repeats: z.array(incidentRepeatSchema),
  parties: z.array(incidentPartySchema),
  timeline: z.array(incidentTimelineEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Incident = z.infer<typeof incidentSchema>;

/** The row of a list: no parties, timeline or repeats, so a page stays small. */
export const incidentListItemSchema = incidentSchema
  .omit({ parties: true, timeline: true, repeats: true })
  .extend({ partyNames: z.array(z.string()), repeatCount: z.number().int() });
export type IncidentListItem = z.infer<typeof incidentListItemSchema>;

export const createIncidentSchema = z.object({
  source: z.enum(INCIDENT_SOURCES),
  classCode: classCodeSchema,
  /** A village, community or group of the caller's town. */
  jurisdictionId: idSchema,
  summary: requiredText(2000),
  address: optionalText(200),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  /** When the call came in; now when absent (a walk-in written up later gives it). */
  receivedAt: instantSchema.optional(),
  /** Defaults to the class's flag. */
  dispute: z.boolean().optional(),
  parties: z.array(createIncidentPartySchema).max(50).optional(),
});
export type CreateIncident = z.infer<typeof createIncidentSchema>;

/** One action on an incident; which fields are required depends on the action (`incidentActionProblems`). */
export const incidentActionSchema = z.object({
  action: z.enum(INCIDENT_ACTIONS),
  /** When the step happened; now when absent. */
  at: instantSchema.optional(),
  responsibleOfficerId: idSchema.optional(),
  caseKind: z.enum(CASE_KINDS).optional(),
  caseNumber: optionalText(60),
  departmentId: idSchema.optional(),
  duplicateOfId: idSchema.optional(),
  disputeCategory: z.string().regex(DISPUTE_CATEGORY_CODE_PATTERN).optional(),
  note: optionalText(2000),
});
export type IncidentActionBody = z.infer<typeof incidentActionSchema>;

export const incidentListQuerySchema = z.object({
  classCode: classCodeSchema.optional(),
  category: z.enum(INCIDENT_CATEGORIES).optional(),
  state: z.enum(INCIDENT_STATES).optional(),
  /** A village or community: its groups' incidents too. */
  villageId: idSchema.optional(),
  districtId: idSchema.optional(),
  late: z.stringbool().optional(),
  dispute: z.stringbool().optional(),
  /** true: not yet closed. */
  open: z.stringbool().optional(),
  /** Received on these Shanghai days (inclusive). */
  receivedFrom: z.iso.date().optional(),
  receivedTo: z.iso.date().optional(),
  /** Received in this hour of the day, Beijing time (a statistics drill: the heat table's cell). */
  hour: z.coerce.number().int().min(0).max(23).optional(),
  /** Referred to people's mediation (a dispute registered from it) or not. */
  referred: z.stringbool().optional(),
  q: z.string().trim().max(40).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type IncidentListQuery = z.infer<typeof incidentListQuerySchema>;

/** A row of a town's class code table (a setting). */
export const incidentClassSchema = z.object({
  code: z.string(),
  name: z.string(),
  category: z.enum(INCIDENT_CATEGORIES),
  dispute: z.boolean(),
  arrivalTargetMinutes: z.number().int(),
  active: z.boolean(),
});
export type IncidentClass = z.infer<typeof incidentClassSchema>;

export const upsertIncidentClassSchema = z.object({
  code: classCodeSchema,
  name: requiredText(40),
  category: z.enum(INCIDENT_CATEGORIES),
  dispute: z.boolean().default(false),
  arrivalTargetMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  active: z.boolean().default(true),
});
export type UpsertIncidentClass = z.infer<typeof upsertIncidentClassSchema>;

/** An incident's personal data in clear (`GET /incidents/:id/unmask`): only for callers who may unmask it; audited. */
export const incidentUnmaskedSchema = z.object({
  address: z.string().nullable(),
  /** The exact point; records carry it rounded (coarseCoordinate). */
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  parties: z.array(
    z.object({
      id: z.string(),
      idNumber: z.string().nullable(),
      phone: z.string().nullable(),
      address: z.string().nullable(),
    }),
  ),
});
export type IncidentUnmasked = z.infer<typeof incidentUnmaskedSchema>;

/** A police officer of the town who may be named responsible at dispatch. */
export const incidentResponderSchema = z.object({
  userId: z.string(),
  name: z.string(),
  role: z.enum(['officer', 'chief']),
});
export type IncidentResponder = z.infer<typeof incidentResponderSchema>;
