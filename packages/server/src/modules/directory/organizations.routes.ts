import { organizationListQuerySchema, organizationSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { OrganizationsService } from './organizations.service';

export function organizationsRoutes(app: FastifyInstance, deps: Deps): void {
  const organizations = new OrganizationsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/organizations',
    {
      schema: {
        tags: ['directory'],
        summary: 'Organisations in scope 单位列表',
        querystring: organizationListQuerySchema,
        response: { 200: z.object({ items: z.array(organizationSchema) }) },
      },
    },
    async (request) => organizations.list(request.ctx, request.query),
  );
}
