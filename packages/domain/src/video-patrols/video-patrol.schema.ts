/**
 * API contracts of the video patrols (视频巡查, issue #11 point 5): plans (a camera list, a checklist and a
 * schedule), rounds created for a Shanghai day from the plans or started by hand, a result per camera of a round
 * (normal or a finding), and what a finding becomes: a remote reminder (远程喊话提醒) to the village's auxiliary
 * officer, a village cadre or the household, an incident, or a hazard.
 */
import { z } from 'zod';
import { CAMERA_KINDS } from '../cameras/camera-visibility';
import { freeTextSchema } from '../disputes/dispute.schema';
import { INCIDENT_CLASS_CODE_PATTERN } from '../incidents/incident-dictionaries';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();
const pageFields = {
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};

export const VIDEO_PATROL_RESULT_KINDS = ['normal', 'finding'] as const;
export type VideoPatrolResultKind = (typeof VIDEO_PATROL_RESULT_KINDS)[number];

/** What a finding becomes. */
export const VIDEO_PATROL_FINDING_KINDS = ['reminder', 'incident', 'hazard'] as const;
export type VideoPatrolFindingKind = (typeof VIDEO_PATROL_FINDING_KINDS)[number];

export const VIDEO_PATROL_ROUND_STATES = ['open', 'closed'] as const;
export type VideoPatrolRoundState = (typeof VIDEO_PATROL_ROUND_STATES)[number];

/** How a round came to be: the daily job from a plan, or a patrol started by hand. */
export const VIDEO_PATROL_ROUND_ORIGINS = ['scheduled', 'manual'] as const;
export type VideoPatrolRoundOrigin = (typeof VIDEO_PATROL_ROUND_ORIGINS)[number];

export const VIDEO_PATROL_PARTICIPANT_ROLES = ['duty_officer', 'security_director'] as const;
export type VideoPatrolParticipantRole = (typeof VIDEO_PATROL_PARTICIPANT_ROLES)[number];

/** Whom a remote reminder goes to. */
export const VIDEO_REMINDER_TARGETS = ['village_auxiliary', 'village_cadre', 'household'] as const;
export type VideoReminderTarget = (typeof VIDEO_REMINDER_TARGETS)[number];

/** How it reaches them: the camera's loudspeaker, a phone call, or a notification on the platform. */
export const VIDEO_REMINDER_CHANNELS = ['voice_broadcast', 'phone', 'platform'] as const;
export type VideoReminderChannel = (typeof VIDEO_REMINDER_CHANNELS)[number];

export const VIDEO_REMINDER_OUTCOMES = ['resolved', 'no_answer', 'referred'] as const;
export type VideoReminderOutcome = (typeof VIDEO_REMINDER_OUTCOMES)[number];

/** A reminder waits for its outcome (`pending`) and then carries it; recorded once. */
export const VIDEO_REMINDER_STATES = ['pending', ...VIDEO_REMINDER_OUTCOMES] as const;
export type VideoReminderState = (typeof VIDEO_REMINDER_STATES)[number];

