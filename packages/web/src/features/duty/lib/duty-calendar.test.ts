import { describe, expect, it } from 'vitest';
import { dutyDaysByDate, dutyMonthTotals } from './duty-calendar';

const CALENDAR = {
  officerId: 'u1',
  month: '2026-10',
  days: [
    {
      day: '2026-10-15',
      total: 3,
      counts: [
        { type: 'patrol' as const, count: 2 },
        { type: 'intelligence' as const, count: 1 },
      ],
    },
    { day: '2026-10-31', total: 1, counts: [{ type: 'patrol' as const, count: 1 }] },
  ],
};

describe('duty calendar', () => {
  it('looks days up by date and leaves empty days out', () => {
    const days = dutyDaysByDate(CALENDAR);
    expect(days.get('2026-10-31')).toEqual({ total: 1, counts: [{ type: 'patrol', count: 1 }] });
    expect(days.get('2026-10-16')).toBeUndefined();
    expect(dutyDaysByDate(undefined).size).toBe(0);
  });

  it('adds the month up per type', () => {
    expect(dutyMonthTotals(CALENDAR)).toEqual({
      total: 4,
      counts: [
        { type: 'patrol', count: 3 },
        { type: 'intelligence', count: 1 },
      ],
    });
  });
});
