/**
 * A key person's level changes and removal go through a request and an approval (domain.md §8: downgrade and
 * removal): someone holding keyperson.manage asks with a reason, someone holding keyperson.approve decides, and
 * never the one who asked, so no single person can lift a control on their own.
 */
import type { Label } from '../disputes/dispute-dictionaries';
import type { ErrorCode } from '../shared/errors';
import type { KeyPersonLevel, KeyPersonStatus } from './key-person-categories';

export const KEY_PERSON_REQUEST_KINDS = ['level', 'remove'] as const;
export type KeyPersonRequestKind = (typeof KEY_PERSON_REQUEST_KINDS)[number];

export const KEY_PERSON_REQUEST_KIND_LABELS: Record<KeyPersonRequestKind, Label> = {
  level: { zh: '调整管控级别', en: 'Level change' },
  remove: { zh: '撤销管控', en: 'Removal' },
};

export const KEY_PERSON_REQUEST_STATES = ['pending', 'approved', 'rejected'] as const;
export type KeyPersonRequestState = (typeof KEY_PERSON_REQUEST_STATES)[number];

export const KEY_PERSON_REQUEST_STATE_LABELS: Record<KeyPersonRequestState, Label> = {
  pending: { zh: '待审批', en: 'Pending' },
  approved: { zh: '已批准', en: 'Approved' },
  rejected: { zh: '已驳回', en: 'Rejected' },
};

/** Why a new request is refused, or null when it may be filed. */
export function keyPersonRequestProblem(
  record: { status: KeyPersonStatus; level: KeyPersonLevel; hasPendingRequest: boolean },
  request: { kind: KeyPersonRequestKind; toLevel?: KeyPersonLevel | null | undefined },
): ErrorCode | null {
  if (record.status === 'removed') return 'KEY_PERSON_REMOVED';
  if (record.hasPendingRequest) return 'KEY_PERSON_REQUEST_PENDING';
  if (request.kind === 'level') {
    if (!request.toLevel) return 'KEY_PERSON_LEVEL_REQUIRED';
    if (request.toLevel === record.level) return 'KEY_PERSON_LEVEL_UNCHANGED';
  }
  return null;
}

/** Why a decision is refused, or null when the caller may decide this request. */
export function keyPersonDecisionProblem(
  request: { state: KeyPersonRequestState; requestedBy: string },
  deciderUserId: string,
): ErrorCode | null {
  if (request.state !== 'pending') return 'KEY_PERSON_REQUEST_DECIDED';
  if (request.requestedBy === deciderUserId) return 'KEY_PERSON_SELF_APPROVAL';
  return null;
}
