import {
  agreementBodySchema,
  agreementFileName,
  agreementListQuerySchema,
  agreementRecordSchema,
  pageSchema,
  performanceBodySchema,
  signaturesBodySchema,
  updateDraftSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/http/content-disposition';
import { agreementDocx } from './agreement-docx';
import { agreementHtml, documentTitle } from './agreement-print';
import type { AgreementsService } from './agreements.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function agreementsRoutes(app: FastifyInstance, agreements: AgreementsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['agreements'];

  r.get(
    '/api/v1/agreements',
    {
      schema: {
        tags,
        summary: 'Agreement register (kind=oral: the oral agreement register) 调解协议登记',
        description: 'Newest first, a page at a time (cursor). Audited.',
        querystring: agreementListQuerySchema,
        response: { 200: pageSchema(agreementRecordSchema) },
      },
    },
    async (request) => agreements.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/disputes/:id/agreements',
    {
      schema: {
        tags,
        summary: "One case's agreements 本案调解协议",
        params: idParams,
        response: { 200: z.array(agreementRecordSchema) },
      },
    },
    async (request) => agreements.listForDispute(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediations/:id/agreements',
    {
      schema: {
        tags,
        summary: 'Record an agreement, written (draft allowed) or oral 记录调解协议',
        description: 'A written draft may lack Art. 29 items: the record lists them in missingItems.',
        params: idParams,
        body: agreementBodySchema,
        response: { 201: agreementRecordSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await agreements.create(request.ctx, request.params.id, request.body)),
  );
  r.get(
    '/api/v1/agreements/:id',
    { schema: { tags, summary: 'One agreement 调解协议', params: idParams, response: { 200: agreementRecordSchema } } },
    async (request) => agreements.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/agreements/:id',
    {
      schema: {
        tags,
        summary: 'Complete a written draft 修改协议草稿',
        params: idParams,
        body: updateDraftSchema,
        response: { 200: agreementRecordSchema },
      },
    },
    async (request) => agreements.updateDraft(request.ctx, request.params.id, request.body),
  );
  r.put(
    '/api/v1/agreements/:id/signatures',
    {
      schema: {
        tags,
        summary: 'Signatures and seals of a written agreement 签名盖章',
        params: idParams,
        body: signaturesBodySchema,
        response: { 200: agreementRecordSchema },
      },
    },
    async (request) => agreements.sign(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/agreements/:id/effective',
    {
      schema: {
        tags,
        summary: 'Mark a written agreement effective 协议生效',
        description: '422 AGREEMENT_ITEMS_MISSING / AGREEMENT_SIGNATURES_MISSING until complete. Allocates the number.',
        params: idParams,
        response: { 200: agreementRecordSchema },
      },
    },
    async (request) => agreements.markEffective(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/agreements/:id/performance',
    {
      schema: {
        tags,
        summary: 'Performance status of an effective agreement 履行情况',
        params: idParams,
        body: performanceBodySchema,
        response: { 200: agreementRecordSchema },
      },
    },
    async (request) => agreements.setPerformance(request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/v1/agreements/:id/print',
    {
      schema: {
        tags,
        summary: 'Printable A4 agreement (HTML) 打印调解协议书',
        description:
          'Party details in clear only for a caller who may unmask this case (audited as dispute.unmask too), ' +
          'masked otherwise. Audited as agreement.print.',
        params: idParams,
      },
    },
    async (request, reply) => {
      const doc = await agreements.document(request.ctx, request.params.id, 'agreement.print');
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(agreementHtml(doc));
    },
  );
  r.get(
    '/api/v1/agreements/:id/docx',
    {
      schema: {
        tags,
        summary: 'Agreement as DOCX 导出调解协议书',
        description:
          'Party details in clear only for a caller who may unmask this case (audited as dispute.unmask too), ' +
          'masked otherwise. Audited as agreement.export.',
        params: idParams,
      },
    },
    async (request, reply) => {
      const doc = await agreements.document(request.ctx, request.params.id, 'agreement.export');
      return reply
        .header('content-type', DOCX)
        .header('cache-control', 'no-store')
        .header(
          'content-disposition',
          contentDisposition(agreementFileName(documentTitle(doc), doc.record.number), 'agreement.docx'),
        )
        .send(await agreementDocx(doc));
    },
  );
}
