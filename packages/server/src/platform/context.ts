import type { Permission, Role } from '@fengqiao/domain';

export interface RoleGrant {
  role: Role;
  jurisdictionId: string;
  jurisdictionName: string;
  level: string;
  path: string;
  townId: string | null;
}

/** Who is calling: loaded once per request from the session. */
export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  sessionId: string;
  grants: RoleGrant[];
  permissions: ReadonlySet<Permission>;
}

/** What every service call receives: the caller and where the call came from, for access and audit. */
export interface RequestContext {
  actor: Actor | null;
  ip: string | null;
  requestId: string | null;
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new Error('no actor on an authenticated route');
  return ctx.actor;
}
