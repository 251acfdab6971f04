import { describe, expect, it } from 'vitest';
import { disputePlaceName } from './dispute-place';

describe('disputePlaceName', () => {
  it('puts the village before a group and leaves a village alone', () => {
    expect(disputePlaceName({ jurisdictionName: '3组', villageName: '双坪村' })).toBe('双坪村3组');
    expect(disputePlaceName({ jurisdictionName: '马良街社区', villageName: null })).toBe('马良街社区');
  });
});
