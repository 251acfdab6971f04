/**
 * Editing a dispute's party (domain.md §3, Art. 29): a written agreement copies each party's particulars, so a
 * party may be corrected while every agreement naming them is still a draft, and never once one has taken effect
 * (the signed originals the parties hold would no longer match the record).
 */
import type { ErrorCode } from '../shared/errors';
import { fullYearsBetween } from '../shared/shanghai-time';

export interface PartyAgreementRef {
  partyIds: readonly string[];
  /** Marked effective (written) or recorded (oral, effective that day). */
  effective: boolean;
}

export function partyEditProblem(partyId: string, agreements: readonly PartyAgreementRef[]): ErrorCode | null {
  return agreements.some((agreement) => agreement.effective && agreement.partyIds.includes(partyId))
    ? 'PARTY_IN_EFFECTIVE_AGREEMENT'
    : null;
}

/** The age an agreement states for a birth date: completed years on the (Shanghai) day it is written. */
export function ageOn(birthDate: string, today: string): number {
  return fullYearsBetween(birthDate, today);
}
