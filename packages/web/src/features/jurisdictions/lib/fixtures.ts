import type { Jurisdiction, JurisdictionLevel } from '@fengqiao/domain';

/** A small Maliang-like tree for tests: a county, one town, two districts, three villages, one community, groups. */
export function jurisdiction(
  id: string,
  level: JurisdictionLevel,
  parentId: string | null,
  extra: Partial<Jurisdiction> = {},
): Jurisdiction {
  return {
    id,
    parentId,
    level,
    code: null,
    name: id,
    townId: null,
    population: null,
    households: null,
    note: null,
    actions: [],
    ...extra,
  };
}

export const SAMPLE: Jurisdiction[] = [
  jurisdiction('county', 'county', null, { code: '420626000000' }),
  jurisdiction('town', 'town', 'county', { code: '420626104000' }),
  jurisdiction('d2', 'district', 'town', { name: '南垭片区' }),
  jurisdiction('d1', 'district', 'town', { name: '双坪片区' }),
  jurisdiction('v-shuangping', 'village', 'd1', { code: '420626104201', population: 1200, households: 400 }),
  jurisdiction('c-maliangjie', 'community', 'd1', { code: '420626104001', population: 3000, households: 1000 }),
  jurisdiction('v-nanya', 'village', 'd2', { code: '420626104202', population: 900, households: 300 }),
  jurisdiction('v-duanjiang', 'village', 'd2', { code: '420626104203', population: 800 }),
  jurisdiction('g1', 'group', 'v-shuangping', { code: '420626104201001', population: 100 }),
  jurisdiction('g2', 'group', 'v-shuangping', { code: '420626104201002', population: 100 }),
];
