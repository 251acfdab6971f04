import { describe, expect, it } from 'vitest';
import { readPeopleFilter, writePeopleFilter } from './people-filter-params';

describe('people filter in the URL', () => {
  it('round-trips and ignores unknown kinds', () => {
    const filter = { q: '张', jurisdictionId: 'v1', kind: 'staff' as const };
    expect(readPeopleFilter(writePeopleFilter(filter))).toEqual(filter);
    expect(readPeopleFilter(new URLSearchParams('kind=boss&q=%20%20&focus=search'))).toEqual({});
  });
});
