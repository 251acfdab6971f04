import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, requireAccess, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';

/**
 * Who may see and change the districts coverage. The view and its export are the directory's: directory.read over
 * the town (every role of the town but partner stations). Leaves and stand-ins change who answers for a place, so
 * they take directory.manage over that place. Phone numbers of staff show masked; an export holds them in clear only
 * for people the caller may unmask (person.unmask over the person).
 */
const READ: Permission = 'directory.read';
const MANAGE: Permission = 'directory.manage';
const UNMASK: Permission = 'person.unmask';

export function scopedPlace(row: { town_id: string; jurisdiction_id: string }): ScopedRecord {
  return { townId: row.town_id, jurisdictionId: row.jurisdiction_id };
}

/**
 * The town whose coverage the caller reads: the one named (NOT_FOUND outside the caller's reach, as for a missing
 * town), or the caller's only town. COVERAGE_TOWN_REQUIRED when he reaches several and named none.
 */
export async function readTown(db: Executor, ctx: RequestContext, townId: string | undefined): Promise<string> {
  const scope = await requireAccess(db, ctx, READ);
  // The view is a whole town's: a reach over part of a town only shows no coverage.
  const towns = scope.townIds;
  if (townId !== undefined) {
    if (!towns.has(townId)) throw notFound();
    return townId;
  }
  const [only, ...others] = [...towns];
  if (only === undefined) throw new AppError('FORBIDDEN');
  if (others.length > 0) throw new AppError('COVERAGE_TOWN_REQUIRED');
  return only;
}

/** NOT_FOUND, as for a missing id, unless the caller may read the coverage of the leave's town. */
export async function requireStandInRead(db: Executor, ctx: RequestContext, row: { town_id: string } | undefined) {
  await requireAccess(db, ctx, READ, row ? { townId: row.town_id, jurisdictionId: row.town_id } : null);
  if (!row) throw notFound();
}

/** Per place, whether the caller may record and end its leaves, and per person whether he may see phones in clear. */
export async function coverageGrants(db: Executor, ctx: RequestContext) {
  const check = await actionsChecker(db, ctx, { manage: MANAGE, unmask: UNMASK });
  return {
    mayManage: (record: ScopedRecord) => check(record).includes('manage'),
    mayUnmask: (record: ScopedRecord) => check(record).includes('unmask'),
  };
}

/** The scope of places where the caller may record leaves (FORBIDDEN without directory.manage anywhere). */
export function manageScope(db: Executor, ctx: RequestContext) {
  return requireAccess(db, ctx, MANAGE);
}
