import {
  createPersonSchema,
  pageSchema,
  personListQuerySchema,
  personSchema,
  unmaskRequestSchema,
  unmaskResponseSchema,
  updatePersonSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { PeopleService } from './people.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

export function peopleRoutes(app: FastifyInstance, deps: Deps): void {
  const people = new PeopleService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['people'];

  r.get(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'Search people 人员查询',
        description: 'q: part of a name, full pinyin or initials, or a whole ID or phone number. Audited.',
        querystring: personListQuerySchema,
        response: { 200: pageSchema(personSchema) },
      },
    },
    async (request) => people.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/people/:id',
    { schema: { tags, summary: 'One person 人员详情', params: idParams, response: { 200: personSchema } } },
    async (request) => people.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/people',
    {
      schema: {
        tags,
        summary: 'Register a person 登记人员',
        body: createPersonSchema,
        response: { 201: personSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await people.create(request.ctx, request.body)),
  );
  r.patch(
    '/api/v1/people/:id',
    {
      schema: {
        tags,
        summary: 'Edit a person 修改人员',
        params: idParams,
        body: updatePersonSchema,
        response: { 200: personSchema },
      },
    },
    async (request) => people.update(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/people/:id/unmask',
    {
      schema: {
        tags,
        summary: 'Show one field in clear 查看完整信息',
        params: idParams,
        body: unmaskRequestSchema,
        response: { 200: unmaskResponseSchema },
      },
    },
    async (request) => people.unmask(request.ctx, request.params.id, request.body.field),
  );
}
