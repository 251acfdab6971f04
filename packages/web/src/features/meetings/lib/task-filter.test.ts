import { describe, expect, it } from 'vitest';
import { patchTaskFilter, readTaskFilter, writeTaskFilter } from './task-filter';

describe('task filter in the URL', () => {
  it('reads the drill link’s flags and ids and ignores the rest', () => {
    const params = new URLSearchParams('overdue=true&open=1&mine=true&villageId=v1&meetingId=%20&x=y');
    expect(readTaskFilter(params)).toEqual({ overdue: true, mine: true, villageId: 'v1' });
  });

  it('writes back what it read', () => {
    const filter = { open: true, dueSoon: true, villageId: 'v1', meetingId: 'm1' };
    expect(readTaskFilter(writeTaskFilter(filter))).toEqual(filter);
    expect(writeTaskFilter(filter).toString()).toBe('open=true&dueSoon=true&villageId=v1&meetingId=m1');
  });

  it('drops a cleared field when patched', () => {
    expect(
      patchTaskFilter({ mine: true, villageId: 'v1' }, { mine: false, villageId: undefined, overdue: true }),
    ).toEqual({
      overdue: true,
    });
  });
});
