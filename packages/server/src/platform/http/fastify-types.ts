import type { SessionState } from '../auth/auth.service';
import type { RequestContext } from '../context';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** public: no session needed. restricted: allowed while a password change or MFA set-up is pending. */
    auth?: 'public' | 'restricted';
  }
  interface FastifyRequest {
    ctx: RequestContext;
    session: SessionState | null;
  }
}
