import type { Coverage } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { holdingsOf, standInCandidates } from './holders';

const person = (personId: string, name: string) => ({ personId, name, title: null, phone: null, away: null });
const coverage: Coverage = {
  townId: 't',
  townName: '马良镇',
  day: '2026-12-01',
  districts: [
    {
      districtId: 'd1',
      districtName: '片区一',
      posts: [],
      officers: [person('li', '李警官')],
      villages: [
        { villageId: 'v1', villageName: '双坪村', auxiliaries: [person('wang', '王辅警')] },
        { villageId: 'v2', villageName: '南垭村', auxiliaries: [person('li', '李警官')] },
      ],
      gaps: [],
    },
  ],
  gaps: [],
  actions: [],
};

describe('holdingsOf', () => {
  it('lists each duty on each place, the officer first', () => {
    expect(holdingsOf(coverage).map((h) => `${h.name}@${h.placeName}:${h.duty}`)).toEqual([
      '李警官@片区一:district_officer',
      '王辅警@双坪村:village_auxiliary',
      '李警官@南垭村:village_auxiliary',
    ]);
  });

  it('offers everyone but the person away once as a stand-in', () => {
    expect(standInCandidates(holdingsOf(coverage), 'wang').map((c) => c.name)).toEqual(['李警官']);
    expect(standInCandidates(holdingsOf(coverage), undefined).map((c) => c.name)).toEqual(['李警官', '王辅警']);
  });
});
