import type { Executor } from '../../db/database';
import { can, inScope, requireAccess, rolesOver, type ScopedRecord, scopeOf } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { anyJurisdictionInTown, isTown, listTownsOf } from './rotation.repository';

/**
 * Who may do what with a town's rota, calendar and training records (domain.md §5). The rota is the station's
 * published duty schedule: whoever holds rotation.read anywhere in the town reads all of it (a village cadre sees
 * when the other villages serve). The chief (rotation.manage) generates, edits the calendar, decides swaps and keeps
 * the training records; the desk (rotation.attend) records check-ins; a swap is asked for by the desk or by the
 * village side of the slot (a village cadre of that village). Another town's rota answers 404 like a missing one.
 */

/** A slot as platform/access sees it: the town, and the village on duty. */
export function scopedSlot(slot: { town_id: string; jurisdiction_id: string }): ScopedRecord {
  return { townId: slot.town_id, jurisdictionId: slot.jurisdiction_id };
}

function townRecord(townId: string): ScopedRecord {
  return { townId, jurisdictionId: townId };
}

/**
 * Reading a town's rota, calendar, swaps and trainings: 404 when the town is out of reach or is no town. For a record
 * (a slot, a swap, a training) a caller without the permission anywhere gets the same 404 as for a missing id.
 */
export async function requireTownRead(
  db: Executor,
  ctx: RequestContext,
  townId: string,
  record: 'record' | 'collection' = 'collection',
): Promise<void> {
  if (record === 'record' && !can(ctx.actor, 'rotation.read')) throw notFound();
  const scope = await requireAccess(db, ctx, 'rotation.read');
  if (scope.townIds.has(townId) && (await isTown(db, townId))) return;
  if (await anyJurisdictionInTown(db, [...scope.jurisdictionIds], townId)) return;
  throw notFound();
}

/** Managing a town's rotation: read first (404), then the chief's permission over the town (403). */
export async function requireTownManage(
  db: Executor,
  ctx: RequestContext,
  townId: string,
  record: 'record' | 'collection' = 'collection',
): Promise<void> {
  await requireTownRead(db, ctx, townId, record);
  if (!(await mayManage(db, ctx, townId))) throw new AppError('FORBIDDEN');
}

export async function mayManage(db: Executor, ctx: RequestContext, townId: string): Promise<boolean> {
  return (await rolesOver(db, ctx, 'rotation.manage', townRecord(townId))).length > 0;
}

/**
 * What the caller may do with the slots of one town: resolved once, then asked per slot. `check_in` while a day of
 * the slot up to today lacks its check-in; `request_swap` before the slot begins.
 */
export async function slotActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<
  (
    slot: { town_id: string; jurisdiction_id: string; days: readonly string[] },
    checkedIn: readonly string[],
    today: string,
  ) => Promise<string[]>
> {
  const actor = ctx.actor;
  const attend = actor ? await scopeOf(db, actor, 'rotation.attend') : null;
  const manage = actor ? await scopeOf(db, actor, 'rotation.manage') : null;
  return async (slot, checkedIn, today) => {
    const record = scopedSlot(slot);
    const actions: string[] = [];
    if (attend && inScope(attend, record) && slot.days.some((day) => day <= today && !checkedIn.includes(day))) {
      actions.push('check_in');
    }
    if ((slot.days[0] ?? '') > today && (await mayRequestSwapOn(db, ctx, record, attend, manage))) {
      actions.push('request_swap');
    }
    return actions;
  };
}

async function mayRequestSwapOn(
  db: Executor,
  ctx: RequestContext,
  record: ScopedRecord,
  attend: Awaited<ReturnType<typeof scopeOf>>,
  manage: Awaited<ReturnType<typeof scopeOf>>,
): Promise<boolean> {
  if ((attend && inScope(attend, record)) || (manage && inScope(manage, record))) return true;
  return (await rolesOver(db, ctx, 'rotation.read', record)).includes('village_cadre');
}

/** Asking for a swap of a slot: the desk, the chief, or the village side of that slot (403 otherwise). */
export async function requireSwapRequest(
  db: Executor,
  ctx: RequestContext,
  slot: { town_id: string; jurisdiction_id: string },
): Promise<void> {
  const actor = ctx.actor;
  const attend = actor ? await scopeOf(db, actor, 'rotation.attend') : null;
  const manage = actor ? await scopeOf(db, actor, 'rotation.manage') : null;
  if (!(await mayRequestSwapOn(db, ctx, scopedSlot(slot), attend, manage))) throw new AppError('FORBIDDEN');
}

/** Recording a check-in: the desk's permission over the slot (403 otherwise; the read check comes first). */
export async function requireAttend(
  db: Executor,
  ctx: RequestContext,
  slot: { town_id: string; jurisdiction_id: string },
): Promise<void> {
  if ((await rolesOver(db, ctx, 'rotation.attend', scopedSlot(slot))).length === 0) throw new AppError('FORBIDDEN');
}

/**
 * The town a query means: the one named, else the only town the caller's rotation.read reaches (a chief's town, a
 * village cadre's village's town); a caller reaching several towns must name one.
 */
export async function townOf(db: Executor, ctx: RequestContext, townId: string | undefined): Promise<string> {
  if (townId) return townId;
  const scope = await requireAccess(db, ctx, 'rotation.read');
  const towns = new Set([...scope.townIds, ...(await listTownsOf(db, [...scope.jurisdictionIds]))]);
  const [only] = towns;
  if (towns.size !== 1 || !only) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'townId', message: 'name the town' }] });
  }
  return only;
}
