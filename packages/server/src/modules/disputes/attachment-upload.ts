import type { Readable } from 'node:stream';
import { shanghaiDate } from '@fengqiao/domain';
import type { FastifyReply } from 'fastify';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { FileStore, StoredFile } from '../../platform/files/file-store';
import { contentDisposition } from '../../platform/http/content-disposition';
import type { FilePart } from '../../platform/http/multipart';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork, type UnitOfWorkDeps } from '../../platform/unit-of-work';
import {
  ATTACHMENT_TYPES,
  AttachmentSniffer,
  type AttachmentType,
  extensionType,
  sanitiseFileName,
} from './attachment-types';

/**
 * One upload into the attachment store, shared by every module that takes files (dispute attachments, duty log
 * photos): the bytes stream to disk within the part's size limit while their type is sniffed; a file whose bytes are
 * not one of `accepted`, or whose name claims another accepted type, is removed and refused with
 * UNSUPPORTED_MEDIA_TYPE. The caller writes the row and removes the file if that fails.
 */
export async function storeSniffedUpload(
  files: FileStore,
  townId: string,
  part: FilePart,
  accepted: readonly AttachmentType[],
  now: Date,
): Promise<{ written: StoredFile; type: AttachmentType; fileName: string; mediaType: string }> {
  const sniffer = new AttachmentSniffer();
  async function* sniffed(): AsyncGenerator<Buffer> {
    for await (const chunk of part.chunks) {
      sniffer.push(chunk);
      yield chunk;
    }
  }
  const written = await files.write(townId, shanghaiDate(now).slice(0, 4), sniffed());
  const type = sniffer.type();
  const claimed = extensionType(part.fileName);
  // The bytes decide; a name claiming another accepted type (a PDF named .jpg) is refused as well, because the
  // download would otherwise open in the wrong program.
  if (type === null || !accepted.includes(type) || (claimed !== null && claimed !== type)) {
    await files.remove(written.stored);
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', { accepted });
  }
  return { written, type, fileName: sanitiseFileName(part.fileName, type), mediaType: ATTACHMENT_TYPES[type] };
}

/** The columns every table of stored uploads shares (dispute attachments, duty log photos, training materials). */
export interface StoredUploadColumns {
  id: string;
  town_id: string;
  jurisdiction_id: string;
  file_name: string;
  stored_name: string;
  media_type: string;
  size: number;
  sha256: string;
  uploaded_by: string | null;
  created_at: string;
}

/**
 * Stores one sniffed upload for a record the caller was already allowed to add to, then runs `record` (access
 * checked again, the row inserted, the audit written) in one unit of work. Nothing half-written: when that fails
 * the file is removed, since without its row it would be an orphan nobody can reach.
 */
export async function storeUploadWithRow<T>(
  deps: UnitOfWorkDeps,
  files: FileStore,
  ctx: RequestContext,
  owner: { town_id: string; jurisdiction_id: string },
  part: FilePart,
  accepted: readonly AttachmentType[],
  record: (uow: UnitOfWork, columns: StoredUploadColumns) => Promise<T>,
): Promise<T> {
  const now = new Date();
  const upload = await storeSniffedUpload(files, owner.town_id, part, accepted, now);
  const columns: StoredUploadColumns = {
    id: newId(),
    town_id: owner.town_id,
    jurisdiction_id: owner.jurisdiction_id,
    file_name: upload.fileName,
    stored_name: upload.written.stored,
    media_type: upload.mediaType,
    size: upload.written.size,
    sha256: upload.written.sha256,
    uploaded_by: ctx.actor?.userId ?? null,
    created_at: nowIso(now),
  };
  try {
    return await inUnitOfWork(deps, ctx, (uow) => record(uow, columns));
  } catch (error) {
    await files.remove(columns.stored_name);
    throw error;
  }
}

/** What an upload's audit row keeps of the file: its id under `idKey`, type, size and hash, never its name. */
export function uploadAuditDetail(idKey: string, columns: StoredUploadColumns): Record<string, unknown> {
  return { [idKey]: columns.id, mediaType: columns.media_type, size: columns.size, sha256: columns.sha256 };
}

/**
 * A stored upload's bytes, after `find` has fetched its row and checked access (404 alike for missing and out of
 * reach); audited with `event`, as a failure when the file is missing from disk (a lost or unrestored file is the
 * administrator's to fix, not a server fault), which then answers 410 ATTACHMENT_FILE_MISSING.
 */
export async function auditedStoredDownload<R extends { stored_name: string }>(
  deps: UnitOfWorkDeps,
  files: FileStore,
  ctx: RequestContext,
  find: (uow: UnitOfWork) => Promise<R>,
  event: (row: R) => { action: string; targetType: string; targetId: string; detail: Record<string, unknown> },
): Promise<{ row: R; file: Readable; size: number }> {
  const { row, file } = await inUnitOfWork(deps, ctx, async (uow) => {
    const found = await find(uow);
    const opened = await files.open(found.stored_name);
    const { detail, ...target } = event(found);
    try {
      await uow.audit({
        ...target,
        outcome: opened ? 'success' : 'failure',
        detail: opened ? detail : { ...detail, reason: 'file_missing' },
      });
    } catch (error) {
      opened?.stream.destroy();
      throw error;
    }
    return { row: found, file: opened };
  });
  if (!file) throw new AppError('ATTACHMENT_FILE_MISSING');
  return { row, file: file.stream, size: file.size };
}

/** Sends a stored upload as a download: its checked type and safe name, never sniffed again nor cached. */
export function sendStoredUpload(
  reply: FastifyReply,
  download: { row: { media_type: string; file_name: string }; file: Readable; size: number },
): FastifyReply {
  return reply
    .header('content-type', download.row.media_type)
    .header('content-length', download.size)
    .header('content-disposition', contentDisposition(download.row.file_name))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'no-store')
    .send(download.file);
}
