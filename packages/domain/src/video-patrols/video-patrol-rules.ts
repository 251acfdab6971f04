/**
 * Rules of the video patrols without I/O: which rounds a Shanghai day is due from the plans, whether a round is
 * complete, the reminder outcome steps, and the daily and weekly counts the analyses read.
 */
import type { ErrorCode } from '../shared/errors';
import { addDays, shanghaiDate, shanghaiDayStart } from '../shared/shanghai-time';
import { isoWeekOf } from '../statistics/stats-periods';
import type { VideoPatrolSchedule, VideoReminderOutcome, VideoReminderState, Weekday } from './video-patrol.schema';

/** The ISO weekday of a calendar day: 1 Monday … 7 Sunday. */
export function isoWeekday(day: string): Weekday {
  const sunday0 = new Date(`${day}T00:00:00Z`).getUTCDay();
  return (sunday0 === 0 ? 7 : sunday0) as Weekday;
}

/** Whether a schedule has a round on a Shanghai day. */
export function scheduleFallsOn(schedule: VideoPatrolSchedule, day: string): boolean {
  return schedule.kind === 'daily' || schedule.weekdays.includes(isoWeekday(day));
}

/** The UTC instant of a Shanghai time of day (`HH:MM`) on a Shanghai day: 23:30 on 1 May is 15:30Z on 1 May. */
export function scheduledInstant(day: string, at: string): string {
  const [hours, minutes] = at.split(':').map(Number);
  return new Date(shanghaiDayStart(day).getTime() + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000).toISOString();
}

/** The Shanghai day a round belongs to: the day of its scheduled instant. */
export function roundDayOf(scheduledAt: string): string {
  return shanghaiDate(scheduledAt);
}

export interface SchedulablePlan {
  id: string;
  active: boolean;
  schedule: VideoPatrolSchedule;
}

export interface DueRound {
  planId: string;
  day: string;
  scheduledAt: string;
}

/** The rounds due on a Shanghai day: one per active plan whose schedule falls on it, earliest first. */
export function roundsDueOn(plans: readonly SchedulablePlan[], day: string): DueRound[] {
  return plans
    .filter((plan) => plan.active && scheduleFallsOn(plan.schedule, day))
    .map((plan) => ({ planId: plan.id, day, scheduledAt: scheduledInstant(day, plan.schedule.at) }))
    .sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt) || a.planId.localeCompare(b.planId));
}

/** The rounds due on each Shanghai day from `from` to `to` (inclusive), as the demo and a catch-up need them. */
export function roundsDueBetween(plans: readonly SchedulablePlan[], from: string, to: string): DueRound[] {
  const due: DueRound[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) due.push(...roundsDueOn(plans, day));
  return due;
}

export interface RoundCompleteness {
  total: number;
  recorded: number;
  /** The cameras still without a result, in the round's order. */
  missing: string[];
  complete: boolean;
}

/** A round is complete when every one of its cameras has a result; results of other cameras do not count. */
export function roundCompleteness(cameraIds: readonly string[], resultCameraIds: readonly string[]): RoundCompleteness {
  const recordedSet = new Set(resultCameraIds);
  const missing = cameraIds.filter((id) => !recordedSet.has(id));
  const total = new Set(cameraIds).size;
  return { total, recorded: total - new Set(missing).size, missing, complete: missing.length === 0 };
}

export type ReminderStep = { ok: true; state: VideoReminderOutcome } | { ok: false; code: ErrorCode };

/** A reminder's outcome is recorded once, from pending; a recorded outcome is final. */
export function reminderOutcomeStep(state: VideoReminderState, outcome: VideoReminderOutcome): ReminderStep {
  return state === 'pending' ? { ok: true, state: outcome } : { ok: false, code: 'VIDEO_REMINDER_OUTCOME_RECORDED' };
}

/**
 * Whether a reminder may be sent again: only one left without an answer, and only once (a later attempt already
 * exists otherwise). The retry is a new attempt, pending again; the old one keeps its `no_answer`.
 */
export function mayRetryReminder(state: VideoReminderState, hasNextAttempt: boolean): boolean {
  return state === 'no_answer' && !hasNextAttempt;
}

export interface VideoPatrolCountInput {
  /** Shanghai days of the rounds. */
  rounds: readonly { day: string }[];
  /** Shanghai days of the findings' rounds. */
  findings: readonly { day: string }[];
  /** Reminders with the Shanghai day they were sent and their state. */
  reminders: readonly { day: string; state: VideoReminderState }[];
}

export interface VideoPatrolCounts {
  /** The Shanghai day, or the ISO week as `YYYY-Www`. */
  key: string;
  rounds: number;
  findings: number;
  reminders: Record<VideoReminderState, number>;
}

/** The ISO week key of a day: `2026-W18`. */
export function isoWeekKey(day: string): string {
  const { year, week } = isoWeekOf(day);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Counts per Shanghai day or per ISO week, ordered by key; only keys with something counted appear. */
export function videoPatrolCounts(input: VideoPatrolCountInput, by: 'day' | 'week'): VideoPatrolCounts[] {
  const keyOf = by === 'day' ? (day: string) => day : isoWeekKey;
  const rows = new Map<string, VideoPatrolCounts>();
  const row = (day: string): VideoPatrolCounts => {
    const key = keyOf(day);
    let found = rows.get(key);
    if (!found) {
      found = { key, rounds: 0, findings: 0, reminders: { pending: 0, resolved: 0, no_answer: 0, referred: 0 } };
      rows.set(key, found);
    }
    return found;
  };
  for (const round of input.rounds) row(round.day).rounds += 1;
  for (const finding of input.findings) row(finding.day).findings += 1;
  for (const reminder of input.reminders) row(reminder.day).reminders[reminder.state] += 1;
  return [...rows.values()].sort((a, b) => a.key.localeCompare(b.key));
}
