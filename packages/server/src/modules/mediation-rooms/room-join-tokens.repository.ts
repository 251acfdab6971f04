import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MediationRoomJoinTokensTable } from '../../db/schema';

export type RoomJoinTokenRow = Selectable<MediationRoomJoinTokensTable>;

export async function insertJoinTokenRow(db: Executor, row: Insertable<MediationRoomJoinTokensTable>): Promise<void> {
  await db.insertInto('mediation_room_join_tokens').values(row).execute();
}

export async function findJoinTokenRow(db: Executor, tokenHash: string): Promise<RoomJoinTokenRow | undefined> {
  return db.selectFrom('mediation_room_join_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/**
 * Marks the token used, only if it still is unused and unexpired: one conditional update, so of two publishes racing
 * with one token exactly one changes the row (on PostgreSQL the second waits for the first's row lock and then finds
 * `used_at` set). Says whether this call won.
 */
export async function claimJoinTokenRow(db: Executor, id: string, usedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('mediation_room_join_tokens')
    .set({ used_at: usedAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('expires_at', '>', usedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
