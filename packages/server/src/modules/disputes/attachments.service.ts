import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { notFound } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import type { FilePart } from '../../platform/http/multipart';
import { ATTACHMENT_TYPES, type AttachmentType } from './attachment-types';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from './attachment-upload';
import {
  type AttachmentRow,
  findAttachmentRow,
  insertAttachmentRow,
  listAttachmentRows,
} from './attachments.repository';
import type { DisputesService } from './disputes.service';

export const attachmentSchema = z.object({
  id: z.string(),
  disputeId: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const DISPUTE_ATTACHMENT_TYPES = Object.keys(ATTACHMENT_TYPES) as AttachmentType[];

/**
 * Photos and documents of a dispute (issue §1): jpg, png, pdf, docx by their bytes, within the configured size,
 * stored outside the database under a generated name with its sha256. An attachment belongs to its dispute: the
 * same 404 for one out of reach as for a missing id.
 */
export class AttachmentsService {
  private readonly files: FileStore;

  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {
    this.files = new FileStore(deps.config.dataDir);
  }

  /**
   * Access is checked before the body is read: a refusal costs no upload, and nothing is buffered. The bytes stream
   * to disk within the size limit while their type is sniffed; a refused file is removed.
   */
  async upload(ctx: RequestContext, disputeId: string, file: () => Promise<FilePart>): Promise<Attachment> {
    const { db } = this.deps;
    const { row: dispute } = await db.transaction().execute((tx) => this.disputes.writable(tx, ctx, disputeId));
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      dispute,
      await file(),
      DISPUTE_ATTACHMENT_TYPES,
      async (uow, columns) => {
        const added: AttachmentRow = { ...columns, dispute_id: disputeId };
        await this.disputes.writable(uow.tx, ctx, disputeId);
        await insertAttachmentRow(uow.tx, added);
        await uow.audit({
          action: 'attachment.create',
          targetType: 'dispute',
          targetId: disputeId,
          detail: uploadAuditDetail('attachmentId', columns),
        });
        return added;
      },
    );
    return present(row);
  }

  async list(ctx: RequestContext, disputeId: string): Promise<Attachment[]> {
    const { db } = this.deps;
    await this.disputes.readable(db, ctx, disputeId);
    return (await listAttachmentRows(db, disputeId)).map(present);
  }

  /**
   * The file, after the same access check as its dispute; audited as attachment.download, as a failure when the
   * file is missing from disk (a lost or unrestored file is the administrator's to fix, not a server fault).
   */
  async download(ctx: RequestContext, id: string): Promise<{ row: AttachmentRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findAttachmentRow(uow.tx, id);
        if (!found) throw notFound();
        await this.disputes.readable(uow.tx, ctx, found.dispute_id);
        return found;
      },
      (found) => ({
        action: 'attachment.download',
        targetType: 'dispute',
        targetId: found.dispute_id,
        detail: { attachmentId: id },
      }),
    );
  }
}

function present(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    disputeId: row.dispute_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
    sha256: row.sha256,
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
    actions: ['download'],
  };
}
