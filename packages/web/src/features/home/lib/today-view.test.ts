import type { TodayGroup } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { hiddenCount, splitTodayGroups, todayHref } from './today-view';

function group(key: TodayGroup['key'], total: number, shown: number): TodayGroup {
  const items = Array.from({ length: shown }, (_, i) => ({
    id: `${key}-${i}`,
    number: null,
    title: 't',
    place: null,
    dueOn: null,
    at: null,
    badges: [],
    link: '/',
  }));
  return { key, module: 'disputes', badge: 'overdue', total, items, list: { path: '/disputes', query: {} } };
}

describe('today view', () => {
  it('writes a group link as the list page with its filters in the URL', () => {
    expect(todayHref({ path: '/disputes', query: { mine: 'true', open: 'true', overdue: 'true' } })).toBe(
      '/disputes?mine=true&open=true&overdue=true',
    );
    expect(todayHref({ path: '/incidents', query: {} })).toBe('/incidents');
  });

  it('shows groups with records as cards and names the clear ones', () => {
    const { busy, clear } = splitTodayGroups([group('dispute_overdue', 2, 2), group('dispute_red', 0, 0)]);
    expect(busy.map((g) => g.key)).toEqual(['dispute_overdue']);
    expect(clear.map((g) => g.key)).toEqual(['dispute_red']);
  });

  it('counts the records behind the "view all" link', () => {
    expect(hiddenCount(group('dispute_overdue', 8, 5))).toBe(3);
    expect(hiddenCount(group('dispute_overdue', 5, 5))).toBe(0);
  });
});
