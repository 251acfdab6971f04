import { daysBetween, type Instant, shanghaiDate, toDate } from '../shared/shanghai-time';
import { isDeadlineRunning } from './dispute-deadlines';
import type { DisputeState } from './dispute-states';

/**
 * A deadline as the people working a case read it: days left, due today, or days overdue, with the last day named
 * as a day. A deadline is stored as 24:00 Beijing time of its last day (the next day's 00:00), so the last day is
 * the Beijing day of the instant just before it: `2026-12-07T16:00:00Z` is due by the end of 7 December.
 */
export type DeadlineStatus =
  | { kind: 'none' }
  | { kind: 'remaining'; days: number; lastDay: string }
  | { kind: 'today'; lastDay: string }
  | { kind: 'overdue'; days: number; lastDay: string };

/** No status once the tier's clock has stopped (resolved, closed, diverted, handed to the county). */
export function deadlineStatus(
  deadlineAt: Instant | null | undefined,
  state: DisputeState,
  now: Instant = new Date(),
): DeadlineStatus {
  if (!deadlineAt || !isDeadlineRunning(state)) return { kind: 'none' };
  const deadline = toDate(deadlineAt);
  const lastDay = shanghaiDate(new Date(deadline.getTime() - 1));
  const today = shanghaiDate(now);
  if (toDate(now) >= deadline) return { kind: 'overdue', days: Math.max(1, daysBetween(lastDay, today)), lastDay };
  const days = daysBetween(today, lastDay);
  return days === 0 ? { kind: 'today', lastDay } : { kind: 'remaining', days, lastDay };
}
