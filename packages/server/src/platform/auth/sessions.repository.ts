import type { Insertable } from 'kysely';
import { compiledOnce } from '../../db/compiled-query';
import type { Executor } from '../../db/database';
import type { SessionsTable } from '../../db/schema';

export async function createSessionRow(db: Executor, row: Insertable<SessionsTable>): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** Run on every authenticated request, so compiled once (db/compiled-query.ts). */
const sessionWithUser = compiledOnce((db, id) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .select([
      's.id',
      's.user_id',
      's.csrf_token',
      's.last_seen_at',
      's.expires_at',
      'u.username',
      'u.display_name',
      'u.status',
      'u.mfa_enabled',
      'u.password_changed_at',
      'u.must_change_password',
    ])
    .where('s.id', '=', id),
);

export async function findSessionWithUser(db: Executor, id: string) {
  const [row] = await sessionWithUser(db, id);
  return row;
}

export async function touchSession(db: Executor, id: string, at: string): Promise<void> {
  await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<number> {
  const result = await db.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Every session of the user but one (the one making the change). */
export async function deleteOtherSessionsOfUser(db: Executor, userId: string, keepId: string): Promise<number> {
  const result = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '!=', keepId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
