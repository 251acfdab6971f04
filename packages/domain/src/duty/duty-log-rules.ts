/**
 * Rules of the duty log without I/O: when an entry may have happened (the disputes' record-time rule: not in the
 * future beyond the clock skew) and which Shanghai days a calendar month spans.
 */
import {
  backdateLimit,
  DEFAULT_BACKDATE_DAYS,
  type RecordTimeProblem,
  recordTimeProblems,
} from '../disputes/record-times';
import { addDays, addMonths, type Instant, shanghaiDayStart } from '../shared/shanghai-time';

/**
 * A duty happened already: its time cannot lie in the future (beyond a few minutes of clock skew), nor further back
 * than `backdateDays` (FENGQIAO_INCIDENT_BACKDATE_DAYS).
 */
export function dutyLogTimeProblems(
  occurredAt: string,
  now: Instant = new Date(),
  backdateDays = DEFAULT_BACKDATE_DAYS,
): RecordTimeProblem[] {
  return recordTimeProblems([['occurredAt', occurredAt]], { now, notBefore: backdateLimit(now, backdateDays) });
}

/** `YYYY-MM` with a real month. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/**
 * The Shanghai days of a month (`2026-11` → 2026-11-01 … 2026-11-30) and the UTC instants that bound it, so an
 * entry at 23:30 Beijing time on the 30th belongs to the 30th and one at 00:30 on 1 December to December.
 */
export function monthSpan(month: string): { firstDay: string; lastDay: string; from: string; until: string } {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`Not a month: ${month}`);
  const firstDay = `${month}-01`;
  const nextFirst = addMonths(firstDay, 1);
  return {
    firstDay,
    lastDay: addDays(nextFirst, -1),
    from: shanghaiDayStart(firstDay).toISOString(),
    until: shanghaiDayStart(nextFirst).toISOString(),
  };
}
