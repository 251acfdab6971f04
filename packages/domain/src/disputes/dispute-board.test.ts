import { describe, expect, it } from 'vitest';
import {
  boardPeriods,
  DUE_SOON_HOURS,
  dueSoonUntil,
  isDueSoon,
  isOpenState,
  shanghaiDayRange,
  urgencyRank,
} from './dispute-board';

const NOW = '2026-11-29T04:00:00.000Z';

describe('board rules', () => {
  it('counts a case as open until it is closed, escalated to the county or diverted', () => {
    expect(isOpenState('DISCOVERED')).toBe(true);
    expect(isOpenState('FOLLOW_UP')).toBe(true);
    expect(isOpenState('CLOSED')).toBe(false);
    expect(isOpenState('ESCALATED_COUNTY')).toBe(false);
    expect(isOpenState('DIVERTED')).toBe(false);
  });

  it('calls a case due soon within the first reminder’s lead time, on the clock and not yet overdue', () => {
    expect(DUE_SOON_HOURS).toBe(24);
    expect(dueSoonUntil(NOW)).toBe('2026-11-30T04:00:00.000Z');
    expect(isDueSoon('VILLAGE_HANDLING', '2026-11-29T10:00:00.000Z', false, NOW)).toBe(true);
    expect(isDueSoon('VILLAGE_HANDLING', '2026-11-30T04:00:00.000Z', false, NOW)).toBe(true);
    expect(isDueSoon('VILLAGE_HANDLING', '2026-11-30T04:00:00.001Z', false, NOW)).toBe(false);
    expect(isDueSoon('VILLAGE_HANDLING', '2026-11-29T03:59:59.999Z', false, NOW)).toBe(false);
    expect(isDueSoon('VILLAGE_HANDLING', '2026-11-29T10:00:00.000Z', true, NOW)).toBe(false);
    expect(isDueSoon('RESOLVED', '2026-11-29T10:00:00.000Z', false, NOW)).toBe(false);
    expect(isDueSoon('DISCOVERED', null, false, NOW)).toBe(false);
  });

  it('ranks red before overdue before due soon before the rest', () => {
    const rank = (riskGrade: 'red' | 'orange' | 'green', overdue: boolean, dueSoon: boolean) =>
      urgencyRank({ state: 'VILLAGE_HANDLING', riskGrade, overdue, dueSoon });
    expect(rank('red', false, false)).toBe(0);
    expect(rank('red', true, false)).toBe(0);
    expect(rank('orange', true, false)).toBe(1);
    expect(rank('green', false, true)).toBe(2);
    expect(rank('orange', false, false)).toBe(3);
    for (const state of ['CLOSED', 'ESCALATED_COUNTY', 'DIVERTED'] as const) {
      expect(urgencyRank({ state, riskGrade: 'red', overdue: true, dueSoon: false })).toBe(3);
    }
  });

  it('turns Shanghai days into UTC instants and finds this month and year in Shanghai', () => {
    expect(shanghaiDayRange('2026-11-01', '2026-11-30')).toEqual({
      fromAt: '2026-10-31T16:00:00.000Z',
      beforeAt: '2026-11-30T16:00:00.000Z',
    });
    // 20:00 UTC on 31 December is already 1 January in Shanghai.
    expect(boardPeriods('2026-12-31T20:00:00.000Z')).toEqual({
      today: '2027-01-01',
      monthStart: '2027-01-01',
      yearStart: '2027-01-01',
    });
  });
});
