import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from '../auth/auth.service';
import { sameSecret, sessionIdOf } from '../auth/tokens';
import { AppError } from '../errors';

export const SESSION_COOKIE = 'fq_session';
export const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Authenticates every /api/v1 request from its session cookie, checks the CSRF token on state
 * changes, and holds accounts with a pending password change or MFA set-up to the few routes
 * that let them finish it.
 */
export function installSessionHook(app: FastifyInstance, auth: AuthService): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/v1/')) return;
    const mode = request.routeOptions.config.auth;
    if (mode === 'public') return;
    const token = request.cookies[SESSION_COOKIE];
    if (!token) throw new AppError('UNAUTHENTICATED');
    const check = await auth.resolve(sessionIdOf(token));
    if (!check.ok) throw new AppError(check.code);
    const state = check.state;
    if (!SAFE_METHODS.has(request.method) && !csrfMatches(request, state.csrfToken)) throw new AppError('CSRF_INVALID');
    request.session = state;
    request.ctx = { ...request.ctx, actor: state.actor };
    if (mode !== 'restricted') {
      if (state.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
      if (state.mustEnrolMfa) throw new AppError('MFA_ENROLMENT_REQUIRED');
    }
  });
}

function csrfMatches(request: FastifyRequest, expected: string): boolean {
  const sent = request.headers[CSRF_HEADER];
  return typeof sent === 'string' && sameSecret(sent, expected);
}
