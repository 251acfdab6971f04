/**
 * API contracts of the dispute module: records as screens see them (personal data masked) and the bodies and
 * queries the API accepts. Every string has a maximum length so no request can store unbounded text.
 */
import { z } from 'zod';
import { SEXES } from '../directory/person.schema';
import { stripXmlForbidden } from '../shared/xml-text';
import { AGREEMENT_ITEM_CODES } from './agreement-rules';
import {
  DISPUTE_CATEGORY_CODE_PATTERN,
  DISPUTE_COMPLEXITIES,
  DISPUTE_SOURCES,
  DISPUTE_TIERS,
  DIVERSION_ROUTES,
  MEDIATION_TRACKS,
  PARTICIPANT_KINDS,
  PARTY_ROLES,
  RISK_GRADES,
  SATISFACTION_LEVELS,
  SESSION_MODES,
  SIGNATURE_METHODS,
} from './dispute-dictionaries';
import { RED_FLAG_CODES, WARNING_SIGN_CODES } from './dispute-risk';
import { DISPUTE_ACTIONS, DISPUTE_STATES } from './dispute-states';

const idSchema = z.string().min(1).max(64);
/** Free text as people type it, without the characters XML forbids (they would break the Excel and DOCX files). */
export const freeTextSchema = (max: number) => z.string().overwrite(stripXmlForbidden).trim().max(max);
const requiredText = (max: number) => freeTextSchema(max).min(1);
const optionalText = (max: number) => freeTextSchema(max).optional();
const instantSchema = z.iso.datetime({ offset: true });
const dateSchema = z.iso.date();
const categorySchema = z.string().regex(DISPUTE_CATEGORY_CODE_PATTERN);

/** Events on a dispute's timeline: every action, plus the records that do not change the state. */
export const TIMELINE_EVENTS = [
  'registered',
  ...DISPUTE_ACTIONS,
  'party_added',
  'mediation_started',
  'mediation_extended',
  'mediation_terminated',
  'session_recorded',
  'agreement_recorded',
  'agreement_effective',
  'follow_up_recorded',
  'risk_regraded',
  'reported_to_police',
] as const;
export type TimelineEvent = (typeof TIMELINE_EVENTS)[number];

export const riskReasonSchema = z.object({
  code: z.enum([...RED_FLAG_CODES, ...WARNING_SIGN_CODES]),
  zh: z.string(),
  en: z.string(),
});

/** A party as screens see them: ID number, phone and address masked unless the caller may unmask. */
export const disputePartySchema = z.object({
  id: z.string(),
  personId: z.string().nullable(),
  role: z.enum(PARTY_ROLES),
  name: z.string(),
  sex: z.enum(SEXES).nullable(),
  ethnicity: z.string().nullable(),
  age: z.number().int().nullable(),
  occupation: z.string().nullable(),
  idNumber: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  agent: z.string().nullable(),
});
export type DisputeParty = z.infer<typeof disputePartySchema>;

export const timelineEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  event: z.enum(TIMELINE_EVENTS),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  fromState: z.enum(DISPUTE_STATES).nullable(),
  toState: z.enum(DISPUTE_STATES).nullable(),
  fromTier: z.enum(DISPUTE_TIERS).nullable(),
  toTier: z.enum(DISPUTE_TIERS).nullable(),
  reason: z.string().nullable(),
  explanation: z.string().nullable(),
  route: z.enum(DIVERSION_ROUTES).nullable(),
  departmentIds: z.array(z.string()),
  /** What was recorded (session, agreement, visit…) for events that point at a record. */
  refId: z.string().nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const taskforceMemberViewSchema = z.object({
  personId: z.string(),
  name: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
});
export type TaskforceMemberView = z.infer<typeof taskforceMemberViewSchema>;

