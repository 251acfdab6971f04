import { describe, expect, it } from 'vitest';
import { panelOrder } from './room-people';

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
