import { followUpSchema, followUpVisitSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { FollowUpsService } from './follow-ups.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function followUpsRoutes(app: FastifyInstance, followUps: FollowUpsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['disputes'];
  r.get(
    '/api/v1/disputes/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Follow-up visits of a dispute 回访记录',
        params: idParams,
        response: { 200: z.array(followUpSchema) },
      },
    },
    async (request) => followUps.list(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/disputes/:id/follow-ups',
    {
      schema: {
        tags,
        summary: 'Record a follow-up visit 记录回访',
        params: idParams,
        body: followUpVisitSchema,
        response: { 201: followUpSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await followUps.record(request.ctx, request.params.id, request.body)),
  );
}
