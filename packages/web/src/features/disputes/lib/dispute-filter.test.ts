import { describe, expect, it } from 'vitest';
import { patchDisputeFilter, readDisputeFilter, writeDisputeFilter } from './dispute-filter';

describe('dispute filter in the URL', () => {
  it('round-trips every filter', () => {
    const filter = {
      tier: 'town',
      state: 'ASSIGNED',
      risk: 'red',
      category: 'forest_land',
      villageId: 'v1',
      overdue: true,
      open: true,
      grievanceOlderThanYears: 5,
      q: 'zs',
      closedFrom: '2026-11-01',
      closedTo: '2026-11-29',
      order: 'newest',
    } as const;
    expect(readDisputeFilter(writeDisputeFilter(filter))).toEqual(filter);
  });

  it('ignores unknown codes and nonsense numbers', () => {
    const params = new URLSearchParams(
      'tier=moon&state=X&risk=pink&overdue=yes&grievanceOlderThanYears=-3&q=%20&closedFrom=2026-13-01&order=oldest',
    );
    expect(readDisputeFilter(params)).toEqual({});
  });

  it('removes cleared values when patched', () => {
    expect(patchDisputeFilter({ q: 'a', overdue: true }, { q: '', overdue: false, risk: 'red' })).toEqual({
      risk: 'red',
    });
  });
});
