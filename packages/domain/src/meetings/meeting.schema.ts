/**
 * API contracts of the monthly consultation (警治会商, domain.md §6): a meeting with its attendees, the minutes of
 * its four items, the month's figures frozen when it is held, its tasks and the earlier meetings' tasks still
 * pending (the agenda opens with them).
 *
 * States: `draft` (being prepared: everything editable) → `held` (the figures are frozen as of the meeting's start;
 * date, month and town no longer change, but managers still complete the minutes, the attendance and the tasks) →
 * `closed` (the minutes are final and print as such; tasks go on being worked through their own states). A draft
 * may be `cancelled`.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { MONTH_PATTERN } from '../duty/duty-log-rules';
import { statsSnapshotSchema } from '../statistics/stats.schema';
import { taskListItemSchema } from './task.schema';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

/** The four items of the consultation, in agenda order. */
export const MEETING_ITEMS = ['intel', 'review', 'tasks', 'training'] as const;
export type MeetingItem = (typeof MEETING_ITEMS)[number];

export const MEETING_ITEM_LABELS: Record<MeetingItem, { zh: string; en: string }> = {
  intel: { zh: '情报研判', en: 'Intelligence analysis' },
  review: { zh: '总结点评', en: 'Review' },
  tasks: { zh: '交办任务', en: 'Task assignment' },
  training: { zh: '业务培训', en: 'Training' },
};

export const MEETING_STATES = ['draft', 'held', 'closed', 'cancelled'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];