/** ISO weekday numbers: 1 Monday … 7 Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const VIDEO_PATROL_RESULT_KIND_LABELS: Record<VideoPatrolResultKind, { zh: string; en: string }> = {
  normal: { zh: '正常', en: 'Normal' },
  finding: { zh: '发现问题', en: 'Finding' },
};
export const VIDEO_PATROL_FINDING_KIND_LABELS: Record<VideoPatrolFindingKind, { zh: string; en: string }> = {
  reminder: { zh: '远程喊话提醒', en: 'Remote reminder' },
  incident: { zh: '转警情', en: 'Incident' },
  hazard: { zh: '转安全隐患', en: 'Hazard' },
};
export const VIDEO_PATROL_ROUND_STATE_LABELS: Record<VideoPatrolRoundState, { zh: string; en: string }> = {
  open: { zh: '进行中', en: 'Open' },
  closed: { zh: '已完成', en: 'Finished' },
};
export const VIDEO_PATROL_PARTICIPANT_ROLE_LABELS: Record<VideoPatrolParticipantRole, { zh: string; en: string }> = {
  duty_officer: { zh: '值班民警', en: 'Duty officer' },
  security_director: { zh: '轮值安保主任', en: 'Security director on rotation' },
};
export const VIDEO_REMINDER_TARGET_LABELS: Record<VideoReminderTarget, { zh: string; en: string }> = {
  village_auxiliary: { zh: '驻村辅警', en: 'Village auxiliary officer' },
  village_cadre: { zh: '村干部', en: 'Village cadre' },
  household: { zh: '住户', en: 'Household' },
};
export const VIDEO_REMINDER_CHANNEL_LABELS: Record<VideoReminderChannel, { zh: string; en: string }> = {
  voice_broadcast: { zh: '语音喊话', en: 'Voice broadcast' },
  phone: { zh: '电话', en: 'Phone call' },
  platform: { zh: '平台通知', en: 'Platform notification' },
};
export const VIDEO_REMINDER_STATE_LABELS: Record<VideoReminderState, { zh: string; en: string }> = {
  pending: { zh: '待反馈', en: 'Awaiting outcome' },
  resolved: { zh: '已解决', en: 'Resolved' },
  no_answer: { zh: '未应答', en: 'No answer' },
  referred: { zh: '已移交', en: 'Referred' },
};

/** Actions a record may carry; a button shows exactly when its request would be allowed. */
export const VIDEO_PATROL_PLAN_ACTIONS = ['edit', 'start'] as const;
export const VIDEO_PATROL_ROUND_ACTIONS = ['record', 'finish'] as const;
export const VIDEO_REMINDER_ACTIONS = ['outcome', 'retry'] as const;

/** `HH:MM`, Shanghai time. */
export const VIDEO_PATROL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** When a plan's rounds fall: every day, or chosen weekdays, at a Shanghai time of day. */
export const videoPatrolScheduleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('daily'), at: z.string().regex(VIDEO_PATROL_TIME_PATTERN) }),
  z.object({
    kind: z.literal('weekdays'),
    weekdays: z
      .array(z.number().int().min(1).max(7))
      .min(1)
      .max(7)
      .refine((days) => new Set(days).size === days.length, { message: 'weekdays repeat' }),
    at: z.string().regex(VIDEO_PATROL_TIME_PATTERN),
  }),
]);
export type VideoPatrolSchedule = z.infer<typeof videoPatrolScheduleSchema>;

/** A checklist item; its id stays when the text is edited, so answers keep pointing at it. */
export const videoPatrolChecklistItemSchema = z.object({ id: z.string().min(1).max(40), text: z.string() });
export type VideoPatrolChecklistItem = z.infer<typeof videoPatrolChecklistItemSchema>;

export const checklistItemInputSchema = z.object({
  /** Kept from an existing item when editing; new items get one. */
  id: z.string().min(1).max(40).optional(),
  text: freeTextSchema(200).min(1),
});
export type ChecklistItemInput = z.infer<typeof checklistItemInputSchema>;

export const videoPatrolPlanCameraSchema = z.object({
  id: z.string(),
  name: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  kind: z.enum(CAMERA_KINDS),
});
export type VideoPatrolPlanCamera = z.infer<typeof videoPatrolPlanCameraSchema>;

