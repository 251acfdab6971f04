import { describe, expect, it } from 'vitest';
import {
  DEFAULT_PATROL_SHIFT,
  shiftContaining,
  shiftLengthMinutes,
  shiftOfDay,
  validShiftSettings,
} from './patrol-shifts';

/** Shanghai wall-clock time as an instant (UTC+8). */
const sh = (local: string) => new Date(`${local}+08:00`).toISOString();

describe('night-patrol shifts in Asia/Shanghai', () => {
  it('files a check-in at 01:30 under the shift that began at 22:00 the day before', () => {
    expect(shiftContaining(sh('2026-03-15T01:30:00'))).toEqual({
      day: '2026-03-14',
      startsAt: '2026-03-14T14:00:00.000Z',
      endsAt: '2026-03-14T22:00:00.000Z',
    });
  });

  it('starts the shift at 22:00 exactly and files 23:59 under the same day', () => {
    expect(shiftContaining(sh('2026-03-14T22:00:00'))?.day).toBe('2026-03-14');
    expect(shiftContaining(sh('2026-03-14T23:59:59'))?.day).toBe('2026-03-14');
    expect(shiftContaining(sh('2026-03-15T00:00:00'))?.day).toBe('2026-03-14');
  });

  it('ends the shift at 06:00 exactly (exclusive) and is closed at 21:59', () => {
    expect(shiftContaining(sh('2026-03-15T05:59:59'))?.day).toBe('2026-03-14');
    expect(shiftContaining(sh('2026-03-15T06:00:00'))).toBeNull();
    expect(shiftContaining(sh('2026-03-15T12:00:00'))).toBeNull();
    expect(shiftContaining(sh('2026-03-15T21:59:00'))).toBeNull();
  });

  it('crosses a month and a year end', () => {
    expect(shiftContaining(sh('2027-01-01T03:00:00'))?.day).toBe('2026-12-31');
    expect(shiftOfDay('2026-02-28').endsAt).toBe('2026-02-28T22:00:00.000Z');
  });

  it('handles a shift entirely before midnight, 18:00–23:00', () => {
    const evening = { start: '18:00', end: '23:00' };
    expect(shiftLengthMinutes(evening)).toBe(300);
    expect(shiftContaining(sh('2026-03-14T18:00:00'), evening)?.day).toBe('2026-03-14');
    expect(shiftContaining(sh('2026-03-14T22:59:00'), evening)?.day).toBe('2026-03-14');
    expect(shiftContaining(sh('2026-03-14T23:00:00'), evening)).toBeNull();
    expect(shiftContaining(sh('2026-03-15T01:30:00'), evening)).toBeNull();
  });

  it('is 8 hours by default and refuses equal or malformed times', () => {
    expect(shiftLengthMinutes(DEFAULT_PATROL_SHIFT)).toBe(480);
    expect(validShiftSettings({ start: '22:00', end: '22:00' })).toBe(false);
    expect(validShiftSettings({ start: '24:00', end: '06:00' })).toBe(false);
    expect(validShiftSettings(DEFAULT_PATROL_SHIFT)).toBe(true);
  });
});
