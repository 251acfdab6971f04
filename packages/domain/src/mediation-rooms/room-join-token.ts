/**
 * The rules of a participant's join token (issue #12): the app, not the media server, decides who may enter a room.
 * Each time an admitted participant is about to publish, the server hands out a random token good for one publish,
 * by that participant, in that room, within a short lifetime; it keeps only the token's hash. These pure rules decide
 * the expiry and, given what the server found for the presented token, why a publish is refused.
 */
import { z } from 'zod';
import { iceServerSchema } from '../video-views/video-view.schema';

/** The default lifetime of a join token in seconds (FENGQIAO_ROOM_JOIN_TOKEN_SECONDS). */
export const DEFAULT_ROOM_JOIN_TOKEN_SECONDS = 60;

/** When a token issued at `issuedAt` stops being good (ISO UTC). */
export function roomJoinTokenExpiresAt(issuedAt: Date, lifetimeSeconds: number): string {
  return new Date(issuedAt.getTime() + lifetimeSeconds * 1000).toISOString();
}

/** Why a publish is refused: forged or someone else's, already used, or too late. */
export type RoomJoinTokenProblem = 'invalid' | 'used' | 'expired';

/** The stored token whose hash the presented one matches (null: none does), and who is publishing with it. */
export interface RoomJoinTokenCheck {
  token: { roomId: string; participantId: string; usedAt: string | null; expiresAt: string } | null;
  roomId: string;
  participantId: string;
  now: Date;
}

/**
 * Checks in an order that tells an outsider nothing: a token that is not the publisher's own in this room (forged,
 * another participant's, another room's) is `invalid` before its use or age is revealed; only its holder learns that
 * it was used or has expired.
 */
export function roomJoinTokenProblem(check: RoomJoinTokenCheck): RoomJoinTokenProblem | null {
  const { token } = check;
  if (!token || token.roomId !== check.roomId || token.participantId !== check.participantId) return 'invalid';
  if (token.usedAt !== null) return 'used';
  if (check.now.getTime() >= Date.parse(token.expiresAt)) return 'expired';
  return null;
}

/** The error code of each refusal. */
export const ROOM_JOIN_TOKEN_ERRORS = {
  invalid: 'ROOM_JOIN_TOKEN_INVALID',
  used: 'ROOM_JOIN_TOKEN_USED',
  expired: 'ROOM_JOIN_TOKEN_EXPIRED',
} as const satisfies Record<RoomJoinTokenProblem, string>;

/**
 * What `…/media/join-token` returns: the token (shown only here), when it stops being good, and the STUN/TURN servers
 * the browser's connections use, so a village behind carrier NAT relays through TURN from its first attempt.
 */
export const roomJoinTokenSchema = z.object({
  joinToken: z.string(),
  expiresAt: z.string(),
  iceServers: z.array(iceServerSchema),
});
export type RoomJoinToken = z.infer<typeof roomJoinTokenSchema>;

/** A presented token: any short string (a forged one is refused as invalid, not as malformed input). */
export const joinTokenFieldSchema = z.string().min(1).max(200);
