import { describe, expect, it } from 'vitest';
import { deadlineStatus } from './deadline-status';

// Due by the end of 7 December 2026, Beijing time.
const DEADLINE = '2026-12-07T16:00:00.000Z';

describe('a deadline as people read it', () => {
  it('counts whole Beijing days left and names the last day', () => {
    expect(deadlineStatus(DEADLINE, 'VILLAGE_HANDLING', '2026-12-04T02:00:00Z')).toEqual({
      kind: 'remaining',
      days: 3,
      lastDay: '2026-12-07',
    });
    // 23:30 on 6 December in Beijing is still one day before the last day, though it is 15:30 UTC.
    expect(deadlineStatus(DEADLINE, 'TOWN_ACCEPTED', '2026-12-06T15:30:00Z')).toMatchObject({ days: 1 });
  });

  it('is due today from 00:00 to 23:59 Beijing time of the last day', () => {
    expect(deadlineStatus(DEADLINE, 'ASSIGNED', '2026-12-06T16:00:00Z')).toEqual({
      kind: 'today',
      lastDay: '2026-12-07',
    });
    expect(deadlineStatus(DEADLINE, 'ASSIGNED', '2026-12-07T15:59:59Z').kind).toBe('today');
  });

  it('is overdue from 24:00, by whole days', () => {
    expect(deadlineStatus(DEADLINE, 'TASKFORCE', DEADLINE)).toEqual({
      kind: 'overdue',
      days: 1,
      lastDay: '2026-12-07',
    });
    expect(deadlineStatus(DEADLINE, 'TASKFORCE', '2026-12-10T01:00:00Z')).toMatchObject({ kind: 'overdue', days: 3 });
    // Sixteen months on, the count keeps growing rather than saying "due soon".
    expect(deadlineStatus(DEADLINE, 'VILLAGE_FAILED', '2028-04-07T04:00:00Z')).toMatchObject({
      kind: 'overdue',
      days: 487,
    });
  });

  it('shows nothing once the clock has stopped or when there is no deadline', () => {
    for (const state of ['RESOLVED', 'FOLLOW_UP', 'CLOSED', 'DIVERTED', 'ESCALATED_COUNTY'] as const) {
      expect(deadlineStatus(DEADLINE, state, '2026-12-10T00:00:00Z')).toEqual({ kind: 'none' });
    }
    expect(deadlineStatus(null, 'VILLAGE_HANDLING')).toEqual({ kind: 'none' });
  });
});
