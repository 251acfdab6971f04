import { describe, expect, it } from 'vitest';
import { publishSchema } from './room.schema';
import {
  ROOM_JOIN_TOKEN_ERRORS,
  type RoomJoinTokenCheck,
  roomJoinTokenExpiresAt,
  roomJoinTokenProblem,
} from './room-join-token';

const now = new Date('2026-12-07T06:00:00.000Z');
const own = { roomId: 'r1', participantId: 'p1', usedAt: null, expiresAt: '2026-12-07T06:01:00.000Z' };
const check = (token: RoomJoinTokenCheck['token'], at = now): RoomJoinTokenCheck => ({
  token,
  roomId: 'r1',
  participantId: 'p1',
  now: at,
});

describe('room join tokens', () => {
  it('expires after the lifetime', () => {
    expect(roomJoinTokenExpiresAt(now, 60)).toBe('2026-12-07T06:01:00.000Z');
  });

  it('lets the publisher’s own unused token in before it expires', () => {
    expect(roomJoinTokenProblem(check(own))).toBeNull();
  });

  it('refuses a forged token, another participant’s and another room’s as invalid, whatever their state', () => {
    expect(roomJoinTokenProblem(check(null))).toBe('invalid');
    expect(roomJoinTokenProblem(check({ ...own, participantId: 'p2', usedAt: now.toISOString() }))).toBe('invalid');
    expect(roomJoinTokenProblem(check({ ...own, roomId: 'r2', expiresAt: '2026-12-07T05:00:00.000Z' }))).toBe(
      'invalid',
    );
  });

  it('refuses a used token before an expired one, and an expired one from its very expiry', () => {
    const usedAndLate = check({ ...own, usedAt: '2026-12-07T05:59:00.000Z' }, new Date(own.expiresAt));
    expect(roomJoinTokenProblem(usedAndLate)).toBe('used');
    expect(roomJoinTokenProblem(check(own, new Date(own.expiresAt)))).toBe('expired');
    expect(roomJoinTokenProblem(check(own, new Date(Date.parse(own.expiresAt) - 1)))).toBeNull();
  });

  it('names an error code per refusal', () => {
    expect(ROOM_JOIN_TOKEN_ERRORS).toEqual({
      invalid: 'ROOM_JOIN_TOKEN_INVALID',
      used: 'ROOM_JOIN_TOKEN_USED',
      expired: 'ROOM_JOIN_TOKEN_EXPIRED',
    });
  });

  it('makes a publish name its join token', () => {
    const offer = { type: 'offer' as const, sdp: 'v=0' };
    expect(publishSchema.safeParse({ offer }).success).toBe(false);
    expect(publishSchema.safeParse({ offer, joinToken: '' }).success).toBe(false);
    expect(publishSchema.safeParse({ offer, joinToken: 'x'.repeat(43) }).success).toBe(true);
  });
});
