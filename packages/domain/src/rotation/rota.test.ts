import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../shared/shanghai-time';
import { type CalendarDay, DEFAULT_HOLIDAY_CALENDAR, indexCalendar, isWorkingDay } from './holiday-calendar';
import { buildRota, openCycle, type RotaRequest, type RotaSlot } from './rota';

const villagesOf = (n: number) => Array.from({ length: n }, (_, i) => `v${String(i).padStart(2, '0')}`);

function request(overrides: Partial<RotaRequest> = {}): RotaRequest {
  return {
    year: 2026,
    villages: villagesOf(10),
    slotsPerMonth: 4,
    daysPerSlot: 3,
    calendar: DEFAULT_HOLIDAY_CALENDAR,
    seed: 1,
    ...overrides,
  };
}

function slotsOf(input: RotaRequest): RotaSlot[] {
  const result = buildRota(input);
  if (!result.ok) throw new Error(`refused: ${result.code}`);
  return result.slots;
}

/** Holidays sprinkled over a year, never so many that a month runs short of twelve working days. */
const sparseHolidays = fc
  .uniqueArray(fc.integer({ min: 0, max: 364 }), { maxLength: 30 })
  .map((offsets): CalendarDay[] =>
    offsets.map((offset) => {
      let day = '2026-01-01';
      for (let i = 0; i < offset; i += 1) day = addDays(day, 1);
      return { date: day, kind: offset % 7 === 3 ? 'workday' : 'holiday', name: 'test' };
    }),
  );

const rotaInputs = fc.record({
  villages: fc.integer({ min: 4, max: 16 }),
  seed: fc.integer({ min: 0, max: 2_147_483_647 }),
  calendar: fc.oneof(fc.constant([...DEFAULT_HOLIDAY_CALENDAR]), sparseHolidays),
  historyLength: fc.integer({ min: 0, max: 40 }),
  historySeed: fc.integer({ min: 0, max: 1000 }),
});

/** A plausible earlier sequence: the previous year's rota, cut at any length. */
function historyOf(villages: string[], length: number, seed: number): string[] {
  const previous = slotsOf(request({ year: 2025, villages, seed, calendar: [] }));
  return previous.slice(previous.length - length).map((slot) => slot.villageId);
}

function assertCycles(villages: readonly string[], sequence: readonly string[]): void {
  let served = new Set<string>();
  for (const village of sequence) {
    if (served.size === villages.length) served = new Set();
    expect(served.has(village), `${village} twice before every village had a turn`).toBe(false);
    served.add(village);
  }
}

