import type { StatsBreakdown, StatsTrend } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { breakdownOption, breakdownPickDrill, monthLabel, trendOption, trendPickDrill } from './chart-options';

const link = (id: string) => ({ path: '/incidents', query: { id } });

const breakdown: StatsBreakdown = {
  measure: 'incidents.received',
  labelZh: '接警',
  labelEn: 'Received',
  dimension: 'category',
  rows: [
    { key: 'a', labelZh: '甲', labelEn: 'A', count: 9, drill: link('a') },
    { key: 'b', labelZh: '乙', labelEn: 'B', count: 4, drill: link('b') },
    { key: 'c', labelZh: '丙', labelEn: 'C', count: 1, drill: null },
  ],
};

describe('breakdown charts', () => {
  it('draw bars with the largest row on top and open the clicked row', () => {
    const option = breakdownOption(breakdown, 'zh', { big: false });
    expect(option.yAxis).toMatchObject({ data: ['丙', '乙', '甲'] });
    expect(breakdownPickDrill(breakdown, 2)).toEqual(link('a'));
    expect(breakdownPickDrill(breakdown, 0)).toBeNull();
  });

  it('draw risk grades as a pie in row order', () => {
    const risk: StatsBreakdown = { ...breakdown, dimension: 'risk' };
    expect(breakdownPickDrill(risk, 1)).toEqual(link('b'));
    expect(JSON.stringify(breakdownOption(risk, 'en', { big: true }))).toContain('"type":"pie"');
  });
});

describe('trend charts', () => {
  const trend: StatsTrend = {
    measure: 'incidents.received',
    labelZh: '接警',
    labelEn: 'Received',
    months: [
      { month: '2025-12', count: 3, lastYear: 5, drill: link('now'), lastYearDrill: link('then') },
      { month: '2026-01', count: 2, lastYear: 1, drill: null, lastYearDrill: null },
    ],
  };

  it('label months so a year boundary reads, and open the month of the clicked series', () => {
    expect(monthLabel('2025-12', 'zh')).toBe('12月');
    expect(monthLabel('2026-01', 'zh')).toBe('2026年1月');
    const option = trendOption(trend, 'zh', { current: '当月', lastYear: '上年同月' }, { big: false });
    expect(option.xAxis).toMatchObject({ data: ['12月', '2026年1月'] });
    expect(trendPickDrill(trend, 0, 0)).toEqual(link('now'));
    expect(trendPickDrill(trend, 1, 0)).toEqual(link('then'));
    expect(trendPickDrill(trend, 0, 5)).toBeNull();
  });
});
