import { describe, expect, it } from 'vitest';
import { jurisdiction, SAMPLE } from './fixtures';
import {
  ancestorsOf,
  buildJurisdictionTree,
  countLevels,
  defaultExpandedKeys,
  descendantsOf,
  flattenNodes,
  sumOverVillages,
} from './jurisdiction-tree';

describe('buildJurisdictionTree', () => {
  it('nests the flat list under the county, communities before villages by code', () => {
    const [county] = buildJurisdictionTree(SAMPLE);
    expect(county?.id).toBe('county');
    const town = county?.children?.[0];
    expect(town?.children?.map((d) => d.name)).toEqual(['南垭片区', '双坪片区']);
    const shuangping = town?.children?.find((d) => d.id === 'd1');
    expect(shuangping?.children?.map((v) => v.id)).toEqual(['c-maliangjie', 'v-shuangping']);
    expect(flattenNodes(buildJurisdictionTree(SAMPLE))).toHaveLength(SAMPLE.length);
  });

  it('treats items whose parent is outside the scope as roots (a town-level user)', () => {
    const townScope = SAMPLE.filter((j) => j.id !== 'county');
    expect(buildJurisdictionTree(townScope).map((n) => n.id)).toEqual(['town']);
  });

  it('can start at any item and leaves leaves without a children array', () => {
    const [village] = buildJurisdictionTree(SAMPLE, 'v-nanya');
    expect(village?.id).toBe('v-nanya');
    expect(village?.children).toBeUndefined();
  });

  it('does not hang on a cycle in bad data', () => {
    const looped = [jurisdiction('a', 'district', 'b'), jurisdiction('b', 'district', 'a')];
    expect(flattenNodes(buildJurisdictionTree(looped, 'a')).length).toBeLessThanOrEqual(3);
    expect(descendantsOf(looped, 'a').map((j) => j.id)).toEqual(['b']);
  });
});

describe('counts', () => {
  it('counts villages, communities and districts below a town', () => {
    const counts = countLevels(descendantsOf(SAMPLE, 'town'));
    expect(counts).toMatchObject({ district: 2, village: 3, community: 1, group: 2, town: 0 });
  });

  it('adds population over villages and communities only, so groups are not counted twice', () => {
    expect(sumOverVillages(SAMPLE, 'population')).toBe(1200 + 3000 + 900 + 800);
    expect(sumOverVillages(SAMPLE, 'households')).toBe(1700);
  });
});

describe('defaultExpandedKeys', () => {
  it('opens down to the villages but not into their groups', () => {
    expect(defaultExpandedKeys(buildJurisdictionTree(SAMPLE)).sort()).toEqual(['county', 'd1', 'd2', 'town']);
  });
});

describe('ancestorsOf', () => {
  it('lists the chain from the root down to the parent', () => {
    expect(ancestorsOf(SAMPLE, 'g1').map((j) => j.id)).toEqual(['county', 'town', 'd1', 'v-shuangping']);
    expect(ancestorsOf(SAMPLE, 'county')).toEqual([]);
  });
});
