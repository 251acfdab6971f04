import { describe, expect, it } from 'vitest';
import {
  analysisKeyOfDay,
  analysisPeriodContaining,
  analysisPeriodOf,
  analysisPeriodProblem,
  formatAnalysisPeriod,
} from './analysis-periods';

describe('analysis periods', () => {
  it('bounds a day by Shanghai midnights', () => {
    expect(analysisPeriodOf('daily', '2026-11-30')).toMatchObject({
      firstDay: '2026-11-30',
      lastDay: '2026-11-30',
      from: '2026-11-29T16:00:00.000Z',
      to: '2026-11-30T16:00:00.000Z',
    });
  });
  it('bounds an ISO week Monday to Sunday, across New Year', () => {
    expect(analysisPeriodOf('weekly', '2026-W48')).toMatchObject({ firstDay: '2026-11-23', lastDay: '2026-11-29' });
    expect(analysisPeriodOf('weekly', '2026-W01')).toMatchObject({ firstDay: '2025-12-29', lastDay: '2026-01-04' });
    expect(analysisPeriodOf('weekly', '2026-W53')?.firstDay).toBe('2026-12-28');
    expect(analysisKeyOfDay('weekly', '2027-01-01')).toBe('2026-W53');
    expect(analysisKeyOfDay('weekly', '2025-12-29')).toBe('2026-W01');
  });
  it('refuses keys naming no real day or week, and a key of the other kind', () => {
    expect(analysisPeriodOf('daily', '2026-02-30')).toBeNull();
    expect(analysisPeriodOf('weekly', '2025-W53')).toBeNull();
    expect(analysisPeriodOf('weekly', '2026-W00')).toBeNull();
    expect(analysisPeriodOf('daily', '2026-W48')).toBeNull();
    expect(analysisPeriodOf('weekly', '2026-11-30')).toBeNull();
  });
  it('counts a record at 23:59:59 +08:00 on Sunday in that week', () => {
    expect(analysisPeriodContaining('weekly', '2026-11-29T23:59:59+08:00').key).toBe('2026-W48');
    expect(analysisPeriodContaining('weekly', '2026-11-30T00:00:00+08:00').key).toBe('2026-W49');
    expect(analysisPeriodContaining('daily', '2026-11-30T23:59:59+08:00').key).toBe('2026-11-30');
  });
  it('refuses a period that starts after today, allows the running one', () => {
    const now = '2026-11-30T02:00:00Z';
    expect(analysisPeriodProblem('daily', '2026-11-30', now)).toBeNull();
    expect(analysisPeriodProblem('daily', '2026-12-01', now)).toBe('PERIOD_IN_FUTURE');
    expect(analysisPeriodProblem('weekly', '2026-W49', now)).toBeNull();
    expect(analysisPeriodProblem('weekly', '2026-W50', now)).toBe('PERIOD_IN_FUTURE');
    expect(analysisPeriodProblem('weekly', '2026-W60', now)).toBe('PERIOD_INVALID');
    expect(analysisPeriodProblem('daily', '2026-W49', now)).toBe('PERIOD_INVALID');
  });
  it('reads in Chinese with the week’s days', () => {
    const week = analysisPeriodOf('weekly', '2026-W48');
    const day = analysisPeriodOf('daily', '2026-11-30');
    if (!week || !day) throw new Error('periods');
    expect(formatAnalysisPeriod(day)).toBe('2026年11月30日');
    expect(formatAnalysisPeriod(week)).toBe('2026年第48周（11月23日至11月29日）');
  });
});
