import { describe, expect, it } from 'vitest';
import { pickForWall } from './wall-pick';

describe('pickForWall', () => {
  const key = (item: string) => item;

  it('puts the preferred first, in their order, and tops up from the rest', () => {
    expect(pickForWall(['a', 'b', 'c', 'd'], key, ['c', 'a'], 3)).toEqual(['c', 'a', 'b']);
  });

  it('skips a preferred item the server did not send', () => {
    expect(pickForWall(['a', 'b'], key, ['x', 'b'], 5)).toEqual(['b', 'a']);
  });
});
