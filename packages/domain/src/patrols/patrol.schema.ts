/**
 * API contracts of the night patrols (domain.md §8): teams with a leader and volunteer members, the rota (which
 * team patrols which night), checkpoints with signed QR codes, check-ins from a phone, the patrol log of a shift
 * with its findings, and volunteer hours.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { INCIDENT_CLASS_CODE_PATTERN } from '../incidents/incident-dictionaries';
import { CHECKPOINT_TOKEN_MAX } from './checkpoint-token';
import { SHIFT_TIME_PATTERN } from './patrol-shifts';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();
const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const yearSchema = z.string().regex(/^\d{4}$/);
const pageFields = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export const PATROL_FINDING_KINDS = ['nothing', 'hazard', 'suspect', 'incident'] as const;
export type PatrolFindingKind = (typeof PATROL_FINDING_KINDS)[number];

export const PATROL_FINDING_LABELS: Record<PatrolFindingKind, { zh: string; en: string }> = {
  nothing: { zh: '无异常', en: 'Nothing to report' },
  hazard: { zh: '发现隐患', en: 'Hazard' },
  suspect: { zh: '抓获嫌疑人', en: 'Suspect caught' },
  incident: { zh: '发现警情', en: 'Incident' },
};

/** Actions a record may carry; a button shows exactly when its request would be allowed. */
export const PATROL_TEAM_ACTIONS = ['edit', 'members', 'rota'] as const;
export const PATROL_SHIFT_ACTIONS = ['delete', 'log'] as const;
export const PATROL_CHECKPOINT_ACTIONS = ['edit', 'reissue'] as const;

export const patrolSettingsSchema = z.object({
  start: z.string().regex(SHIFT_TIME_PATTERN),
  end: z.string().regex(SHIFT_TIME_PATTERN),
  /** The shift's length in minutes (480 for 22:00–06:00). */
  lengthMinutes: z.number().int(),
});
export type PatrolSettings = z.infer<typeof patrolSettingsSchema>;

export const patrolAreaSchema = z.object({ id: z.string(), name: z.string(), level: z.string() });

export const patrolTeamSchema = z.object({
  id: z.string(),
  townId: z.string(),
  name: z.string(),
  leaderPersonId: z.string(),
  leaderName: z.string(),
  /** The team's area: one district, or one or more villages. */
  areas: z.array(patrolAreaSchema),
  memberCount: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type PatrolTeam = z.infer<typeof patrolTeamSchema>;

/** The leader must be an officer or auxiliary officer of the town (a district_officer/village_auxiliary/post_head). */
export const createPatrolTeamSchema = z.object({
  name: freeTextSchema(60).min(1),
  leaderPersonId: idSchema,
  /** A district, or villages of the town. */
  areaIds: z.array(idSchema).min(1).max(30),
});
export type CreatePatrolTeam = z.infer<typeof createPatrolTeamSchema>;

export const updatePatrolTeamSchema = z.object({
  name: freeTextSchema(60).min(1).optional(),
  leaderPersonId: idSchema.optional(),
  areaIds: z.array(idSchema).min(1).max(30).optional(),
  active: z.boolean().optional(),
});
export type UpdatePatrolTeam = z.infer<typeof updatePatrolTeamSchema>;

export const patrolTeamListQuerySchema = z.object({ active: z.enum(['true', 'false']).optional(), ...pageFields });
export type PatrolTeamListQuery = z.infer<typeof patrolTeamListQuerySchema>;

export const patrolMemberSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  personId: z.string(),
  name: z.string(),
  /** Masked; the clear phone only to a caller holding person.unmask over the person. */
  phone: z.string().nullable(),
  phoneMasked: z.boolean(),
  /** The account the member checks in with, or null (a member without an account cannot check in). */
  userId: z.string().nullable(),
  username: z.string().nullable(),
  joinedAt: z.string(),
  actions: z.array(z.string()),
});
export type PatrolMember = z.infer<typeof patrolMemberSchema>;

export const addPatrolMemberSchema = z.object({ personId: idSchema, userId: idSchema.optional() });
export type AddPatrolMember = z.infer<typeof addPatrolMemberSchema>;

export const patrolTeamDetailSchema = patrolTeamSchema.extend({ members: z.array(patrolMemberSchema) });
export type PatrolTeamDetail = z.infer<typeof patrolTeamDetailSchema>;

