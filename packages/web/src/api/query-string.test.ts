import { describe, expect, it } from 'vitest';
import { toQueryString } from './query-string';

describe('toQueryString', () => {
  it('drops empty filters and encodes the rest', () => {
    expect(toQueryString({ q: '张 三', cursor: undefined, kind: '', limit: 30, parentId: null })).toBe(
      '?q=%E5%BC%A0+%E4%B8%89&limit=30',
    );
  });

  it('is empty when nothing is left', () => {
    expect(toQueryString(undefined)).toBe('');
    expect(toQueryString({ q: '' })).toBe('');
  });
});
