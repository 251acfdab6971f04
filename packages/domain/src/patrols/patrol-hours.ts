/**
 * Volunteer hours (志愿时长). The rule: a person's time on a shift runs from their first to their last check-in
 * of that shift. The scans are the only evidence of presence the system holds; crediting the shift's scheduled
 * length when the leader closes the log would credit a member who scanned once and went home with a full night,
 * and the hours are used for recognition and subsidies. One check-in therefore counts the shift (shifts = 1) but
 * 0 minutes. The time is clipped to the shift, so a clock oddity cannot credit more than its length.
 */
export interface ShiftCheckIns {
  personId: string;
  shiftId: string;
  /** The check-in times (UTC ISO) of this person on this shift, in any order. */
  times: readonly string[];
  /** The shift's length in minutes. */
  lengthMinutes: number;
}

/** Whole minutes from first to last check-in, at most the shift's length. */
export function shiftMinutes(entry: ShiftCheckIns): number {
  if (entry.times.length < 2) return 0;
  const ms = entry.times.map((time) => Date.parse(time));
  const span = Math.floor((Math.max(...ms) - Math.min(...ms)) / 60_000);
  return Math.max(0, Math.min(span, entry.lengthMinutes));
}

export interface HoursTotal {
  shifts: number;
  minutes: number;
}

/** Totals per key (a person, or a team) over shifts: each shift counted once per person. */
export function totalHours<E extends ShiftCheckIns, K extends string>(
  entries: readonly E[],
  keyOf: (entry: E) => K,
): Map<K, HoursTotal> {
  const totals = new Map<K, HoursTotal>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const total = totals.get(key) ?? { shifts: 0, minutes: 0 };
    total.shifts += 1;
    total.minutes += shiftMinutes(entry);
    totals.set(key, total);
  }
  return totals;
}
