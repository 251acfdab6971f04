import {
  createKeyPersonRequestSchema,
  createKeyPersonSchema,
  createKeyPersonVisitSchema,
  decideKeyPersonRequestSchema,
  keyPersonDetailSchema,
  keyPersonListQuerySchema,
  keyPersonPageSchema,
  keyPersonUnmaskedSchema,
  keyPersonVisitListQuerySchema,
  keyPersonVisitPageSchema,
  keyPersonVisitSchema,
  townVisitPlansSchema,
  updateVisitPlansSchema,
  visitPlansQuerySchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { keyPersonHtml } from './key-person-print';
import { KeyPersonsService } from './key-persons.service';
import { keyPersonsWorkbook } from './key-persons-export';

const idParams = z.object({ id: z.string().min(1).max(64) });
const requestParams = z.object({ id: z.string().min(1).max(64), requestId: z.string().min(1).max(64) });
const NOT_FOUND_NOTE =
  'A record of a category group the caller may not read answers 404 NOT_FOUND, exactly as a missing id. Audited.';

/** Key persons (重点人员): list, export, record, unmask, visits with photos, requests and decisions, visit plans. */
export function keyPersonsRoutes(app: FastifyInstance, deps: Deps): void {
  const service = new KeyPersonsService(deps);
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['key-persons'];

  r.get(
    '/api/v1/key-persons',
    {
      schema: {
        tags,
        summary: 'Key persons 重点人员列表',
        description:
          'Most urgent visit first. Only records of the groups the caller may read, over their villages; the others ' +
          'are left out without a trace. Each page read is audited.',
        querystring: keyPersonListQuerySchema,
        response: { 200: keyPersonPageSchema },
      },
    },
    async (request) => service.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/key-persons/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export key persons 导出重点人员',
        description: 'The list’s filters; personal data masked. One audit row.',
        querystring: keyPersonListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => {
      const rows = await service.exportRows(request.ctx, request.query);
      return sendWorkbook(reply, await keyPersonsWorkbook(rows, new Date()));
    },
  );
  r.get(
    '/api/v1/key-persons/visit-plans',
    {
      schema: {
        tags,
        summary: 'Visit plans per control level 走访计划',
        querystring: visitPlansQuerySchema,
        response: { 200: townVisitPlansSchema },
      },
    },
    async (request) => service.visitPlans(request.ctx, request.query),
  );
  r.put(
    '/api/v1/key-persons/visit-plans',
    {
      schema: {
        tags,
        summary: 'Change the visit plans 修改走访计划',
        description: 'keyperson.approve over the town. The due day of every affected key person moves with it.',
        body: updateVisitPlansSchema,
        response: { 200: townVisitPlansSchema },
      },
    },
    async (request) => service.updateVisitPlans(request.ctx, request.body),
  );
  r.post(
    '/api/v1/key-persons',
    {
      schema: {
        tags,
        summary: 'Place a person under control 列管重点人员',
        description:
          'A person of the directory. Out of reach or missing: 404 KEY_PERSON_PERSON_NOT_FOUND; already under ' +
          'control in that group: 409 KEY_PERSON_EXISTS.',
        body: createKeyPersonSchema,
        response: { 201: keyPersonDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await service.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/key-persons/:id',
    {
      schema: {
        tags,
        summary: 'One key person 重点人员详情',
        description: NOT_FOUND_NOTE,
        params: idParams,
        response: { 200: keyPersonDetailSchema },
      },
    },
    async (request) => service.get(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/key-persons/:id/print',
    {
      schema: {
        tags,
        summary: 'Print one key person (A4, masked) 打印管控档案',
        description: NOT_FOUND_NOTE,
        params: idParams,
      },
    },
    async (request, reply) => {
      const { record, visits } = await service.printable(request.ctx, request.params.id);
      return reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(keyPersonHtml(record, visits, new Date()));
    },
  );
  r.post(
    '/api/v1/key-persons/:id/unmask',
    {
      schema: {
        tags,
        summary: 'Show ID number, phone and address in full 查看完整信息',
        description: 'keyperson.unmask over the record. Audited.',
        params: idParams,
        response: { 200: keyPersonUnmaskedSchema },
      },
    },
    async (request) => service.unmask(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/key-persons/:id/visits',
    {
      schema: {
        tags,
        summary: 'Visits of a key person 走访记录',
        description: NOT_FOUND_NOTE,
        params: idParams,
        querystring: keyPersonVisitListQuerySchema,
        response: { 200: keyPersonVisitPageSchema },
      },
    },
    async (request) => service.visits(request.ctx, request.params.id, request.query),
  );
  r.post(
    '/api/v1/key-persons/:id/visits',
    {
      schema: {
        tags,
        summary: 'Log a visit 登记走访',
        description:
          'Only method is required. A removed person: 409 KEY_PERSON_REMOVED; a time in the future: 400 ' +
          'TIME_IN_FUTURE; before the day of the listing: 400 KEY_PERSON_VISIT_BEFORE_CONTROL; nothing is written.',
        params: idParams,
        body: createKeyPersonVisitSchema,
        response: { 201: keyPersonVisitSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.addVisit(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/key-person-visits/:id/photos',
    {
      schema: {
        tags,
        summary: 'Add a photo to one’s own visit 上传走访照片',
        description: 'multipart/form-data, field "file": jpg or png by content.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: z.object({ id: z.string(), visitId: z.string() }) },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the photo as the field "file"' });
      return reply.code(201).send(await service.uploadVisitPhoto(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/key-person-visit-photos/:id/download',
    { schema: { tags, summary: 'Download a visit photo (audited) 下载走访照片', params: idParams } },
    async (request, reply) => sendStoredUpload(reply, await service.downloadVisitPhoto(request.ctx, request.params.id)),
  );
  r.post(
    '/api/v1/key-persons/:id/requests',
    {
      schema: {
        tags,
        summary: 'Ask for a level change or removal 申请调整管控',
        description:
          'keyperson.manage over the record, with a reason. One request waits at a time: 409 ' +
          'KEY_PERSON_REQUEST_PENDING; a removed person: 409 KEY_PERSON_REMOVED.',
        params: idParams,
        body: createKeyPersonRequestSchema,
        response: { 201: keyPersonDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.request(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/key-persons/:id/requests/:requestId/decision',
    {
      schema: {
        tags,
        summary: 'Approve or reject a request 审批管控调整',
        description: 'keyperson.approve over the record; never the requester (403 KEY_PERSON_SELF_APPROVAL).',
        params: requestParams,
        body: decideKeyPersonRequestSchema,
        response: { 200: keyPersonDetailSchema },
      },
    },
    async (request) => service.decide(request.ctx, request.params.id, request.params.requestId, request.body),
  );
}
