import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from './attachment-upload';
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
          'UNSUPPORTED_MEDIA_TYPE; too large: 413 FILE_TOO_LARGE; a broken body: 400 UPLOAD_MALFORMED; nothing is ' +
          'written in any of these cases.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the file as the field "file"' });
      return reply.code(201).send(await attachments.upload(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/attachments/:id/download',
    {
      schema: {
        tags,
        summary: 'Download an attachment (audited) 下载附件',
        description: 'A file missing from disk answers 410 ATTACHMENT_FILE_MISSING, audited as a failure.',
        params: idParams,
      },
    },
    async (request, reply) => {
      return sendStoredUpload(reply, await attachments.download(request.ctx, request.params.id));
    },
  );
}
