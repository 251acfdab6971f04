import {
  createJurisdictionSchema,
  jurisdictionListQuerySchema,
  jurisdictionSchema,
  updateJurisdictionSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { JurisdictionsService } from './jurisdictions.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function jurisdictionsRoutes(app: FastifyInstance, deps: Deps): void {
  const jurisdictions = new JurisdictionsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/v1/jurisdictions',
    {
      schema: {
        tags,
        summary: 'Jurisdictions in scope 辖区列表',
        querystring: jurisdictionListQuerySchema,
        response: { 200: z.object({ items: z.array(jurisdictionSchema) }) },
      },
    },
    async (request) => jurisdictions.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/jurisdictions/:id',
    { schema: { tags, summary: 'One jurisdiction 辖区详情', params: idParams, response: { 200: jurisdictionSchema } } },
    async (request) => jurisdictions.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/jurisdictions',
    {
      schema: {
        tags,
        summary: 'Create a jurisdiction 新建辖区',
        body: createJurisdictionSchema,
        response: { 201: jurisdictionSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await jurisdictions.create(request.ctx, request.body)),
  );
  r.patch(
    '/api/v1/jurisdictions/:id',
    {
      schema: {
        tags,
        summary: 'Edit a jurisdiction 修改辖区',
        params: idParams,
        body: updateJurisdictionSchema,
        response: { 200: jurisdictionSchema },
      },
    },
    async (request) => jurisdictions.update(request.ctx, request.params.id, request.body),
  );
}
