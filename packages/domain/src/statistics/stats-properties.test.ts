import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, shanghaiDayStart } from '../shared/shanghai-time';
import { beijingHour, countRecords, inPeriod, NO_GROUP } from './stats-counting';
import { ratePercent, statsFigure, statsRate } from './stats-figures';
import {
  type KeyedPeriodKind,
  keyOfDay,
  periodContaining,
  previousPeriod,
  type StatsPeriod,
  samePeriodLastYear,
  statsPeriodOf,
} from './stats-periods';

const LABEL = { measure: 'incidents.received', labelZh: '接报警情', labelEn: 'Incidents received' };
const NO_DRILL = { current: null };
const count = fc.integer({ min: 0, max: 100_000 });
const KINDS: KeyedPeriodKind[] = ['day', 'week', 'month', 'quarter', 'year', 'ytd'];
/** Instants from 1990 to 2060, to the millisecond. */
const instant = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) })
  .map((ms) => new Date(ms).toISOString());
const month = fc
  .record({ year: fc.integer({ min: 1990, max: 2060 }), month: fc.integer({ min: 1, max: 12 }) })
  .map(({ year, month: m }) => `${year}-${String(m).padStart(2, '0')}`);

function mustPeriod(kind: Parameters<typeof statsPeriodOf>[0], key: string): StatsPeriod {
  const period = statsPeriodOf(kind, key);
  if (!period) throw new Error(`${kind} ${key}`);
  return period;
}

describe('figures (domain.md §7), for any counts', () => {
  it('a fall never exceeds 100 %, and the raw counts stand beside every percentage', () => {
    fc.assert(
      fc.property(count, count, count, (current, lastYear, previous) => {
        const figure = statsFigure(LABEL, { current, lastYear, previous }, NO_DRILL);
        expect(figure).toMatchObject({ current, lastYear, previous });
        for (const comparison of [figure.yoy, figure.mom]) {
          if (comparison?.percent === null || comparison === null) continue;
          expect(comparison.percent).toBeGreaterThanOrEqual(-100);
          expect(comparison.textZh).not.toMatch(/下降(\d{4,}|[2-9]\d\d|1\d\d\.[1-9]|10[1-9])/);
        }
        if (lastYear > 0 && current !== lastYear) {
          expect(figure.yoy?.textZh).toContain(`（${lastYear}→${current}）`);
        }
      }),
    );
  });

  it('against a base of 0: 新增N起（上年同期为0）, or 持平 when both are 0', () => {
    fc.assert(
      fc.property(count, (current) => {
        const figure = statsFigure(LABEL, { current, lastYear: 0, previous: 0 }, NO_DRILL);
        if (current === 0) {
          expect(figure.yoy).toMatchObject({ kind: 'flat', percent: null, textZh: '持平' });
        } else {
          expect(figure.yoy).toMatchObject({ kind: 'new', percent: null, textZh: `新增${current}起（上年同期为0）` });
          expect(figure.mom?.textZh).toBe(`新增${current}起（上期为0）`);
        }
      }),
    );
  });

  it('the story’s 4 → 1 is 下降75.0%, never 300 %', () => {
    expect(statsFigure(LABEL, { current: 1, lastYear: 4 }, NO_DRILL).yoy?.textZh).toBe('下降75.0%（4→1）');
  });

  it('rates change in 百分点, never in %, and a rate over nothing has no comparison', () => {
    const part = fc
      .integer({ min: 0, max: 10_000 })
      .chain((denominator) =>
        fc.record({ numerator: fc.integer({ min: 0, max: denominator }), denominator: fc.constant(denominator) }),
      );
    fc.assert(
      fc.property(part, part, (now, before) => {
        const rate = statsRate(LABEL, { ...now, lastYear: before }, { numerator: null, denominator: null });
        expect(rate).toMatchObject({ ...now, lastYearNumerator: before.numerator });
        if (now.denominator === 0 || before.denominator === 0) {
          expect(rate.change).toBeNull();
          return;
        }
        const percent = ratePercent(now.numerator, now.denominator) ?? Number.NaN;
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
        expect(rate.change?.textZh).toMatch(/^(持平|(提高|下降)\d+\.\d个百分点)$/);
        expect(rate.change?.textZh).not.toContain('%');
        const points = Math.round((percent - (rate.lastYearPercent ?? 0)) * 10) / 10;
        expect(rate.change?.points).toBeCloseTo(points, 5);
      }),
    );
  });
});

