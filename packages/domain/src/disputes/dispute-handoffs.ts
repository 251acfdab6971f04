import type { DisputeTier } from './dispute-dictionaries';
import type { DisputeAction } from './dispute-states';

/**
 * Who must hear of a hand-off (domain.md §2: every transition records who, when, why; a case changing hands must
 * reach the hands it goes to). The village side is the auxiliary officers and cadres whose village holds the case;
 * the town office is the 综治办; departments are those assigned to the case (or being assigned by this action); the
 * task force is its members.
 */
export type HandoffSide = 'town_office' | 'village' | 'departments' | 'taskforce';

export function handoffSides(action: DisputeAction, fromTier: DisputeTier): readonly HandoffSide[] {
  switch (action) {
    case 'village_fail':
      return ['town_office'];
    case 'push_to_town':
      return ['town_office', 'village'];
    case 'accept_at_town':
      return ['village'];
    case 'assign_departments':
      return ['departments'];
    case 'form_taskforce':
      return ['taskforce', 'departments'];
    case 'divert':
    case 'escalate_county':
      return ['village', 'departments'];
    case 'close':
    case 'reopen_for_remediation':
      // A village case stays with the village; once the town had it, both sides hear that it is back or done.
      return fromTier === 'village' ? ['town_office'] : ['village', 'departments'];
    default:
      return [];
  }
}
