import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** A token as the app issues one, for the adapter tests that call the media server directly. */
export function newJoinToken(): string {
  return crypto.randomBytes(32).toString('base64url');
}

/** A token no participant holds: the publish then shows whichever refusal comes first. */
export const NO_JOIN_TOKEN = 'no-join-token';

/**
 * The body of a publish as the browser sends it (issue #12): a fresh join token fetched just before from the sibling
 * `…/media/join-token` route with the same headers (staff session or guest cookie). A body that names its own token,
 * and any other route, go as they are; a refused token request leaves NO_JOIN_TOKEN, so the publish shows its own
 * refusal (not found, not admitted, closed).
 */
export async function withJoinToken(
  app: FastifyInstance,
  url: string,
  headers: Record<string, string>,
  payload: object,
): Promise<object> {
  if (!url.endsWith('/media/publish') || 'joinToken' in payload) return payload;
  const issued = await app.inject({
    method: 'POST',
    url: url.replace(/\/media\/publish$/, '/media/join-token'),
    headers,
    payload: {},
  });
  const joinToken = issued.statusCode === 200 ? (issued.json().joinToken as string) : NO_JOIN_TOKEN;
  return { ...payload, joinToken };
}
