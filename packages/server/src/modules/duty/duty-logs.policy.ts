import { type Permission, ROLE_PERMISSIONS } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, inScope, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { Actor, RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may read and write the duty log. Reading follows `duty.read` (the chief and officers the whole town, an
 * auxiliary officer their village); logging follows `duty.log` over the village where the duty took place, so an
 * auxiliary officer logs only for their own village. The presenter asks the same functions for an entry's
 * `actions`, so the photo button shows exactly when the upload is allowed.
 */

const READ: Permission = 'duty.read';
const LOG: Permission = 'duty.log';

/** The levels a duty log entry is filed under: the village or community where the work was done. */
const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

/** An entry (or a village) as platform/access sees it. */
export function scopedDuty(place: { town_id: string | null; jurisdiction_id: string }): ScopedRecord {
  return { townId: place.town_id, jurisdictionId: place.jurisdiction_id };
}

/** The scope of the entries a caller may list (FORBIDDEN without duty.read anywhere). */
export function dutyReadScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this entry. */
export async function requireDutyRead(
  db: Executor,
  ctx: RequestContext,
  entry: { town_id: string; jurisdiction_id: string } | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, READ, entry ? scopedDuty(entry) : null);
}

/** Where the caller may log duties (FORBIDDEN without duty.log anywhere): asked first, before any other check. */
export function dutyLogScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, LOG);
}

/**
 * The village an entry is filed under, when the caller may log there: DUTY_VILLAGE_NOT_FOUND for an unknown id, a
 * jurisdiction that is not a village or community, or a village out of the caller's reach, alike, so the answer
 * tells nothing about villages one may not log for.
 */
export function requireLogVillage(
  scope: Scope,
  village: { id: string; town_id: string | null; level: string } | null | undefined,
): asserts village is { id: string; town_id: string; level: string } {
  if (!village?.town_id || !VILLAGE_LEVELS.includes(village.level)) throw new AppError('DUTY_VILLAGE_NOT_FOUND');
  if (!inScope(scope, { townId: village.town_id, jurisdictionId: village.id })) {
    throw new AppError('DUTY_VILLAGE_NOT_FOUND');
  }
}

/**
 * The caller's own village: the one village or community their duty.log grants sit on (a village auxiliary
 * officer's). Null when there is none or more than one, and the entry must then name its village.
 */
export function ownDutyVillageId(actor: Actor): string | null {
  const villages = new Set(
    actor.grants
      .filter((grant) => ROLE_PERMISSIONS[grant.role][LOG] && VILLAGE_LEVELS.includes(grant.level))
      .map((grant) => grant.jurisdictionId),
  );
  return villages.size === 1 ? ([...villages][0] ?? null) : null;
}

/**
 * The `actions` of entries, resolved once per list: `photo` on the caller's own entries in a village where they
 * may still log (a photo is the officer's evidence of their own work, not something another adds later).
 */
export async function dutyActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(entry: { town_id: string; jurisdiction_id: string; officer_user_id: string }) => string[]> {
  const check = await actionsChecker(db, ctx, { photo: LOG });
  const userId = ctx.actor?.userId;
  return (entry) => (entry.officer_user_id === userId ? check(scopedDuty(entry)) : []);
}

/** FORBIDDEN unless the caller may add a photo to this entry (call after `requireDutyRead`). */
export async function requireDutyPhoto(
  db: Executor,
  ctx: RequestContext,
  entry: { town_id: string; jurisdiction_id: string; officer_user_id: string },
): Promise<void> {
  const actions = (await dutyActionsChecker(db, ctx))(entry);
  if (!actions.includes('photo')) throw new AppError('FORBIDDEN');
}
