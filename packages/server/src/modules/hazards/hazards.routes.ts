import {
  assignHazardSchema,
  HAZARD_PHOTO_KINDS,
  hazardDetailSchema,
  hazardListFiltersSchema,
  hazardListQuerySchema,
  hazardPhotoSchema,
  hazardSchema,
  pageSchema,
  rectifyHazardSchema,
  reportHazardSchema,
  sendBackHazardSchema,
  verifyHazardSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { HazardsService } from './hazards.service';
import { HazardsExport } from './hazards-export';

const idParams = z.object({ id: z.string().min(1).max(64) });
const photoQuery = z.object({ kind: z.enum(HAZARD_PHOTO_KINDS).default('report') });

/** The hazard routes (安全隐患), with one service instance per app. */
export function hazardsRoutes(app: FastifyInstance, deps: Deps): void {
  const hazards = new HazardsService(deps);
  const exporter = new HazardsExport(deps);
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['hazards'];

  r.get(
    '/api/v1/hazards',
    {
      schema: {
        tags,
        summary: 'Hazards 安全隐患列表',
        description: 'Newest report first. overdue/dueSoon: open hazards past or near their last day (Shanghai).',
        querystring: hazardListQuerySchema,
        response: { 200: pageSchema(hazardSchema) },
      },
    },
    async (request) => hazards.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/hazards/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export hazards to Excel 导出安全隐患台账',
        description: 'Same filters as the list; the public reporter’s phone is masked. Audited.',
        querystring: hazardListFiltersSchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await exporter.export(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/hazards',
    {
      schema: {
        tags,
        summary: 'Report a hazard 报告安全隐患',
        description: 'hazard.report over the village. Photos follow through POST /api/v1/hazards/:id/photos.',
        body: reportHazardSchema,
        response: { 201: hazardSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await hazards.report(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/hazards/:id',
    {
      schema: {
        tags,
        summary: 'One hazard with its history 隐患详情',
        params: idParams,
        response: { 200: hazardDetailSchema },
      },
    },
    async (request) => hazards.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/hazards/:id/assign',
    {
      schema: {
        tags,
        summary: 'Assign for rectification 交办整改',
        params: idParams,
        body: assignHazardSchema,
        response: { 200: hazardDetailSchema },
      },
    },
    async (request) => hazards.assign(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/hazards/:id/rectify',
    {
      schema: {
        tags,
        summary: 'Close the rectification 提交整改',
        description: 'Without a rectification photo of this round: 400 HAZARD_RECTIFY_PHOTO_REQUIRED, nothing written.',
        params: idParams,
        body: rectifyHazardSchema,
        response: { 200: hazardDetailSchema },
      },
    },
    async (request) => hazards.rectify(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/hazards/:id/verify',
    {
      schema: {
        tags,
        summary: 'Verify the rectification 验收销号',
        description: 'By the reporter’s side only: police or 综治办 (403 HAZARD_WRONG_SIDE).',
        params: idParams,
        body: verifyHazardSchema,
        response: { 200: hazardDetailSchema },
      },
    },
    async (request) => hazards.verify(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/hazards/:id/send-back',
    {
      schema: {
        tags,
        summary: 'Send back for more rectification 退回整改',
        params: idParams,
        body: sendBackHazardSchema,
        response: { 200: hazardDetailSchema },
      },
    },
    async (request) => hazards.sendBack(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/hazards/:id/photos',
    {
      schema: {
        tags,
        summary: 'Add a photo 上传隐患照片',
        description:
          'multipart/form-data, field "file": jpg or png by content. kind=report (any reader until verified) or ' +
          'kind=rectification (the assignee side while assigned).',
        consumes: ['multipart/form-data'],
        params: idParams,
        querystring: photoQuery,
        response: { 201: hazardPhotoSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the photo as the field "file"' });
      return reply.code(201).send(await hazards.uploadPhoto(request.ctx, request.params.id, request.query.kind, file));
    },
  );
  r.get(
    '/api/v1/hazard-photos/:id/download',
    { schema: { tags, summary: 'Download a hazard photo (audited) 下载隐患照片', params: idParams } },
    async (request, reply) => sendStoredUpload(reply, await hazards.downloadPhoto(request.ctx, request.params.id)),
  );
}