// Hundreds of generated years per property: on a busy shared machine that outlasts the default 5 s.
describe('buildRota', { timeout: 30_000 }, () => {
  it('holds every constraint for any town, calendar, seed and history', () => {
    fc.assert(
      fc.property(rotaInputs, ({ villages: count, seed, calendar, historyLength, historySeed }) => {
        const villages = villagesOf(count);
        const history = historyOf(villages, historyLength, historySeed);
        const input = request({ villages, seed, calendar, history });
        const slots = slotsOf(input);
        const index = indexCalendar(calendar);
        expect(slots).toHaveLength(48);
        for (let month = 1; month <= 12; month += 1) {
          const ofMonth = slots.filter((slot) => slot.month === month);
          expect(ofMonth.map((slot) => slot.index)).toEqual([0, 1, 2, 3]);
          const days = ofMonth.flatMap((slot) => slot.days);
          expect(new Set(days).size, 'slots overlap').toBe(days.length);
          for (const slot of ofMonth) {
            expect(slot.days).toHaveLength(3);
            for (const day of slot.days) {
              expect(day.slice(0, 7)).toBe(`2026-${String(month).padStart(2, '0')}`);
              expect(isWorkingDay(day, index), `${day} is not a working day`).toBe(true);
            }
            // Consecutive working days: no working day left out between the first and the last.
            const [first, , last] = slot.days as [string, string, string];
            for (let day = first; day <= last; day = addDays(day, 1)) {
              if (isWorkingDay(day, index)) expect(slot.days).toContain(day);
            }
          }
        }
        const counts = villages.map((village) => slots.filter((slot) => slot.villageId === village).length);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        assertCycles(
          villages,
          [...history, ...slots.map((slot) => slot.villageId)].slice(cycleStart(villages, history)),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('never puts a director on duty on a holiday of the official calendar', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_147_483_647 }), fc.constantFrom(2026, 2027), (seed, year) => {
        const holidays = new Set(DEFAULT_HOLIDAY_CALENDAR.filter((d) => d.kind === 'holiday').map((d) => d.date));
        for (const slot of slotsOf(request({ seed, year }))) {
          for (const day of slot.days) expect(holidays.has(day)).toBe(false);
        }
      }),
      { numRuns: 50 },
    );
  });

  it('gives the same rota for the same seed and another for another seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (seed) => {
        expect(slotsOf(request({ seed }))).toEqual(slotsOf(request({ seed })));
      }),
      { numRuns: 30 },
    );
    expect(slotsOf(request({ seed: 1 }))).not.toEqual(slotsOf(request({ seed: 2 })));
  });

  it('lets nobody serve twice before everyone has had a turn, across the year boundary', () => {
    fc.assert(
      fc.property(fc.integer({ min: 4, max: 13 }), fc.integer(), fc.integer(), (count, seedA, seedB) => {
        const villages = villagesOf(count);
        const first = slotsOf(request({ villages, seed: seedA, calendar: [] }));
        const second = slotsOf(
          request({ year: 2027, villages, seed: seedB, history: first.map((slot) => slot.villageId) }),
        );
        assertCycles(
          villages,
          [...first, ...second].map((slot) => slot.villageId),
        );
      }),
      { numRuns: 100 },
    );
  });

  it('keeps a village off duty twice in a month when the town has twice as many villages as slots', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 20 }), fc.integer(), (count, seed) => {
        const slots = slotsOf(request({ villages: villagesOf(count), seed }));
        for (let month = 1; month <= 12; month += 1) {
          const villages = slots.filter((slot) => slot.month === month).map((slot) => slot.villageId);
          expect(new Set(villages).size).toBe(villages.length);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('regenerates from a month on, keeping the earlier months and the fairness of the year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 4, max: 15 }),
        fc.integer(),
        fc.integer(),
        fc.integer({ min: 2, max: 12 }),
        (count, a, b, from) => {
          const villages = villagesOf(count);
          const original = slotsOf(request({ villages, seed: a }));
          const kept = original.filter((slot) => slot.month < from);
          const regenerated = slotsOf(request({ villages, seed: b, kept, fromMonth: from }));
          expect(regenerated.filter((slot) => slot.month < from)).toEqual(kept);
          expect(regenerated).toHaveLength(48);
          const counts = villages.map((village) => regenerated.filter((slot) => slot.villageId === village).length);
          expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
          assertCycles(
            villages,
            regenerated.map((slot) => slot.villageId),
          );
        },
      ),
      { numRuns: 80 },
    );
  });

  it('refuses fewer villages than slots a month', () => {
    expect(buildRota(request({ villages: villagesOf(3) }))).toEqual({ ok: false, code: 'ROTA_TOO_FEW_VILLAGES' });
  });

  it('refuses a month without enough working days, naming it', () => {
    const noWork: CalendarDay[] = [];
    for (let day = '2026-01-01'; day < '2027-01-01'; day = addDays(day, 1)) {
      noWork.push({ date: day, kind: 'holiday', name: 'closed' });
    }
    expect(buildRota(request({ calendar: noWork }))).toEqual({ ok: false, code: 'ROTA_MONTH_TOO_SHORT', month: 1 });
    const shortMarch = noWork.filter((day) => !day.date.startsWith('2026-03') || day.date > '2026-03-11');
    expect(buildRota(request({ calendar: shortMarch.filter((d) => d.date.startsWith('2026-03')) }))).toEqual({
      ok: false,
      code: 'ROTA_MONTH_TOO_SHORT',
      month: 3,
    });
  });
});

describe('openCycle', () => {
  it('knows who served in the cycle still open', () => {
    expect([...openCycle(['a', 'b', 'c'], ['a', 'b', 'c', 'b'])]).toEqual(['b']);
    expect([...openCycle(['a', 'b', 'c'], ['a', 'b', 'c'])]).toEqual([]);
    expect([...openCycle(['a', 'b'], ['x', 'a'])]).toEqual(['a']);
  });
});

/** Where the history's last complete cycle ends: the sequence is checked from there. */
function cycleStart(villages: readonly string[], history: readonly string[]): number {
  const open = openCycle(villages, history).size;
  return history.length - open;
}
