import { describe, expect, it } from 'vitest';
import { localPage } from './local-paging';

describe('local paging', () => {
  it('shows the first rows and says whether more remain', () => {
    const rows = [1, 2, 3, 4, 5];
    expect(localPage(rows, 2)).toEqual({ shown: [1, 2], hasMore: true });
    expect(localPage(rows, 5)).toEqual({ shown: rows, hasMore: false });
    expect(localPage([], 20)).toEqual({ shown: [], hasMore: false });
  });
});
