/**
 * The home page (工作台): what the caller must do today, in groups. Each group is one kind of to-do with one badge
 * and one filtered list that shows exactly the records it counts, so "查看全部 N 条" opens N records. The server
 * assembles the groups from per-module sources; a module the caller may not use gives no group at all.
 */
import { z } from 'zod';
import type { Label } from '../disputes/dispute-dictionaries';
import { addDays, type Instant, shanghaiDate } from '../shared/shanghai-time';

/** The modules that contribute to-dos; a later module adds its name here and a source on the server. */
export const TODAY_MODULES = [
  'tasks',
  'disputes',
  'incidents',
  'meetings',
  'hazards',
  'key_persons',
  'video_patrols',
] as const;
export type TodayModule = (typeof TODAY_MODULES)[number];

export const TODAY_GROUPS = [
  'task_overdue',
  'task_due_soon',
  'dispute_overdue',
  'dispute_due_soon',
  'dispute_red',
  'incident_unacknowledged',
  'incident_late',
  'meeting_this_week',
  'hazard_overdue',
  'hazard_due_soon',
  'key_person_visit_overdue',
  'video_reminder_pending',
] as const;
export type TodayGroupKey = (typeof TODAY_GROUPS)[number];

export const TODAY_BADGES = [
  'overdue',
  'due_soon',
  'red_alert',
  'unacknowledged',
  'late_arrival',
  'this_week',
  'awaiting_outcome',
] as const;
export type TodayBadge = (typeof TODAY_BADGES)[number];

export const TODAY_BADGE_LABELS: Record<TodayBadge, Label> = {
  overdue: { zh: '逾期', en: 'Overdue' },
  due_soon: { zh: '即将到期', en: 'Due soon' },
  red_alert: { zh: '红色预警', en: 'Red alert' },
  unacknowledged: { zh: '待签收', en: 'To acknowledge' },
  late_arrival: { zh: '到场超时', en: 'Arrival late' },
  this_week: { zh: '本周', en: 'This week' },
  awaiting_outcome: { zh: '待反馈', en: 'Awaiting outcome' },
};

export const TODAY_GROUP_LABELS: Record<TodayGroupKey, Label> = {
  task_overdue: { zh: '逾期任务', en: 'Overdue tasks' },
  task_due_soon: { zh: '即将到期的任务', en: 'Tasks due soon' },
  dispute_overdue: { zh: '逾期纠纷', en: 'Overdue disputes' },
  dispute_due_soon: { zh: '即将到期的纠纷', en: 'Disputes due soon' },
  dispute_red: { zh: '红色预警纠纷', en: 'Red-alert disputes' },
  incident_unacknowledged: { zh: '待签收警情', en: 'Incidents to acknowledge' },
  incident_late: { zh: '到场超时警情', en: 'Incidents not reached in time' },
  meeting_this_week: { zh: '本周会商', en: 'Meetings this week' },
  hazard_overdue: { zh: '逾期未整改隐患', en: 'Overdue hazards' },
  hazard_due_soon: { zh: '即将到期的隐患', en: 'Hazards due soon' },
  key_person_visit_overdue: { zh: '走访逾期的重点人员', en: 'Key persons overdue for a visit' },
  video_reminder_pending: { zh: '待反馈的远程提醒', en: 'Remote reminders awaiting an outcome' },
};

/** A web route with its query: the list page reads its filters from the URL. */
export const todayLinkSchema = z.object({ path: z.string(), query: z.record(z.string(), z.string()) });
export type TodayLink = z.infer<typeof todayLinkSchema>;

export const todayItemSchema = z.object({
  id: z.string(),
  /** The record's human number (case number, incident number); null for records without one. */
  number: z.string().nullable(),
  title: z.string(),
  /** The village or place the record belongs to. */
  place: z.string().nullable(),
  /** The last day of a deadline (tasks, disputes), a Shanghai calendar date: 期限 2026年12月7日. */
  dueOn: z.string().nullable(),
  /** An instant that matters today: when the first responder should arrive (incidents), the start (meetings). */
  at: z.string().nullable(),
  /** The group's badge first, then any other state worth a glance (a red alert that is also overdue). */
  badges: z.array(z.enum(TODAY_BADGES)),
  /** The record's page. */
  link: z.string(),
});
export type TodayItem = z.infer<typeof todayItemSchema>;

export const todayGroupSchema = z.object({
  key: z.enum(TODAY_GROUPS),
  module: z.enum(TODAY_MODULES),
  badge: z.enum(TODAY_BADGES),
  /** Every matching record; `items` holds the first few (TODAY_ITEMS_SHOWN). */
  total: z.number().int(),
  items: z.array(todayItemSchema),
  /** The filtered list with exactly the `total` records. */
  list: todayLinkSchema,
});
export type TodayGroup = z.infer<typeof todayGroupSchema>;

export const todaySchema = z.object({
  generatedAt: z.string(),
  /** Only the groups of modules the caller may use, in TODAY_GROUPS order; an empty group is kept (nothing to do). */
  groups: z.array(todayGroupSchema),
});
export type Today = z.infer<typeof todaySchema>;

/** How many records a group shows on the home page; the rest are behind its list link. */
export const TODAY_ITEMS_SHOWN = 5;

const TITLE_CHARS = 60;

/** A record's text as a one-line title: whitespace folded, cut at TITLE_CHARS characters with an ellipsis. */
export function todayTitle(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const chars = [...line];
  return chars.length > TITLE_CHARS ? `${chars.slice(0, TITLE_CHARS - 1).join('')}…` : line;
}

/** Groups in their fixed order, whatever order the sources answered in. */
export function orderTodayGroups(groups: readonly TodayGroup[]): TodayGroup[] {
  return [...groups].sort((a, b) => TODAY_GROUPS.indexOf(a.key) - TODAY_GROUPS.indexOf(b.key));
}

/** Whether the caller has anything to do at all (the page's "今天没有待办"). */
export function hasTodos(today: Pick<Today, 'groups'>): boolean {
  return today.groups.some((group) => group.total > 0);
}

/** The Shanghai week (Monday to Sunday, inclusive days) that contains `now`: the home page's "meetings this week". */
export function todayWeek(now: Instant): { from: string; to: string } {
  const today = shanghaiDate(now);
  // getUTCDay of the calendar date at UTC midnight is that date's weekday; Sunday (0) ends the week.
  const weekday = new Date(`${today}T00:00:00Z`).getUTCDay();
  const from = addDays(today, -((weekday + 6) % 7));
  return { from, to: addDays(from, 6) };
}
