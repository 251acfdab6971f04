/**
 * The 综治办 board (domain.md §2, §7): which cases count as open, due soon or urgent, and the Shanghai calendar
 * periods the closed figures cover. The server turns these rules into SQL so that figures and the urgency order
 * cover every matching case, not only the rows a page has loaded; the functions here are the reference the
 * server's tests compare against.
 */
import { addDays, type Instant, shanghaiDate, shanghaiDayStart, toDate } from '../shared/shanghai-time';
import { DEADLINE_RUNNING_STATES, DEFAULT_REMINDER_HOURS_BEFORE } from './dispute-deadlines';
import type { RiskGrade } from './dispute-dictionaries';
import { type DisputeState, TERMINAL_DISPUTE_STATES } from './dispute-states';

/**
 * A case is due soon when its deadline falls within the earliest reminder's lead time: the people responsible have
 * been reminded, and the board shows it before it turns overdue.
 */
export const DUE_SOON_HOURS = Math.max(...DEFAULT_REMINDER_HOURS_BEFORE);

/** Open cases are still being worked somewhere in the town: closed, escalated and diverted ones are not. */
export function isOpenState(state: DisputeState): boolean {
  return !TERMINAL_DISPUTE_STATES.includes(state);
}

/** The last instant a deadline may fall on for its case to count as due soon at `now`. */
export function dueSoonUntil(now: Instant, hours: number = DUE_SOON_HOURS): string {
  return new Date(toDate(now).getTime() + hours * 3_600_000).toISOString();
}

/** On the clock, not overdue, and the deadline within the due-soon window (inclusive at both ends). */
export function isDueSoon(
  state: DisputeState,
  deadline: Instant | null,
  overdue: boolean,
  now: Instant,
  hours: number = DUE_SOON_HOURS,
): boolean {
  if (overdue || deadline === null || !DEADLINE_RUNNING_STATES.includes(state)) return false;
  const at = toDate(deadline).getTime();
  return at >= toDate(now).getTime() && at <= toDate(dueSoonUntil(now, hours)).getTime();
}

/**
 * The board's order, most urgent first: red cases (an immediate alert), then overdue ones (a written explanation is
 * owed), then those due soon, then the rest. Newest first within each rank. A case no longer open (closed,
 * escalated, diverted) is never urgent, whatever grade it ended with.
 */
export function urgencyRank(item: {
  state: DisputeState;
  riskGrade: RiskGrade;
  overdue: boolean;
  dueSoon: boolean;
}): number {
  if (!isOpenState(item.state)) return 3;
  if (item.riskGrade === 'red') return 0;
  if (item.overdue) return 1;
  if (item.dueSoon) return 2;
  return 3;
}

/** Shanghai calendar days, both inclusive, as the half-open range of UTC instants the database compares. */
export function shanghaiDayRange(from: string, to: string): { fromAt: string; beforeAt: string } {
  return { fromAt: shanghaiDayStart(from).toISOString(), beforeAt: shanghaiDayStart(addDays(to, 1)).toISOString() };
}

/** This month and this year up to today, on the Shanghai calendar: the board's standing closed figures. */
export function boardPeriods(now: Instant): { today: string; monthStart: string; yearStart: string } {
  const today = shanghaiDate(now);
  return { today, monthStart: `${today.slice(0, 7)}-01`, yearStart: `${today.slice(0, 4)}-01-01` };
}
