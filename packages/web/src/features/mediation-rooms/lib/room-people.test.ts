import { describe, expect, it } from 'vitest';
import { durationMinutes, panelOrder } from './room-people';

describe('durationMinutes', () => {
  it('gives whole minutes, at least one for a room that ran at all', () => {
    expect(durationMinutes(2400)).toBe(40);
    expect(durationMinutes(2429)).toBe(40);
    expect(durationMinutes(2430)).toBe(41);
    expect(durationMinutes(20)).toBe(1);
    expect(durationMinutes(0)).toBe(0);
    expect(durationMinutes(null)).toBeNull();
  });
});

describe('panelOrder', () => {
  const person = (id: string, status: 'waiting' | 'admitted' | 'removed' | 'left', joinedAt: string) => ({
    id,
    status,
    joinedAt,
  });

  it('puts the waiting room first (who came first on top), then those in the room, then those gone', () => {
    const ordered = panelOrder([
      person('left', 'left', '2026-12-03T06:00:00Z'),
      person('in-late', 'admitted', '2026-12-03T06:10:00Z'),
      person('wait-late', 'waiting', '2026-12-03T06:20:00Z'),
      person('in-early', 'admitted', '2026-12-03T06:01:00Z'),
      person('wait-early', 'waiting', '2026-12-03T06:05:00Z'),
      person('removed', 'removed', '2026-12-03T06:02:00Z'),
    ]);
    expect(ordered.map((p) => p.id)).toEqual(['wait-early', 'wait-late', 'in-early', 'in-late', 'left', 'removed']);
  });
});