/** One team's night on the rota; `day` is the Shanghai day the shift begins. */
export const patrolShiftSchema = z.object({
  id: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  day: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  checkInCount: z.number().int(),
  /** The patrol log's id once the leader wrote it. */
  logId: z.string().nullable(),
  actions: z.array(z.string()),
});
export type PatrolShift = z.infer<typeof patrolShiftSchema>;

/** Put a team on the rota for nights (Shanghai days the shifts begin); days already on its rota are skipped. */
export const createPatrolShiftsSchema = z.object({ teamId: idSchema, days: z.array(dateSchema).min(1).max(366) });
export type CreatePatrolShifts = z.infer<typeof createPatrolShiftsSchema>;

export const patrolShiftListQuerySchema = z.object({
  teamId: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  ...pageFields,
});
export type PatrolShiftListQuery = z.infer<typeof patrolShiftListQuerySchema>;

export const positionSchema = z.object({
  lat: z.number().min(-90).max(90),
  lng: z.number().min(-180).max(180),
  accuracy: z.number().min(0).max(100_000).optional(),
});
export type Position = z.infer<typeof positionSchema>;

export const patrolCheckpointSchema = z.object({
  id: z.string(),
  townId: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  position: z.object({ lat: z.number(), lng: z.number() }).nullable(),
  /** Raised by a reprint (reissue): codes of older versions are refused. */
  version: z.number().int(),
  active: z.boolean(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type PatrolCheckpoint = z.infer<typeof patrolCheckpointSchema>;

export const createPatrolCheckpointSchema = z.object({
  name: freeTextSchema(60).min(1),
  villageId: idSchema,
  position: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
});
export type CreatePatrolCheckpoint = z.infer<typeof createPatrolCheckpointSchema>;

export const updatePatrolCheckpointSchema = z.object({
  name: freeTextSchema(60).min(1).optional(),
  position: z
    .object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) })
    .nullable()
    .optional(),
  active: z.boolean().optional(),
});
export type UpdatePatrolCheckpoint = z.infer<typeof updatePatrolCheckpointSchema>;

export const patrolCheckpointListQuerySchema = z.object({
  villageId: idSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
  ...pageFields,
});
export type PatrolCheckpointListQuery = z.infer<typeof patrolCheckpointListQuerySchema>;

/** A checkpoint's current code: the token and the link its QR code encodes (`<origin>/c/<token>`). */
export const patrolCheckpointCodeSchema = z.object({ checkpointId: z.string(), token: z.string(), url: z.string() });
export type PatrolCheckpointCode = z.infer<typeof patrolCheckpointCodeSchema>;

export const checkpointTokenSchema = z.string().min(1).max(CHECKPOINT_TOKEN_MAX);

/**
 * The check-in from the phone page. The time is the server's clock; `clientId` makes a retried request return the
 * first check-in instead of a second one.
 */
export const createPatrolCheckInSchema = z.object({
  token: checkpointTokenSchema,
  position: positionSchema.optional(),
  clientId: z.string().min(8).max(64).optional(),
  /**
   * The checkpoint the page was opened for, when it knows one (a posted label's id): a token of another checkpoint
   * is then refused with PATROL_TOKEN_OTHER_CHECKPOINT.
   */
  checkpointId: idSchema.optional(),
});
export type CreatePatrolCheckIn = z.infer<typeof createPatrolCheckInSchema>;

export const patrolCheckInSchema = z.object({
  id: z.string(),
  checkpointId: z.string(),
  checkpointName: z.string(),
  villageName: z.string(),
  shiftId: z.string(),
  shiftDay: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  personId: z.string(),
  personName: z.string(),
  at: z.string(),
  position: positionSchema.nullable(),
});
export type PatrolCheckIn = z.infer<typeof patrolCheckInSchema>;

/** What the phone page shows before the tap: the checkpoint, and whether the caller could check in now. */
export const patrolCheckInPreviewQuerySchema = z.object({ token: checkpointTokenSchema });
export const patrolCheckInPreviewSchema = z.object({
  checkpointId: z.string(),
  checkpointName: z.string(),
  villageName: z.string(),
  /** The shift running now, or null outside shift hours. */
  shiftDay: z.string().nullable(),
  /** The caller's team on the rota tonight for this checkpoint, or null. */
  teamName: z.string().nullable(),
  /** Null when a check-in now would be accepted, else the error code it would answer. */
  problem: z.string().nullable(),
  /** The caller's check-in here on this shift, when there is one. */
  checkedInAt: z.string().nullable(),
});
export type PatrolCheckInPreview = z.infer<typeof patrolCheckInPreviewSchema>;