export const disputeSchema = z.object({
  id: z.string(),
  number: z.string(),
  townId: z.string(),
  /** The village or community, or the group within it. */
  jurisdictionId: z.string(),
  jurisdictionName: z.string(),
  /** The village or community a group belongs to (双坪村 for 3组); null when the case sits at the village itself. */
  villageName: z.string().nullable(),
  category: z.string(),
  source: z.enum(DISPUTE_SOURCES),
  summary: z.string(),
  /** Masked to village/group unless the caller may unmask. */
  address: z.string().nullable(),
  occurredOn: z.string().nullable(),
  peopleInvolved: z.number().int(),
  grievanceStartedOn: z.string().nullable(),
  grievanceYears: z.number().int().nullable(),
  tier: z.enum(DISPUTE_TIERS),
  state: z.enum(DISPUTE_STATES),
  complexity: z.enum(DISPUTE_COMPLEXITIES),
  riskGrade: z.enum(RISK_GRADES),
  riskReasons: z.array(riskReasonSchema),
  deadlineAt: z.string().nullable(),
  overdue: z.boolean(),
  assignedDepartmentIds: z.array(z.string()),
  incidentIds: z.array(z.string()),
  parties: z.array(disputePartySchema),
  /** The task force's members, each with the department that sent them (empty until one is formed). */
  taskforce: z.array(taskforceMemberViewSchema),
  timeline: z.array(timelineEntrySchema),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Dispute = z.infer<typeof disputeSchema>;

/** The row of a list: no parties, task force or timeline, so a page of them stays small. */
export const disputeListItemSchema = disputeSchema.omit({ parties: true, taskforce: true, timeline: true }).extend({
  partyNames: z.array(z.string()),
});
export type DisputeListItem = z.infer<typeof disputeListItemSchema>;

export const createPartySchema = z.object({
  personId: idSchema.optional(),
  role: z.enum(PARTY_ROLES),
  name: requiredText(40),
  sex: z.enum(SEXES).optional(),
  ethnicity: optionalText(20),
  age: z.number().int().min(0).max(150).optional(),
  idNumber: optionalText(18),
  phone: optionalText(20),
  address: optionalText(200),
  occupation: optionalText(40),
  agent: optionalText(100),
});
export type CreateParty = z.infer<typeof createPartySchema>;

/** The red-flag facts a person records (the counts and the grievance's age come from the data). */
export const riskFlagsSchema = z.object({
  threats: z.boolean().default(false),
  weapons: z.boolean().default(false),
  domesticViolence: z.boolean().default(false),
  severeMentalDisorder: z.boolean().default(false),
});
export type RiskFlags = z.infer<typeof riskFlagsSchema>;

export const createDisputeSchema = z.object({
  jurisdictionId: idSchema,
  category: categorySchema,
  source: z.enum(DISPUTE_SOURCES),
  summary: requiredText(2000),
  address: optionalText(200),
  occurredOn: dateSchema.optional(),
  peopleInvolved: z.number().int().min(1).max(100_000).default(2),
  grievanceStartedOn: dateSchema.optional(),
  complexity: z.enum(DISPUTE_COMPLEXITIES).default('general'),
  riskFlags: riskFlagsSchema.optional(),
  /**
   * Incidents the dispute comes from (a referral names its incident). Only real incidents of the dispute's town count
   * towards the repeat-incident risk, with their repeats; anything else is kept as typed and counts for nothing.
   */
  incidentIds: z.array(idSchema).max(20).optional(),
  parties: z.array(createPartySchema).max(50).optional(),
});
export type CreateDispute = z.infer<typeof createDisputeSchema>;

export const updateDisputeSchema = z.object({
  category: categorySchema.optional(),
  summary: requiredText(2000).optional(),
  address: freeTextSchema(200).nullable().optional(),
  occurredOn: dateSchema.nullable().optional(),
  peopleInvolved: z.number().int().min(1).max(100_000).optional(),
  grievanceStartedOn: dateSchema.nullable().optional(),
  complexity: z.enum(DISPUTE_COMPLEXITIES).optional(),
  riskFlags: riskFlagsSchema.partial().optional(),
});
export type UpdateDispute = z.infer<typeof updateDisputeSchema>;

export const taskforceMemberSchema = z.object({ personId: idSchema, departmentId: idSchema });

/** One action on a dispute; which fields are required depends on the action (see `transitionProblems`). */
export const transitionSchema = z.object({
  action: z.enum(DISPUTE_ACTIONS),
  reason: optionalText(1000),
  departmentIds: z.array(idSchema).max(20).optional(),
  route: z.enum(DIVERSION_ROUTES).optional(),
  explanation: optionalText(2000),
  taskforceMembers: z.array(taskforceMemberSchema).max(50).optional(),
  bothPartiesConsent: z.boolean().optional(),
});
export type TransitionBody = z.infer<typeof transitionSchema>;

export const policeMediationFactsSchema = z.object({
  hiredViolence: z.boolean(),
  groupFight: z.boolean(),
  provocation: z.boolean(),
  repeatOffender: z.boolean(),
  partyRefuses: z.boolean(),
  keepsFighting: z.boolean(),
  responsibleOfficerId: idSchema,
});

export const startMediationSchema = z.object({
  track: z.enum(MEDIATION_TRACKS),
  startedAt: instantSchema,
  /** Who asked for it: a party applied, or the committee (or police) took it up (Art. 17). */
  initiatedBy: z.enum(['party', 'committee']),
  mediatorIds: z.array(idSchema).min(1).max(10),
  partyRefuses: z.boolean().default(false),
  police: policeMediationFactsSchema.optional(),
});
export type StartMediation = z.infer<typeof startMediationSchema>;

export const mediationExtensionSchema = z.object({
  until: dateSchema,
  consentedPartyIds: z.array(idSchema).min(1).max(50),
  note: optionalText(500),
});
export type MediationExtensionBody = z.infer<typeof mediationExtensionSchema>;

export const terminateMediationSchema = z.object({
  reason: requiredText(1000),
  otherRoutesExplained: z.boolean(),
  routesExplained: z.array(z.enum(DIVERSION_ROUTES)).max(DIVERSION_ROUTES.length).optional(),
});
export type TerminateMediation = z.infer<typeof terminateMediationSchema>;

export const sessionParticipantSchema = z.object({
  kind: z.enum(PARTICIPANT_KINDS),
  personId: idSchema.optional(),
  name: requiredText(40),
  organizationId: idSchema.optional(),
});

export const createSessionSchema = z
  .object({
    mode: z.enum(SESSION_MODES),
    startedAt: instantSchema,
    endedAt: instantSchema,
    location: optionalText(200),
    participants: z.array(sessionParticipantSchema).min(1).max(50),
    inviteesConsented: z.boolean().default(false),
    record: requiredText(20_000),
    reportedToPolice: z.boolean().default(false),
  })
  .refine((session) => Date.parse(session.endedAt) >= Date.parse(session.startedAt), {
    message: 'endedAt must not be before startedAt',
    path: ['endedAt'],
  });
export type CreateSession = z.infer<typeof createSessionSchema>;

export const agreementSignatureSchema = z.object({
  partyId: idSchema,
  method: z.enum(SIGNATURE_METHODS).nullable(),
  at: z.union([instantSchema, dateSchema]).nullable(),
});

export const writtenAgreementSchema = z.object({
  kind: z.literal('written'),
  partyIds: z.array(idSchema).min(1).max(50),
  facts: optionalText(5000),
  disputedMatters: optionalText(2000),
  responsibilities: optionalText(2000),
  terms: optionalText(5000),
  performanceManner: optionalText(500),
  performancePlace: optionalText(200),
  performanceDeadline: dateSchema.optional(),
  signatures: z.array(agreementSignatureSchema).max(50).default([]),
  mediatorSignedAt: z.union([instantSchema, dateSchema]).nullable().default(null),
  committeeSealedAt: z.union([instantSchema, dateSchema]).nullable().default(null),
});

export const oralAgreementSchema = z.object({
  kind: z.literal('oral'),
  partyIds: z.array(idSchema).min(1).max(50),
  content: requiredText(5000),
  recordedAt: instantSchema,
});

/** A written agreement may be saved as a draft with items missing; an oral one is recorded in one go. */
export const agreementBodySchema = z.discriminatedUnion('kind', [writtenAgreementSchema, oralAgreementSchema]);
export type AgreementBody = z.infer<typeof agreementBodySchema>;

export const followUpVisitSchema = z.object({
  visitedAt: instantSchema,
  /** Whom the visit reached (a party, a relative…), as written in the visit book. */
  whom: requiredText(100),
  personId: idSchema.optional(),
  agreementId: idSchema.optional(),
  performed: z.boolean(),
  satisfaction: z.enum(SATISFACTION_LEVELS),
  hiddenRisk: optionalText(1000),
  note: optionalText(2000),
});
export type FollowUpVisit = z.infer<typeof followUpVisitSchema>;

export const disputeListQuerySchema = z.object({
  tier: z.enum(DISPUTE_TIERS).optional(),
  state: z.enum(DISPUTE_STATES).optional(),
  category: categorySchema.optional(),
  risk: z.enum(RISK_GRADES).optional(),
  villageId: idSchema.optional(),
  districtId: idSchema.optional(),
  overdue: z.stringbool().optional(),
  grievanceOlderThanYears: z.coerce.number().int().min(0).max(100).optional(),
  departmentId: idSchema.optional(),
  q: z.string().trim().max(40).optional(),
  /** true: still being worked (not closed, escalated or diverted); false: the others. */
  open: z.stringbool().optional(),
  /** On the clock, not overdue, deadline within DUE_SOON_HOURS. */
  dueSoon: z.stringbool().optional(),
  /** Closed on these Shanghai days (inclusive); either end may be left open. */
  closedFrom: dateSchema.optional(),
  closedTo: dateSchema.optional(),
  /** Registered on these Shanghai days (inclusive); either end may be left open (statistics drills). */
  registeredFrom: dateSchema.optional(),
  registeredTo: dateSchema.optional(),
  /** Resolved (the step into 已化解) on these Shanghai days (inclusive); either end may be left open. */
  resolvedFrom: dateSchema.optional(),
  resolvedTo: dateSchema.optional(),
  /** With an online mediation session (true) or without (false). */
  online: z.stringbool().optional(),
  /** With an online mediation session held on these Shanghai days (inclusive). */
  onlineFrom: dateSchema.optional(),
  onlineTo: dateSchema.optional(),
  /** Only the cases the caller may work (an officer's districts, an auxiliary's village), not all they may read. */
  mine: z.stringbool().optional(),
  /** newest (default): newest first; urgency: red, overdue, due soon, then the rest (urgencyRank). */
  order: z.enum(['newest', 'urgency']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type DisputeListQuery = z.infer<typeof disputeListQuerySchema>;

export const mediationSchema = z.object({
  id: z.string(),
  disputeId: z.string(),
  track: z.enum(MEDIATION_TRACKS),
  initiatedBy: z.enum(['party', 'committee']),
  startedAt: z.string(),
  /** The last day it may run (one month for people's mediation, or as extended with every party's consent). */
  lastDay: z.string().nullable(),
  status: z.enum(['open', 'agreed', 'terminated']),
  endedAt: z.string().nullable(),
  mediatorIds: z.array(z.string()),
  responsibleOfficerId: z.string().nullable(),
  extensions: z.array(
    z.object({ until: z.string(), consentedPartyIds: z.array(z.string()), note: z.string().nullable() }),
  ),
  terminationReason: z.string().nullable(),
  otherRoutesExplained: z.boolean().nullable(),
  reportedToPolice: z.boolean(),
  actions: z.array(z.string()),
});
export type Mediation = z.infer<typeof mediationSchema>;

export const sessionSchema = z.object({
  id: z.string(),
  mediationId: z.string(),
  mode: z.enum(SESSION_MODES),
  startedAt: z.string(),
  endedAt: z.string(),
  location: z.string().nullable(),
  participants: z.array(
    z.object({
      kind: z.enum(PARTICIPANT_KINDS),
      personId: z.string().nullable(),
      name: z.string(),
      organizationId: z.string().nullable(),
    }),
  ),
  inviteesConsented: z.boolean(),
  record: z.string(),
  reportedToPolice: z.boolean(),
  actions: z.array(z.string()),
});
export type MediationSession = z.infer<typeof sessionSchema>;

export const agreementSchema = z.object({
  id: z.string(),
  disputeId: z.string(),
  mediationId: z.string(),
  kind: z.enum(['written', 'oral']),
  /** `（2026）马人调字第12号` for written people's mediation agreements; null for oral ones. */
  number: z.string().nullable(),
  parties: z.array(disputePartySchema),
  facts: z.string().nullable(),
  disputedMatters: z.string().nullable(),
  responsibilities: z.string().nullable(),
  terms: z.string().nullable(),
  performanceManner: z.string().nullable(),
  performancePlace: z.string().nullable(),
  performanceDeadline: z.string().nullable(),
  content: z.string().nullable(),
  recordedAt: z.string().nullable(),
  signatures: z.array(
    z.object({ partyId: z.string(), method: z.enum(SIGNATURE_METHODS).nullable(), at: z.string().nullable() }),
  ),
  mediatorSignedAt: z.string().nullable(),
  committeeSealedAt: z.string().nullable(),
  /** Derived: the day the last signature or seal was applied (written) or the day recorded (oral). */
  effectiveDate: z.string().nullable(),
  judicialConfirmationDeadline: z.string().nullable(),
  missingItems: z.array(
    z.object({
      code: z.enum(AGREEMENT_ITEM_CODES),
      partyIndex: z.number().int().nullable(),
      zh: z.string(),
      en: z.string(),
    }),
  ),
  /** Copies of a written agreement; null for an oral one. */
  copies: z.number().int().nullable(),
  actions: z.array(z.string()),
});
export type Agreement = z.infer<typeof agreementSchema>;

export const followUpSchema = z.object({
  id: z.string(),
  disputeId: z.string(),
  visitedAt: z.string(),
  whom: z.string(),
  personId: z.string().nullable(),
  agreementId: z.string().nullable(),
  performed: z.boolean(),
  satisfaction: z.enum(SATISFACTION_LEVELS),
  hiddenRisk: z.string().nullable(),
  note: z.string().nullable(),
  visitorId: z.string().nullable(),
  visitorName: z.string().nullable(),
  actions: z.array(z.string()),
});
export type FollowUp = z.infer<typeof followUpSchema>;
