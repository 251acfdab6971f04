import { statsPeriodOf } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { readDashboardView, stepPeriodKey, writeDashboardView } from './period';

// 2026-11-30 10:00 in Shanghai.
const NOW = new Date('2026-11-30T02:00:00Z');

function period(kind: Parameters<typeof statsPeriodOf>[0], key: string) {
  const found = statsPeriodOf(kind, key);
  if (!found) throw new Error(`no period ${kind} ${key}`);
  return found;
}

describe('dashboard view in the URL', () => {
  it('round-trips and drops a key that does not name a period of its kind', () => {
    const view = { kind: 'quarter' as const, key: '2026-Q3', jurisdictionId: 'j1' };
    expect(readDashboardView(writeDashboardView(view))).toEqual(view);
    expect(readDashboardView(new URLSearchParams('period=week&key=2026-11'))).toEqual({ kind: 'week' });
    expect(readDashboardView(new URLSearchParams('period=range'))).toEqual({ kind: 'month' });
  });
});

describe('stepPeriodKey', () => {
  it('steps to the neighbouring period of the same kind, across a year', () => {
    expect(stepPeriodKey(period('month', '2026-01'), 'month', -1, NOW)).toBe('2025-12');
    expect(stepPeriodKey(period('week', '2026-W01'), 'week', -1, NOW)).toBe('2025-W52');
    expect(stepPeriodKey(period('quarter', '2026-Q1'), 'quarter', -1, NOW)).toBe('2025-Q4');
    expect(stepPeriodKey(period('day', '2026-11-29'), 'day', 1, NOW)).toBe('2026-11-30');
  });

  it('does not step into the future', () => {
    expect(stepPeriodKey(period('month', '2026-11'), 'month', 1, NOW)).toBeNull();
    expect(stepPeriodKey(period('day', '2026-11-30'), 'day', 1, NOW)).toBeNull();
    expect(stepPeriodKey(period('ytd', '2026-11-30'), 'ytd', 1, NOW)).toBeNull();
  });

  it('steps a year to date a whole year, to the same day (29 February to the 28th), and back up to today', () => {
    expect(stepPeriodKey(period('ytd', '2026-11-30'), 'ytd', -1, NOW)).toBe('2025-11-30');
    expect(stepPeriodKey(period('ytd', '2024-02-29'), 'ytd', -1, NOW)).toBe('2023-02-28');
    expect(stepPeriodKey(period('ytd', '2025-12-31'), 'ytd', 1, NOW)).toBe('2026-11-30');
  });
});
