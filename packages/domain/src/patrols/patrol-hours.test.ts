import { describe, expect, it } from 'vitest';
import { shiftMinutes, totalHours } from './patrol-hours';

const entry = (personId: string, shiftId: string, times: string[]) => ({
  personId,
  shiftId,
  times,
  lengthMinutes: 480,
});

describe('volunteer hours: first to last check-in of each shift', () => {
  it('counts from the first to the last check-in, in any order', () => {
    expect(
      shiftMinutes(entry('p', 's', ['2026-03-14T20:00:00Z', '2026-03-14T14:05:00Z', '2026-03-14T17:00:00Z'])),
    ).toBe(355);
  });

  it('credits one check-in with the shift but no time', () => {
    expect(shiftMinutes(entry('p', 's', ['2026-03-14T14:05:00Z']))).toBe(0);
    expect(totalHours([entry('p', 's', ['2026-03-14T14:05:00Z'])], (e) => e.personId).get('p')).toEqual({
      shifts: 1,
      minutes: 0,
    });
  });

  it('never credits more than the shift length', () => {
    expect(shiftMinutes(entry('p', 's', ['2026-03-14T10:00:00Z', '2026-03-14T23:00:00Z']))).toBe(480);
  });

  it('totals per person and per team', () => {
    const entries = [
      entry('p1', 's1', ['2026-03-14T14:00:00Z', '2026-03-14T16:00:00Z']),
      entry('p1', 's2', ['2026-03-15T14:00:00Z', '2026-03-15T15:30:00Z']),
      entry('p2', 's1', ['2026-03-14T14:00:00Z', '2026-03-14T15:00:00Z']),
    ];
    expect(totalHours(entries, (e) => e.personId).get('p1')).toEqual({ shifts: 2, minutes: 210 });
    expect(totalHours(entries, () => 'team').get('team')).toEqual({ shifts: 3, minutes: 270 });
  });
});
