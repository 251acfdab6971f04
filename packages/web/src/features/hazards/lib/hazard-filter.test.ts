import { describe, expect, it } from 'vitest';
import { readHazardFilter, writeHazardFilter } from './hazard-filter';

describe('the hazard list filter in the URL', () => {
  it('reads what the home page and the dashboard links write, and drops what it does not know', () => {
    expect(readHazardFilter(new URLSearchParams('overdue=true&villageId=v1&state=bogus&source=patrol'))).toEqual({
      overdue: true,
      villageId: 'v1',
      source: 'patrol',
    });
    expect(readHazardFilter(new URLSearchParams('fixedFrom=2026-04-01&fixedTo=2026-04-30'))).toEqual({
      fixedFrom: '2026-04-01',
      fixedTo: '2026-04-30',
    });
  });

  it('writes a filter back as the same query', () => {
    const params = writeHazardFilter({ state: 'assigned', overdue: true, dueSoon: false });
    expect(params.toString()).toBe('state=assigned&overdue=true');
    expect(readHazardFilter(params)).toEqual({ state: 'assigned', overdue: true });
  });
});
