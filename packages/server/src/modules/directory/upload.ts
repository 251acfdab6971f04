import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors';

/**
 * The uploaded file of a multipart/form-data request, from its field `file`. A file over the
 * configured size makes toBuffer() throw FST_REQ_FILE_TOO_LARGE, which the error handler answers
 * with 413 FILE_TOO_LARGE.
 */
export async function readUpload(request: FastifyRequest): Promise<Buffer> {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  const part = await request.file();
  if (part?.fieldname !== 'file') {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'file', message: 'attach the .xlsx file as the field "file"' }],
    });
  }
  return part.toBuffer();
}
