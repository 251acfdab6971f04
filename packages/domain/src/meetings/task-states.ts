/**
 * The life of a task a consultation (会商, domain.md §6) assigns: the owner works it and says it is done, the
 * assigning side confirms it or sends it back, and the assigning side may cancel it while it is still being worked.
 * Rules without I/O: the server asks `taskStep` before every change and `taskActions` when it presents a task, so a
 * button shows exactly when its request would be allowed.
 */
import { addDays, daysBetween, type Instant, shanghaiDate } from '../shared/shanghai-time';

export const TASK_STATES = ['open', 'done', 'confirmed', 'cancelled'] as const;
export type TaskState = (typeof TASK_STATES)[number];

export const TASK_STATE_LABELS: Record<TaskState, { zh: string; en: string }> = {
  open: { zh: '办理中', en: 'Open' },
  done: { zh: '待确认', en: 'Done, awaiting confirmation' },
  confirmed: { zh: '已办结', en: 'Confirmed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

export const TASK_PRIORITIES = ['high', 'normal', 'low'] as const;
export type TaskPriority = (typeof TASK_PRIORITIES)[number];

export const TASK_PRIORITY_LABELS: Record<TaskPriority, { zh: string; en: string }> = {
  high: { zh: '紧急', en: 'High' },
  normal: { zh: '一般', en: 'Normal' },
  low: { zh: '较缓', en: 'Low' },
};

/** A task is owned by one account or by one department (a town organisation). */
export const TASK_OWNER_KINDS = ['user', 'organization'] as const;
export type TaskOwnerKind = (typeof TASK_OWNER_KINDS)[number];

/**
 * The records a task may point at. Only kinds whose module exists are listed; a later module (hazards…) adds its
 * kind here and one resolver on the server.
 */
export const TASK_LINK_KINDS = ['dispute', 'incident'] as const;
export type TaskLinkKind = (typeof TASK_LINK_KINDS)[number];

/**
 * What a caller may do with a task. `feedback` and `done` belong to the owner side; `confirm`, `reopen` (send a done
 * task back to its owner) and `cancel` to the assigning side; `edit` (deadline, priority, text) to the assigning side
 * while the task is open.
 */
export const TASK_ACTIONS = ['feedback', 'done', 'confirm', 'reopen', 'cancel', 'edit'] as const;
export type TaskAction = (typeof TASK_ACTIONS)[number];

/** Which side of the task the caller stands on; both may be true (an officer assigning a task to themself). */
export interface TaskSides {
  owner: boolean;
  assigner: boolean;
}

const STEPS: Record<TaskAction, { from: readonly TaskState[]; to: TaskState | null; side: keyof TaskSides }> = {
  feedback: { from: ['open'], to: null, side: 'owner' },
  done: { from: ['open'], to: 'done', side: 'owner' },
  confirm: { from: ['done'], to: 'confirmed', side: 'assigner' },
  reopen: { from: ['done'], to: 'open', side: 'assigner' },
  cancel: { from: ['open', 'done'], to: 'cancelled', side: 'assigner' },
  edit: { from: ['open'], to: null, side: 'assigner' },
};

export type TaskStepResult =
  | { ok: true; to: TaskState | null }
  | { ok: false; code: 'TASK_NOT_OWNER' | 'TASK_NOT_ASSIGNER' | 'TASK_STATE_INVALID' };

/**
 * Whether a caller on `sides` may take `action` on a task in `state`; `to` is the new state (null: the state stays).
 * The side is checked first, so feedback on someone else's task answers TASK_NOT_OWNER whatever its state.
 */
export function taskStep(state: TaskState, action: TaskAction, sides: TaskSides): TaskStepResult {
  const step = STEPS[action];
  if (!sides[step.side]) return { ok: false, code: step.side === 'owner' ? 'TASK_NOT_OWNER' : 'TASK_NOT_ASSIGNER' };
  if (!step.from.includes(state)) return { ok: false, code: 'TASK_STATE_INVALID' };
  return { ok: true, to: step.to };
}

/** The actions a caller on `sides` may take on a task in `state`, in TASK_ACTIONS order. */
export function taskActions(state: TaskState, sides: TaskSides): TaskAction[] {
  return TASK_ACTIONS.filter((action) => taskStep(state, action, sides).ok);
}

/** A task still waiting for its owner (open) counts towards the open and overdue lists; done, confirmed or cancelled not. */
export function isTaskPending(state: TaskState): boolean {
  return state === 'open';
}

/**
 * A task's deadline as the owner reads it. The deadline is the last Shanghai day (`dueOn`): due today on that day,
 * overdue from the next day, by whole days. No status once the owner has said it is done (or it was cancelled).
 */
export type TaskDeadlineStatus =
  | { kind: 'none' }
  | { kind: 'remaining'; days: number; lastDay: string }
  | { kind: 'today'; lastDay: string }
  | { kind: 'overdue'; days: number; lastDay: string };

export function taskDeadlineStatus(
  task: { state: TaskState; dueOn: string },
  now: Instant = new Date(),
): TaskDeadlineStatus {
  if (!isTaskPending(task.state)) return { kind: 'none' };
  const today = shanghaiDate(now);
  const days = daysBetween(today, task.dueOn);
  if (days < 0) return { kind: 'overdue', days: -days, lastDay: task.dueOn };
  return days === 0 ? { kind: 'today', lastDay: task.dueOn } : { kind: 'remaining', days, lastDay: task.dueOn };
}

/** Days ahead (today included) that count as "due soon" on the home page and the `dueSoon` filter. */
export const TASK_DUE_SOON_DAYS = 3;

/**
 * The input problems of a new task, checked before anything is written: an owner and a deadline are required (so
 * the codes are stable, not a generic validation failure), and the deadline cannot fall before the meeting's day
 * (or, for a task without a meeting, before today).
 */
export type TaskInputProblem =
  | 'TASK_OWNER_REQUIRED'
  | 'TASK_DEADLINE_REQUIRED'
  | 'TASK_DEADLINE_BEFORE_MEETING'
  | 'TASK_DEADLINE_PAST'
  | 'TASK_DEADLINE_TOO_FAR';

export function taskInputProblem(
  input: { owner?: { kind: TaskOwnerKind; id: string } | null; dueOn?: string | null },
  context: { meetingDay: string | null; today: string },
): TaskInputProblem | null {
  if (!input.owner) return 'TASK_OWNER_REQUIRED';
  if (!input.dueOn) return 'TASK_DEADLINE_REQUIRED';
  return taskDeadlineProblem(input.dueOn, context);
}

/**
 * A deadline (new or changed) cannot fall before the meeting's day, or without a meeting before today; nor more
 * than TASK_DEADLINE_MAX_DAYS ahead, which is a mistyped year (2062 for 2026) rather than a task a meeting sets.
 */
export function taskDeadlineProblem(
  dueOn: string,
  context: { meetingDay: string | null; today: string },
): 'TASK_DEADLINE_BEFORE_MEETING' | 'TASK_DEADLINE_PAST' | 'TASK_DEADLINE_TOO_FAR' | null {
  if (dueOn > addDays(context.today, TASK_DEADLINE_MAX_DAYS)) return 'TASK_DEADLINE_TOO_FAR';
  if (context.meetingDay !== null) return dueOn < context.meetingDay ? 'TASK_DEADLINE_BEFORE_MEETING' : null;
  return dueOn < context.today ? 'TASK_DEADLINE_PAST' : null;
}

/** How far ahead a task's deadline may lie: a year and a day. */
export const TASK_DEADLINE_MAX_DAYS = 366;

/** The notification kinds tasks send through the notification centre. */
export const TASK_NOTIFICATION_KINDS = [
  'task.assigned',
  'task.overdue',
  'task.done',
  'task.confirmed',
  'task.reopened',
  'task.cancelled',
] as const;
export type TaskNotificationKind = (typeof TASK_NOTIFICATION_KINDS)[number];