export const videoPatrolPlanSchema = z.object({
  id: z.string(),
  townId: z.string(),
  name: z.string(),
  cameras: z.array(videoPatrolPlanCameraSchema),
  checklist: z.array(videoPatrolChecklistItemSchema),
  schedule: videoPatrolScheduleSchema,
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type VideoPatrolPlan = z.infer<typeof videoPatrolPlanSchema>;

/**
 * Cameras are the camera registry's ids, all of one town the caller manages (else VIDEO_PATROL_CAMERA_UNKNOWN); the
 * plan belongs to that town.
 */
export const createVideoPatrolPlanSchema = z.object({
  name: freeTextSchema(60).min(1),
  cameraIds: z.array(idSchema).min(1).max(200),
  checklist: z.array(checklistItemInputSchema).max(30).default([]),
  schedule: videoPatrolScheduleSchema,
});
export type CreateVideoPatrolPlan = z.infer<typeof createVideoPatrolPlanSchema>;

export const updateVideoPatrolPlanSchema = z.object({
  name: freeTextSchema(60).min(1).optional(),
  cameraIds: z.array(idSchema).min(1).max(200).optional(),
  checklist: z.array(checklistItemInputSchema).max(30).optional(),
  schedule: videoPatrolScheduleSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateVideoPatrolPlan = z.infer<typeof updateVideoPatrolPlanSchema>;

export const videoPatrolPlanListQuerySchema = z.object({
  active: z.enum(['true', 'false']).optional(),
  ...pageFields,
});
export type VideoPatrolPlanListQuery = z.infer<typeof videoPatrolPlanListQuerySchema>;

export const videoPatrolParticipantSchema = z.object({
  role: z.enum(VIDEO_PATROL_PARTICIPANT_ROLES),
  /** The duty officer's account; null for a director without one. */
  userId: z.string().nullable(),
  personId: z.string().nullable(),
  name: z.string(),
});
export type VideoPatrolParticipant = z.infer<typeof videoPatrolParticipantSchema>;

export const videoPatrolRoundSchema = z.object({
  id: z.string(),
  townId: z.string(),
  planId: z.string().nullable(),
  name: z.string(),
  origin: z.enum(VIDEO_PATROL_ROUND_ORIGINS),
  /** The Shanghai day the round belongs to (a round at 23:30 Shanghai time belongs to that day). */
  day: z.string(),
  scheduledAt: z.string(),
  state: z.enum(VIDEO_PATROL_ROUND_STATES),
  cameraCount: z.number().int(),
  resultCount: z.number().int(),
  findingCount: z.number().int(),
  participants: z.array(videoPatrolParticipantSchema),
  startedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type VideoPatrolRound = z.infer<typeof videoPatrolRoundSchema>;

/** Start a round by hand: from a plan (its cameras and checklist), or over chosen cameras without a checklist. */
export const startVideoPatrolRoundSchema = z
  .object({
    planId: idSchema.optional(),
    name: freeTextSchema(60).min(1).optional(),
    cameraIds: z.array(idSchema).min(1).max(200).optional(),
  })
  .refine((body) => (body.planId === undefined) !== (body.cameraIds === undefined), {
    message: 'give planId or cameraIds',
  });
export type StartVideoPatrolRound = z.infer<typeof startVideoPatrolRoundSchema>;

export const videoPatrolRoundListQuerySchema = z.object({
  planId: idSchema.optional(),
  state: z.enum(VIDEO_PATROL_ROUND_STATES).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** Only rounds with at least one finding. */
  withFindings: z.enum(['true', 'false']).optional(),
  ...pageFields,
});
export type VideoPatrolRoundListQuery = z.infer<typeof videoPatrolRoundListQuerySchema>;

export const videoPatrolAnswerSchema = z.object({ itemId: z.string().min(1).max(40), ok: z.boolean() });
export type VideoPatrolAnswer = z.infer<typeof videoPatrolAnswerSchema>;

/** Who a reminder goes to, as the finding form picks it. */
export const videoReminderRecipientInputSchema = z.discriminatedUnion('target', [
  /** The village's auxiliary officer (coverage's villageAuxiliaryFor). */
  z.object({ target: z.literal('village_auxiliary') }),
  /** A cadre of the camera's village: an account holding a village_cadre grant over it. */
  z.object({ target: z.literal('village_cadre'), userId: idSchema }),
  /** The household owning the camera (a household camera's owner). */
  z.object({ target: z.literal('household') }),
]);
export type VideoReminderRecipientInput = z.infer<typeof videoReminderRecipientInputSchema>;

/** What a finding becomes, in the result's transaction. */
export const videoPatrolFindingInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('reminder'),
    recipient: videoReminderRecipientInputSchema,
    channel: z.enum(VIDEO_REMINDER_CHANNELS),
    message: freeTextSchema(500).min(1),
  }),
  z.object({
    kind: z.literal('incident'),
    /** The incident's class code from the town's code table. */
    classCode: z.string().regex(INCIDENT_CLASS_CODE_PATTERN),
    title: freeTextSchema(100).optional(),
  }),
  z.object({
    kind: z.literal('hazard'),
    title: freeTextSchema(200).min(1),
    deadline: dateSchema.optional(),
  }),
]);
export type VideoPatrolFindingInput = z.infer<typeof videoPatrolFindingInputSchema>;

/**
 * A camera's result in a round. `finding` needs a note and what it becomes; a camera not in the round is refused
 * (VIDEO_PATROL_CAMERA_NOT_IN_ROUND), a second result for a camera too (409 VIDEO_PATROL_RESULT_EXISTS).
 */
export const recordVideoPatrolResultSchema = z
  .object({
    cameraId: idSchema,
    kind: z.enum(VIDEO_PATROL_RESULT_KINDS),
    answers: z.array(videoPatrolAnswerSchema).max(30).default([]),
    note: freeTextSchema(1000).optional(),
    finding: videoPatrolFindingInputSchema.optional(),
  })
  .refine((body) => (body.kind === 'finding') === (body.finding !== undefined), {
    message: 'a finding, and only a finding, says what it becomes',
    path: ['finding'],
  })
  .refine((body) => body.kind === 'normal' || (body.note !== undefined && body.note.trim() !== ''), {
    message: 'a finding needs a note',
    path: ['note'],
  });
export type RecordVideoPatrolResult = z.infer<typeof recordVideoPatrolResultSchema>;

/** The record a finding created: a reminder, an incident or a hazard (ids shown to readers of those records). */
export const videoPatrolFindingRefSchema = z.object({
  kind: z.enum(VIDEO_PATROL_FINDING_KINDS),
  id: z.string(),
  /** The incident's or hazard's number/title as the finding stored it, or the reminder's state. */
  label: z.string().nullable(),
});
export type VideoPatrolFindingRef = z.infer<typeof videoPatrolFindingRefSchema>;

export const videoPatrolSnapshotSchema = z.object({ id: z.string(), takenAt: z.string(), url: z.string() });
export type VideoPatrolSnapshot = z.infer<typeof videoPatrolSnapshotSchema>;

export const videoPatrolResultSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  cameraId: z.string(),
  kind: z.enum(VIDEO_PATROL_RESULT_KINDS),
  answers: z.array(videoPatrolAnswerSchema),
  note: z.string().nullable(),
  finding: videoPatrolFindingRefSchema.nullable(),
  recordedBy: z.string(),
  recordedByName: z.string(),
  recordedAt: z.string(),
  snapshots: z.array(videoPatrolSnapshotSchema),
});
export type VideoPatrolResult = z.infer<typeof videoPatrolResultSchema>;

