import type { Jurisdiction } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { villagesInScope } from './village-scope';

const place = (id: string, level: Jurisdiction['level'], parentId: string | null, townId: string | null) =>
  ({
    id,
    parentId,
    level,
    code: null,
    name: id,
    townId,
    population: null,
    households: null,
    note: null,
    actions: [],
  }) satisfies Jurisdiction;

const TREE: Jurisdiction[] = [
  place('county', 'county', null, null),
  place('maliang', 'town', 'county', 'maliang'),
  place('d1', 'district', 'maliang', 'maliang'),
  place('shuangping', 'village', 'd1', 'maliang'),
  place('group1', 'group', 'shuangping', 'maliang'),
  place('d2', 'district', 'maliang', 'maliang'),
  place('xiema', 'village', 'd2', 'maliang'),
  place('other', 'town', 'county', 'other'),
  place('faraway', 'village', 'other', 'other'),
];

const ids = (places: Jurisdiction[]) => places.map((p) => p.id);

describe('the villages a camera permission reaches', () => {
  it('gives a town-wide role every village of its town, and nothing of another town', () => {
    expect(ids(villagesInScope(TREE, [{ role: 'chief', jurisdictionId: 'maliang' }], 'camera.manage'))).toEqual([
      'shuangping',
      'xiema',
    ]);
  });

  it('gives an assigned reach only its own village, and a role without the permission nothing', () => {
    const auxiliary = [{ role: 'auxiliary' as const, jurisdictionId: 'shuangping' }];
    expect(ids(villagesInScope(TREE, auxiliary, 'camera.read'))).toEqual(['shuangping']);
    expect(villagesInScope(TREE, auxiliary, 'camera.manage')).toEqual([]);
  });

  it('gives a county grant every town under it', () => {
    expect(ids(villagesInScope(TREE, [{ role: 'chief', jurisdictionId: 'county' }], 'camera.read'))).toEqual([
      'shuangping',
      'xiema',
      'faraway',
    ]);
  });
});
