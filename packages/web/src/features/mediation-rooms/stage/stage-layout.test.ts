import { describe, expect, it } from 'vitest';
import { gridColumns, phoneLayout } from './stage-layout';

describe('stage layout', () => {
  it('grows the grid from one picture to 2×2 and 3×3', () => {
    expect([1, 2, 3, 4, 5, 8].map(gridColumns)).toEqual([1, 2, 2, 2, 3, 3]);
  });

  it('puts the active speaker large on a phone, the others and oneself last in the strip', () => {
    expect(phoneLayout(['me', 'a', 'b'], 'me', 'b')).toEqual({ main: 'b', strip: ['a', 'me'] });
  });

  it('shows the first other participant large while nobody speaks, and oneself when alone', () => {
    expect(phoneLayout(['me', 'a', 'b'], 'me', null)).toEqual({ main: 'a', strip: ['b', 'me'] });
    expect(phoneLayout(['me'], 'me', null)).toEqual({ main: 'me', strip: [] });
  });

  it('keeps oneself in the strip while speaking', () => {
    expect(phoneLayout(['me', 'a'], 'me', 'me')).toEqual({ main: 'a', strip: ['me'] });
  });
});
