import type { VideoPatrolResult, VideoPatrolRoundCamera } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { firstOpenCamera, nextOpenCamera, roundStatus, stepCamera } from './round-progress';

const result = { id: 'r' } as VideoPatrolResult;
const camera = (id: string, recorded: boolean): VideoPatrolRoundCamera => ({
  id,
  name: id,
  villageId: 'v',
  villageName: '双坪村',
  kind: 'public',
  result: recorded ? result : null,
});

describe('roundStatus', () => {
  it('is due before the first result, in progress after it, done once finished', () => {
    expect(roundStatus({ state: 'open', resultCount: 0 })).toBe('due');
    expect(roundStatus({ state: 'open', resultCount: 2 })).toBe('in_progress');
    expect(roundStatus({ state: 'closed', resultCount: 5 })).toBe('done');
  });
});

describe('walking the cameras of a round', () => {
  const cameras = [camera('a', true), camera('b', false), camera('c', true), camera('d', false)];

  it('opens on the first camera without a result', () => {
    expect(firstOpenCamera(cameras)).toBe(1);
    expect(firstOpenCamera([camera('a', true)])).toBe(0);
  });

  it('goes on to the next camera without a result, wrapping round to skipped ones', () => {
    expect(nextOpenCamera(cameras, 1)).toBe(3);
    expect(nextOpenCamera(cameras, 3)).toBe(1);
    expect(nextOpenCamera([camera('a', true), camera('b', true)], 0)).toBe(0);
  });

  it('moves one camera with the arrow keys without leaving the list', () => {
    expect(stepCamera(4, 0, -1)).toBe(0);
    expect(stepCamera(4, 2, 1)).toBe(3);
    expect(stepCamera(4, 3, 1)).toBe(3);
  });
});
