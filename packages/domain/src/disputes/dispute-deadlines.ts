/**
 * Time limits per tier and complexity (domain.md §2: simple 1 day, general 7, complex 20 per tier, a setting).
 *
 * Times are ISO-8601 UTC instants; days are counted on the Asia/Shanghai calendar (UTC+8, no daylight saving).
 * A period of N days follows the Civil Code's rules for periods: the day the case enters the tier is not counted
 * (Art. 201) and the period ends at 24:00 Shanghai time on its last day (Art. 203). So a simple case that reaches
 * the village at 10:00 on 10 March is due by the end of 11 March, i.e. `2026-03-11T16:00:00.000Z`.
 * Public holidays do not extend the period (Art. 203 would, but the holiday calendar is yearly data the platform
 * does not hold; the stricter reading cannot make a case late without notice, since reminders still fire).
 */
import { addDays, type Instant, shanghaiDate, shanghaiDayStart, toDate } from '../shared/shanghai-time';
import type { DisputeComplexity, DisputeTier } from './dispute-dictionaries';
import type { DisputeState } from './dispute-states';

export type DeadlineDays = Record<DisputeTier, Record<DisputeComplexity, number>>;

export interface DeadlineSettings {
  days: DeadlineDays;
}

const DEFAULT_DAYS: Record<DisputeComplexity, number> = { simple: 1, general: 7, complex: 20 };

export const DEFAULT_DEADLINE_SETTINGS: Readonly<DeadlineSettings> = {
  days: { village: DEFAULT_DAYS, town: DEFAULT_DAYS, taskforce: DEFAULT_DAYS, county: DEFAULT_DAYS },
};

/** One day before, then at the deadline (hours before the deadline; 0 = at it). */
export const DEFAULT_REMINDER_HOURS_BEFORE: readonly number[] = [24, 0];

/**
 * States in which a tier is working the case and its clock runs. Once resolved, diverted or handed to the county
 * the town's clock stops; a case still waiting in VILLAGE_FAILED stays on the village's clock so that an escalation
 * nobody accepts shows up as overdue.
 */
export const DEADLINE_RUNNING_STATES: readonly DisputeState[] = [
  'DISCOVERED',
  'VILLAGE_HANDLING',
  'VILLAGE_FAILED',
  'TOWN_ACCEPTED',
  'ASSIGNED',
  'TASKFORCE',
];

/** The number of days a tier has for a case of this complexity. */
export function deadlineDays(
  tier: DisputeTier,
  complexity: DisputeComplexity,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): number {
  const days = settings.days[tier][complexity];
  if (!Number.isSafeInteger(days) || days < 0) throw new RangeError(`Deadline days must be a whole number ≥ 0`);
  return days;
}

/**
 * When a case that entered `tier` at `enteredTierAt` must be done: 24:00 Shanghai time on the N-th day after the
 * day it entered (N from the settings; 0 means by the end of the same day). An ISO UTC instant.
 */
export function deadlineFor(
  enteredTierAt: Instant,
  tier: DisputeTier,
  complexity: DisputeComplexity,
  settings: DeadlineSettings = DEFAULT_DEADLINE_SETTINGS,
): string {
  const lastDay = addDays(shanghaiDate(enteredTierAt), deadlineDays(tier, complexity, settings));
  return shanghaiDayStart(addDays(lastDay, 1)).toISOString();
}

/** True once `now` is past the deadline (at the deadline itself the case is still on time). No deadline: false. */
export function isOverdue(deadline: Instant | null | undefined, now: Instant = new Date()): boolean {
  if (deadline === null || deadline === undefined) return false;
  return toDate(now).getTime() > toDate(deadline).getTime();
}

/** Whether the case's clock is running in this state (see DEADLINE_RUNNING_STATES). */
export function isDeadlineRunning(state: DisputeState): boolean {
  return DEADLINE_RUNNING_STATES.includes(state);
}

/**
 * The overdue flag to store. It is raised while the clock runs and kept after the clock stops, so a case that was
 * late stays flagged through FOLLOW_UP and needs its explanation at closing; callers reset it (pass `false`) when
 * an action restarts the deadline, because the new tier starts on time.
 */
export function overdueFlag(
  previous: boolean,
  state: DisputeState,
  deadline: Instant | null | undefined,
  now: Instant = new Date(),
): boolean {
  return previous || (isDeadlineRunning(state) && isOverdue(deadline, now));
}

/**
 * When to remind the people responsible: `hoursBefore` the deadline (default one day before and at the deadline),
 * earliest first, without duplicates. Reminders that would fall before `notBefore` (usually when the case entered
 * the tier) are dropped, since a 1-day limit can be shorter than the first offset.
 */
export function reminderTimes(
  deadline: Instant,
  hoursBefore: readonly number[] = DEFAULT_REMINDER_HOURS_BEFORE,
  notBefore?: Instant,
): string[] {
  const at = toDate(deadline).getTime();
  const floor = notBefore === undefined ? Number.NEGATIVE_INFINITY : toDate(notBefore).getTime();
  const times = new Set<number>();
  for (const hours of hoursBefore) {
    if (!Number.isFinite(hours) || hours < 0) throw new RangeError('Reminder offsets must be hours ≥ 0');
    const time = at - Math.round(hours * 60 * 60 * 1000);
    if (time >= floor) times.add(time);
  }
  return [...times].sort((a, b) => a - b).map((time) => new Date(time).toISOString());
}

/**
 * The one reminder to send at `now`: the latest of `reminderTimes` already reached, or null before the first.
 * A case already past a later threshold gets only that one (a case 16 months overdue is "已到期", never also
 * "即将到期"); the caller keys it by its time, so each threshold still fires at most once.
 */
export function dueReminder(
  deadline: Instant,
  now: Instant,
  hoursBefore: readonly number[] = DEFAULT_REMINDER_HOURS_BEFORE,
  notBefore?: Instant,
): string | null {
  const at = toDate(now).getTime();
  const reached = reminderTimes(deadline, hoursBefore, notBefore).filter((time) => Date.parse(time) <= at);
  return reached.at(-1) ?? null;
}