export const patrolCheckInListQuerySchema = z.object({
  shiftId: idSchema.optional(),
  teamId: idSchema.optional(),
  personId: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  ...pageFields,
});
export type PatrolCheckInListQuery = z.infer<typeof patrolCheckInListQuerySchema>;

export const patrolFindingSchema = z.object({
  kind: z.enum(PATROL_FINDING_KINDS),
  note: z.string().nullable(),
  villageId: z.string().nullable(),
  /** The hazard or incident the finding created. */
  hazardId: z.string().nullable(),
  incidentId: z.string().nullable(),
});
export type PatrolFinding = z.infer<typeof patrolFindingSchema>;

export const patrolLogSchema = z.object({
  id: z.string(),
  shiftId: z.string(),
  teamId: z.string(),
  teamName: z.string(),
  day: z.string(),
  note: z.string().nullable(),
  findings: z.array(patrolFindingSchema),
  checkInCount: z.number().int(),
  writtenBy: z.string(),
  writtenByName: z.string(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type PatrolLog = z.infer<typeof patrolLogSchema>;

/**
 * A finding of kind `hazard` creates a hazard (source patrol) and `incident` an incident, in the log's transaction;
 * both need the village and a note. `nothing` and `suspect` only record.
 */
export const createPatrolFindingSchema = z.object({
  kind: z.enum(PATROL_FINDING_KINDS),
  note: freeTextSchema(1000).optional(),
  villageId: idSchema.optional(),
  /** The hazard's or incident's short title (defaults to the note's start). */
  title: freeTextSchema(100).optional(),
  /** The incident's class code from the town's code table; required for `incident`. */
  classCode: z.string().regex(INCIDENT_CLASS_CODE_PATTERN).optional(),
});
export type CreatePatrolFinding = z.infer<typeof createPatrolFindingSchema>;

/** The leader (or a patrol.manage holder) writes the shift's log once. */
export const createPatrolLogSchema = z.object({
  shiftId: idSchema,
  note: freeTextSchema(2000).optional(),
  findings: z.array(createPatrolFindingSchema).max(20).default([]),
});
export type CreatePatrolLog = z.infer<typeof createPatrolLogSchema>;

export const patrolLogListQuerySchema = z.object({
  teamId: idSchema.optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  finding: z.enum(PATROL_FINDING_KINDS).optional(),
  ...pageFields,
});
export type PatrolLogListQuery = z.infer<typeof patrolLogListQuerySchema>;

export const patrolShiftDetailSchema = z.object({
  shift: patrolShiftSchema,
  checkIns: z.array(patrolCheckInSchema),
  log: patrolLogSchema.nullable(),
});
export type PatrolShiftDetail = z.infer<typeof patrolShiftDetailSchema>;

/** Hours of a Shanghai month (`month`) or year (`year`); one of the two. */
export const patrolHoursQuerySchema = z
  .object({ month: monthSchema.optional(), year: yearSchema.optional(), teamId: idSchema.optional() })
  .refine((query) => (query.month === undefined) !== (query.year === undefined), {
    message: 'give month or year',
  });
export type PatrolHoursQuery = z.infer<typeof patrolHoursQuerySchema>;

export const patrolHoursRowSchema = z.object({
  shifts: z.number().int(),
  minutes: z.number().int(),
  hours: z.number(),
});

export const patrolHoursSchema = z.object({
  from: z.string(),
  to: z.string(),
  people: z.array(
    patrolHoursRowSchema.extend({ personId: z.string(), name: z.string(), teamId: z.string(), teamName: z.string() }),
  ),
  teams: z.array(patrolHoursRowSchema.extend({ teamId: z.string(), teamName: z.string(), people: z.number().int() })),
});
export type PatrolHours = z.infer<typeof patrolHoursSchema>;

/** The A4 sheet prints the active checkpoints the caller manages, optionally of one village. */
export const patrolCheckpointPrintQuerySchema = z.object({ villageId: idSchema.optional() });
export type PatrolCheckpointPrintQuery = z.infer<typeof patrolCheckpointPrintQuerySchema>;

export const createdPatrolShiftsSchema = z.object({
  created: z.array(patrolShiftSchema),
  skipped: z.array(z.string()),
});
export type CreatedPatrolShifts = z.infer<typeof createdPatrolShiftsSchema>;
