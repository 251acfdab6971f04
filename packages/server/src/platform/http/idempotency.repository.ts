import type { Executor } from '../../db/database';
import type { IdempotencyKeysTable } from '../../db/schema';

export type IdempotencyRow = IdempotencyKeysTable;

export async function findIdempotencyRow(
  db: Executor,
  userId: string,
  key: string,
): Promise<IdempotencyRow | undefined> {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst();
}

/**
 * Claims a key before the work is done, with status 0 and no body while it runs: true when this request claimed it,
 * false when a row was there already (a finished request, or one still running).
 */
export async function claimIdempotencyKey(db: Executor, row: IdempotencyRow): Promise<boolean> {
  const result = await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Stores the answer of the request that claimed the key. */
export async function completeIdempotencyRow(
  db: Executor,
  userId: string,
  key: string,
  answer: Pick<IdempotencyRow, 'status_code' | 'response_body'>,
): Promise<void> {
  await db.updateTable('idempotency_keys').set(answer).where('user_id', '=', userId).where('key', '=', key).execute();
}

/** Frees a claimed key whose request ended without an answer worth replaying (a server error). */
export async function releaseIdempotencyKey(db: Executor, userId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('user_id', '=', userId).where('key', '=', key).execute();
}

/** Frees a key still marked running since before `claimedBefore`: its request died without answering. */
export async function releaseAbandonedIdempotencyKey(
  db: Executor,
  userId: string,
  key: string,
  claimedBefore: string,
): Promise<void> {
  await db
    .deleteFrom('idempotency_keys')
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .where('status_code', '=', 0)
    .where('created_at', '<', claimedBefore)
    .execute();
}
