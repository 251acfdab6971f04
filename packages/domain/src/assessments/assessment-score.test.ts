import { describe, expect, it } from 'vitest';
import {
  ASSESSMENT_ITEMS,
  type AssessmentItem,
  type AssessmentSettings,
  assessmentSettingsProblem,
  DEFAULT_ASSESSMENT_SETTINGS,
  perItem,
} from './assessment-items';
import { rankWithinGroups, type ScoredItem, scoreSheet, sharePercent } from './assessment-score';

function settingsWith(changes: Partial<Record<AssessmentItem, { weight?: number; target?: number }>>) {
  const items = perItem((item) => ({ ...DEFAULT_ASSESSMENT_SETTINGS.items[item], ...changes[item] }));
  return { ...DEFAULT_ASSESSMENT_SETTINGS, items };
}

function itemOf(items: readonly ScoredItem[], item: AssessmentItem): ScoredItem {
  const found = items.find((i) => i.item === item);
  if (!found) throw new Error(item);
  return found;
}

describe('assessment settings', () => {
  it('accepts the defaults, whose weights add up to 100', () => {
    expect(assessmentSettingsProblem(DEFAULT_ASSESSMENT_SETTINGS)).toBeNull();
    const sum = ASSESSMENT_ITEMS.reduce((total, item) => total + DEFAULT_ASSESSMENT_SETTINGS.items[item].weight, 0);
    expect(sum).toBe(100);
  });

  it('refuses weights that do not add up to 100, fractional or negative weights', () => {
    expect(assessmentSettingsProblem(settingsWith({ follow_ups: { weight: 11 } }))).toBe('ASSESSMENT_WEIGHTS_INVALID');
    expect(assessmentSettingsProblem(settingsWith({ follow_ups: { weight: 9 } }))).toBe('ASSESSMENT_WEIGHTS_INVALID');
    expect(assessmentSettingsProblem(settingsWith({ follow_ups: { weight: 9.5 }, mediations: { weight: 10.5 } }))).toBe(
      'ASSESSMENT_WEIGHTS_INVALID',
    );
    expect(assessmentSettingsProblem(settingsWith({ follow_ups: { weight: -5 }, mediations: { weight: 25 } }))).toBe(
      'ASSESSMENT_WEIGHTS_INVALID',
    );
  });

  it('refuses a share target above 100 % and fractional targets', () => {
    expect(assessmentSettingsProblem(settingsWith({ ack_timely: { target: 101 } }))).toBe('ASSESSMENT_TARGET_INVALID');
    expect(assessmentSettingsProblem(settingsWith({ duty_patrol: { target: 2.5 } }))).toBe('ASSESSMENT_TARGET_INVALID');
    expect(assessmentSettingsProblem(settingsWith({ duty_patrol: { target: 500 } }))).toBeNull();
  });
});

