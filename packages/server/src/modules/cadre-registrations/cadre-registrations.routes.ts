import {
  cadreCodeListQuerySchema,
  cadreCodeSchema,
  cadreCodeTextSchema,
  cadreRegistrationListQuerySchema,
  cadreRegistrationPlaceSchema,
  cadreRegistrationReceiptSchema,
  cadreRegistrationSchema,
  createCadreCodeSchema,
  createCadreRegistrationSchema,
  pageSchema,
  refuseCadreRegistrationSchema,
} from '@fengqiao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { CadreRegistrationsService } from './cadre-registrations.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const NOTHING_WRITTEN = 'Nothing is written when refused.';

/** Village cadre self-registration: the station's codes and decisions, and the two public routes a cadre uses. */
export function cadreRegistrationsRoutes(app: FastifyInstance, deps: Deps): void {
  const cadres = new CadreRegistrationsService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['cadre-registrations'];
  // The public routes take passwords and guessable-looking input: limited like the login.
  const limited = { auth: 'public' as const, rateLimit: { max: deps.config.loginRateLimit, timeWindow: '1 minute' } };

  r.post(
    '/api/v1/cadre-codes',
    {
      schema: {
        tags,
        summary: 'Issue a village registration code 发放村干部注册码',
        description: `cadre.approve over the village; a village out of reach: 404 CADRE_VILLAGE_NOT_FOUND. ${NOTHING_WRITTEN}`,
        body: createCadreCodeSchema,
        response: { 201: cadreCodeSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await cadres.createCode(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/cadre-codes',
    {
      schema: {
        tags,
        summary: 'Village registration codes 村干部注册码',
        description: 'Newest first; never the code itself (the print page carries it).',
        querystring: cadreCodeListQuerySchema,
        response: { 200: pageSchema(cadreCodeSchema) },
      },
    },
    async (request) => cadres.listCodes(request.ctx, request.query),
  );
  r.get(
    '/api/v1/cadre-codes/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export registration codes to Excel 导出注册码',
        description: 'Same filter as the list; never the code itself. Audited.',
        querystring: cadreCodeListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await cadres.exportCodes(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/cadre-codes/:id/revoke',
    {
      schema: {
        tags,
        summary: 'Revoke a registration code 作废注册码',
        description: 'Later scans answer 404 CADRE_CODE_INVALID; registrations already made stand.',
        params: idParams,
        response: { 200: cadreCodeSchema },
      },
    },
    async (request) => cadres.revokeCode(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/cadre-codes/:id/print',
    {
      schema: {
        tags,
        summary: 'Print a registration code (A4) 打印注册二维码',
        description: 'HTML with the QR code (SVG) linking to <origin>/register/cadre/<code>, and its expiry. Audited.',
        params: idParams,
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await cadres.printCode(request.ctx, request.params.id, originOf(request, deps))),
  );

  r.get(
    '/api/v1/cadre-registration/:code',
    {
      schema: {
        tags,
        summary: 'Where a registration code was issued (public) 注册码所属村',
        description: 'Forged or revoked: 404 CADRE_CODE_INVALID; expired: 410 CADRE_CODE_EXPIRED.',
        params: z.object({ code: cadreCodeTextSchema }),
        response: { 200: cadreRegistrationPlaceSchema },
      },
      config: limited,
    },
    async (request) => cadres.place(request.params.code),
  );
  r.post(
    '/api/v1/cadre-registrations',
    {
      schema: {
        tags,
        summary: 'Register as a village cadre (public) 村干部自助注册',
        description: `Creates a pending account with a village_cadre grant on the code's village, usable once the station approves. Codes: 404 CADRE_CODE_INVALID, 410 CADRE_CODE_EXPIRED, 400 CADRE_CODE_WRONG_VILLAGE, 409 USERNAME_TAKEN, 400 WEAK_PASSWORD, 400 INVALID_MOBILE. ${NOTHING_WRITTEN}`,
        body: createCadreRegistrationSchema,
        response: { 201: cadreRegistrationReceiptSchema },
      },
      config: limited,
    },
    async (request, reply) => reply.status(201).send(await cadres.register(request.ctx, request.body)),
  );

  r.get(
    '/api/v1/cadre-registrations',
    {
      schema: {
        tags,
        summary: 'Cadre registrations 村干部注册申请',
        description: 'Newest first; phones always masked.',
        querystring: cadreRegistrationListQuerySchema,
        response: { 200: pageSchema(cadreRegistrationSchema) },
      },
    },
    async (request) => cadres.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/cadre-registrations/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export cadre registrations to Excel 导出注册申请',
        description: 'Same filter as the list; phones masked. Audited.',
        querystring: cadreRegistrationListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await cadres.exportRegistrations(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/cadre-registrations/:id/approve',
    {
      schema: {
        tags,
        summary: 'Approve a cadre registration 批准注册',
        description: 'The account becomes active. Decided already: 409 CADRE_REGISTRATION_DECIDED.',
        params: idParams,
        response: { 200: cadreRegistrationSchema },
      },
    },
    async (request) => cadres.approve(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/cadre-registrations/:id/refuse',
    {
      schema: {
        tags,
        summary: 'Refuse a cadre registration 拒绝注册',
        description: 'The account is disabled and loses its grant. Decided already: 409 CADRE_REGISTRATION_DECIDED.',
        params: idParams,
        body: refuseCadreRegistrationSchema,
        response: { 200: cadreRegistrationSchema },
      },
    },
    async (request) => cadres.refuse(request.ctx, request.params.id, request.body.reason),
  );
}

/** Where the QR code links to: the configured web origin, else the origin the print request came to. */
function originOf(request: FastifyRequest, deps: Deps): string {
  return deps.config.publicOrigin ?? `${request.protocol}://${request.host}`;
}
