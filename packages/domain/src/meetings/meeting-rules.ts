/** The meeting's rules without I/O: which step each state allows, and the defaults of a new meeting. */
import { addDays } from '../shared/shanghai-time';
import type { MeetingAction, MeetingState } from './meeting.schema';

/** The meeting's steps and what each allows, checked before every change and when presenting `actions`. */
export function meetingStepAllowed(state: MeetingState, action: MeetingAction): boolean {
  switch (action) {
    case 'edit':
    case 'assignTask':
      return state === 'draft' || state === 'held';
    case 'hold':
    case 'cancel':
      return state === 'draft';
    case 'close':
      return state === 'held';
    case 'print':
      return state !== 'cancelled';
  }
}

/** Only a draft may move its date or month: once held, the frozen figures belong to them. */
export function meetingScheduleEditable(state: MeetingState): boolean {
  return state === 'draft';
}

/**
 * A meeting reviews a month that has begun by its Shanghai day (its own month's figures so far, or an earlier
 * month's): a later month has no figures as of the meeting, so it could never be held (PERIOD_IN_FUTURE).
 */
export function meetingMonthProblem(month: string, day: string): 'PERIOD_IN_FUTURE' | null {
  return month > day.slice(0, 7) ? 'PERIOD_IN_FUTURE' : null;
}

/** A meeting is planned at most a year and a day ahead of today: a later day is a mistyped year. */
export function meetingDayProblem(day: string, today: string): 'MEETING_TOO_FAR_AHEAD' | null {
  return day > addDays(today, 366) ? 'MEETING_TOO_FAR_AHEAD' : null;
}

/** The month a meeting reviews by default: the month before its Shanghai day's (`2026-12-03` → `2026-11`). */
export function defaultMeetingMonth(day: string): string {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`;
}

/** 2026年11月警治会商 / Consultation, November 2026: the default title from the month under review. */
export function defaultMeetingTitle(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return `${year}年${m}月警治会商`;
}
