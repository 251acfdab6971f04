import type { Executor } from '../../db/database';
import type { FollowUpsTable } from '../../db/schema';

export type FollowUpRow = FollowUpsTable;

export async function insertFollowUpRow(db: Executor, row: FollowUpRow): Promise<void> {
  await db.insertInto('follow_ups').values(row).execute();
}

export async function listFollowUpRows(db: Executor, disputeId: string): Promise<FollowUpRow[]> {
  return db.selectFrom('follow_ups').selectAll().where('dispute_id', '=', disputeId).orderBy('id').execute();
}
