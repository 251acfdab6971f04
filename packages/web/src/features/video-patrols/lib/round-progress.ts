import type { VideoPatrolRound, VideoPatrolRoundCamera } from '@fengqiao/domain';

/** How a round reads on the list: not started (待巡查), under way (巡查中) or finished (已完成). */
export type RoundStatus = 'due' | 'in_progress' | 'done';

export function roundStatus(round: Pick<VideoPatrolRound, 'state' | 'resultCount'>): RoundStatus {
  if (round.state === 'closed') return 'done';
  return round.resultCount > 0 ? 'in_progress' : 'due';
}

/** The camera a round opens on: the first still without a result, or the first one when all are recorded. */
export function firstOpenCamera(cameras: readonly VideoPatrolRoundCamera[]): number {
  const index = cameras.findIndex((camera) => camera.result === null);
  return index === -1 ? 0 : index;
}

/**
 * The camera to show after `current` is recorded: the next one still without a result, wrapping round to those
 * skipped earlier; `current` itself when every camera is recorded (the desk then finishes the round).
 */
export function nextOpenCamera(cameras: readonly VideoPatrolRoundCamera[], current: number): number {
  for (let step = 1; step < cameras.length; step += 1) {
    const index = (current + step) % cameras.length;
    if (cameras[index]?.result === null) return index;
  }
  return current;
}

/** Moves by one camera, staying within the list (the arrow keys of the desk). */
export function stepCamera(count: number, current: number, by: -1 | 1): number {
  return Math.min(Math.max(current + by, 0), Math.max(count - 1, 0));
}
