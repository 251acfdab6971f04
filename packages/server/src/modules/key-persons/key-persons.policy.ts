import {
  KEY_PERSON_GROUP_PERMISSIONS,
  type KeyPersonAction,
  type KeyPersonGroup,
  keyPersonDecisionProblem,
  type Permission,
  permissionsOf,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import {
  actionsChecker,
  inScope,
  requireAccess,
  type Scope,
  type ScopedRecord,
  scopeOf,
} from '../../platform/access/access';
import { listGrantsOf } from '../../platform/auth/accounts.repository';
import type { Actor, RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import type { GroupScopes, KeyPersonRequestRow } from './key-persons.repository';

/**
 * Who may see and work key persons (domain.md §8), in one place. Reading a record needs the read permission of its
 * category group (keyperson.read_police / keyperson.read_governance) over the person's village; everything else is
 * asked only after that read succeeded. A caller who may not read the record gets NOT_FOUND, exactly the answer for
 * a missing id, so the answer never tells that a record of a hidden group exists; lists and counts filter with the
 * same group scopes. Village cadres, departments and partner stations hold neither permission and see nothing.
 */

const ACTION_PERMISSIONS: Record<KeyPersonAction, Permission> = {
  visit: 'keyperson.visit',
  request_level: 'keyperson.manage',
  request_removal: 'keyperson.manage',
  unmask: 'keyperson.unmask',
};

/** A key person (or a village) as platform/access sees it. */
export function scopedKeyPerson(row: { town_id: string; jurisdiction_id: string }): ScopedRecord {
  return { townId: row.town_id, jurisdictionId: row.jurisdiction_id };
}

/** The caller's reach per group; both null for a caller who may read no key person at all. */
export async function keyPersonGroupScopes(db: Executor, ctx: RequestContext): Promise<GroupScopes> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const scopeFor = async (group: KeyPersonGroup) => {
    const permission = KEY_PERSON_GROUP_PERMISSIONS[group];
    return actor.permissions.has(permission) ? scopeOf(db, actor, permission) : null;
  };
  return { police: await scopeFor('police'), governance: await scopeFor('governance') };
}

/** The scopes of a list: FORBIDDEN for a caller who may read neither group anywhere. */
export async function requireKeyPersonList(db: Executor, ctx: RequestContext): Promise<GroupScopes> {
  const scopes = await keyPersonGroupScopes(db, ctx);
  if (!scopes.police && !scopes.governance) throw new AppError('FORBIDDEN');
  return scopes;
}

/** NOT_FOUND, as for a missing id, unless the caller may read this record's group over its village. */
export async function requireKeyPersonRead<
  T extends { category_group: KeyPersonGroup; town_id: string; jurisdiction_id: string },
>(db: Executor, ctx: RequestContext, row: T | null | undefined): Promise<T> {
  if (!row) throw notFound();
  await requireAccess(db, ctx, KEY_PERSON_GROUP_PERMISSIONS[row.category_group], scopedKeyPerson(row));
  return row;
}

/**
 * Of these users, those who may read the record, judged on their own grants: a reminder or a link sent to anyone
 * else would tell him that a record of a group hidden from him exists (the village auxiliary without the group).
 */
export async function usersWhoMayRead(
  db: Executor,
  userIds: readonly string[],
  row: { category_group: KeyPersonGroup; town_id: string; jurisdiction_id: string },
): Promise<string[]> {
  const permission = KEY_PERSON_GROUP_PERMISSIONS[row.category_group];
  const grantsOf = await listGrantsOf(db, userIds);
  const readers: string[] = [];
  for (const userId of userIds) {
    const grants = grantsOf.get(userId) ?? [];
    const actor: Actor = {
      userId,
      username: '',
      displayName: '',
      sessionId: '',
      grants,
      permissions: new Set(permissionsOf(grants.map((grant) => grant.role))),
    };
    if (!actor.permissions.has(permission)) continue;
    const scope = await scopeOf(db, actor, permission);
    if (scope && inScope(scope, scopedKeyPerson(row))) readers.push(userId);
  }
  return readers;
}

/** Whether the caller may read a group over a village (for placing a person of that group under control). */
export function mayReadGroupAt(scopes: GroupScopes, group: KeyPersonGroup, village: ScopedRecord): boolean {
  const scope: Scope | null = scopes[group];
  return scope !== null && inScope(scope, village);
}

/** FORBIDDEN unless the caller holds `permission` over the record (call after requireKeyPersonRead). */
export async function requireKeyPersonWork(
  db: Executor,
  ctx: RequestContext,
  permission: Permission,
  row: { town_id: string; jurisdiction_id: string },
): Promise<void> {
  const actions = await actionsChecker(db, ctx, { work: permission });
  if (!actions(scopedKeyPerson(row)).includes('work')) throw new AppError('FORBIDDEN');
}

/** The actions of records, resolved once per list: only those whose request would succeed. */
export async function keyPersonActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(row: { town_id: string; jurisdiction_id: string; status: string }, pending: boolean) => string[]> {
  const check = await actionsChecker(db, ctx, ACTION_PERMISSIONS);
  return (row, pending) =>
    check(scopedKeyPerson(row)).filter((action) => {
      if (action === 'unmask') return true;
      if (row.status !== 'active') return false;
      return action === 'visit' || !pending;
    });
}

/** `approve` and `reject` on a pending request, for a holder of keyperson.approve over it who did not ask. */
export async function keyPersonRequestActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(request: KeyPersonRequestRow) => string[]> {
  const check = await actionsChecker(db, ctx, { approve: 'keyperson.approve' });
  const userId = ctx.actor?.userId ?? '';
  return (request) =>
    check(scopedKeyPerson(request)).length > 0 &&
    keyPersonDecisionProblem({ state: request.state, requestedBy: request.requested_by }, userId) === null
      ? ['approve', 'reject']
      : [];
}
