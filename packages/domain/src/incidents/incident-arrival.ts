/**
 * Arrival against the class's target (domain.md §4, arrival targets are settings): the minutes from receiving the
 * call to arriving on the scene. An incident not yet reached counts as late once its target has passed, so the
 * desk sees it before anyone arrives.
 */
import { type Instant, toDate } from '../shared/shanghai-time';

export const ARRIVAL_STATUSES = ['on_time', 'late', 'awaiting', 'overdue', 'not_required'] as const;
export type ArrivalStatus = (typeof ARRIVAL_STATUSES)[number];

export interface ArrivalFacts {
  receivedAt: string;
  arrivedAt: string | null;
  arrivalTargetMinutes: number;
  /** Incidents closed without anyone going out (invalid, duplicate) have no arrival to measure. */
  closedWithoutArrival?: boolean;
}

export interface Arrival {
  status: ArrivalStatus;
  /** Whole minutes from receipt to arrival (or to now while awaited); null when not required. */
  minutes: number | null;
  late: boolean;
}

const MINUTE = 60_000;

export function arrivalOf(facts: ArrivalFacts, now: Instant = new Date()): Arrival {
  const received = toDate(facts.receivedAt).getTime();
  if (facts.arrivedAt) {
    const minutes = Math.max(0, Math.floor((toDate(facts.arrivedAt).getTime() - received) / MINUTE));
    const late = minutes > facts.arrivalTargetMinutes;
    return { status: late ? 'late' : 'on_time', minutes, late };
  }
  if (facts.closedWithoutArrival) return { status: 'not_required', minutes: null, late: false };
  const minutes = Math.max(0, Math.floor((toDate(now).getTime() - received) / MINUTE));
  const late = minutes > facts.arrivalTargetMinutes;
  return { status: late ? 'overdue' : 'awaiting', minutes, late };
}

/**
 * The first instant at which an incident not yet reached counts as late (`arrivalOf` counts whole minutes, so that
 * is the start of the minute after the target): what a list filter compares with (`deadline <= now`).
 */
export function arrivalDeadline(receivedAt: string, arrivalTargetMinutes: number): string {
  return new Date(toDate(receivedAt).getTime() + (arrivalTargetMinutes + 1) * MINUTE).toISOString();
}
