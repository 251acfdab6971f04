import { assignmentListQuerySchema, assignmentSchema, createAssignmentSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { AssignmentsService } from './assignments.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function assignmentsRoutes(app: FastifyInstance, deps: Deps): void {
  const assignments = new AssignmentsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['directory'];

  r.get(
    '/api/v1/assignments',
    {
      schema: {
        tags,
        summary: 'Who is responsible where 包保责任',
        querystring: assignmentListQuerySchema,
        response: { 200: z.object({ items: z.array(assignmentSchema) }) },
      },
    },
    async (request) => assignments.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/assignments',
    {
      schema: {
        tags,
        summary: 'Assign a duty 指定包保责任',
        body: createAssignmentSchema,
        response: { 201: assignmentSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await assignments.create(request.ctx, request.body)),
  );
  r.delete(
    '/api/v1/assignments/:id',
    { schema: { tags, summary: 'End a duty 解除包保责任', params: idParams, response: { 204: z.null() } } },
    async (request, reply) => {
      await assignments.remove(request.ctx, request.params.id);
      return reply.status(204).send(null);
    },
  );
}
