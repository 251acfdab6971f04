import type { FastifyRequest } from 'fastify';
import { readFilePart } from '../../platform/http/multipart';

/**
 * The uploaded workbook of a multipart/form-data request, from its field `file`, within the configured size
 * (413 FILE_TOO_LARGE beyond it). It is read whole because a workbook's zip directory sits at its end.
 */
export function readUpload(request: FastifyRequest, maxBytes: number): Promise<Buffer> {
  return readFilePart(request, { field: 'file', maxBytes, hint: 'attach the .xlsx file as the field "file"' });
}
