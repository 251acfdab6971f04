import { describe, expect, it } from 'vitest';
import { placeOnWall, wallColumns } from './wall-layout';

const tile = (n: number) => ({ cameraId: `c${n}`, name: `点位${n}` });

describe('the camera wall', () => {
  it('lays 1, 4 and 9 tiles out in 1, 2 and 3 columns', () => {
    expect([1, 4, 9].map((n) => wallColumns(n as 1 | 4 | 9))).toEqual([1, 2, 3]);
  });

  it('fills free tiles first, keeps a camera once, and replaces the last tile of a full wall', () => {
    let wall = placeOnWall([], tile(1), 4);
    wall = placeOnWall(wall, tile(2), 4);
    expect(placeOnWall(wall, tile(1), 4)).toEqual([tile(1), tile(2)]);
    wall = placeOnWall(placeOnWall(wall, tile(3), 4), tile(4), 4);
    expect(placeOnWall(wall, tile(5), 4).map((t) => t.cameraId)).toEqual(['c1', 'c2', 'c3', 'c5']);
  });

  it('drops tiles beyond a smaller layout', () => {
    const wall = [tile(1), tile(2), tile(3), tile(4)];
    expect(placeOnWall(wall, tile(1), 1)).toEqual([tile(1)]);
  });
});