/** A camera of a round with its result (null until recorded). */
export const videoPatrolRoundCameraSchema = videoPatrolPlanCameraSchema.extend({
  result: videoPatrolResultSchema.nullable(),
});
export type VideoPatrolRoundCamera = z.infer<typeof videoPatrolRoundCameraSchema>;

export const videoPatrolRoundDetailSchema = videoPatrolRoundSchema.extend({
  checklist: z.array(videoPatrolChecklistItemSchema),
  cameras: z.array(videoPatrolRoundCameraSchema),
});
export type VideoPatrolRoundDetail = z.infer<typeof videoPatrolRoundDetailSchema>;

/** Whom a finding on a camera may remind: the finding form's choices. */
export const videoReminderRecipientOptionsSchema = z.object({
  villageId: z.string(),
  villageName: z.string(),
  auxiliary: z.object({ userId: z.string(), name: z.string() }).nullable(),
  cadres: z.array(z.object({ userId: z.string(), name: z.string() })),
  /** The household camera's owner (masked name), or null for a camera without one. */
  household: z.object({ personId: z.string(), name: z.string() }).nullable(),
});
export type VideoReminderRecipientOptions = z.infer<typeof videoReminderRecipientOptionsSchema>;

export const videoReminderRecipientQuerySchema = z.object({ cameraId: idSchema });

