import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../shared/shanghai-time';
import { type CountedRecord, countOfMonth, countRecords, groupsOfPairs, totalOfGroups } from './stats-counting';
import { type StatsPeriod, statsPeriodOf } from './stats-periods';

function month(key: string): StatsPeriod {
  const period = statsPeriodOf('month', key);
  if (!period) throw new Error(key);
  return period;
}

const record = fc.record({
  at: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2026, 0, 1) }).map((ms) => new Date(ms).toISOString()),
  category: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: null }),
  villageId: fc.option(fc.constantFrom('v1', 'v2'), { nil: null }),
});

describe('totalOfGroups', () => {
  it('adds the groups of any dimension up to the ungrouped count', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), (records: CountedRecord[]) => {
        const year = { from: month('2024-01').from, to: month('2024-12').to };
        const total = countRecords(records, year).get('') ?? 0;
        expect(totalOfGroups(countRecords(records, year, 'category'))).toBe(total);
        expect(totalOfGroups(countRecords(records, year, 'village'))).toBe(total);
      }),
    );
  });

  it('is 0 for no groups', () => {
    expect(totalOfGroups(new Map())).toBe(0);
  });
});

describe('countOfMonth', () => {
  const span = { from: month('2024-12').from, to: month('2025-11').to };
  const byMonth = new Map([
    ['2024-12', 3],
    ['2025-11', 7],
  ]);

  it('reads a month inside the span from its bucket, an empty one as 0', () => {
    expect(countOfMonth(byMonth, span, month('2024-12'))).toBe(3);
    expect(countOfMonth(byMonth, span, month('2025-11'))).toBe(7);
    expect(countOfMonth(byMonth, span, month('2025-05'))).toBe(0);
  });

  it('refuses a month outside the span and a range that is not one whole month', () => {
    expect(countOfMonth(byMonth, span, month('2024-11'))).toBeUndefined();
    expect(countOfMonth(byMonth, span, month('2025-12'))).toBeUndefined();
    expect(countOfMonth(byMonth, span, { from: month('2025-01').from, to: month('2025-02').to })).toBeUndefined();
    expect(countOfMonth(byMonth, span, { from: month('2025-01').from, to: month('2025-01').from })).toBeUndefined();
  });

  it('equals the month counted on its own, for records anywhere', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), fc.integer({ min: 0, max: 11 }), (records, offset) => {
        const key = addMonths('2024-12-01', offset).slice(0, 7);
        const grouped = new Map<string, number>();
        for (let m = 0; m < 12; m++) {
          const k = addMonths('2024-12-01', m).slice(0, 7);
          const n = countRecords(records, month(k)).get('');
          if (n) grouped.set(k, n);
        }
        expect(countOfMonth(grouped, span, month(key))).toBe(countRecords(records, month(key)).get('') ?? 0);
      }),
    );
  });
});

describe('groupsOfPairs', () => {
  it('folds a pair count into the count of either side', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 200 }), (records: CountedRecord[]) => {
        const year = { from: month('2024-01').from, to: month('2024-12').to };
        const pairs = new Map<string, number>();
        for (const [village] of countRecords(records, year, 'village')) {
          const own = records.filter((r) => (r.villageId ?? 'none') === village);
          for (const [category, n] of countRecords(own, year, 'category')) pairs.set(`${category}|${village}`, n);
        }
        expect(groupsOfPairs(pairs, 'first')).toEqual(countRecords(records, year, 'category'));
        expect(groupsOfPairs(pairs, 'second')).toEqual(countRecords(records, year, 'village'));
      }),
    );
  });
});
