/**
 * A referral to people's mediation carries the incident's people into the new dispute (domain.md §4). A dispute
 * knows applicants and respondents only: whoever called or was harmed applies, a suspect responds, and witnesses
 * are not parties to the dispute. Plain "parties" (a quarrel between neighbours) fill the applicant side first, so
 * two quarrelling people become one applicant and one respondent.
 */
import type { PartyRole } from '../disputes/dispute-dictionaries';
import type { IncidentPartyRole } from './incident-dictionaries';

const FIXED_ROLES: Record<Exclude<IncidentPartyRole, 'party'>, PartyRole | null> = {
  caller: 'applicant',
  victim: 'applicant',
  suspect: 'respondent',
  witness: null,
};

export function referralPartyRoles(roles: readonly IncidentPartyRole[]): (PartyRole | null)[] {
  let applicant = roles.some((role) => role === 'caller' || role === 'victim');
  return roles.map((role) => {
    if (role !== 'party') return FIXED_ROLES[role];
    if (applicant) return 'respondent';
    applicant = true;
    return 'applicant';
  });
}
