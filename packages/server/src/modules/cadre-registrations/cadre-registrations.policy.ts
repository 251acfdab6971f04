import {
  CADRE_CODE_ACTIONS,
  CADRE_REGISTRATION_ACTIONS,
  type Permission,
  ROLE_PERMISSIONS,
  ROLES,
  type Role,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, inScope, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who issues village registration codes and decides cadre registrations: `cadre.approve` (the station's chief and
 * officers, over the town) over the village of the code or registration. A record out of reach answers 404 like a
 * missing one; the presenters ask the same checker for `actions`, so a button shows exactly when its request works.
 */
const APPROVE: Permission = 'cadre.approve';

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

type VillageRecord = { town_id: string; village_id: string };

export function scopedVillageRecord(record: VillageRecord): ScopedRecord {
  return { townId: record.town_id, jurisdictionId: record.village_id };
}

/** The scope of what the caller may list and issue (FORBIDDEN without cadre.approve anywhere). */
export function cadreApproveScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, APPROVE);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller holds cadre.approve over the record's village. */
export async function requireCadreApprove(
  db: Executor,
  ctx: RequestContext,
  record: VillageRecord | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, APPROVE, record ? scopedVillageRecord(record) : null);
}

/** The village a code is issued for: CADRE_VILLAGE_NOT_FOUND alike for an unknown id, a non-village and one out of reach. */
export function requireCadreVillage(
  scope: Scope,
  village: { id: string; town_id: string | null; level: string } | null | undefined,
): asserts village is { id: string; town_id: string; level: string } {
  if (!village?.town_id || !VILLAGE_LEVELS.includes(village.level)) throw new AppError('CADRE_VILLAGE_NOT_FOUND');
  if (!inScope(scope, { townId: village.town_id, jurisdictionId: village.id })) {
    throw new AppError('CADRE_VILLAGE_NOT_FOUND');
  }
}

/** Every action of a code or registration needs the same permission over its village. */
function everyActionBy(actions: readonly string[]): Record<string, Permission> {
  return Object.fromEntries(actions.map((action) => [action, APPROVE]));
}

/** The `actions` of codes: print and revoke while the code is valid. */
export async function cadreCodeActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(code: VillageRecord, active: boolean) => string[]> {
  const check = await actionsChecker(db, ctx, everyActionBy(CADRE_CODE_ACTIONS));
  return (code, active) => (active ? check(scopedVillageRecord(code)) : []);
}

/** The `actions` of registrations: approve and refuse while pending. */
export async function cadreRegistrationActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(registration: VillageRecord & { status: string }) => string[]> {
  const check = await actionsChecker(db, ctx, everyActionBy(CADRE_REGISTRATION_ACTIONS));
  return (registration) => (registration.status === 'pending' ? check(scopedVillageRecord(registration)) : []);
}

/** The roles that decide registrations: the ones a new registration is announced to. */
export const CADRE_APPROVER_ROLES: readonly Role[] = ROLES.filter((role) => APPROVE in ROLE_PERMISSIONS[role]);
