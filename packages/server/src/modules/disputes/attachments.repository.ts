import type { Executor } from '../../db/database';
import type { DisputeAttachmentsTable } from '../../db/schema';

export type AttachmentRow = DisputeAttachmentsTable;

export async function insertAttachmentRow(db: Executor, row: AttachmentRow): Promise<void> {
  await db.insertInto('dispute_attachments').values(row).execute();
}

export async function findAttachmentRow(db: Executor, id: string): Promise<AttachmentRow | undefined> {
  return db.selectFrom('dispute_attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listAttachmentRows(db: Executor, disputeId: string): Promise<AttachmentRow[]> {
  return db.selectFrom('dispute_attachments').selectAll().where('dispute_id', '=', disputeId).orderBy('id').execute();
}
