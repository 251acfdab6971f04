import { describe, expect, it } from 'vitest';
import { dutyReach } from './duty-reach';

describe('dutyReach', () => {
  it('gives a village auxiliary officer their village and no wide filters', () => {
    expect(dutyReach([{ role: 'auxiliary', jurisdictionId: 'v1', jurisdictionName: '双坪村' }])).toEqual({
      ownVillage: { jurisdictionId: 'v1', jurisdictionName: '双坪村' },
      wide: false,
    });
  });

  it('asks the chief and officers for the village and shows them every filter', () => {
    expect(dutyReach([{ role: 'chief', jurisdictionId: 't1', jurisdictionName: '马良镇' }])).toEqual({
      ownVillage: null,
      wide: true,
    });
    expect(dutyReach([{ role: 'officer', jurisdictionId: 'd1', jurisdictionName: '片区一' }]).wide).toBe(true);
  });

  it('does not count a village cadre’s village as a duty village', () => {
    expect(dutyReach([{ role: 'village_cadre', jurisdictionId: 'v1', jurisdictionName: '双坪村' }])).toEqual({
      ownVillage: null,
      wide: false,
    });
  });
});
