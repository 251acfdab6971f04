import { compareCounts, rateChangePoints, type StatsSnapshot } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { rateText, snapshotView } from './snapshot-view';

const period = {
  kind: 'month' as const,
  key: '2026-10',
  firstDay: '2026-10-01',
  lastDay: '2026-10-31',
  from: '2026-09-30T16:00:00.000Z',
  to: '2026-10-31T16:00:00.000Z',
};
const noDrills = { drill: null, lastYearDrill: null, previousDrill: null };

const snapshot: StatsSnapshot = {
  townId: 't1',
  period,
  asOf: '2026-11-03T01:00:00.000Z',
  figures: [
    {
      measure: 'incidents.received',
      labelZh: '接警',
      labelEn: 'Incidents received',
      current: 1,
      lastYear: 4,
      previous: 0,
      yoy: compareCounts(1, 4),
      mom: compareCounts(1, 0, '上期'),
      ...noDrills,
    },
  ],
  rates: [
    {
      measure: 'disputes.resolution_rate',
      labelZh: '化解率',
      labelEn: 'Resolution rate',
      numerator: 37,
      denominator: 40,
      percent: 92.5,
      lastYearNumerator: 0,
      lastYearDenominator: 0,
      lastYearPercent: null,
      change: null,
      drill: null,
      denominatorDrill: null,
    },
  ],
  breakdowns: [
    {
      measure: 'disputes.registered',
      labelZh: '纠纷',
      labelEn: 'Disputes',
      dimension: 'village',
      rows: [{ key: 'v1', labelZh: '双坪村', labelEn: 'Shuangping', count: 3, drill: null }],
    },
  ],
};

describe('the frozen figures of a meeting', () => {
  it('shows 4 → 1 as the server worded it, 下降75.0%（4→1）, with both raw counts', () => {
    const view = snapshotView(snapshot, 'zh');
    expect(view?.periodLabel).toBe('2026年10月');
    expect(view?.figures).toEqual([
      {
        measure: 'incidents.received',
        label: '接警',
        current: 1,
        lastYear: 4,
        yoy: '下降75.0%（4→1）',
        previous: 0,
        mom: '新增1起（上期为0）',
      },
    ]);
    expect(snapshotView(snapshot, 'en')?.figures[0]?.yoy).toBe('Down 75.0% (4 → 1)');
  });

  it('never shows a rate without its numerator and denominator, and no percentage over nothing', () => {
    const [rate] = snapshotView(snapshot, 'zh')?.rates ?? [];
    expect(rate).toEqual({
      measure: 'disputes.resolution_rate',
      label: '化解率',
      current: '92.5%（37/40）',
      lastYear: '—（0/0）',
      change: null,
    });
    expect(rateText(1, 3, 33.3, 'en')).toBe('33.3% (1/3)');
    const [rate0] = snapshot.rates;
    if (!rate0) throw new Error('the fixture has a rate');
    const changed = { ...rate0, change: rateChangePoints(92.5, 90) };
    expect(snapshotView({ ...snapshot, rates: [changed] }, 'zh')?.rates[0]?.change).toBe('提高2.5个百分点');
  });

  it('reads breakdowns in the chosen language', () => {
    expect(snapshotView(snapshot, 'en')?.breakdowns).toEqual([
      {
        key: 'disputes.registered:village',
        label: 'Disputes',
        dimension: 'village',
        rows: [{ key: 'v1', label: 'Shuangping', count: 3 }],
      },
    ]);
  });
});
