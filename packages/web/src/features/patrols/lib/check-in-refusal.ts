import type { MessageKey } from '../../../app/i18n/dictionaries';

export interface Refusal {
  title: MessageKey;
  text: MessageKey;
  /** Whether trying again later on this same code can succeed (outside the shift, not yet on the rota). */
  later: boolean;
}

const REFUSALS: Record<string, Refusal> = {
  PATROL_OUTSIDE_SHIFT: {
    title: 'patrols.refused.outsideShift',
    text: 'patrols.refused.outsideShiftText',
    later: true,
  },
  PATROL_NOT_ON_ROTA: { title: 'patrols.refused.notOnRota', text: 'patrols.refused.notOnRotaText', later: true },
  PATROL_TOKEN_FORGED: { title: 'patrols.refused.invalid', text: 'patrols.refused.invalidText', later: false },
  PATROL_TOKEN_OTHER_CHECKPOINT: {
    title: 'patrols.refused.invalid',
    text: 'patrols.refused.invalidText',
    later: false,
  },
  PATROL_TOKEN_REVOKED: { title: 'patrols.refused.revoked', text: 'patrols.refused.revokedText', later: false },
  PATROL_CHECKPOINT_INACTIVE: { title: 'patrols.refused.inactive', text: 'patrols.refused.inactiveText', later: false },
  PATROL_CHECKIN_REPLAYED: { title: 'patrols.refused.already', text: 'patrols.refused.alreadyText', later: false },
  // A code naming a checkpoint that does not exist (or not in the caller's town) reads as an invalid code.
  NOT_FOUND: { title: 'patrols.refused.invalid', text: 'patrols.refused.invalidText', later: false },
  VALIDATION_FAILED: { title: 'patrols.refused.invalid', text: 'patrols.refused.invalidText', later: false },
};

/**
 * The phone page's words for a refused check-in, by the server's stable code: a volunteer at a dark checkpoint needs
 * "not patrol time yet" rather than an error number. An unknown code is left to the server's own message.
 */
export function checkInRefusal(code: string | null | undefined): Refusal | null {
  if (!code) return null;
  return REFUSALS[code] ?? null;
}

/** What the phone page offers before the tap, from the server's preview. */
export type CheckInStage =
  | { stage: 'earlier'; at: string }
  | { stage: 'refused'; refusal: Refusal }
  | { stage: 'ready' };

/**
 * Checked in here earlier this shift: the page says when, rather than only that a second one is refused. A refusal
 * the page has words for replaces the button; an unknown one leaves the button, and the tap gets the server's answer.
 */
export function checkInStage(preview: { problem: string | null; checkedInAt: string | null }): CheckInStage {
  const repeat = preview.problem === null || preview.problem === 'PATROL_CHECKIN_REPLAYED';
  if (repeat && preview.checkedInAt) return { stage: 'earlier', at: preview.checkedInAt };
  const refusal = checkInRefusal(preview.problem);
  return refusal ? { stage: 'refused', refusal } : { stage: 'ready' };
}
