import type { Assignment, Jurisdiction, Organization } from '@fengqiao/domain';

export interface VillageTeam {
  village: Jurisdiction;
  auxiliaries: Assignment[];
}

/** One 片区's "1+1+N": its police post, its responsible officer, and an auxiliary officer in each village. */
export interface DistrictTeam {
  district: Jurisdiction;
  town: Jurisdiction | undefined;
  posts: Organization[];
  postHeads: Assignment[];
  officers: Assignment[];
  villages: VillageTeam[];
}

export function districtTeams(
  jurisdictions: readonly Jurisdiction[],
  assignments: readonly Assignment[],
  organizations: readonly Organization[],
): DistrictTeam[] {
  const byId = new Map(jurisdictions.map((j) => [j.id, j]));
  const at = (jurisdictionId: string, duty: Assignment['duty']) =>
    assignments.filter((a) => a.jurisdictionId === jurisdictionId && a.duty === duty);
  const byName = (a: Jurisdiction, b: Jurisdiction) =>
    (a.code ?? '').localeCompare(b.code ?? '') || a.name.localeCompare(b.name, 'zh-Hans-CN', { numeric: true });

  return jurisdictions
    .filter((j) => j.level === 'district')
    .sort(byName)
    .map((district) => ({
      district,
      town: district.parentId ? byId.get(district.parentId) : undefined,
      posts: organizations.filter((o) => o.kind === 'police_post' && o.jurisdictionId === district.id),
      postHeads: at(district.id, 'post_head'),
      officers: at(district.id, 'district_officer'),
      villages: jurisdictions
        .filter((j) => j.parentId === district.id && (j.level === 'village' || j.level === 'community'))
        .sort(byName)
        .map((village) => ({ village, auxiliaries: at(village.id, 'village_auxiliary') })),
    }));
}

/** How many villages in the list still have no auxiliary officer: the gap a station chief needs to see. */
export function villagesWithoutAuxiliary(teams: readonly DistrictTeam[]): number {
  return teams.reduce((total, team) => total + team.villages.filter((v) => v.auxiliaries.length === 0).length, 0);
}
