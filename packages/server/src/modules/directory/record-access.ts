import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, requireAccess, type Scope, type ScopedRecord, scopeOf } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * For changes to one record: a record the caller cannot read answers NOT_FOUND exactly like a
 * missing one; a record they can read but not change answers FORBIDDEN.
 */
export async function requireWriteAccess(
  db: Executor,
  ctx: RequestContext,
  permissions: { read: Permission; write: Permission },
  record: ScopedRecord | null,
): Promise<Scope> {
  await requireAccess(db, ctx, permissions.read, record);
  const actor = requireActor(ctx);
  const scope = actor.permissions.has(permissions.write) ? await scopeOf(db, actor, permissions.write) : null;
  if (!scope || !record || !inScope(scope, record)) throw new AppError('FORBIDDEN');
  return scope;
}

export function scopedJurisdiction(row: { id: string; town_id: string | null }): ScopedRecord {
  return { townId: row.town_id, jurisdictionId: row.id };
}

export function scopedRecord(row: { town_id: string; jurisdiction_id: string }): ScopedRecord {
  return { townId: row.town_id, jurisdictionId: row.jurisdiction_id };
}
