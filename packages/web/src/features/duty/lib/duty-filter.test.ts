import { describe, expect, it } from 'vitest';
import { patchDutyFilter, readDutyFilter, writeDutyFilter } from './duty-filter';

describe('duty filter in the URL', () => {
  it('reads what the server accepts and drops the rest', () => {
    const params = new URLSearchParams('villageId=v1&officerId=u1&day=2026-11-31&type=patrol&x=1');
    expect(readDutyFilter(params)).toEqual({ villageId: 'v1', officerId: 'u1', type: 'patrol' });
    expect(readDutyFilter(new URLSearchParams('day=2026-11-30&type=nap'))).toEqual({ day: '2026-11-30' });
  });

  it('writes back what it read', () => {
    const filter = { villageId: 'v1', day: '2026-11-30', type: 'traffic' } as const;
    expect(readDutyFilter(writeDutyFilter(filter))).toEqual(filter);
  });

  it('drops a cleared field when patched', () => {
    expect(patchDutyFilter({ villageId: 'v1', day: '2026-11-30' }, { day: undefined, type: 'patrol' })).toEqual({
      villageId: 'v1',
      type: 'patrol',
    });
  });
});