export const videoReminderSchema = z.object({
  id: z.string(),
  townId: z.string(),
  villageId: z.string(),
  villageName: z.string(),
  roundId: z.string(),
  roundDay: z.string(),
  resultId: z.string(),
  cameraId: z.string(),
  cameraName: z.string(),
  target: z.enum(VIDEO_REMINDER_TARGETS),
  channel: z.enum(VIDEO_REMINDER_CHANNELS),
  /** The auxiliary officer's or cadre's account; null for a household. */
  recipientUserId: z.string().nullable(),
  /** The recipient's name; a household's name is masked. */
  recipientName: z.string(),
  message: z.string(),
  state: z.enum(VIDEO_REMINDER_STATES),
  outcomeNote: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  outcomeByName: z.string().nullable(),
  /** 1 for the first reminder of a finding; a retry after no answer is the next attempt. */
  attempt: z.number().int(),
  retryOfId: z.string().nullable(),
  sentBy: z.string(),
  sentByName: z.string(),
  sentAt: z.string(),
  actions: z.array(z.string()),
});
export type VideoReminder = z.infer<typeof videoReminderSchema>;

export const videoReminderDetailSchema = videoReminderSchema.extend({
  findingNote: z.string().nullable(),
  snapshots: z.array(videoPatrolSnapshotSchema),
});
export type VideoReminderDetail = z.infer<typeof videoReminderDetailSchema>;

/** The recipient's side records what came of it, once. */
export const recordVideoReminderOutcomeSchema = z
  .object({
    outcome: z.enum(VIDEO_REMINDER_OUTCOMES),
    note: freeTextSchema(500).optional(),
  })
  .refine((body) => body.outcome !== 'referred' || (body.note !== undefined && body.note.trim() !== ''), {
    message: 'say where it was referred',
    path: ['note'],
  });
export type RecordVideoReminderOutcome = z.infer<typeof recordVideoReminderOutcomeSchema>;

/** Try again after no answer: a new attempt, by the same or another channel. */
export const retryVideoReminderSchema = z.object({
  channel: z.enum(VIDEO_REMINDER_CHANNELS).optional(),
  message: freeTextSchema(500).min(1).optional(),
});
export type RetryVideoReminder = z.infer<typeof retryVideoReminderSchema>;

export const videoReminderListFiltersSchema = z.object({
  state: z.enum(VIDEO_REMINDER_STATES).optional(),
  villageId: idSchema.optional(),
  target: z.enum(VIDEO_REMINDER_TARGETS).optional(),
  /** Shanghai days the reminders were sent. */
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  /** Only the reminders addressed to the caller. */
  mine: z.enum(['true', 'false']).optional(),
});
export type VideoReminderListFilters = z.infer<typeof videoReminderListFiltersSchema>;

export const videoReminderListQuerySchema = videoReminderListFiltersSchema.extend(pageFields);
export type VideoReminderListQuery = z.infer<typeof videoReminderListQuerySchema>;

export const videoPatrolRoundExportQuerySchema = videoPatrolRoundListQuerySchema.omit({ cursor: true, limit: true });
export type VideoPatrolRoundExportQuery = z.infer<typeof videoPatrolRoundExportQuerySchema>;
