/**
 * API contracts of the tasks a consultation assigns (交办任务, domain.md §6): a task as screens see it, with its
 * links, feedback and the caller's `actions`, the bodies that create it and move it on, and the list query (the home
 * page asks for `mine` with `overdue` or `dueSoon`).
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { TASK_LINK_KINDS, TASK_OWNER_KINDS, TASK_PRIORITIES, TASK_STATES } from './task-states';

const idSchema = z.string().min(1).max(64);
const dateSchema = z.iso.date();

export const taskDeadlineStatusSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('remaining'), days: z.number().int(), lastDay: z.string() }),
  z.object({ kind: z.literal('today'), lastDay: z.string() }),
  z.object({ kind: z.literal('overdue'), days: z.number().int(), lastDay: z.string() }),
]);

export const taskLinkSchema = z.object({
  kind: z.enum(TASK_LINK_KINDS),
  /** Null, like the label, when the reader may not read the linked record: the link shows as inaccessible. */
  id: z.string().nullable(),
  /** What screens show for the linked record: the dispute's or incident's number. */
  label: z.string().nullable(),
});
export type TaskLink = z.infer<typeof taskLinkSchema>;

export const taskFeedbackSchema = z.object({
  id: z.string(),
  at: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  note: z.string(),
  /** Photo ids, oldest first; each downloads from /api/v1/task-feedback-photos/:id/download. */
  photos: z.array(z.string()),
  /** `photo`: the caller may add a photo to this entry (the owner side, while the task is open). */
  actions: z.array(z.string()),
});
export type TaskFeedback = z.infer<typeof taskFeedbackSchema>;

export const taskOwnerSchema = z.object({
  kind: z.enum(TASK_OWNER_KINDS),
  /** The account (kind `user`) or the organisation (kind `organization`). */
  id: z.string(),
  name: z.string(),
});
export type TaskOwner = z.infer<typeof taskOwnerSchema>;

export const taskSchema = z.object({
  id: z.string(),
  townId: z.string(),
  /** The meeting whose decision this task carries; null for a task assigned outside a meeting. */
  meetingId: z.string().nullable(),
  meetingTitle: z.string().nullable(),
  title: z.string(),
  detail: z.string().nullable(),
  owner: taskOwnerSchema,
  villageId: z.string().nullable(),
  villageName: z.string().nullable(),
  /** The last Shanghai day of the deadline (`YYYY-MM-DD`). */
  dueOn: z.string(),
  deadline: taskDeadlineStatusSchema,
  overdue: z.boolean(),
  priority: z.enum(TASK_PRIORITIES),
  state: z.enum(TASK_STATES),
  assignedById: z.string().nullable(),
  assignedByName: z.string().nullable(),
  links: z.array(taskLinkSchema),
  feedback: z.array(taskFeedbackSchema),
  doneAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  cancelledAt: z.string().nullable(),
  /** Why the assigning side last sent the task back, or cancelled it. */
  reason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: z.array(z.string()),
});
export type Task = z.infer<typeof taskSchema>;

/** The row of a list: no feedback entries (their count instead), so a page stays small. */
export const taskListItemSchema = taskSchema.omit({ feedback: true }).extend({ feedbackCount: z.number().int() });
export type TaskListItem = z.infer<typeof taskListItemSchema>;

export const createTaskLinkSchema = z.object({ kind: z.enum(TASK_LINK_KINDS), id: idSchema });
export type CreateTaskLink = z.infer<typeof createTaskLinkSchema>;

/**
 * A new task. `owner` and `dueOn` are optional here only so that their absence answers the stable codes
 * TASK_OWNER_REQUIRED and TASK_DEADLINE_REQUIRED; a deadline before the meeting's day answers
 * TASK_DEADLINE_BEFORE_MEETING (without a meeting, before today: TASK_DEADLINE_PAST). `townId` is needed only by a
 * caller reaching several towns and is ignored for a meeting's task (the meeting's town).
 */
