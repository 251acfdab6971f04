import { describe, expect, it } from 'vitest';
import {
  comparisonPeriods,
  formatPeriodLabel,
  isoWeekOf,
  isoWeeksInYear,
  periodContaining,
  previousPeriod,
  resolveStatsPeriod,
  type StatsPeriod,
  samePeriodLastYear,
  statsPeriodOf,
} from './stats-periods';

const NOW = '2026-11-30T04:00:00Z';

function period(kind: Parameters<typeof statsPeriodOf>[0], key: string): StatsPeriod {
  const p = statsPeriodOf(kind, key);
  if (!p) throw new Error(`no period ${kind} ${key}`);
  return p;
}

function days(p: StatsPeriod): [string, string] {
  return [p.firstDay, p.lastDay];
}

describe('periods start and end at Shanghai midnight', () => {
  it('a month runs from 16:00 UTC on the day before its first to 16:00 UTC on its last day', () => {
    expect(period('month', '2026-11')).toEqual({
      kind: 'month',
      key: '2026-11',
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      from: '2026-10-31T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
  });

  it('February has 29 days in a leap year, and December ends the year', () => {
    expect(days(period('month', '2028-02'))).toEqual(['2028-02-01', '2028-02-29']);
    expect(days(period('month', '2026-02'))).toEqual(['2026-02-01', '2026-02-28']);
    expect(period('month', '2026-12').to).toBe('2026-12-31T16:00:00.000Z');
  });

  it('a day, a quarter, a year and a year to date', () => {
    expect(period('day', '2026-11-30')).toMatchObject({
      from: '2026-11-29T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
    expect(days(period('quarter', '2026-Q4'))).toEqual(['2026-10-01', '2026-12-31']);
    expect(days(period('quarter', '2026-Q1'))).toEqual(['2026-01-01', '2026-03-31']);
    expect(days(period('year', '2026'))).toEqual(['2026-01-01', '2026-12-31']);
    expect(days(period('ytd', '2026-11-30'))).toEqual(['2026-01-01', '2026-11-30']);
    expect(period('range', '2026-11-01..2026-11-15').to).toBe('2026-11-15T16:00:00.000Z');
  });

  it('the period containing an instant is taken in Shanghai: 23:59:59 +08:00 is still that day, 00:00 the next', () => {
    expect(periodContaining('month', '2026-11-30T23:59:59+08:00')?.key).toBe('2026-11');
    expect(periodContaining('month', '2026-12-01T00:00:00+08:00')?.key).toBe('2026-12');
    expect(periodContaining('month', '2026-11-30T16:00:00Z')?.key).toBe('2026-12');
    expect(periodContaining('year', '2026-12-31T16:30:00Z')?.key).toBe('2027');
    expect(periodContaining('quarter', '2026-09-30T15:59:59Z')?.key).toBe('2026-Q3');
    expect(periodContaining('ytd', NOW)?.key).toBe('2026-11-30');
  });
});

describe('ISO weeks', () => {
  it('start on Monday; week 1 holds the first Thursday', () => {
    expect(days(period('week', '2026-W48'))).toEqual(['2026-11-23', '2026-11-29']);
    expect(isoWeekOf('2026-11-30')).toEqual({ year: 2026, week: 49 });
    expect(isoWeekOf('2026-01-01')).toEqual({ year: 2026, week: 1 });
  });

  it('a week crossing the new year belongs to the year of its Thursday', () => {
    // 2024-12-30 (Monday) to 2025-01-05: Thursday 2025-01-02, so it is 2025-W01.
    expect(days(period('week', '2025-W01'))).toEqual(['2024-12-30', '2025-01-05']);
    expect(periodContaining('week', '2024-12-31T12:00:00+08:00')?.key).toBe('2025-W01');
    // 2027-01-01 is a Friday: it still belongs to 2026's last week.
    expect(periodContaining('week', '2027-01-01T12:00:00+08:00')?.key).toBe('2026-W53');
  });

  it('week 53 exists only in long years', () => {
    expect(isoWeeksInYear(2026)).toBe(53);
    expect(isoWeeksInYear(2020)).toBe(53);
    expect(isoWeeksInYear(2025)).toBe(52);
    expect(days(period('week', '2026-W53'))).toEqual(['2026-12-28', '2027-01-03']);
    expect(statsPeriodOf('week', '2025-W53')).toBeNull();
    expect(statsPeriodOf('week', '2026-W00')).toBeNull();
  });

  it('week 53 is compared with week 52 of a year without one; other weeks with the same number', () => {
    expect(samePeriodLastYear(period('week', '2026-W53')).key).toBe('2025-W52');
    expect(samePeriodLastYear(period('week', '2027-W01')).key).toBe('2026-W01');
    expect(samePeriodLastYear(period('week', '2021-W52')).key).toBe('2020-W52');
    expect(previousPeriod(period('week', '2027-W01')).key).toBe('2026-W53');
  });
});

describe('同比 and 环比 periods', () => {
  it('the previous period of each kind', () => {
    expect(previousPeriod(period('day', '2026-03-01')).key).toBe('2026-02-28');
    expect(previousPeriod(period('month', '2026-01')).key).toBe('2025-12');
    expect(previousPeriod(period('quarter', '2026-Q1')).key).toBe('2025-Q4');
    expect(previousPeriod(period('year', '2026')).key).toBe('2025');
    expect(days(previousPeriod(period('range', '2026-11-01..2026-11-15')))).toEqual(['2026-10-17', '2026-10-31']);
    expect(days(previousPeriod(period('ytd', '2026-01-10')))).toEqual(['2025-12-22', '2025-12-31']);
  });

  it('the same period last year; a year to date against the same days last year', () => {
    expect(samePeriodLastYear(period('month', '2026-11')).key).toBe('2025-11');
    expect(samePeriodLastYear(period('quarter', '2026-Q4')).key).toBe('2025-Q4');
    expect(samePeriodLastYear(period('year', '2026')).key).toBe('2025');
    expect(samePeriodLastYear(period('day', '2028-02-29')).key).toBe('2027-02-28');
    expect(days(samePeriodLastYear(period('ytd', '2026-11-30')))).toEqual(['2025-01-01', '2025-11-30']);
    expect(days(samePeriodLastYear(period('ytd', '2028-02-29')))).toEqual(['2027-01-01', '2027-02-28']);
    expect(days(samePeriodLastYear(period('range', '2026-11-01..2026-11-15')))).toEqual(['2025-11-01', '2025-11-15']);
  });
});

describe('resolving a request', () => {
  it('defaults to this month, and a kind without key to the one holding today', () => {
    expect(resolveStatsPeriod({}, NOW)).toEqual({ ok: true, period: period('month', '2026-11') });
    expect(resolveStatsPeriod({ period: 'week' }, NOW)).toMatchObject({ ok: true, period: { key: '2026-W49' } });
    expect(resolveStatsPeriod({ period: 'ytd' }, NOW)).toMatchObject({ ok: true, period: { key: '2026-11-30' } });
    expect(resolveStatsPeriod({ period: 'quarter', key: '2026-Q4' }, NOW)).toMatchObject({ ok: true });
  });

  it('today is taken in Shanghai: at 16:30 UTC on 30 November it is already December there', () => {
    expect(resolveStatsPeriod({}, '2026-11-30T16:30:00Z')).toMatchObject({ ok: true, period: { key: '2026-12' } });
    expect(resolveStatsPeriod({ period: 'month', key: '2026-12' }, '2026-11-30T15:59:59Z')).toEqual({
      ok: false,
      code: 'PERIOD_IN_FUTURE',
    });
  });

  it('a range with its two days', () => {
    expect(resolveStatsPeriod({ period: 'range', from: '2026-11-01', to: '2026-11-15' }, NOW)).toMatchObject({
      ok: true,
      period: { kind: 'range', key: '2026-11-01..2026-11-15' },
    });
    expect(resolveStatsPeriod({ period: 'range', from: '2026-11-30', to: '2026-12-31' }, NOW)).toMatchObject({
      ok: true,
    });
  });

  it.each([
    [{ period: 'fortnight' }],
    [{ period: 'month', key: '2026-13' }],
    [{ period: 'month', key: '2026-1' }],
    [{ period: 'quarter', key: '2026-Q5' }],
    [{ period: 'day', key: '2026-02-30' }],
    [{ period: 'week', key: '2026-48' }],
    [{ period: 'year', key: '0001' }],
    [{ period: 'range', from: '2026-11-01' }],
    [{ period: 'range', key: '2026-11-01..2026-11-02' }],
    [{ period: 'range', from: 'yesterday', to: '2026-11-02' }],
    [{ period: 'month', key: '2026-11', from: '2026-11-01' }],
  ])('%j is PERIOD_INVALID', (query) => {
    expect(resolveStatsPeriod(query, NOW)).toEqual({ ok: false, code: 'PERIOD_INVALID' });
  });

  it('a range that ends before it starts is PERIOD_REVERSED', () => {
    expect(resolveStatsPeriod({ period: 'range', from: '2026-11-15', to: '2026-11-01' }, NOW)).toEqual({
      ok: false,
      code: 'PERIOD_REVERSED',
    });
  });

  it('a period starting after today is PERIOD_IN_FUTURE', () => {
    for (const query of [
      { period: 'day', key: '2026-12-01' },
      { period: 'month', key: '2027-01' },
      { period: 'week', key: '2026-W50' },
      { period: 'year', key: '2027' },
      { period: 'range', from: '2026-12-01', to: '2026-12-02' },
    ]) {
      expect(resolveStatsPeriod(query, NOW), JSON.stringify(query)).toEqual({ ok: false, code: 'PERIOD_IN_FUTURE' });
    }
  });

  it('a year to date past today is PERIOD_IN_FUTURE: “to date” ends today', () => {
    for (const key of ['2026-12-01', '2026-12-31']) {
      expect(resolveStatsPeriod({ period: 'ytd', key }, NOW), key).toEqual({ ok: false, code: 'PERIOD_IN_FUTURE' });
    }
    // Up to and including today stays fine, as does a keyed period still running (this year: figures so far).
    expect(resolveStatsPeriod({ period: 'ytd', key: '2026-11-30' }, NOW).ok).toBe(true);
    expect(resolveStatsPeriod({ period: 'year', key: '2026' }, NOW).ok).toBe(true);
  });
});

describe('labels', () => {
  it('reads in Chinese', () => {
    expect(formatPeriodLabel(period('month', '2026-11'))).toBe('2026年11月');
    expect(formatPeriodLabel(period('week', '2026-W48'))).toBe('2026年第48周');
    expect(formatPeriodLabel(period('quarter', '2026-Q4'))).toBe('2026年第四季度');
    expect(formatPeriodLabel(period('year', '2026'))).toBe('2026年');
    expect(formatPeriodLabel(period('day', '2026-11-30'))).toBe('2026年11月30日');
    expect(formatPeriodLabel(period('ytd', '2026-11-30'))).toBe('2026年1月1日至11月30日');
    expect(formatPeriodLabel(period('range', '2025-12-20..2026-01-05'))).toBe('2025年12月20日至2026年1月5日');
  });

  it('and in English', () => {
    expect(formatPeriodLabel(period('month', '2026-11'), 'en')).toBe('2026-11');
    expect(formatPeriodLabel(period('quarter', '2026-Q4'), 'en')).toBe('Q4 2026');
    expect(formatPeriodLabel(period('week', '2026-W48'), 'en')).toBe('Week 48 of 2026 (2026-11-23 to 2026-11-29)');
    expect(formatPeriodLabel(period('ytd', '2026-11-30'), 'en')).toBe('2026-01-01 to 2026-11-30');
  });
});

describe('comparisonPeriods', () => {
  it('sets a running month against the same first days of last year and of the month before', () => {
    const compared = comparisonPeriods(period('month', '2026-11'), '2026-11-29T10:00:00+08:00');
    expect(compared.partial).toBe(true);
    expect([compared.lastYear.firstDay, compared.lastYear.lastDay]).toEqual(['2025-11-01', '2025-11-29']);
    expect([compared.previous.firstDay, compared.previous.lastDay]).toEqual(['2026-10-01', '2026-10-29']);
  });

  it('sets the Monday of a running week against the Monday before and last year’s', () => {
    const compared = comparisonPeriods(period('week', '2026-W49'), '2026-11-30T00:00:00+08:00');
    expect([compared.previous.firstDay, compared.previous.lastDay]).toEqual(['2026-11-23', '2026-11-23']);
    expect([compared.lastYear.firstDay, compared.lastYear.lastDay]).toEqual(['2025-12-01', '2025-12-01']);
  });

  it('keeps the base whole when the running period is longer than it (31 March against February)', () => {
    const compared = comparisonPeriods(period('month', '2026-03'), '2026-03-30T12:00:00+08:00');
    expect(compared.previous).toEqual(period('month', '2026-02'));
  });

  it('compares a period that is over, a day and a year to date whole', () => {
    const over = comparisonPeriods(period('month', '2026-10'), '2026-11-29T10:00:00+08:00');
    expect(over).toEqual({
      lastYear: period('month', '2025-10'),
      previous: period('month', '2026-09'),
      partial: false,
    });
    expect(comparisonPeriods(period('day', '2026-11-29'), '2026-11-29T10:00:00+08:00').partial).toBe(false);
    expect(comparisonPeriods(period('ytd', '2026-11-29'), '2026-11-29T10:00:00+08:00').partial).toBe(false);
  });

  it('counts the running day by Shanghai time: 23:59 +08:00 on the 29th is still the 29th', () => {
    const compared = comparisonPeriods(period('month', '2026-11'), '2026-11-29T15:59:00Z');
    expect(compared.lastYear.lastDay).toBe('2025-11-29');
    expect(comparisonPeriods(period('month', '2026-11'), '2026-11-29T16:00:00Z').lastYear.lastDay).toBe('2025-11-30');
  });
});
