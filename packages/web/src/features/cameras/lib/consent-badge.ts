import { addDays, type ConsentState } from '@fengqiao/domain';

/** A consent as the registry shows it: the domain's state, with a live one ending soon told apart. */
export type ConsentBadge = ConsentState | 'expiring';

/** How many days ahead a live consent counts as 即将到期: long enough to visit the household and renew it. */
export const CONSENT_EXPIRING_DAYS = 30;

/** `lastDay` and `today` are Shanghai calendar days (YYYY-MM-DD). */
export function consentBadge(consent: { state: ConsentState; lastDay: string }, today: string): ConsentBadge {
  if (consent.state !== 'active') return consent.state;
  return consent.lastDay < addDays(today, CONSENT_EXPIRING_DAYS) ? 'expiring' : 'active';
}