describe('period boundaries at Shanghai midnight, for any instant', () => {
  it('the period holding an instant starts at or before it and ends after it, on Shanghai midnights', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...KINDS), (at, kind) => {
        const period = periodContaining(kind, at);
        expect(period).not.toBeNull();
        if (!period) return;
        expect(inPeriod(at, period)).toBe(true);
        expect(period.from).toBe(shanghaiDayStart(period.firstDay).toISOString());
        expect(period.to).toBe(shanghaiDayStart(addDays(period.lastDay, 1)).toISOString());
        expect(statsPeriodOf(kind, period.key)).toEqual(period);
      }),
    );
  });

  it('consecutive periods tile time: the next begins where one ends, and its previous is that one', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom<KeyedPeriodKind>('day', 'week', 'month', 'quarter', 'year'), (at, kind) => {
        const period = periodContaining(kind, at);
        const next = periodContaining(kind, period?.to ?? at);
        expect(next?.from).toBe(period?.to);
        if (next) expect(previousPeriod(next)).toEqual(period);
      }),
    );
  });

  it('a record at 23:59:59 +08:00 on a month’s last day counts in that month; 00:00:00 +08:00 next day does not', () => {
    fc.assert(
      fc.property(month, (key) => {
        const period = mustPeriod('month', key);
        const last = `${period.lastDay}T23:59:59+08:00`;
        const next = `${addDays(period.lastDay, 1)}T00:00:00+08:00`;
        const first = `${period.firstDay}T00:00:00+08:00`;
        const before = `${addDays(period.firstDay, -1)}T23:59:59+08:00`;
        const counts = countRecords(
          [last, next, first, before].map((at) => ({ at })),
          period,
        );
        expect(counts.get('')).toBe(2);
        expect(countRecords([{ at: last }], period, 'month').get(key)).toBe(1);
        expect(
          countRecords([{ at: next }], mustPeriod('month', keyOfDay('month', addDays(period.lastDay, 1))), 'month')
            .size,
        ).toBe(1);
      }),
    );
  });

  it('last year’s period has the same length, but for a leap day or a week 53', () => {
    const week53 = periodContaining('week', '2026-12-30T00:00:00Z');
    expect(week53 && samePeriodLastYear(week53).key).toBe('2025-W52');
    fc.assert(
      fc.property(instant, fc.constantFrom(...KINDS), (at, kind) => {
        const period = periodContaining(kind, at);
        if (!period) return;
        const lastYear = samePeriodLastYear(period);
        // A week belongs to its ISO week-year, which its last day can leave (2026-W53 ends on 2027-01-03).
        const yearOf = (p: StatsPeriod) => Number((kind === 'week' ? p.key : p.lastDay).slice(0, 4));
        expect(yearOf(lastYear)).toBe(yearOf(period) - 1);
        const days = (p: StatsPeriod) => (Date.parse(p.to) - Date.parse(p.from)) / 86_400_000;
        expect(Math.abs(days(period) - days(lastYear))).toBeLessThanOrEqual(kind === 'week' ? 0 : 2);
      }),
    );
  });
});

describe('counting by dimension', () => {
  it('groups by class, category, village, district and Beijing hour; a record in no village counts under none', () => {
    const period = mustPeriod('month', '2026-10');
    const records = [
      {
        at: '2026-10-01T00:30:00+08:00',
        classCode: '020201',
        category: 'public_order',
        villageId: 'v1',
        districtId: 'd1',
      },
      {
        at: '2026-10-15T23:10:00+08:00',
        classCode: '020201',
        category: 'public_order',
        villageId: 'v2',
        districtId: 'd1',
      },
      { at: '2026-10-31T23:59:59+08:00', classCode: '010100', category: 'criminal', villageId: null, districtId: null },
      { at: '2026-11-01T00:00:00+08:00', classCode: '010100', category: 'criminal', villageId: 'v1', districtId: 'd1' },
    ];
    expect(countRecords(records, period, 'class')).toEqual(
      new Map([
        ['020201', 2],
        ['010100', 1],
      ]),
    );
    expect(countRecords(records, period, 'category')).toEqual(
      new Map([
        ['public_order', 2],
        ['criminal', 1],
      ]),
    );
    expect(countRecords(records, period, 'village')).toEqual(
      new Map([
        ['v1', 1],
        ['v2', 1],
        [NO_GROUP, 1],
      ]),
    );
    expect(countRecords(records, period, 'district')).toEqual(
      new Map([
        ['d1', 2],
        [NO_GROUP, 1],
      ]),
    );
    expect(countRecords(records, period, 'hour')).toEqual(
      new Map([
        ['0', 1],
        ['23', 2],
      ]),
    );
  });

  it('the Beijing hour is the UTC hour plus eight, for any instant', () => {
    fc.assert(
      fc.property(instant, (at) => {
        expect(beijingHour(at)).toBe((new Date(at).getUTCHours() + 8) % 24);
      }),
    );
  });
});
