import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may see and act on an analysis. An analysis is its town's record: analysis.read reaches it through the
 * town (chief, officers, governance office; a village auxiliary officer holds no analysis.read, so an analysis
 * answers 404 exactly like a missing one), analysis.write drafts and edits, analysis.sign signs and archives.
 */
const READ: Permission = 'analysis.read';
const WRITE: Permission = 'analysis.write';
const SIGN: Permission = 'analysis.sign';

export function scopedAnalysis(row: { town_id: string; jurisdiction_id: string }): ScopedRecord {
  return { townId: row.town_id, jurisdictionId: row.jurisdiction_id };
}

/** The scope of the analyses a caller may list (FORBIDDEN without analysis.read anywhere). */
export function readScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** NOT_FOUND, as for a missing id, unless the caller may read this analysis. */
export async function requireAnalysisRead<R extends { town_id: string; jurisdiction_id: string }>(
  db: Executor,
  ctx: RequestContext,
  row: R | undefined,
): Promise<R> {
  await requireAccess(db, ctx, READ, row ? scopedAnalysis(row) : null);
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/** FORBIDDEN unless the caller holds `permission` over this (readable) analysis's town. */
async function requireOver(db: Executor, ctx: RequestContext, permission: Permission, record: ScopedRecord) {
  const check = await actionsChecker(db, ctx, { allowed: permission });
  if (check(record).length === 0) throw new AppError('FORBIDDEN');
}

export function requireAnalysisWrite(db: Executor, ctx: RequestContext, record: ScopedRecord): Promise<void> {
  return requireOver(db, ctx, WRITE, record);
}

export function requireAnalysisSign(db: Executor, ctx: RequestContext, record: ScopedRecord): Promise<void> {
  return requireOver(db, ctx, SIGN, record);
}

/**
 * The town a new analysis is for: the one named, or the caller's only town of analysis.write. FORBIDDEN without
 * analysis.write over it; ANALYSIS_TOWN_REQUIRED when the caller reaches several towns and named none.
 */
export async function writeTown(db: Executor, ctx: RequestContext, townId: string | undefined): Promise<string> {
  const scope = await requireAccess(db, ctx, WRITE);
  if (townId !== undefined) {
    if (!scope.townIds.has(townId)) throw new AppError('FORBIDDEN');
    return townId;
  }
  const [only, ...others] = [...scope.townIds];
  if (only === undefined) throw new AppError('FORBIDDEN');
  if (others.length > 0) throw new AppError('ANALYSIS_TOWN_REQUIRED');
  return only;
}

/** Per record, what the caller holds over its town (resolved once for a whole page). */
export async function analysisGrants(db: Executor, ctx: RequestContext) {
  const check = await actionsChecker(db, ctx, { write: WRITE, sign: SIGN });
  return (record: ScopedRecord) => {
    const held = check(record);
    return { mayWrite: held.includes('write'), maySign: held.includes('sign') };
  };
}

/** Whether the caller may draft analyses at all (the list's `create`). */
export function mayDraft(ctx: RequestContext): boolean {
  return ctx.actor?.permissions.has(WRITE) ?? false;
}
