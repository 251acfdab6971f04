import { permissionsOf } from '@fengqiao/domain';
import type { UserRow } from '../platform/auth/accounts.repository';
import type { RequestContext, RoleGrant } from '../platform/context';

/** A request context acting as `user` with its grants, so the seed writes through the services as the app would. */
export function demoContext(user: UserRow, grants: RoleGrant[]): RequestContext {
  return {
    actor: {
      userId: user.id,
      username: user.username,
      displayName: user.display_name,
      sessionId: 'demo-seed',
      grants,
      permissions: new Set(permissionsOf(grants.map((grant) => grant.role))),
    },
    ip: null,
    requestId: 'demo-seed',
  };
}
