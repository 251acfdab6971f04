import { type Permission, ROLE_PERMISSIONS, type Role } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Actor, RequestContext } from '../context';
import { AppError, notFound } from '../errors';
import { findUserOrganizationId, listSubtreeIds, listTownIdsUnder } from './access.repository';

/**
 * Where a permission reaches for one caller: whole towns (matched on a record's town_id), single jurisdictions
 * (matched on its jurisdiction_id) and, for roles whose reach is `organization`, the records of some towns that are
 * assigned to the caller's own organisation. Every table holding case data carries town_id and jurisdiction_id.
 */
export interface Scope {
  townIds: ReadonlySet<string>;
  jurisdictionIds: ReadonlySet<string>;
  assigned?: AssignedReach | undefined;
}

/** Records in `townIds` reach the caller only when assigned to one of `organizationIds` (department staff). */
export interface AssignedReach {
  townIds: ReadonlySet<string>;
  organizationIds: ReadonlySet<string>;
}

export interface ScopedRecord {
  townId: string | null;
  jurisdictionId: string;
  /** The organisations the record is assigned to, for `organization` reach; none when the model has no such link. */
  organizationIds?: readonly string[] | undefined;
}

/** The reach of one role grant: the roles behind a permission over a record are those whose grant reaches it. */
interface GrantScope {
  role: Role;
  scope: Scope;
}

const scopeCache = new WeakMap<Actor, Map<Permission, Promise<GrantScope[]>>>();

export function can(actor: Actor | null, permission: Permission): boolean {
  return actor?.permissions.has(permission) ?? false;
}

export function inScope(scope: Scope, record: ScopedRecord): boolean {
  if (record.townId !== null && scope.townIds.has(record.townId)) return true;
  if (scope.jurisdictionIds.has(record.jurisdictionId)) return true;
  const assigned = scope.assigned;
  if (!assigned || record.townId === null || !assigned.townIds.has(record.townId)) return false;
  return (record.organizationIds ?? []).some((id) => assigned.organizationIds.has(id));
}

/** The scope of one permission for the caller, or null when no role grants it. Cached per request. */
export async function scopeOf(db: Executor, actor: Actor, permission: Permission): Promise<Scope | null> {
  const grants = await grantScopesOf(db, actor, permission);
  return grants.length > 0 ? unionOf(grants.map((grant) => grant.scope)) : null;
}

/**
 * The roles through which the caller holds `permission` over this record: each grant's own reach must contain it.
 * A domain rule (a state machine, a police-only action) then decides what those roles may do.
 */
export async function rolesOver(
  db: Executor,
  ctx: RequestContext,
  permission: Permission,
  record: ScopedRecord,
): Promise<Role[]> {
  const actor = ctx.actor;
  if (!actor?.permissions.has(permission)) return [];
  const roles = new Set<Role>();
  for (const grant of await grantScopesOf(db, actor, permission)) {
    if (inScope(grant.scope, record)) roles.add(grant.role);
  }
  return [...roles];
}

/** Whether the caller holds a permission with any reach at all (list-level flags such as export). */
export async function holds(db: Executor, ctx: RequestContext, permission: Permission): Promise<boolean> {
  return ctx.actor?.permissions.has(permission) ? (await scopeOf(db, ctx.actor, permission)) !== null : false;
}

function grantScopesOf(db: Executor, actor: Actor, permission: Permission): Promise<GrantScope[]> {
  let perActor = scopeCache.get(actor);
  if (!perActor) {
    perActor = new Map();
    scopeCache.set(actor, perActor);
  }
  let scopes = perActor.get(permission);
  if (!scopes) {
    scopes = computeGrantScopes(db, actor, permission);
    perActor.set(permission, scopes);
  }
  return scopes;
}

/** The one place grants become scopes: lists, single records and the roles behind actions all start here. */
async function computeGrantScopes(db: Executor, actor: Actor, permission: Permission): Promise<GrantScope[]> {
  const out: GrantScope[] = [];
  let organizationId: Promise<string | null> | undefined;
  for (const grant of actor.grants) {
    const reach = ROLE_PERMISSIONS[grant.role][permission];
    if (!reach) continue;
    const towns = new Set<string>();
    const jurisdictions = new Set<string>();
    if (grant.level === 'county') {
      if (reach !== 'organization') jurisdictions.add(grant.jurisdictionId);
      for (const id of await listTownIdsUnder(db, grant.path)) towns.add(id);
    } else if (reach !== 'assigned' || grant.level === 'town') {
      if (grant.townId) towns.add(grant.townId);
    } else {
      for (const id of await listSubtreeIds(db, grant.path)) jurisdictions.add(id);
    }
    if (reach === 'organization') {
      organizationId ??= findUserOrganizationId(db, actor.userId);
      const own = await organizationId;
      const assigned = { townIds: towns, organizationIds: new Set(own ? [own] : []) };
      out.push({ role: grant.role, scope: { townIds: new Set(), jurisdictionIds: new Set(), assigned } });
    } else {
      out.push({ role: grant.role, scope: { townIds: towns, jurisdictionIds: jurisdictions } });
    }
  }
  return out;
}

function unionOf(scopes: readonly Scope[]): Scope {
  const townIds = new Set<string>();
  const jurisdictionIds = new Set<string>();
  const assignedTowns = new Set<string>();
  const organizationIds = new Set<string>();
  let assigned = false;
  for (const scope of scopes) {
    for (const id of scope.townIds) townIds.add(id);
    for (const id of scope.jurisdictionIds) jurisdictionIds.add(id);
    if (!scope.assigned) continue;
    assigned = true;
    for (const id of scope.assigned.townIds) assignedTowns.add(id);
    for (const id of scope.assigned.organizationIds) organizationIds.add(id);
  }
  return {
    townIds,
    jurisdictionIds,
    assigned: assigned ? { townIds: assignedTowns, organizationIds } : undefined,
  };
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
