/** Audio level (0..1, getStats `audioLevel`) above which someone counts as speaking rather than room noise. */
export const SPEAKING_LEVEL = 0.05;
/** How long the loudest voice must stay the loudest before the highlight moves to it. */
export const SPEAKER_HOLD_MS = 300;

/**
 * Picks the active speaker from audio levels sampled over time: the loudest participant above SPEAKING_LEVEL who
 * stayed the loudest for SPEAKER_HOLD_MS. The highlight then stays on them until someone else qualifies, so a pause
 * for breath or a cough from another tile does not make it jump.
 */
export class ActiveSpeakerTracker {
  private speaker: string | null = null;
  private candidate: { id: string; since: number } | null = null;

  constructor(
    private readonly level = SPEAKING_LEVEL,
    private readonly holdMs = SPEAKER_HOLD_MS,
  ) {}

  /** One sample of every participant's level at `now` (ms); returns the active speaker after it. */
  update(levels: ReadonlyMap<string, number>, now: number): string | null {
    let loudest: string | null = null;
    let loudestLevel = this.level;
    for (const [id, value] of levels) {
      if (value > loudestLevel) {
        loudest = id;
        loudestLevel = value;
      }
    }
    if (this.speaker !== null && !levels.has(this.speaker)) this.speaker = null;
    if (loudest === null || loudest === this.speaker) {
      this.candidate = null;
      return this.speaker;
    }
    if (this.candidate?.id !== loudest) this.candidate = { id: loudest, since: now };
    if (now - this.candidate.since >= this.holdMs) {
      this.speaker = loudest;
      this.candidate = null;
    }
    return this.speaker;
  }

  current(): string | null {
    return this.speaker;
  }
}
