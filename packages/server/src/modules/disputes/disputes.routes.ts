import {
  createDisputeSchema,
  createPartySchema,
  disputeBoardQuerySchema,
  disputeBoardSchema,
  disputeListItemSchema,
  disputeListQuerySchema,
  disputeSchema,
  pageSchema,
  unmaskRequestSchema,
  unmaskResponseSchema,
  updateDisputeSchema,
  updatePartySchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contentDisposition } from '../../platform/http/content-disposition';
import type { DisputesService } from './disputes.service';
import type { DisputesExport } from './disputes-export';

const idParams = z.object({ id: z.string().min(1).max(64) });
const partyParams = idParams.extend({ partyId: z.string().min(1).max(64) });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function disputesRoutes(app: FastifyInstance, disputes: DisputesService, exporter: DisputesExport): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['disputes'];

  r.get(
    '/api/v1/disputes',
    {
      schema: {
        tags,
        summary: 'List and search disputes 纠纷列表',
        description:
          'q: a full case number (that case only), part of the summary or a party name, or pinyin / initials of ' +
          'a party name. order=urgency: red, ' +
          'overdue, due soon, then the rest, over every matching case. Audited.',
        querystring: disputeListQuerySchema,
        response: { 200: pageSchema(disputeListItemSchema) },
      },
    },
    async (request) => disputes.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/disputes/board',
    {
      schema: {
        tags,
        summary: 'Board figures 综治办看板统计',
        description:
          'Open cases by tier, state and risk, overdue and due soon; closed this month, this year and in ' +
          'closedFrom–closedTo (Shanghai days). Each figure equals the list with the same filters (open=true&…).',
        querystring: disputeBoardQuerySchema,
        response: { 200: disputeBoardSchema },
      },
    },
    async (request) => disputes.board(request.ctx, request.query),
  );
  r.get(
    '/api/v1/disputes/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export disputes to Excel 导出纠纷',
        description: 'Same filters as the list; masked unless the caller may unmask. Audited.',
        querystring: disputeListQuerySchema.omit({ cursor: true, limit: true, mine: true }),
      },
    },
    async (request, reply) => {
      const file = await exporter.export(request.ctx, request.query);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', contentDisposition(file.fileName, file.asciiName))
        .send(file.body);
    },
  );
  r.get(
    '/api/v1/disputes/:id',
    { schema: { tags, summary: 'One dispute 纠纷详情', params: idParams, response: { 200: disputeSchema } } },
    async (request) => disputes.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/disputes',
    {
      schema: {
        tags,
        summary: 'Register a dispute 登记纠纷',
        body: createDisputeSchema,
        response: { 201: disputeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await disputes.register(request.ctx, request.body)),
  );
  r.patch(
    '/api/v1/disputes/:id',
    {
      schema: {
        tags,
        summary: 'Edit the facts of a dispute 修改纠纷',
        params: idParams,
        body: updateDisputeSchema,
        response: { 200: disputeSchema },
      },
    },
    async (request) => disputes.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/disputes/:id/parties',
    {
      schema: {
        tags,
        summary: 'Add a party 添加当事人',
        params: idParams,
        body: createPartySchema,
        response: { 201: disputeSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await disputes.addParty(request.ctx, request.params.id, request.body)),
  );
  r.patch(
    '/api/v1/disputes/:id/parties/:partyId',
    {
      schema: {
        tags,
        summary: 'Correct a party 修改当事人信息',
        description:
          'Any Art. 29 particular; null clears. 409 PARTY_IN_EFFECTIVE_AGREEMENT once an agreement naming the ' +
          'party has taken effect. Audited.',
        params: partyParams,
        body: updatePartySchema,
        response: { 200: disputeSchema },
      },
    },
    async (request) => disputes.updateParty(request.ctx, request.params.id, request.params.partyId, request.body),
  );
  r.post(
    '/api/v1/disputes/:id/unmask',
    {
      schema: {
        tags,
        summary: 'Show the dispute address in clear 查看完整地址',
        params: idParams,
        body: z.object({ field: z.literal('address') }),
        response: { 200: unmaskResponseSchema },
      },
    },
    async (request) => disputes.unmask(request.ctx, request.params.id, null, request.body.field),
  );
  r.post(
    '/api/v1/disputes/:id/parties/:partyId/unmask',
    {
      schema: {
        tags,
        summary: 'Show one party field in clear 查看当事人完整信息',
        params: partyParams,
        body: unmaskRequestSchema,
        response: { 200: unmaskResponseSchema },
      },
    },
    async (request) => disputes.unmask(request.ctx, request.params.id, request.params.partyId, request.body.field),
  );
}
