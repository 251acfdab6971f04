import { DISPUTE_ACTIONS, disputeSchema, transitionSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TransitionsService } from './transitions.service';

const params = z.object({ id: z.string().min(1).max(64), action: z.enum(DISPUTE_ACTIONS) });

export function transitionsRoutes(app: FastifyInstance, transitions: TransitionsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/api/v1/disputes/:id/actions/:action',
    {
      schema: {
        tags: ['disputes'],
        summary: 'Take a state-machine action 纠纷流转',
        description: 'The record’s `actions` lists what the caller may take now; the body carries the fields it needs.',
        params,
        body: transitionSchema.omit({ action: true }),
        response: { 200: disputeSchema },
      },
    },
    async (request) => transitions.act(request.ctx, request.params.id, request.params.action, request.body),
  );
}
