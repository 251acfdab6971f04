import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../../config';
import type { Db } from '../../db/database';
import { newSessionToken, sameSecret, sessionIdOf } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { findGuestSession } from './room-guests.repository';
import type { RoomParticipant } from './room-participation';

/**
 * A party's way of being someone without an account: a used invitation opens a guest session, a random cookie bound
 * to one participant of one room. The cookie is scoped to the guest routes' path, so the browser never sends it
 * anywhere else, and nothing else reads it: the app's session hook knows only `fq_session`, so with this cookie alone
 * every other route answers 401. The session lasts until the room closes.
 */
export const GUEST_COOKIE = 'fq_room_guest';
export const GUEST_PATH = '/api/v1/room-guest';
export const GUEST_CSRF_HEADER = 'x-room-guest-csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is calling a guest route: the participant the cookie is bound to, and the room's shared draft. */
export interface GuestCaller {
  sessionId: string;
  /** The hash of the CSRF token the session was opened with. */
  csrfHash: string;
  participant: RoomParticipant;
  displayName: string;
  sharedAgreementId: string | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    roomGuest: GuestCaller | null;
  }
}

export interface GuestTokens {
  /** The cookie's value; the database keeps only its hash (the session id). */
  token: string;
  sessionId: string;
  csrfToken: string;
  csrfHash: string;
}

export function newGuestTokens(): GuestTokens {
  const token = newSessionToken();
  const csrfToken = guestCsrfOf(token);
  return { token, sessionId: sessionIdOf(token), csrfToken, csrfHash: hashOf(csrfToken) };
}

/**
 * The CSRF token is derived from the cookie's secret, so a page reloaded mid-mediation gets it back from the cookie
 * (GET /room-guest/session) without a new link; another site can neither read the cookie nor compute it.
 */
export function guestCsrfOf(token: string): string {
  return crypto.createHash('sha256').update(`room-guest-csrf:${token}`).digest('base64url');
}

function hashOf(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/** How audit rows name a guest, who has no account. */
export function guestUsername(participantId: string): string {
  return `room-guest:${participantId}`;
}

/** Sets the cookie like the staff session's (HttpOnly, SameSite=Strict, Secure behind https), on the guest path only. */
export function setGuestCookie(reply: FastifyReply, config: Config, token: string, expiresAt: string): void {
  const seconds = Math.max(1, Math.floor((Date.parse(expiresAt) - Date.now()) / 1000));
  reply.setCookie(GUEST_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: config.session.cookieSecure,
    path: GUEST_PATH,
    maxAge: seconds,
  });
}

/** The guest session a request's cookie opens, or null when there is none, it is unknown or it has expired. */
export async function resolveGuest(db: Db, request: FastifyRequest): Promise<GuestCaller | null> {
  const token = request.cookies[GUEST_COOKIE];
  if (!token) return null;
  const row = await findGuestSession(db, sessionIdOf(token));
  if (!row) return null;
  // A closed room ends every guest session in it, whatever its expiry said.
  if (row.room_status !== 'open') throw new AppError('ROOM_CLOSED');
  if (Date.parse(row.expires_at) <= Date.now()) return null;
  return {
    sessionId: row.id,
    csrfHash: row.csrf_hash,
    participant: {
      id: row.participant_id,
      roomId: row.room_id,
      townId: row.town_id,
      disputeId: row.dispute_id,
      status: row.status,
      accountId: row.account_id,
      partyId: row.party_id,
    },
    displayName: row.display_name,
    sharedAgreementId: row.shared_agreement_id,
  };
}

/**
 * The one hook of every guest route but enter: the cookie must open a live guest session (else 401
 * ROOM_GUEST_UNAUTHENTICATED, or 410 ROOM_CLOSED once the room has closed) and, on a state change, the request must
 * carry the CSRF token derived from that cookie.
 */
export function roomGuestHook(db: Db) {
  return async (request: FastifyRequest): Promise<void> => {
    const guest = await resolveGuest(db, request);
    if (!guest) throw new AppError('ROOM_GUEST_UNAUTHENTICATED');
    if (!SAFE_METHODS.has(request.method)) {
      const sent = request.headers[GUEST_CSRF_HEADER];
      if (typeof sent !== 'string' || !sameSecret(hashOf(sent), guest.csrfHash)) throw new AppError('CSRF_INVALID');
    }
    request.roomGuest = guest;
  };
}

/** The guest of a route behind `roomGuestHook`. */
export function guestOf(request: FastifyRequest): GuestCaller {
  if (!request.roomGuest) throw new AppError('ROOM_GUEST_UNAUTHENTICATED');
  return request.roomGuest;
}
