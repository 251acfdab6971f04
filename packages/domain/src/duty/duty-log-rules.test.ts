import { describe, expect, it } from 'vitest';
import { dutyLogTimeProblems, MONTH_PATTERN, monthSpan } from './duty-log-rules';

// 10:00 on 22 November 2026 in Shanghai.
const NOW = '2026-11-22T02:00:00Z';

describe('dutyLogTimeProblems', () => {
  it('accepts now, the past within the backdate bound and a few minutes of clock skew', () => {
    expect(dutyLogTimeProblems(NOW, NOW)).toEqual([]);
    expect(dutyLogTimeProblems('2026-10-23T02:00:00Z', NOW)).toEqual([]);
    expect(dutyLogTimeProblems('2025-01-01T00:00:00Z', NOW, 3650)).toEqual([]);
    expect(dutyLogTimeProblems('2026-11-22T02:04:59Z', NOW)).toEqual([]);
  });

  it('refuses a time further back than the bound as TIME_TOO_FAR_BACK on occurredAt', () => {
    expect(dutyLogTimeProblems('2025-01-01T00:00:00Z', NOW)).toEqual([
      { code: 'TIME_TOO_FAR_BACK', path: 'occurredAt' },
    ]);
    expect(dutyLogTimeProblems('2026-11-12T02:00:00Z', NOW, 7)).toEqual([
      { code: 'TIME_TOO_FAR_BACK', path: 'occurredAt' },
    ]);
  });

  it('refuses a time beyond the skew as TIME_IN_FUTURE on occurredAt', () => {
    expect(dutyLogTimeProblems('2026-11-22T02:05:01Z', NOW)).toEqual([{ code: 'TIME_IN_FUTURE', path: 'occurredAt' }]);
    expect(dutyLogTimeProblems('2026-11-22T12:00:00+08:00', NOW)).toEqual([
      { code: 'TIME_IN_FUTURE', path: 'occurredAt' },
    ]);
  });
});

describe('monthSpan', () => {
  it('spans the Shanghai days of the month: from 16:00 UTC the day before the 1st', () => {
    expect(monthSpan('2026-11')).toEqual({
      firstDay: '2026-11-01',
      lastDay: '2026-11-30',
      from: '2026-10-31T16:00:00.000Z',
      until: '2026-11-30T16:00:00.000Z',
    });
  });

  it('knows February and the turn of the year', () => {
    expect(monthSpan('2028-02').lastDay).toBe('2028-02-29');
    expect(monthSpan('2026-12')).toMatchObject({ lastDay: '2026-12-31', until: '2026-12-31T16:00:00.000Z' });
  });

  it('refuses what is not a month', () => {
    for (const bad of ['2026-13', '2026-00', '2026-1', '202611']) {
      expect(MONTH_PATTERN.test(bad)).toBe(false);
      expect(() => monthSpan(bad)).toThrow(RangeError);
    }
  });
});