describe('scoreSheet', () => {
  it('gives nothing for no evidence except the share items, which have nothing to measure', () => {
    const sheet = scoreSheet(DEFAULT_ASSESSMENT_SETTINGS, {});
    expect(itemOf(sheet.items, 'duty_patrol')).toMatchObject({ actual: 0, points: 0, computedPoints: 0 });
    expect(itemOf(sheet.items, 'ack_timely')).toMatchObject({ actual: null, met: 0, of: 0, points: 10 });
    expect(itemOf(sheet.items, 'arrival_timely')).toMatchObject({ actual: null, points: 10 });
    expect(sheet.total).toBe(20);
  });

  it('scores weight × min(actual ÷ target, 1), with no extra for more than the target', () => {
    const sheet = scoreSheet(DEFAULT_ASSESSMENT_SETTINGS, {
      duty_patrol: { count: 6 }, // 10 × 6/12 = 5
      duty_video_patrol: { count: 20 }, // capped at 6
      duty_mediation: { count: 1 }, // 8 × 1/4 = 2
      ack_timely: { met: 2, of: 3 }, // 10 × (66.7 / 90) = 7.407… → 7.4
    });
    expect(itemOf(sheet.items, 'duty_patrol').points).toBe(5);
    expect(itemOf(sheet.items, 'duty_video_patrol').points).toBe(6);
    expect(itemOf(sheet.items, 'duty_mediation').points).toBe(2);
    expect(itemOf(sheet.items, 'ack_timely')).toMatchObject({ actual: 66.7, met: 2, of: 3, points: 7.4 });
    // arrival_timely has nothing to measure: its whole 10.
    expect(sheet.total).toBe(5 + 6 + 2 + 7.4 + 10);
  });

  it('rounds each item half up to one decimal and adds the rounded items', () => {
    const settings = settingsWith({ duty_patrol: { target: 40 }, duty_intelligence: { target: 3 } });
    const sheet = scoreSheet(settings, { duty_patrol: { count: 9 }, duty_intelligence: { count: 1 } });
    expect(itemOf(sheet.items, 'duty_patrol').points).toBe(2.3); // 10 × 9/40 = 2.25, half up
    expect(itemOf(sheet.items, 'duty_intelligence').points).toBe(2); // 6 × 1/3 = 2.0
    const tenths = sheet.items.reduce((total, item) => total + Math.round(item.points * 10), 0);
    expect(sheet.total).toBe(tenths / 10);
    expect(sharePercent(1, 8)).toBe(12.5);
    expect(sharePercent(1, 3)).toBe(33.3);
    expect(sharePercent(2, 3)).toBe(66.7);
    expect(sharePercent(0, 0)).toBeNull();
  });

  it('gives the whole weight when the target is 0, with or without evidence', () => {
    const settings = settingsWith({ duty_traffic: { target: 0 }, arrival_timely: { target: 0 } });
    const sheet = scoreSheet(settings, { arrival_timely: { met: 0, of: 4 } });
    expect(itemOf(sheet.items, 'duty_traffic').points).toBe(4);
    expect(itemOf(sheet.items, 'arrival_timely').points).toBe(10);
  });

  it('scores a share measured but all missed as 0', () => {
    const sheet = scoreSheet(DEFAULT_ASSESSMENT_SETTINGS, { arrival_timely: { met: 0, of: 4 } });
    expect(itemOf(sheet.items, 'arrival_timely')).toMatchObject({ actual: 0, points: 0 });
  });

  it('applies the chief’s adjustments on top, clamped to 0 … the weight', () => {
    const evidence = { duty_patrol: { count: 6 }, mediations: { count: 2 }, follow_ups: { count: 1 } };
    const sheet = scoreSheet(DEFAULT_ASSESSMENT_SETTINGS, evidence, [
      { item: 'duty_patrol', kind: 'delta', points: 2.5 }, // 5 + 2.5
      { item: 'mediations', kind: 'delta', points: 30 }, // beyond the weight: 10
      { item: 'follow_ups', kind: 'replace', points: -3 }, // below 0: 0
      { item: 'duty_traffic', kind: 'replace', points: 99 }, // clamped to its weight 4
    ]);
    expect(itemOf(sheet.items, 'duty_patrol')).toMatchObject({ computedPoints: 5, points: 7.5 });
    expect(itemOf(sheet.items, 'mediations')).toMatchObject({ computedPoints: 10, points: 10 });
    expect(itemOf(sheet.items, 'follow_ups')).toMatchObject({ computedPoints: 2.5, points: 0 });
    expect(itemOf(sheet.items, 'duty_traffic')).toMatchObject({ computedPoints: 0, points: 4 });
    expect(sheet.computedTotal).toBe(5 + 10 + 2.5 + 20);
    expect(sheet.total).toBe(7.5 + 10 + 0 + 4 + 20);
  });

  it('keeps the total between 0 and 100 whatever the adjustments', () => {
    const full = perItem(() => ({ count: 1000 }));
    const everything = { ...full, ack_timely: { met: 5, of: 5 }, arrival_timely: { met: 5, of: 5 } };
    const top = scoreSheet(
      DEFAULT_ASSESSMENT_SETTINGS,
      everything,
      ASSESSMENT_ITEMS.map((item) => ({ item, kind: 'delta' as const, points: 50 })),
    );
    expect(top.total).toBe(100);
    const bottom = scoreSheet(
      DEFAULT_ASSESSMENT_SETTINGS,
      {},
      ASSESSMENT_ITEMS.map((item) => ({ item, kind: 'delta' as const, points: -50 })),
    );
    expect(bottom.total).toBe(0);
  });

  it('works with any weights that add up to 100', () => {
    const settings: AssessmentSettings = {
      ...DEFAULT_ASSESSMENT_SETTINGS,
      items: perItem((item) => ({ weight: item === 'follow_ups' ? 100 : 0, target: 4 })),
    };
    expect(assessmentSettingsProblem(settings)).toBeNull();
    expect(scoreSheet(settings, { follow_ups: { count: 3 } }).total).toBe(75);
  });
});

describe('rankWithinGroups', () => {
  it('ranks by total within each district; equal totals share a rank and the next one skips', () => {
    const ranks = rankWithinGroups([
      { key: 'a', group: 'd1', total: 80 },
      { key: 'b', group: 'd1', total: 92.5 },
      { key: 'c', group: 'd1', total: 80 },
      { key: 'd', group: 'd1', total: 60 },
      { key: 'e', group: 'd2', total: 50 },
    ]);
    expect(Object.fromEntries(ranks)).toEqual({ b: 1, a: 2, c: 2, d: 4, e: 1 });
  });

  it('gives everyone rank 1 when all totals are equal', () => {
    const ranks = rankWithinGroups([
      { key: 'a', group: 'd', total: 0 },
      { key: 'b', group: 'd', total: 0 },
      { key: 'c', group: 'd', total: 0 },
    ]);
    expect([...ranks.values()]).toEqual([1, 1, 1]);
  });
});
