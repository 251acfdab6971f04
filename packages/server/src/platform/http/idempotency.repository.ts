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

/** The first answer wins: a concurrent retry that finished earlier keeps its record. */
export async function insertIdempotencyRow(db: Executor, row: IdempotencyRow): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .execute();
}
