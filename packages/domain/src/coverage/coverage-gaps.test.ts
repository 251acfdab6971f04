import { describe, expect, it } from 'vitest';
import type { StandIn } from './coverage.schema';
import { coverageGaps, coverageGapText, type GapDistrict } from './coverage-gaps';

const leave = (standInPersonId: string | null): StandIn => ({
  id: 'leave',
  jurisdictionId: 'd1',
  jurisdictionName: '片区一',
  duty: 'district_officer',
  absentPersonId: 'li',
  absentName: '李警官',
  standInPersonId,
  standInName: standInPersonId ? '周警官' : null,
  fromDay: '2026-12-01',
  toDay: '2026-12-05',
  reason: '年休假',
  current: true,
  createdByName: null,
  createdAt: '2026-11-30T00:00:00.000Z',
  endedAt: null,
  endedByName: null,
  actions: [],
});
const person = (personId: string, name: string, away: StandIn | null = null) => ({ personId, name, away });

/** 片区一: post, 李警官, 双坪村 with 王辅警 — nothing missing. */
const whole = (): GapDistrict => ({
  districtId: 'd1',
  districtName: '片区一',
  posts: [{ id: 'post' }],
  officers: [person('li', '李警官')],
  villages: [{ villageId: 'v1', villageName: '双坪村', auxiliaries: [person('wang', '王辅警')] }],
});

describe('coverageGaps', () => {
  it('finds nothing in a whole district', () => {
    expect(coverageGaps([whole()])).toEqual([]);
  });

  it('finds a village without an auxiliary officer', () => {
    const district = whole();
    district.villages = [...district.villages, { villageId: 'v2', villageName: '段江村', auxiliaries: [] }];
    const gaps = coverageGaps([district]);
    expect(gaps).toEqual([
      {
        kind: 'no_auxiliary',
        districtId: 'd1',
        districtName: '片区一',
        villageId: 'v2',
        villageName: '段江村',
        personId: null,
        personName: null,
      },
    ]);
    expect(gaps.map((gap) => coverageGapText(gap, 'zh'))).toEqual(['段江村 无驻村辅警']);
  });

  it('finds a district without an officer and without a police post', () => {
    const district = { ...whole(), posts: [], officers: [] };
    expect(coverageGaps([district]).map((gap) => gap.kind)).toEqual(['no_police_post', 'no_officer']);
    expect(coverageGaps([district]).map((gap) => coverageGapText(gap, 'zh'))).toEqual([
      '片区一 无警务室',
      '片区一 无片区包保民警',
    ]);
  });

  it('finds an officer on leave with no stand-in, and no gap once someone covers him', () => {
    const uncovered = { ...whole(), officers: [person('li', '李警官', leave(null))] };
    expect(coverageGaps([uncovered])).toEqual([
      expect.objectContaining({ kind: 'officer_uncovered', personId: 'li', villageId: null }),
    ]);
    expect(coverageGapText(coverageGaps([uncovered])[0]!, 'zh')).toBe('片区一 李警官 民警请假无人代岗');
    const covered = { ...whole(), officers: [person('li', '李警官', leave('zhou'))] };
    expect(coverageGaps([covered])).toEqual([]);
  });

  it('finds an auxiliary officer on leave with no stand-in', () => {
    const district = whole();
    district.villages = [
      { villageId: 'v1', villageName: '双坪村', auxiliaries: [person('wang', '王辅警', leave(null))] },
    ];
    expect(coverageGaps([district])).toEqual([
      expect.objectContaining({ kind: 'auxiliary_uncovered', villageName: '双坪村', personName: '王辅警' }),
    ]);
  });

  it('counts a second officer still at work as cover', () => {
    const district = { ...whole(), officers: [person('li', '李警官', leave(null)), person('zhou', '周警官')] };
    expect(coverageGaps([district])).toEqual([]);
  });

  it('keeps district order', () => {
    const second = { ...whole(), districtId: 'd2', districtName: '片区二', posts: [] };
    const first = { ...whole(), officers: [] };
    expect(coverageGaps([first, second]).map((gap) => `${gap.districtName}:${gap.kind}`)).toEqual([
      '片区一:no_officer',
      '片区二:no_police_post',
    ]);
  });
});
