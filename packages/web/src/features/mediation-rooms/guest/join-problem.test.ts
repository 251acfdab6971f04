import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../api/api-error';
import { guestStage, joinProblem } from './join-problem';

const refusal = (code: string, status = 409) => new ApiError({ status, code, message: code, messageZh: code });

describe('the party’s join link refused', () => {
  it('names each refusal the server gives', () => {
    expect(joinProblem(refusal('ROOM_LINK_USED'))).toBe('used');
    expect(joinProblem(refusal('ROOM_LINK_EXPIRED', 410))).toBe('expired');
    expect(joinProblem(refusal('ROOM_LINK_INVALID', 404))).toBe('invalid');
    expect(joinProblem(refusal('ROOM_CLOSED', 410))).toBe('closed');
    expect(joinProblem(refusal('ROOM_FULL'))).toBe('full');
  });

  it('treats a malformed token as forged, and anything else as a failure to retry', () => {
    expect(joinProblem(refusal('VALIDATION_FAILED', 400))).toBe('invalid');
    expect(joinProblem(new TypeError('Failed to fetch'))).toBe('failed');
    expect(joinProblem(refusal('INTERNAL', 500))).toBe('failed');
  });
});

describe('the party’s room page', () => {
  const open = (status: string) => ({ status: 'open', me: { status } });

  it('follows the participant from the waiting room into the room and out', () => {
    expect(guestStage(undefined, null)).toBe('loading');
    expect(guestStage(open('waiting'), null)).toBe('waiting');
    expect(guestStage(open('admitted'), null)).toBe('admitted');
    expect(guestStage(open('removed'), null)).toBe('removed');
    expect(guestStage(open('left'), null)).toBe('left');
  });

  it('says the mediation ended once the room closed, whether the poll answers closed or refuses', () => {
    expect(guestStage({ status: 'closed', me: { status: 'admitted' } }, null)).toBe('ended');
    expect(guestStage(open('admitted'), refusal('ROOM_CLOSED', 410))).toBe('ended');
  });

  it('sends a visitor without a guest session back to the link', () => {
    expect(guestStage(undefined, refusal('ROOM_GUEST_UNAUTHENTICATED', 401))).toBe('no_session');
  });

  it('keeps the room on screen through a failed poll, and says offline only with nothing to show', () => {
    expect(guestStage(open('admitted'), new TypeError('Failed to fetch'))).toBe('admitted');
    expect(guestStage(undefined, new TypeError('Failed to fetch'))).toBe('offline');
  });
});
