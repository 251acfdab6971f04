import { describe, expect, it } from 'vitest';
import { defaultReportMonth, drillHref, reportMonthFromQuery, reportQuery } from './report-month';

describe('the report month', () => {
  it('opens on the last month that has ended in Shanghai', () => {
    // 16:30 UTC on 31 October is already 1 November in Shanghai: October has ended.
    expect(defaultReportMonth(new Date('2026-10-31T16:30:00Z'))).toBe('2026-10');
    expect(defaultReportMonth(new Date('2026-10-31T15:30:00Z'))).toBe('2026-09');
    expect(defaultReportMonth(new Date('2026-01-15T00:00:00Z'))).toBe('2025-12');
  });

  it('takes the month from the address only when it is one', () => {
    const now = new Date('2026-11-30T00:00:00Z');
    expect(reportMonthFromQuery('2026-03', now)).toBe('2026-03');
    expect(reportMonthFromQuery('2026-13', now)).toBe('2026-10');
    expect(reportMonthFromQuery(null, now)).toBe('2026-10');
  });

  it('builds the download query and the drill-through address', () => {
    expect(reportQuery('2026-10', null)).toBe('month=2026-10');
    expect(reportQuery('2026-10', 't1')).toBe('month=2026-10&townId=t1');
    expect(drillHref({ path: '/incidents', query: { category: 'criminal', from: '2026-10-01' } })).toBe(
      '/incidents?category=criminal&from=2026-10-01',
    );
    expect(drillHref({ path: '/disputes', query: {} })).toBe('/disputes');
  });
});
