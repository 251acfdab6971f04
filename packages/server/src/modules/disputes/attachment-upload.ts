import { shanghaiDate } from '@fengqiao/domain';
import { AppError } from '../../platform/errors';
import type { FileStore, StoredFile } from '../../platform/files/file-store';
import type { FilePart } from '../../platform/http/multipart';
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
