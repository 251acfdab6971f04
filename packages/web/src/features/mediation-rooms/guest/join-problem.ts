import { isApiError } from '../../../api/client';

/** What the party is told when the link does not let them in, as one plain sentence with what to do. */
export type JoinProblem = 'invalid' | 'used' | 'expired' | 'closed' | 'full' | 'failed';

const BY_CODE: Record<string, JoinProblem> = {
  ROOM_LINK_INVALID: 'invalid',
  ROOM_LINK_USED: 'used',
  ROOM_LINK_EXPIRED: 'expired',
  ROOM_CLOSED: 'closed',
  ROOM_FULL: 'full',
  // A malformed token is the same to the party as a forged one.
  VALIDATION_FAILED: 'invalid',
  NOT_FOUND: 'invalid',
};

export function joinProblem(error: unknown): JoinProblem {
  return (isApiError(error) && BY_CODE[error.code]) || 'failed';
}

/** Where the party's room page stands, from the last poll or its refusal. */
export type GuestStage = 'loading' | 'no_session' | 'waiting' | 'admitted' | 'removed' | 'left' | 'ended' | 'offline';

export function guestStage(
  state: { status: string; me: { status: string } | null } | undefined,
  error: unknown,
): GuestStage {
  if (isApiError(error, 'ROOM_CLOSED')) return 'ended';
  if (isApiError(error, 'ROOM_GUEST_UNAUTHENTICATED') || isApiError(error, 'UNAUTHENTICATED')) return 'no_session';
  if (isApiError(error, 'ROOM_NOT_ADMITTED')) return 'removed';
  if (!state) return error ? 'offline' : 'loading';
  if (state.status !== 'open') return 'ended';
  const status = state.me?.status;
  if (status === 'admitted') return 'admitted';
  if (status === 'removed') return 'removed';
  if (status === 'left') return 'left';
  return 'waiting';
}
