import { describe, expect, it } from 'vitest';
import { villageGrants } from './my-village';

describe('villageGrants', () => {
  const roles = [
    { role: 'auxiliary' as const, jurisdictionId: 'v1', jurisdictionName: '双坪村' },
    { role: 'village_cadre' as const, jurisdictionId: 'v1', jurisdictionName: '双坪村' },
    { role: 'officer' as const, jurisdictionId: 'd1', jurisdictionName: '双坪片区' },
    { role: 'patrol' as const, jurisdictionId: 'v2', jurisdictionName: '南垭村' },
  ];

  it('without the jurisdiction list, trusts roles that can only sit on a village', () => {
    expect(villageGrants(roles)).toEqual([{ jurisdictionId: 'v1', jurisdictionName: '双坪村' }]);
  });

  it('with the jurisdiction list, uses the actual level, so a patrol member on a village counts too', () => {
    const levels = new Map([
      ['v1', 'village' as const],
      ['d1', 'district' as const],
      ['v2', 'village' as const],
    ]);
    expect(villageGrants(roles, (id) => levels.get(id)).map((g) => g.jurisdictionId)).toEqual(['v1', 'v2']);
  });
});
