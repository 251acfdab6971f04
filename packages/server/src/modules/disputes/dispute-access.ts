import { type Permission, ROLE_PERMISSIONS, type Role } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, requireAccess, type Scope, scopeOf } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { notFound } from '../../platform/errors';
import { findUserOrganization } from './disputes.repository';

/** What a caller may see: a scope, narrowed for department staff to the disputes assigned to their department. */
export interface DisputeReach {
  scope: Scope;
  /** Department staff only: their department (empty when their account names none); null = no narrowing. */
  onlyDepartments: string[] | null;
}

/** The place and assignments of one dispute, enough to decide who may see or work it. */
export interface DisputePlace {
  town_id: string;
  jurisdiction_id: string;
  jurisdiction_path: string;
  departmentIds: readonly string[];
}

/**
 * The reach of a dispute permission. Department staff hold it town-wide in ROLE_PERMISSIONS, but see only the cases
 * assigned to their department (domain.md §1): the user's person → organization → dispute_departments. Anyone who
 * also holds the permission through another role keeps that role's reach.
 */
export async function disputeReach(db: Executor, ctx: RequestContext, permission: Permission): Promise<DisputeReach> {
  const scope = await requireAccess(db, ctx, permission);
  const grants = ctx.actor?.grants ?? [];
  const otherwise = grants.some((grant) => grant.role !== 'department' && ROLE_PERMISSIONS[grant.role][permission]);
  if (otherwise) return { scope, onlyDepartments: null };
  const organizationId = ctx.actor ? await findUserOrganization(db, ctx.actor.userId) : null;
  return { scope, onlyDepartments: organizationId ? [organizationId] : [] };
}

export function reaches(reach: DisputeReach, place: DisputePlace): boolean {
  if (!inScope(reach.scope, { townId: place.town_id, jurisdictionId: place.jurisdiction_id })) return false;
  return reach.onlyDepartments === null || place.departmentIds.some((id) => reach.onlyDepartments?.includes(id));
}

/** Throws NOT_FOUND, exactly as for a missing id, unless the caller may read this dispute. */
export async function requireDisputeRead(db: Executor, ctx: RequestContext, place: DisputePlace | null): Promise<void> {
  if (!ctx.actor?.permissions.has('dispute.read')) throw notFound();
  const reach = await disputeReach(db, ctx, 'dispute.read');
  if (!place || !reaches(reach, place)) throw notFound();
}

/**
 * The roles through which the caller holds `permission` over this dispute: the grant must reach the case's place
 * (its town for town-wide permissions, its subtree otherwise) and department staff must be assigned to it. The
 * domain state machine then decides which actions those roles may take at the case's tier.
 */
export async function rolesOver(
  db: Executor,
  ctx: RequestContext,
  permission: Permission,
  place: DisputePlace,
): Promise<Role[]> {
  const actor = ctx.actor;
  if (!actor?.permissions.has(permission)) return [];
  const organizationId = actor.grants.some((grant) => grant.role === 'department')
    ? await findUserOrganization(db, actor.userId)
    : null;
  const roles = new Set<Role>();
  for (const grant of actor.grants) {
    const reach = ROLE_PERMISSIONS[grant.role][permission];
    if (!reach) continue;
    const covers =
      reach === 'town' || grant.level === 'town'
        ? grant.townId === place.town_id
        : place.jurisdiction_path.startsWith(grant.path);
    if (!covers) continue;
    if (grant.role === 'department' && !(organizationId && place.departmentIds.includes(organizationId))) continue;
    roles.add(grant.role);
  }
  return [...roles];
}

/** Whether the caller holds a permission with any reach at all (list-level flags such as export). */
export async function holds(db: Executor, ctx: RequestContext, permission: Permission): Promise<boolean> {
  return ctx.actor ? (await scopeOf(db, ctx.actor, permission)) !== null : false;
}
