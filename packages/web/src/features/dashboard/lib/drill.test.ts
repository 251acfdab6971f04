import { describe, expect, it } from 'vitest';
import { drillHref } from './drill';

describe('drillHref', () => {
  it('is the list path with its query, encoded', () => {
    expect(drillHref({ path: '/incidents', query: { receivedFrom: '2026-11-01', q: '村 口' } })).toBe(
      '/incidents?receivedFrom=2026-11-01&q=%E6%9D%91+%E5%8F%A3',
    );
    expect(drillHref({ path: '/disputes', query: {} })).toBe('/disputes');
  });
});
