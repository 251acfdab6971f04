import type { Assignment, Organization } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { districtTeams, villagesWithoutAuxiliary } from './district-teams';
import { SAMPLE } from './fixtures';

const assignment = (id: string, jurisdictionId: string, duty: Assignment['duty']): Assignment => ({
  id,
  personId: `p-${id}`,
  personName: id,
  jurisdictionId,
  jurisdictionName: jurisdictionId,
  duty,
  since: null,
  actions: [],
});

const post: Organization = {
  id: 'post1',
  townId: 'town',
  jurisdictionId: 'd1',
  jurisdictionName: '双坪片区',
  kind: 'police_post',
  name: '双坪警务室',
  phone: null,
  note: null,
  actions: [],
};

describe('districtTeams', () => {
  const assignments = [
    assignment('officer-li', 'd1', 'district_officer'),
    assignment('aux-wang', 'v-shuangping', 'village_auxiliary'),
    assignment('aux-zhao', 'v-nanya', 'village_auxiliary'),
    assignment('director', 'v-nanya', 'security_director'),
  ];
  const teams = districtTeams(SAMPLE, assignments, [post]);

  it('gives each district its post, officer and the auxiliary officers of its villages (1+1+N)', () => {
    const shuangping = teams.find((team) => team.district.id === 'd1');
    expect(shuangping?.town?.id).toBe('town');
    expect(shuangping?.posts.map((p) => p.name)).toEqual(['双坪警务室']);
    expect(shuangping?.officers.map((a) => a.personName)).toEqual(['officer-li']);
    expect(shuangping?.villages.map((v) => [v.village.id, v.auxiliaries.map((a) => a.personName)])).toEqual([
      ['c-maliangjie', []],
      ['v-shuangping', ['aux-wang']],
    ]);
  });

  it('ignores other duties when listing auxiliary officers', () => {
    const nanya = teams.find((team) => team.district.id === 'd2');
    expect(nanya?.villages.find((v) => v.village.id === 'v-nanya')?.auxiliaries.map((a) => a.personName)).toEqual([
      'aux-zhao',
    ]);
    expect(nanya?.officers).toEqual([]);
  });

  it('counts the villages still without an auxiliary officer', () => {
    expect(villagesWithoutAuxiliary(teams)).toBe(2);
  });
});
