import type { RoomJoinToken } from '@fengqiao/domain';
import { parseErrorBody } from '../../../api/parse-error';
import type { RoomMediaApi } from '../media/room-media-api';
import { loadGuestCsrf } from './guest-session';

export const GUEST_BASE = '/api/v1/room-guest';

/**
 * A request of the party's pages. Not the app's client: a party has no session, so an answer of 401 must not send
 * them to the staff login page, and every POST carries the guest CSRF header instead of the staff one.
 */
export async function guestFetch<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  const csrf = loadGuestCsrf();
  if (method === 'POST' && csrf) headers.set('x-room-guest-csrf', csrf);
  const response = await fetch(`${GUEST_BASE}${path}`, {
    method,
    credentials: 'same-origin',
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
  const text = response.status === 204 ? '' : await response.text();
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    parsed = text;
  }
  if (!response.ok) throw parseErrorBody(response.status, parsed);
  return parsed as T;
}

/** The party's media calls, through the guest cookie bound to their one participant. */
export function guestRoomApi(): RoomMediaApi {
  return {
    // Each publish takes a fresh single-use token: the app admits the publisher once, and Janus checks it too.
    joinToken: () => guestFetch<RoomJoinToken>('POST', '/media/join-token'),
    publish: (offer, joinToken) => guestFetch('POST', '/media/publish', { offer, joinToken }),
    subscribe: (feedIds) => guestFetch('POST', '/media/subscribe', { feedIds }),
    answer: (jsep) => guestFetch('POST', '/media/answer', { jsep }),
    leave: () => guestFetch('POST', '/media/leave'),
  };
}
