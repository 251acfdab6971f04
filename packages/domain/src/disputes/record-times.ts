/**
 * When recorded times may lie (domain.md §3, §11). What a person records happened already: a signature, a seal, an
 * oral agreement, a session, the start of a grievance or a mediation cannot lie in the future (beyond a few minutes
 * of clock skew; a day is compared with today's Shanghai day). What a mediation produces, its sessions and its
 * agreement's signatures and seals, cannot come before the mediation started. Each problem names the field, so a
 * form can mark it.
 */
import type { ErrorCode } from '../shared/errors';
import { type Instant, isBeforeStart, isInFuture, toDate } from '../shared/shanghai-time';

export const RECORD_TIME_PROBLEMS = [
  'TIME_IN_FUTURE',
  'TIME_BEFORE_MEDIATION_START',
  'TIME_TOO_FAR_BACK',
] as const satisfies readonly ErrorCode[];
export type RecordTimeProblemCode = (typeof RECORD_TIME_PROBLEMS)[number];

export interface RecordTimeProblem {
  code: RecordTimeProblemCode;
  /** The body field, e.g. `signatures.1.at`. */
  path: string;
}

/** A field's path and its value (absent or null values are not checked). */
export type RecordedTime = readonly [path: string, value: string | null | undefined];

/** How many days back an incident's receipt or a duty may be recorded unless configured otherwise. */
export const DEFAULT_BACKDATE_DAYS = 30;

/**
 * The earliest instant a time recorded after the fact may name: `days` days before now. Without a bound a typing
 * slip records an incident received in 1900 (and numbers it in that year's series).
 */
export function backdateLimit(now: Instant, days: number): Date {
  return new Date(toDate(now).getTime() - days * 86_400_000);
}

/**
 * Every time in the future, every time before `notBefore` (see `backdateLimit`) and (with `mediationStartedAt`)
 * every time before the mediation began.
 */
export function recordTimeProblems(
  times: readonly RecordedTime[],
  bounds: { now?: Instant; mediationStartedAt?: Instant | null; notBefore?: Instant },
): RecordTimeProblem[] {
  const now = bounds.now ?? new Date();
  const problems: RecordTimeProblem[] = [];
  for (const [path, value] of times) {
    if (value === null || value === undefined) continue;
    if (isInFuture(value, now)) problems.push({ code: 'TIME_IN_FUTURE', path });
    else if (bounds.notBefore && isBeforeStart(value, bounds.notBefore, 0)) {
      problems.push({ code: 'TIME_TOO_FAR_BACK', path });
    } else if (bounds.mediationStartedAt && isBeforeStart(value, bounds.mediationStartedAt)) {
      problems.push({ code: 'TIME_BEFORE_MEDIATION_START', path });
    }
  }
  return problems;
}

/** A mediation's start has happened. */
export function mediationStartTimeProblems(startedAt: string, now: Instant = new Date()): RecordTimeProblem[] {
  return recordTimeProblems([['startedAt', startedAt]], { now });
}

/** A session lies between the mediation's start and now. */
export function sessionTimeProblems(
  session: { startedAt: string; endedAt: string },
  mediationStartedAt: Instant,
  now: Instant = new Date(),
): RecordTimeProblem[] {
  return recordTimeProblems(
    [
      ['startedAt', session.startedAt],
      ['endedAt', session.endedAt],
    ],
    { now, mediationStartedAt },
  );
}

/** The dispute's own days: when it happened and when the grievance began cannot be after today. */
export function disputeDateProblems(
  dates: { occurredOn?: string | null; grievanceStartedOn?: string | null },
  now: Instant = new Date(),
): RecordTimeProblem[] {
  return recordTimeProblems(
    [
      ['occurredOn', dates.occurredOn],
      ['grievanceStartedOn', dates.grievanceStartedOn],
    ],
    { now },
  );
}