export const MEETING_STATE_LABELS: Record<MeetingState, { zh: string; en: string }> = {
  draft: { zh: '筹备中', en: 'Draft' },
  held: { zh: '已召开', en: 'Held' },
  closed: { zh: '已定稿', en: 'Closed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

/**
 * What a caller may do with a meeting: `edit` (draft: everything; held: minutes, place, chair and attendees),
 * `hold` (freeze the figures), `close` (finalise the minutes), `cancel` (a draft), `assignTask` (add a task from its
 * decisions, draft or held), `print` (the minutes page and DOCX).
 */
export const MEETING_ACTIONS = ['edit', 'hold', 'close', 'cancel', 'assignTask', 'print'] as const;
export type MeetingAction = (typeof MEETING_ACTIONS)[number];

/** Who sits at the table: the station, the town's 综治办, a town department, a village (its security director). */
export const ATTENDEE_KINDS = ['station', 'zongzhiban', 'department', 'village', 'other'] as const;
export type AttendeeKind = (typeof ATTENDEE_KINDS)[number];

export const ATTENDEE_KIND_LABELS: Record<AttendeeKind, { zh: string; en: string }> = {
  station: { zh: '派出所', en: 'Police station' },
  zongzhiban: { zh: '综治办', en: 'Comprehensive governance office' },
  department: { zh: '镇职能部门', en: 'Town department' },
  village: { zh: '村（社区）治保主任', en: 'Village security director' },
  other: { zh: '其他', en: 'Other' },
};

export const meetingAttendeeSchema = z.object({
  id: z.string(),
  kind: z.enum(ATTENDEE_KINDS),
  name: z.string(),
  userId: z.string().nullable(),
  personId: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  /** Their post as the minutes print it (所长, 综治办主任…). */
  title: z.string().nullable(),
  present: z.boolean(),
});
export type MeetingAttendee = z.infer<typeof meetingAttendeeSchema>;

/**
 * An attendee as a request names them: an account (`userId`), a directory person (`personId`), or only a name; a
 * department names its `organizationId`, a village its `villageId`. The name defaults to the account's or person's.
 */
export const attendeeInputSchema = z.object({
  kind: z.enum(ATTENDEE_KINDS),
  userId: idSchema.optional(),
  personId: idSchema.optional(),
  organizationId: idSchema.optional(),
  villageId: idSchema.optional(),
  name: freeTextSchema(40).min(1).optional(),
  title: freeTextSchema(40).optional(),
  present: z.boolean().default(true),
});
export type AttendeeInput = z.infer<typeof attendeeInputSchema>;

/** A suggested attendee for a meeting's day; `source: 'rota'` = the village's security director on rotation that month. */
export const attendeeSuggestionSchema = z.object({
  kind: z.enum(ATTENDEE_KINDS),
  name: z.string(),
  userId: z.string().nullable(),
  personId: z.string().nullable(),
  organizationId: z.string().nullable(),
  organizationName: z.string().nullable(),
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  source: z.enum(['rota', 'directory', 'account']),
});
export type AttendeeSuggestion = z.infer<typeof attendeeSuggestionSchema>;

export const attendeeSuggestionsQuerySchema = z.object({ townId: idSchema.optional(), day: dateSchema });
export type AttendeeSuggestionsQuery = z.infer<typeof attendeeSuggestionsQuerySchema>;
export const attendeeSuggestionsSchema = z.object({ items: z.array(attendeeSuggestionSchema) });

export const meetingItemSchema = z.object({
  item: z.enum(MEETING_ITEMS),
  labelZh: z.string(),
  labelEn: z.string(),
  minutes: z.string(),
});
export type MeetingItemView = z.infer<typeof meetingItemSchema>;

export const meetingChairSchema = z.object({ userId: z.string(), name: z.string() });

export const meetingSchema = z.object({
  id: z.string(),
  townId: z.string(),
  townName: z.string(),
  title: z.string(),
  /** The month under review (`YYYY-MM`), whose figures the 情报研判 item shows. */
  month: z.string(),
  startsAt: z.string(),
  /** The Shanghai day of startsAt. */
  day: z.string(),
  place: z.string(),
  chair: meetingChairSchema.nullable(),
  state: z.enum(MEETING_STATES),
  attendees: z.array(meetingAttendeeSchema),
  /** The four items in MEETING_ITEMS order, minutes '' until written. */
  items: z.array(meetingItemSchema),
  /** The month's figures as of startsAt, frozen when the meeting was held; null while a draft. Never recomputed. */
  snapshot: statsSnapshotSchema.nullable(),
  snapshotAt: z.string().nullable(),
  /** Tasks this meeting assigned, soonest deadline first. */
  tasks: z.array(taskListItemSchema),
  /** Tasks of the town's earlier meetings still open or awaiting confirmation: the agenda opens with them. */
  carryOver: z.array(taskListItemSchema),
  previousMeetingId: z.string().nullable(),
  heldAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Meeting = z.infer<typeof meetingSchema>;

export const meetingListItemSchema = meetingSchema
  .omit({ attendees: true, items: true, snapshot: true, tasks: true, carryOver: true, previousMeetingId: true })
  .extend({
    attendeeCount: z.number().int(),
    taskCount: z.number().int(),
    openTaskCount: z.number().int(),
    overdueTaskCount: z.number().int(),
  });
export type MeetingListItem = z.infer<typeof meetingListItemSchema>;

const minutesSchema = z
  .object({
    intel: freeTextSchema(20_000),
    review: freeTextSchema(20_000),
    tasks: freeTextSchema(20_000),
    training: freeTextSchema(20_000),
  })
  .partial();

/**
 * A new meeting (draft). `month` defaults to the month before startsAt's (the December meeting reviews November);
 * `townId` is needed only by a caller reaching several towns; the chair is an account.
 */
export const createMeetingSchema = z.object({
  townId: idSchema.optional(),
  title: freeTextSchema(100).min(1).optional(),
  month: z.string().regex(MONTH_PATTERN).optional(),
  startsAt: z.iso.datetime({ offset: true }),
  place: freeTextSchema(100).min(1),
  chairUserId: idSchema.optional(),
  attendees: z.array(attendeeInputSchema).max(100).optional(),
  minutes: minutesSchema.optional(),
});
export type CreateMeeting = z.infer<typeof createMeetingSchema>;

/**
 * Changes to a meeting. `attendees`, when given, replaces the list. `title`, `month` and `startsAt` change only in a
 * draft (MEETING_STATE_INVALID once held: the frozen figures belong to them); nothing changes once closed.
 */
export const updateMeetingSchema = z.object({
  title: freeTextSchema(100).min(1).optional(),
  month: z.string().regex(MONTH_PATTERN).optional(),
  startsAt: z.iso.datetime({ offset: true }).optional(),
  place: freeTextSchema(100).min(1).optional(),
  chairUserId: idSchema.nullable().optional(),
  attendees: z.array(attendeeInputSchema).max(100).optional(),
  minutes: minutesSchema.optional(),
});
export type UpdateMeeting = z.infer<typeof updateMeetingSchema>;

/** Meetings newest first; `from`/`to` are inclusive Shanghai days of startsAt ("meetings this week"). */
export const meetingListQuerySchema = z.object({
  townId: idSchema.optional(),
  state: z.enum(MEETING_STATES).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type MeetingListQuery = z.infer<typeof meetingListQuerySchema>;
