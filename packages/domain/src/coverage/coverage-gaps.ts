import { COVERAGE_GAP_LABELS, type CoverageGap, type CoveragePerson } from './coverage.schema';

type Staffed = Pick<CoveragePerson, 'personId' | 'name' | 'away'>;

export interface GapDistrict {
  districtId: string;
  districtName: string;
  posts: readonly unknown[];
  officers: readonly Staffed[];
  villages: readonly { villageId: string; villageName: string; auxiliaries: readonly Staffed[] }[];
}

/**
 * The holes in the "1+1+N" net on a day, in district order: a district without a police post or without an officer,
 * a village without an auxiliary officer, and a duty whose holders are all away with at least one leave nobody
 * covers (a second officer still at work covers the district, so his colleague's leave is no gap).
 */
export function coverageGaps(districts: readonly GapDistrict[]): CoverageGap[] {
  const gaps: CoverageGap[] = [];
  for (const district of districts) {
    const at = { districtId: district.districtId, districtName: district.districtName };
    const gap = (
      kind: CoverageGap['kind'],
      village: { villageId: string; villageName: string } | null,
      person: Staffed | null,
    ): CoverageGap => ({
      kind,
      ...at,
      villageId: village?.villageId ?? null,
      villageName: village?.villageName ?? null,
      personId: person?.personId ?? null,
      personName: person?.name ?? null,
    });
    if (district.posts.length === 0) gaps.push(gap('no_police_post', null, null));
    if (district.officers.length === 0) gaps.push(gap('no_officer', null, null));
    for (const person of uncovered(district.officers)) gaps.push(gap('officer_uncovered', null, person));
    for (const village of district.villages) {
      if (village.auxiliaries.length === 0) gaps.push(gap('no_auxiliary', village, null));
      for (const person of uncovered(village.auxiliaries)) gaps.push(gap('auxiliary_uncovered', village, person));
    }
  }
  return gaps;
}

/** The holders away with nobody covering them, when none of the duty's holders is at work. */
function uncovered(holders: readonly Staffed[]): Staffed[] {
  if (holders.some((person) => person.away === null || person.away.standInPersonId !== null)) return [];
  return holders.filter((person) => person.away !== null && person.away.standInPersonId === null);
}

/**
 * A gap as one plain line, as the view and the export print it: `段江村 无驻村辅警`, `片区二 无警务室`,
 * `片区一 李警官 民警请假无人代岗`.
 */
export function coverageGapText(gap: CoverageGap, lang: 'zh' | 'en'): string {
  const place = gap.villageName ?? gap.districtName;
  const label = COVERAGE_GAP_LABELS[gap.kind][lang];
  return [place, gap.personName, label].filter((part) => part).join(' ');
}
