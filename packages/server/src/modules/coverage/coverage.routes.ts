import {
  coverageQuerySchema,
  coverageSchema,
  createStandInSchema,
  standInIdParamsSchema,
  standInListQuerySchema,
  standInListSchema,
  standInSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { CoverageService } from './coverage.service';

export function coverageRoutes(app: FastifyInstance, deps: Deps): void {
  const coverage = new CoverageService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['coverage'];

  r.get(
    '/api/v1/coverage',
    {
      schema: {
        tags,
        summary: 'Districts "1+1+N" coverage 片区覆盖',
        description:
          'Per district the police post, the district officer and the village auxiliary officers, who is away today ' +
          'and who covers him, and the gaps. `townId` for a caller reaching several towns (400 COVERAGE_TOWN_REQUIRED).',
        querystring: coverageQuerySchema,
        response: { 200: coverageSchema },
      },
    },
    async (request) => coverage.view(request.ctx, request.query),
  );
  r.get(
    '/api/v1/coverage/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export the coverage to Excel 导出片区覆盖',
        description: 'Phones masked unless the caller may unmask the person. Audited.',
        querystring: coverageQuerySchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await coverage.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/coverage/stand-ins',
    {
      schema: {
        tags,
        summary: 'Leaves and stand-ins 请假与代岗',
        description: '`when`: current (today), upcoming, past (the last year); all of the last year without it.',
        querystring: standInListQuerySchema,
        response: { 200: standInListSchema },
      },
    },
    async (request) => coverage.standIns(request.ctx, request.query),
  );
  r.post(
    '/api/v1/coverage/stand-ins',
    {
      schema: {
        tags,
        summary: 'Record a leave and its stand-in 登记请假与代岗',
        description:
          'directory.manage over the place. 400 STAND_IN_DATES_REVERSED / STAND_IN_SAME_PERSON / STAND_IN_IN_PAST / ' +
          'STAND_IN_TOO_FAR / STAND_IN_TOO_LONG / STAND_IN_NOT_ON_DUTY / STAND_IN_PERSON_UNKNOWN, 409 ' +
          'STAND_IN_OVERLAPS. Audited.',
        body: createStandInSchema,
        response: { 201: standInSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await coverage.createStandIn(request.ctx, request.body)),
  );
  r.post(
    '/api/v1/coverage/stand-ins/:id/end',
    {
      schema: {
        tags,
        summary: 'End a leave early 结束请假',
        description: '409 STAND_IN_ENDED once ended or over. Audited.',
        params: standInIdParamsSchema,
        response: { 200: standInSchema },
      },
    },
    async (request) => coverage.endStandIn(request.ctx, request.params.id),
  );
}
