import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import type { NotificationsTable } from '../../db/schema';
import { nowIso } from '../ids';

export async function insertNotificationRows(db: Executor, rows: readonly NotificationsTable[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('notifications')
      .values([...rows])
      .execute();
}

/** The user's notifications, newest first, keyset on id (UUIDv7 ids sort by creation). */
export async function listNotificationRows(
  db: Executor,
  userId: string,
  filter: { unreadOnly: boolean; before: string | null; limit: number },
): Promise<NotificationsTable[]> {
  let q = db.selectFrom('notifications').selectAll().where('user_id', '=', userId);
  if (filter.unreadOnly) q = q.where('read_at', 'is', null);
  if (filter.before) q = q.where('id', '<', filter.before);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function countUnread(db: Executor, userId: string): Promise<number> {
  const row = await db
    .selectFrom('notifications')
    .select(countAll.as('n'))
    .where('user_id', '=', userId)
    .where('read_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Marks the given notifications (or all, when ids is null) read; only the user's own rows change. */
export async function markRead(db: Executor, userId: string, ids: readonly string[] | null): Promise<number> {
  let q = db.updateTable('notifications').set({ read_at: nowIso() }).where('user_id', '=', userId);
  q = q.where('read_at', 'is', null);
  if (ids) q = q.where('id', 'in', ids.length > 0 ? [...ids] : ['']);
  const result = await q.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
