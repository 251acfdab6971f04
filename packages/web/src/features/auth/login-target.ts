import type { Me } from '@fengqiao/domain';

/** Where to go after a successful login: the required step first, then the page the user was sent away from. */
export function loginTarget(me: Pick<Me, 'mustChangePassword' | 'mustEnrolMfa'>, from: string | undefined): string {
  if (me.mustChangePassword) return '/password';
  if (me.mustEnrolMfa) return '/mfa';
  if (!from || from === '/login' || from.startsWith('/login?')) return '/';
  return from;
}
