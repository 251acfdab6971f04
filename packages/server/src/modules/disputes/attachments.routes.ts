import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { AppError } from '../../platform/errors';
import { contentDisposition } from './attachment-types';
import { type AttachmentsService, attachmentSchema } from './attachments.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function attachmentsRoutes(app: FastifyInstance, attachments: AttachmentsService, maxBytes: number): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['disputes'];
  r.get(
    '/api/v1/disputes/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Attachments of a dispute 附件列表',
        params: idParams,
        response: { 200: z.array(attachmentSchema) },
      },
    },
    async (request) => attachments.list(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/disputes/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Upload an attachment 上传附件',
        description:
          'multipart/form-data, field "file": jpg, png, pdf or docx by content. Wrong type: 415 ' +
          'UNSUPPORTED_MEDIA_TYPE; too large: 413 FILE_TOO_LARGE; nothing is written either way.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const { fileName, bytes } = await readAttachment(request, maxBytes);
      return reply.code(201).send(await attachments.upload(request.ctx, request.params.id, fileName, bytes));
    },
  );
  r.get(
    '/api/v1/attachments/:id/download',
    { schema: { tags, summary: 'Download an attachment (audited) 下载附件', params: idParams } },
    async (request, reply) => {
      const { row, bytes } = await attachments.download(request.ctx, request.params.id);
      return reply
        .header('content-type', row.media_type)
        .header('content-disposition', contentDisposition(row.file_name))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store')
        .send(bytes);
    },
  );
}

/** The field `file` within the attachment size limit; over it, toBuffer() throws and the answer is 413. */
async function readAttachment(request: FastifyRequest, maxBytes: number) {
  if (!request.isMultipart()) throw new AppError('UNSUPPORTED_MEDIA_TYPE', { expected: 'multipart/form-data' });
  const part = await request.file({ limits: { fileSize: maxBytes, files: 1 } });
  if (part?.fieldname !== 'file') {
    throw new AppError('VALIDATION_FAILED', {
      issues: [{ path: 'file', message: 'attach the file as the field "file"' }],
    });
  }
  return { fileName: part.filename, bytes: await part.toBuffer() };
}
