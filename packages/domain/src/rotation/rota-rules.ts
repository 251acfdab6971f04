/**
 * What may change in a rota once it is published (domain.md §5: swaps with the chief's approval, check-in for
 * attendance). Each function answers with stable error codes (empty = allowed), so the server refuses with the code
 * and the screen can say why.
 */

import type { ErrorCode } from '../shared/errors';

/** Two slots exchange their villages (and directors), or one slot's director is replaced by another person. */
export const ROTA_SWAP_KINDS = ['exchange', 'replace'] as const;
export type RotaSwapKind = (typeof ROTA_SWAP_KINDS)[number];

/** `withdrawn`: the rota's future months were generated again, so the slots asked about are gone. */
export const ROTA_SWAP_STATUSES = ['pending', 'approved', 'refused', 'withdrawn'] as const;
export type RotaSwapStatus = (typeof ROTA_SWAP_STATUSES)[number];

export const ROTA_RULE_PROBLEMS = [
  'ROTA_SLOT_STARTED',
  'ROTA_SWAP_SAME_SLOT',
  'ROTA_SWAP_OTHER_SLOT_REQUIRED',
  'ROTA_SWAP_REPLACEMENT_REQUIRED',
  'ROTA_SWAP_MONTH_CLASH',
  'ROTA_SWAP_NOT_PENDING',
  'ROTA_CHECKIN_OUTSIDE_SLOT',
  'TIME_IN_FUTURE',
] as const satisfies readonly ErrorCode[];
export type RotaRuleProblem = (typeof ROTA_RULE_PROBLEMS)[number];

/** A slot as the rules see it. */
export interface SlotFacts {
  id: string;
  year: number;
  month: number;
  villageId: string;
  days: readonly string[];
}

export interface SwapRequestFacts {
  kind: RotaSwapKind;
  slot: SlotFacts;
  /** exchange: the slot to exchange with. */
  other?: SlotFacts | null;
  /** replace: the person standing in for the slot's director. */
  replacementPersonId?: string | null;
  /** The villages on duty in a year's month, one entry per slot (the rota as it stands). */
  villagesOfMonth: (year: number, month: number) => readonly { slotId: string; villageId: string }[];
  /** Today, Beijing date. */
  today: string;
}

/**
 * Whether a swap may be asked for, and applied when the chief approves (the rota may have moved on since): only
 * slots not yet begun change; an exchange needs another slot and must not put a village on duty twice in a month.
 */
export function swapProblems(facts: SwapRequestFacts): RotaRuleProblem[] {
  const { slot, other, today } = facts;
  const problems: RotaRuleProblem[] = [];
  const started = (s: SlotFacts) => (s.days[0] ?? '') <= today;
  if (facts.kind === 'replace') {
    if (!facts.replacementPersonId) problems.push('ROTA_SWAP_REPLACEMENT_REQUIRED');
    if (started(slot)) problems.push('ROTA_SLOT_STARTED');
    return problems;
  }
  if (!other) return ['ROTA_SWAP_OTHER_SLOT_REQUIRED'];
  if (other.id === slot.id) return ['ROTA_SWAP_SAME_SLOT'];
  if (started(slot) || started(other)) problems.push('ROTA_SLOT_STARTED');
  const clashes = (target: SlotFacts, incoming: SlotFacts) =>
    facts
      .villagesOfMonth(target.year, target.month)
      .some((s) => s.slotId !== target.id && s.slotId !== incoming.id && s.villageId === incoming.villageId);
  if (clashes(slot, other) || clashes(other, slot)) problems.push('ROTA_SWAP_MONTH_CLASH');
  return problems;
}

/** Only a pending request is approved or refused, once. */
export function decisionProblems(status: RotaSwapStatus): RotaRuleProblem[] {
  return status === 'pending' ? [] : ['ROTA_SWAP_NOT_PENDING'];
}

/** A check-in records that the director came on one of the slot's days, and not ahead of time. */
export function checkInProblems(days: readonly string[], date: string, today: string): RotaRuleProblem[] {
  if (!days.includes(date)) return ['ROTA_CHECKIN_OUTSIDE_SLOT'];
  return date > today ? ['TIME_IN_FUTURE'] : [];
}
