import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, inScope, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may see and record anti-fraud work. Reading follows `antifraud.read` (the station and the governance office
 * the whole town, a village's auxiliary officer and cadres their village); activities, bases and install counts
 * follow `antifraud.record` over their village (or the town, for a town-wide activity); fraud cases follow
 * `antifraud.case` (the police). Department staff and partner stations hold none of these and see nothing. The
 * presenters ask the same checker for each record's `actions`, so a button shows exactly when its request works.
 */

const READ: Permission = 'antifraud.read';
const RECORD: Permission = 'antifraud.record';
const CASE: Permission = 'antifraud.case';

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];

/** A record (or a place) as platform/access sees it. */
export function scopedAntifraud(place: { town_id: string | null; jurisdiction_id: string }): ScopedRecord {
  return { townId: place.town_id, jurisdictionId: place.jurisdiction_id };
}

/** The scope of what a caller may list (FORBIDDEN without antifraud.read anywhere). */
export function antifraudReadScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this record. */
export async function requireAntifraudRead(
  db: Executor,
  ctx: RequestContext,
  record: { town_id: string | null; jurisdiction_id: string } | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, READ, record ? scopedAntifraud(record) : null);
}

/** Where the caller may record activities, bases and installs (FORBIDDEN without antifraud.record anywhere). */
export function antifraudRecordScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, RECORD);
}

/** Where the caller may record fraud cases (FORBIDDEN without antifraud.case anywhere). */
export function fraudCaseScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, CASE);
}

type Place = { id: string; town_id: string | null; level: string } | null | undefined;

/**
 * The village a base, an install count or a case is filed under, when the caller may work there:
 * ANTIFRAUD_PLACE_NOT_FOUND for an unknown id, a place that is not a village or community, or one out of reach,
 * alike, so the answer tells nothing about places one may not work in.
 */
export function requireVillage(
  scope: Scope,
  village: Place,
): asserts village is { id: string; town_id: string; level: string } {
  if (!village?.town_id || !VILLAGE_LEVELS.includes(village.level)) throw new AppError('ANTIFRAUD_PLACE_NOT_FOUND');
  if (!inScope(scope, { townId: village.town_id, jurisdictionId: village.id })) {
    throw new AppError('ANTIFRAUD_PLACE_NOT_FOUND');
  }
}

/** An activity's place: a village or community, or a town for a town-wide activity (its own `town_id`). */
export function requireActivityPlace(scope: Scope, place: Place): { id: string; townId: string; level: string } {
  if (place?.level === 'town') {
    if (!inScope(scope, { townId: place.id, jurisdictionId: place.id }))
      throw new AppError('ANTIFRAUD_PLACE_NOT_FOUND');
    return { id: place.id, townId: place.id, level: place.level };
  }
  requireVillage(scope, place);
  return { id: place.id, townId: place.town_id, level: place.level };
}

/** The `actions` of activities, resolved once per list: edit, delete and add photos under antifraud.record. */
export async function activityActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(record: { town_id: string; jurisdiction_id: string }) => string[]> {
  const check = await actionsChecker(db, ctx, { edit: RECORD, delete: RECORD, photo: RECORD });
  return (record) => check(scopedAntifraud(record));
}

/** The `actions` of cases: edit under antifraud.case. */
export async function caseActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(record: { town_id: string; jurisdiction_id: string }) => string[]> {
  const check = await actionsChecker(db, ctx, { edit: CASE });
  return (record) => check(scopedAntifraud(record));
}

/** The `actions` of a village's coverage row: `record` (its base and installs) under antifraud.record. */
export async function coverageActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(village: { town_id: string | null; id: string }) => string[]> {
  const check = await actionsChecker(db, ctx, { record: RECORD });
  return (village) => check({ townId: village.town_id, jurisdictionId: village.id });
}

/** FORBIDDEN unless the caller may take `action` on a record they already may read. */
export function requireAction(actions: readonly string[], action: string): void {
  if (!actions.includes(action)) throw new AppError('FORBIDDEN');
}
