import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { DatabaseHandle } from '../../db/database';
import { VERSION } from '../../version';
import { databaseAnswers } from './health.repository';

const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.object({ kind: z.enum(['sqlite', 'postgres']), ok: z.boolean() }),
  version: z.string(),
});

export function healthRoutes(app: FastifyInstance, handle: DatabaseHandle): void {
  app
    .withTypeProvider<ZodTypeProvider>()
    .get(
      '/api/health',
      { schema: { tags: ['system'], summary: 'Health 健康检查', response: { 200: healthSchema, 503: healthSchema } } },
      async (_request, reply) => {
        const ok = await databaseAnswers(handle.db);
        const body = { status: ok ? 'ok' : 'degraded', database: { kind: handle.kind, ok }, version: VERSION } as const;
        return reply.status(ok ? 200 : 503).send(body);
      },
    );
}
