import {
  createSessionSchema,
  mediationExtensionSchema,
  mediationSchema,
  sessionSchema,
  startMediationSchema,
  terminateMediationSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { MediationsService } from './mediations.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const policeReportSchema = z.object({ note: z.string().trim().min(1).max(2000) });

export function mediationsRoutes(app: FastifyInstance, mediations: MediationsService): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mediations'];

  r.get(
    '/api/v1/disputes/:id/mediations',
    {
      schema: {
        tags,
        summary: 'Mediations of a dispute with their sessions 调解记录',
        params: idParams,
        response: { 200: z.array(mediationSchema.extend({ sessions: z.array(sessionSchema) })) },
      },
    },
    async (request) => mediations.listForDispute(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/disputes/:id/mediations',
    {
      schema: {
        tags,
        summary: 'Start a mediation 启动调解',
        description:
          'Tracks people / police / administrative, never mixed. Police mediation: an officer or the chief, a ' +
          'responsible police officer, and none of the exclusions (POLICE_MEDIATION_EXCLUDED_*).',
        params: idParams,
        body: startMediationSchema,
        response: { 201: mediationSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await mediations.start(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/mediations/:id/sessions',
    {
      schema: {
        tags,
        summary: 'Record a mediation session 调解过程记录',
        params: idParams,
        body: createSessionSchema,
        response: { 201: sessionSchema },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await mediations.recordSession(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/mediations/:id/extension',
    {
      schema: {
        tags,
        summary: 'Extend a people’s mediation with every party’s consent 延长调解期限',
        params: idParams,
        body: mediationExtensionSchema,
        response: { 200: mediationSchema },
      },
    },
    async (request) => mediations.extend(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/mediations/:id/police-report',
    {
      schema: {
        tags,
        summary: 'Record the Art. 25 report to the police 报告公安机关',
        params: idParams,
        body: policeReportSchema,
        response: { 200: mediationSchema },
      },
    },
    async (request) => mediations.reportToPolice(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/mediations/:id/terminate',
    {
      schema: {
        tags,
        summary: 'End a mediation without agreement (Art. 26) 终止调解',
        params: idParams,
        body: terminateMediationSchema,
        response: { 200: mediationSchema },
      },
    },
    async (request) => mediations.terminate(request.ctx, request.params.id, request.body),
  );
}