export const createTaskSchema = z.object({
  townId: idSchema.optional(),
  meetingId: idSchema.optional(),
  title: freeTextSchema(200).min(1),
  detail: freeTextSchema(2000).optional(),
  owner: z.object({ kind: z.enum(TASK_OWNER_KINDS), id: idSchema }).optional(),
  villageId: idSchema.optional(),
  dueOn: dateSchema.optional(),
  priority: z.enum(TASK_PRIORITIES).default('normal'),
  links: z.array(createTaskLinkSchema).max(10).optional(),
});
export type CreateTask = z.infer<typeof createTaskSchema>;

/** What the assigning side may change while the task is open. */
export const updateTaskSchema = z.object({
  title: freeTextSchema(200).min(1).optional(),
  detail: freeTextSchema(2000).nullable().optional(),
  dueOn: dateSchema.optional(),
  priority: z.enum(TASK_PRIORITIES).optional(),
});
export type UpdateTask = z.infer<typeof updateTaskSchema>;

/** A feedback entry: a note; photos follow through POST /api/v1/task-feedback/:id/photos (multipart). */
export const createTaskFeedbackSchema = z.object({ note: freeTextSchema(2000).min(1) });
export type CreateTaskFeedback = z.infer<typeof createTaskFeedbackSchema>;

/** The owner says the task is done, with an optional closing note (recorded as a feedback entry). */
export const taskDoneSchema = z.object({ note: freeTextSchema(2000).optional() });
export type TaskDone = z.infer<typeof taskDoneSchema>;

/** Confirm takes an optional note; reopen (send back) and cancel require the reason. */
export const taskConfirmSchema = z.object({ note: freeTextSchema(500).optional() });
export type TaskConfirm = z.infer<typeof taskConfirmSchema>;
export const taskReasonSchema = z.object({ reason: freeTextSchema(500).min(1) });
export type TaskReason = z.infer<typeof taskReasonSchema>;

/**
 * Filters of the task list, soonest deadline first. `mine`: tasks whose owner side the caller is on (their own, or
 * their department's); `open`: state open; `overdue`: open and past the deadline; `dueSoon`: open and due within
 * TASK_DUE_SOON_DAYS (today included, not yet overdue); `overdue` and `dueSoon` together: either.
 */
export const taskListQuerySchema = z.object({
  mine: z.stringbool().optional(),
  open: z.stringbool().optional(),
  overdue: z.stringbool().optional(),
  dueSoon: z.stringbool().optional(),
  state: z.enum(TASK_STATES).optional(),
  villageId: idSchema.optional(),
  meetingId: idSchema.optional(),
  ownerOrganizationId: idSchema.optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

/**
 * Who a task may be given to in a town, for the assign form: active accounts with a role there (station, 综治办,
 * village officers and cadres, department staff) and the town's organisations. `detail` names the role's place.
 */
export const taskOwnerOptionSchema = z.object({
  kind: z.enum(TASK_OWNER_KINDS),
  id: z.string(),
  name: z.string(),
  /** The account's role (chief, officer, auxiliary…), null for an organisation. */
  role: z.string().nullable(),
  /** Where the role is held (the village of an auxiliary officer), or the organisation's kind. */
  detail: z.string().nullable(),
});
export type TaskOwnerOption = z.infer<typeof taskOwnerOptionSchema>;
export const taskOwnerOptionsQuerySchema = z.object({ townId: idSchema.optional() });
export type TaskOwnerOptionsQuery = z.infer<typeof taskOwnerOptionsQuerySchema>;
export const taskOwnerOptionsSchema = z.object({ items: z.array(taskOwnerOptionSchema) });

export const taskFeedbackPhotoSchema = z.object({
  id: z.string(),
  feedbackId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
export type TaskFeedbackPhoto = z.infer<typeof taskFeedbackPhotoSchema>;
