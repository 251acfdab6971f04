/**
 * When a mediation room may record (issue #12 point 4, domain.md §9: "recording only with every participant's
 * consent"). Only the people in the room count: an admitted participant without a live consent blocks recording,
 * someone in the waiting room or gone does not (they are not seen or heard). A participant admitted later, or one
 * who withdraws, pauses a running recording; it runs again only when the host starts it once more, so every
 * segment begins with a deliberate act and everyone's consent checked at that instant.
 */
import type { ParticipantStatus, RecordingState } from './room.schema';

export interface ConsentingParticipant {
  id: string;
  status: ParticipantStatus;
  /** The participant's live consent (withdrawn consents count as none). */
  consentedAt: string | null;
}

/** The admitted participants without a live consent, in the order given. */
export function recordingBlockers(participants: readonly ConsentingParticipant[]): string[] {
  return participants.filter((p) => p.status === 'admitted' && p.consentedAt === null).map((p) => p.id);
}

/**
 * What changes the recording: the host starts or pauses it, the people in the room change (someone admitted,
 * removed or gone, a consent given or withdrawn), or the room closes.
 */
export type RecordingStep = 'start' | 'pause' | 'participants_changed' | 'close';

export type RecordingRefusal = 'RECORDING_CONSENT_MISSING' | 'RECORDING_ALREADY_RUNNING' | 'RECORDING_NOT_RUNNING';

/**
 * The recording state after a step, with what the media server must do (`on`, `off`, or nothing), or the refusal
 * with the participants lacking consent. A refusal changes nothing anywhere.
 */
export type RecordingDecision =
  | { ok: true; state: RecordingState; media: 'on' | 'off' | null }
  | { ok: false; code: RecordingRefusal; missing: string[] };

export function recordingStateAfter(
  current: RecordingState,
  step: RecordingStep,
  participants: readonly ConsentingParticipant[],
): RecordingDecision {
  const missing = recordingBlockers(participants);
  switch (step) {
    case 'start':
      if (current === 'recording') return { ok: false, code: 'RECORDING_ALREADY_RUNNING', missing: [] };
      if (missing.length > 0) return { ok: false, code: 'RECORDING_CONSENT_MISSING', missing };
      return { ok: true, state: 'recording', media: 'on' };
    case 'pause':
      if (current !== 'recording') return { ok: false, code: 'RECORDING_NOT_RUNNING', missing: [] };
      return { ok: true, state: 'paused', media: 'off' };
    case 'participants_changed':
      if (current === 'recording' && missing.length > 0) return { ok: true, state: 'paused', media: 'off' };
      return { ok: true, state: current, media: null };
    case 'close':
      return { ok: true, state: 'off', media: current === 'recording' ? 'off' : null };
  }
}

/**
 * The segment a recorded file belongs to: the last one started at or before the file began. The media server
 * opens a participant's files when recording turns on or when the participant starts publishing during a segment,
 * so a file never begins before its segment; the tolerance absorbs the two clocks' rounding.
 */
export function segmentOfFile<T extends { startedAt: string }>(
  segments: readonly T[],
  fileStartedAt: string,
  toleranceMs = 2000,
): T | null {
  const at = Date.parse(fileStartedAt) + toleranceMs;
  let found: T | null = null;
  for (const segment of segments) {
    const started = Date.parse(segment.startedAt);
    if (started <= at && (found === null || started >= Date.parse(found.startedAt))) found = segment;
  }
  return found;
}
