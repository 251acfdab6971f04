import { auditEntrySchema, auditQuerySchema, pageSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../deps';
import { AuditService } from './audit.service';

export function auditRoutes(app: FastifyInstance, deps: Deps): void {
  const service = new AuditService(deps.db);
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/audit',
    {
      schema: {
        tags: ['audit'],
        summary: 'Audit log 审计日志',
        querystring: auditQuerySchema,
        response: { 200: pageSchema(auditEntrySchema) },
      },
    },
    async (request) => service.list(request.ctx, request.query),
  );
}
