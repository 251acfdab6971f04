import { type Permission, ROLE_PERMISSIONS } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Actor, RequestContext, RoleGrant } from '../context';
import { AppError, notFound } from '../errors';
import { listSubtreeIds, listTownIdsUnder } from './access.repository';

/**
 * Where a permission reaches for one caller: whole towns (matched on a record's town_id) and
 * single jurisdictions (matched on its jurisdiction_id). Every table holding case data carries both.
 */
export interface Scope {
  townIds: ReadonlySet<string>;
  jurisdictionIds: ReadonlySet<string>;
}

export interface ScopedRecord {
  townId: string | null;
  jurisdictionId: string;
}

const scopeCache = new WeakMap<Actor, Map<Permission, Promise<Scope | null>>>();

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor?.permissions.has(permission) ?? false;
}

export function inScope(scope: Scope, record: ScopedRecord): boolean {
  return (
    (record.townId !== null && scope.townIds.has(record.townId)) || scope.jurisdictionIds.has(record.jurisdictionId)
  );
}

/** The scope of one permission for the caller, or null when no role grants it. Cached per request. */
export function scopeOf(db: Executor, actor: Actor, permission: Permission): Promise<Scope | null> {
  let perActor = scopeCache.get(actor);
  if (!perActor) {
    perActor = new Map();
    scopeCache.set(actor, perActor);
  }
  let scope = perActor.get(permission);
  if (!scope) {
    scope = computeScope(db, actor.grants, permission);
    perActor.set(permission, scope);
  }
  return scope;
}

async function computeScope(db: Executor, grants: readonly RoleGrant[], permission: Permission): Promise<Scope | null> {
  const townIds = new Set<string>();
  const jurisdictionIds = new Set<string>();
  let granted = false;
  for (const grant of grants) {
    const reach = ROLE_PERMISSIONS[grant.role][permission];
    if (!reach) continue;
    granted = true;
    if (grant.level === 'county') {
      jurisdictionIds.add(grant.jurisdictionId);
      for (const id of await listTownIdsUnder(db, grant.path)) townIds.add(id);
    } else if (reach === 'town' || grant.level === 'town') {
      if (grant.townId) townIds.add(grant.townId);
    } else {
      for (const id of await listSubtreeIds(db, grant.path)) jurisdictionIds.add(id);
    }
  }
  return granted ? { townIds, jurisdictionIds } : null;
}

/**
 * The one gate every service passes. Without a record: the caller must hold the permission
 * somewhere (else FORBIDDEN) and gets the scope to filter by. With a record: it must lie in that
 * scope, and a record outside it answers NOT_FOUND, exactly like a missing one.
 */
export async function requireAccess(
  db: Executor,
  ctx: RequestContext,
  permission: Permission,
  record?: ScopedRecord | null,
): Promise<Scope> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const scope = actor.permissions.has(permission) ? await scopeOf(db, actor, permission) : null;
  if (record === undefined) {
    if (!scope) throw new AppError('FORBIDDEN');
    return scope;
  }
  if (!scope || record === null || !inScope(scope, record)) throw notFound();
  return scope;
}

/**
 * Resolves the scopes behind a set of named actions once, and returns a function giving the
 * actions the caller may take on a record, so the UI shows only buttons that work. Lists call it
 * once and apply it to every row.
 */
export async function actionsChecker(
  db: Executor,
  ctx: RequestContext,
  actions: Record<string, Permission>,
): Promise<(record: ScopedRecord) => string[]> {
  const actor = ctx.actor;
  const scoped: [string, Scope][] = [];
  for (const [name, permission] of Object.entries(actions)) {
    if (!actor?.permissions.has(permission)) continue;
    const scope = await scopeOf(db, actor, permission);
    if (scope) scoped.push([name, scope]);
  }
  return (record) => scoped.filter(([, scope]) => inScope(scope, record)).map(([name]) => name);
}

/** The actions the caller may take on one record. */
export async function allowedActions(
  db: Executor,
  ctx: RequestContext,
  record: ScopedRecord,
  actions: Record<string, Permission>,
): Promise<string[]> {
  return (await actionsChecker(db, ctx, actions))(record);
}
