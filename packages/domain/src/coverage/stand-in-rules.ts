import { addDays } from '../shared/shanghai-time';
import type { CreateStandIn } from './coverage.schema';

/** A leave is planned at most a year ahead and lasts at most a year: anything further is a mistyped year. */
export const STAND_IN_MAX_DAYS = 366;

export type StandInProblem =
  | 'STAND_IN_DATES_REVERSED'
  | 'STAND_IN_SAME_PERSON'
  | 'STAND_IN_TOO_FAR'
  | 'STAND_IN_TOO_LONG'
  | 'STAND_IN_IN_PAST';

/**
 * The first problem of a stand-in body, or null. `today` is the Shanghai day: a leave may be recorded after it began
 * (an officer fell ill yesterday) but not once it is over, and not absurdly far from today.
 */
export function standInProblem(
  body: Pick<CreateStandIn, 'absentPersonId' | 'standInPersonId' | 'fromDay' | 'toDay'>,
  today: string,
): StandInProblem | null {
  if (body.toDay < body.fromDay) return 'STAND_IN_DATES_REVERSED';
  if (body.standInPersonId && body.standInPersonId === body.absentPersonId) return 'STAND_IN_SAME_PERSON';
  if (body.toDay < today) return 'STAND_IN_IN_PAST';
  if (body.fromDay > addDays(today, STAND_IN_MAX_DAYS) || body.fromDay < addDays(today, -STAND_IN_MAX_DAYS)) {
    return 'STAND_IN_TOO_FAR';
  }
  if (body.toDay > addDays(body.fromDay, STAND_IN_MAX_DAYS)) return 'STAND_IN_TOO_LONG';
  return null;
}

/** Whether a leave covers `day` (both ends included) and has not been ended. */
export function standInCovers(standIn: { fromDay: string; toDay: string; endedAt: string | null }, day: string) {
  return standIn.endedAt === null && standIn.fromDay <= day && day <= standIn.toDay;
}
