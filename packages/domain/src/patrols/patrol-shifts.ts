/**
 * Night-patrol shifts (domain.md §8): a shift runs from `start` to `end` Shanghai time; when `end` is not after
 * `start` the shift crosses midnight and ends the next day (22:00–06:00 by default). A shift is filed under the
 * Shanghai day it began, so a check-in at 01:30 belongs to the shift that began at 22:00 the day before.
 * Shanghai has no daylight saving, so the fixed offset of shanghai-time.ts is exact.
 */
import {
  addDays,
  type Instant,
  SHANGHAI_OFFSET_MS,
  shanghaiDate,
  shanghaiDayStart,
  toDate,
} from '../shared/shanghai-time';

export const SHIFT_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The shift's times of day, `HH:mm` in Shanghai; a setting (FENGQIAO_PATROL_SHIFT_START / _END). */
export interface PatrolShiftSettings {
  start: string;
  end: string;
}

export const DEFAULT_PATROL_SHIFT: PatrolShiftSettings = { start: '22:00', end: '06:00' };

/** One night's shift: `day` is the Shanghai day it began; `startsAt` inclusive, `endsAt` exclusive, UTC ISO. */
export interface PatrolShiftWindow {
  day: string;
  startsAt: string;
  endsAt: string;
}

function minutesOf(time: string): number {
  if (!SHIFT_TIME_PATTERN.test(time)) throw new RangeError(`Not a time of day HH:mm: ${time}`);
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Whether the settings name two valid, different times (equal times would make an empty or a 24-hour shift). */
export function validShiftSettings(settings: PatrolShiftSettings): boolean {
  return (
    SHIFT_TIME_PATTERN.test(settings.start) && SHIFT_TIME_PATTERN.test(settings.end) && settings.start !== settings.end
  );
}

/** The length of a shift in minutes (22:00–06:00 = 480). */
export function shiftLengthMinutes(settings: PatrolShiftSettings): number {
  const start = minutesOf(settings.start);
  const end = minutesOf(settings.end);
  return end > start ? end - start : end + 24 * 60 - start;
}

/** The shift that begins on a Shanghai day. */
export function shiftOfDay(day: string, settings: PatrolShiftSettings = DEFAULT_PATROL_SHIFT): PatrolShiftWindow {
  const startMs = shanghaiDayStart(day).getTime() + minutesOf(settings.start) * 60_000;
  const endMs = startMs + shiftLengthMinutes(settings) * 60_000;
  return { day, startsAt: new Date(startMs).toISOString(), endsAt: new Date(endMs).toISOString() };
}

/**
 * The shift an instant falls in, or null outside shift hours. Only the shift that began the same Shanghai day and
 * the one that began the day before can hold an instant (a shift is shorter than 24 hours).
 */
export function shiftContaining(
  instant: Instant,
  settings: PatrolShiftSettings = DEFAULT_PATROL_SHIFT,
): PatrolShiftWindow | null {
  const at = toDate(instant).getTime();
  const today = shanghaiDate(new Date(at));
  for (const day of [today, addDays(today, -1)]) {
    const shift = shiftOfDay(day, settings);
    if (at >= Date.parse(shift.startsAt) && at < Date.parse(shift.endsAt)) return shift;
  }
  return null;
}

/** The Shanghai time of day of an instant, `HH:mm` (for messages and print). */
export function shanghaiTimeOfDay(instant: Instant): string {
  return new Date(toDate(instant).getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(11, 16);
}
