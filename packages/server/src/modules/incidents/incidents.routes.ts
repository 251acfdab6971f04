import {
  createIncidentPartySchema,
  createIncidentSchema,
  incidentActionSchema,
  incidentListItemSchema,
  incidentListQuerySchema,
  incidentResponderSchema,
  incidentSchema,
  incidentUnmaskedSchema,
  pageSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { DisputesService } from '../disputes/disputes.service';
import { IncidentsService } from './incidents.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Every route of the incidents module. */
export function incidentsRoutes(app: FastifyInstance, deps: Deps): void {
  const incidents = new IncidentsService(deps, new DisputesService(deps));
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['incidents'];

  r.get(
    '/api/v1/incidents',
    {
      schema: {
        tags,
        summary: 'List and search incidents 警情列表',
        description:
          'Newest received first. late: arrived after the class target, or not reached and past it now. q: a full ' +
          'incident number, an ID number or phone of a party, part of the summary or a party name, or pinyin. Audited.',
        querystring: incidentListQuerySchema,
        response: { 200: pageSchema(incidentListItemSchema) },
      },
    },
    async (request) => incidents.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/incidents',
    {
      schema: {
        tags,
        summary: 'Record an incident 接警登记',
        description: 'The class code must be an active row of the town’s code table (the defaults while it has none).',
        body: createIncidentSchema,
        response: { 201: incidentSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await incidents.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/incidents/:id',
    {
      schema: {
        tags,
        summary: 'One incident 警情详情',
        description: 'With its timeline, repeats and parties (masked). Audited.',
        params: idParams,
        response: { 200: incidentSchema },
      },
    },
    async (request) => incidents.get(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/incidents/:id/unmask',
    {
      schema: {
        tags,
        summary: 'Personal data in clear 查看完整信息',
        description:
          'The address and every party’s ID number, phone and address. 404 without incident.unmask. Audited.',
        params: idParams,
        response: { 200: incidentUnmaskedSchema },
      },
    },
    async (request) => incidents.unmask(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/incidents/:id/responders',
    {
      schema: {
        tags,
        summary: 'Officers who may be named responsible 可指定的责任民警',
        params: idParams,
        response: { 200: z.array(incidentResponderSchema) },
      },
    },
    async (request) => incidents.responders(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/incidents/:id/parties',
    {
      schema: {
        tags,
        summary: 'Add a party 添加涉警人员',
        params: idParams,
        body: createIncidentPartySchema,
        response: { 201: incidentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await incidents.addParty(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/incidents/:id/actions',
    {
      schema: {
        tags,
        summary: 'Take a step 警情流转',
        description:
          'dispatch (responsible officer), acknowledge, arrive, start_handling, the dispositions, return_for_more, ' +
          'review, close. refer_people_mediation registers a linked dispute in the same transaction; a second ' +
          'referral answers 409 INCIDENT_ALREADY_REFERRED.',
        params: idParams,
        body: incidentActionSchema,
        response: { 200: incidentSchema },
      },
    },
    async (request) => incidents.act(request.ctx, request.params.id, request.body),
  );
}
