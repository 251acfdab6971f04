import { describe, expect, it } from 'vitest';
import {
  hasTodos,
  orderTodayGroups,
  TODAY_BADGE_LABELS,
  TODAY_GROUP_LABELS,
  type TodayGroup,
  todayTitle,
  todayWeek,
} from './today.schema';

function group(key: TodayGroup['key'], total: number): TodayGroup {
  return { key, module: 'disputes', badge: 'overdue', total, items: [], list: { path: '/disputes', query: {} } };
}

describe('today groups', () => {
  it('come in the fixed order whatever order the sources answered in', () => {
    const ordered = orderTodayGroups([group('incident_late', 0), group('dispute_red', 1), group('dispute_overdue', 2)]);
    expect(ordered.map((g) => g.key)).toEqual(['dispute_overdue', 'dispute_red', 'incident_late']);
  });

  it('count as something to do only when a group has records', () => {
    expect(hasTodos({ groups: [] })).toBe(false);
    expect(hasTodos({ groups: [group('dispute_red', 0), group('incident_late', 0)] })).toBe(false);
    expect(hasTodos({ groups: [group('dispute_red', 0), group('incident_late', 1)] })).toBe(true);
  });

  it('have Chinese labels without English words', () => {
    for (const label of [...Object.values(TODAY_BADGE_LABELS), ...Object.values(TODAY_GROUP_LABELS)]) {
      expect(label.zh).not.toMatch(/[A-Za-z]/);
    }
  });
});

describe('today item text', () => {
  it('folds a summary to one line and cuts it at 60 characters, counting Chinese characters as one', () => {
    expect(todayTitle('  邻里  因\n排水沟 ')).toBe('邻里 因 排水沟');
    const long = '宅'.repeat(61);
    expect(todayTitle(long)).toBe(`${'宅'.repeat(59)}…`);
    expect([...todayTitle(long)]).toHaveLength(60);
    expect(todayTitle('宅'.repeat(60))).toBe('宅'.repeat(60));
  });
});

describe('this week', () => {
  it('runs Monday to Sunday in Shanghai, whatever the UTC day', () => {
    // Monday 30 November 2026, 00:30 in Shanghai, is still Sunday in UTC.
    expect(todayWeek('2026-11-29T16:30:00Z')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    // Sunday 6 December, 23:59 in Shanghai, is the same week's last day.
    expect(todayWeek('2026-12-06T15:59:00Z')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(todayWeek('2026-12-06T16:00:00Z')).toEqual({ from: '2026-12-07', to: '2026-12-13' });
    // Across a year's end.
    expect(todayWeek('2026-12-31T04:00:00Z')).toEqual({ from: '2026-12-28', to: '2027-01-03' });
  });
});
