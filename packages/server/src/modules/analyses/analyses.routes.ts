import {
  analysisIdParamsSchema,
  analysisListQuerySchema,
  analysisPageSchema,
  analysisSchema,
  createAnalysisSchema,
  updateAnalysisSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { AnalysesService } from './analyses.service';
import { analysisHtml } from './analysis-print';

export function analysesRoutes(app: FastifyInstance, deps: Deps): void {
  const analyses = new AnalysesService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['analyses'];
  const params = analysisIdParamsSchema;

  r.get(
    '/api/v1/analyses',
    {
      schema: {
        tags,
        summary: 'Daily analyses and weekly judgements 日分析与周研判',
        description: 'Newest period first; `from`/`to` bound the period’s first day (Shanghai days).',
        querystring: analysisListQuerySchema,
        response: { 200: analysisPageSchema },
      },
    },
    async (request) => analyses.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/analyses',
    {
      schema: {
        tags,
        summary: 'Draft the analysis of a day or an ISO week 生成分析草稿',
        description:
          'Figures assembled from the data now and stored. 400 PERIOD_INVALID / PERIOD_IN_FUTURE, ' +
          '409 ANALYSIS_EXISTS (one per town, kind and period). Audited.',
        body: createAnalysisSchema,
        response: { 201: analysisSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await analyses.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/analyses/:id',
    { schema: { tags, summary: 'One analysis 查看分析', params, response: { 200: analysisSchema } } },
    async (request) => analyses.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/analyses/:id',
    {
      schema: {
        tags,
        summary: 'Edit the judgement of a draft 修改研判意见',
        description: '409 ANALYSIS_SIGNED once signed. Audited.',
        params,
        body: updateAnalysisSchema,
        response: { 200: analysisSchema },
      },
    },
    async (request) => analyses.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/analyses/:id/regenerate',
    {
      schema: {
        tags,
        summary: 'Assemble a draft’s figures again 重新生成数据',
        description: 'The judgement text is kept. 409 ANALYSIS_SIGNED once signed. Audited.',
        params,
        response: { 200: analysisSchema },
      },
    },
    async (request) => analyses.regenerate(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/analyses/:id/sign',
    {
      schema: {
        tags,
        summary: 'Sign: figures and text are frozen 签发',
        description: '400 ANALYSIS_JUDGEMENT_REQUIRED without a judgement, 409 ANALYSIS_SIGNED when signed. Audited.',
        params,
        response: { 200: analysisSchema },
      },
    },
    async (request) => analyses.sign(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/analyses/:id/archive',
    {
      schema: {
        tags,
        summary: 'Archive a signed analysis 归档',
        description: '409 ANALYSIS_NOT_SIGNED unless signed. Audited.',
        params,
        response: { 200: analysisSchema },
      },
    },
    async (request) => analyses.archive(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/analyses/:id/print',
    {
      schema: {
        tags,
        summary: 'Printable A4 analysis (HTML) 打印分析',
        description: 'An unsigned draft prints with a 草稿 watermark and 未签发 in place of the signature. Audited.',
        params,
      },
    },
    async (request, reply) => {
      const analysis = await analyses.document(request.ctx, request.params.id);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(analysisHtml(analysis));
    },
  );
}
