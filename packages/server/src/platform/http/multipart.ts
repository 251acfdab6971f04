import type { FastifyRequest } from 'fastify';
import { AppError } from '../errors';

/** The file of a multipart/form-data request, not read yet: its name as sent and its bytes as they arrive. */
export interface FilePart {
  fileName: string;
  /** Throws FILE_TOO_LARGE past the limit and UPLOAD_MALFORMED for a truncated or broken body. */
  chunks: AsyncIterable<Buffer>;
}

/**
 * Opens the file sent as `field`, reading nothing beyond the part's headers, so a service can check access first
 * and then stream the bytes where they go. Busboy reports a body without a boundary or cut short with plain errors
 * (no code); they are the sender's fault, so they answer 400 UPLOAD_MALFORMED rather than 500.
 */
export async function openFilePart(
  request: FastifyRequest,
  options: { field: string; maxBytes: number; hint: string },
): Promise<FilePart> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  const part = await malformedAsUpload(() => request.file({ limits: { fileSize: options.maxBytes, files: 1 } }));
  if (part?.fieldname !== options.field) {
    throw new AppError('VALIDATION_FAILED', { issues: [{ path: options.field, message: options.hint }] });
  }
  const { file } = part;
  async function* chunks(): AsyncGenerator<Buffer> {
    let size = 0;
    const iterator = file[Symbol.asyncIterator]();
    while (true) {
      const next = await malformedAsUpload(() => iterator.next());
      if (next.done) break;
      const chunk = next.value as Buffer;
      size += chunk.length;
      if (file.truncated || size > options.maxBytes) {
        file.destroy();
        throw new AppError('FILE_TOO_LARGE', { maxBytes: options.maxBytes });
      }
      yield chunk;
    }
    if (file.truncated) throw new AppError('FILE_TOO_LARGE', { maxBytes: options.maxBytes });
  }
  return { fileName: part.filename, chunks: chunks() };
}

/** The whole file in memory, for uploads that are read at random (a workbook's zip directory sits at its end). */
export async function readFilePart(
  request: FastifyRequest,
  options: { field: string; maxBytes: number; hint: string },
): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of (await openFilePart(request, options)).chunks) parts.push(chunk);
  return Buffer.concat(parts);
}

async function malformedAsUpload<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof Error && !('code' in error) && !('statusCode' in error)) {
      throw new AppError('UPLOAD_MALFORMED', { reason: error.message });
    }
    throw error;
  }
}
