import type { Coverage, CoverageDuty } from '@fengqiao/domain';

/** One duty held on one place: whom a leave can be recorded for. */
export interface Holding {
  key: string;
  personId: string;
  name: string;
  jurisdictionId: string;
  placeName: string;
  duty: CoverageDuty;
}

/** Every officer and auxiliary officer of the view with his place, officers of a district before its villages. */
export function holdingsOf(coverage: Coverage): Holding[] {
  const out: Holding[] = [];
  const add = (personId: string, name: string, jurisdictionId: string, placeName: string, duty: CoverageDuty) =>
    out.push({ key: `${personId}|${jurisdictionId}|${duty}`, personId, name, jurisdictionId, placeName, duty });
  for (const district of coverage.districts) {
    for (const officer of district.officers) {
      add(officer.personId, officer.name, district.districtId, district.districtName, 'district_officer');
    }
    for (const village of district.villages) {
      for (const aux of village.auxiliaries) {
        add(aux.personId, aux.name, village.villageId, village.villageName, 'village_auxiliary');
      }
    }
  }
  return out;
}

/** The people who can stand in: each officer and auxiliary officer once, by first appearance. */
export function standInCandidates(holdings: readonly Holding[], absentPersonId: string | undefined) {
  const seen = new Map<string, string>();
  for (const holding of holdings) {
    if (holding.personId !== absentPersonId && !seen.has(holding.personId)) seen.set(holding.personId, holding.name);
  }
  return [...seen].map(([personId, name]) => ({ personId, name }));
}
