import type { RotaSlotView } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { checkInDays, directorsOf, exchangeCandidates, slotsOfMonth, slotsOnDay } from './rota-view';

const slot = (id: string, month: number, index: number, days: string[], extra: Partial<RotaSlotView> = {}) =>
  ({
    id,
    year: 2026,
    month,
    index,
    days,
    startDate: days[0] ?? '',
    endDate: days.at(-1) ?? '',
    villageId: `v${id}`,
    villageName: `村${id}`,
    directorPersonId: `p${id}`,
    directorName: `主任${id}`,
    checkIns: [],
    actions: [],
    ...extra,
  }) satisfies RotaSlotView;

const a = slot('a', 11, 1, ['2026-11-09', '2026-11-10', '2026-11-11']);
const b = slot('b', 11, 0, ['2026-11-02', '2026-11-03', '2026-11-04'], { checkIns: ['2026-11-02'] });
const c = slot('c', 12, 0, ['2026-12-01', '2026-12-02', '2026-12-03'], { directorPersonId: null, directorName: null });

describe('rota views', () => {
  it('finds the turns of a day and of a month in order', () => {
    expect(slotsOnDay([a, b, c], '2026-11-10')).toEqual([a]);
    expect(slotsOnDay([a, b, c], '2026-11-05')).toEqual([]);
    expect(slotsOfMonth([a, b, c], 11).map((s) => s.id)).toEqual(['b', 'a']);
  });

  it('offers the days still to record, today first', () => {
    expect(checkInDays(b, '2026-11-03')).toEqual(['2026-11-03']);
    expect(checkInDays(b, '2026-11-29')).toEqual(['2026-11-04', '2026-11-03']);
    expect(checkInDays(a, '2026-11-10')).toEqual(['2026-11-10', '2026-11-09']);
    expect(checkInDays(c, '2026-11-29')).toEqual([]);
  });

  it('lists named directors once and the turns one may exchange with', () => {
    expect(directorsOf([a, b, c, a])).toEqual([
      { personId: 'pa', name: '主任a' },
      { personId: 'pb', name: '主任b' },
    ]);
    expect(exchangeCandidates([a, b, c], c, '2026-11-29')).toEqual([]);
    expect(exchangeCandidates([a, b, c], a, '2026-11-01').map((s) => s.id)).toEqual(['b', 'c']);
  });
});
