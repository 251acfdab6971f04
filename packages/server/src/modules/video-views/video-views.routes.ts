import {
  answerViewSchema,
  closedViewSchema,
  openedViewSchema,
  openViewSchema,
  pageSchema,
  snapshotTargetSchema,
  startedViewSchema,
  startViewSchema,
  videoSnapshotSchema,
  videoViewFiltersSchema,
  videoViewListQuerySchema,
  videoViewSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { VideoViewsService } from './video-views.service';
import { VideoViewsExport } from './video-views-export';

const idParams = z.object({ id: z.string().min(1).max(64) });
const snapshotQuery = z.object({
  targetKind: snapshotTargetSchema.shape.kind,
  targetId: snapshotTargetSchema.shape.id,
});

/** The live-view routes (实时视频): open, start, answer, close, snapshots, the view log and its export. */
export function videoViewsRoutes(app: FastifyInstance, deps: Deps): void {
  const views = new VideoViewsService(deps);
  const exporter = new VideoViewsExport(deps);
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['video'];

  r.post(
    '/api/v1/video/views',
    {
      schema: {
        tags,
        summary: 'Open a live view 打开实时视频',
        description:
          'video.view; the camera must be visible to the caller for the purpose (grants and consents), else 404 ' +
          'CAMERA_NOT_FOUND as for a missing camera. Returns a single-use token for POST …/start. Audited.',
        body: openViewSchema,
        response: { 201: openedViewSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await views.open(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/video/views',
    {
      schema: {
        tags,
        summary: 'The view log 视频观看记录',
        description: 'video.audit; newest first; filters camera, account and Shanghai day.',
        querystring: videoViewListQuerySchema,
        response: { 200: pageSchema(videoViewSchema) },
      },
    },
    async (request) => views.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/video/views/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export the view log to Excel 导出视频观看记录',
        description: 'Same filters as the list. Audited.',
        querystring: videoViewFiltersSchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await exporter.export(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/video/views/:id/start',
    {
      schema: {
        tags,
        summary: 'Start a live view with its token 开始播放',
        description:
          'The token is single use (409 VIEW_TOKEN_USED), expires (410 VIEW_TOKEN_EXPIRED) and names this view ' +
          'and camera (403 VIEW_TOKEN_INVALID); refused starts leave the media server untouched. Returns the ' +
          'media server’s offer.',
        params: idParams,
        body: startViewSchema,
        response: { 200: startedViewSchema },
      },
    },
    async (request) => views.start(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/video/views/:id/answer',
    {
      schema: {
        tags,
        summary: 'The browser’s answer 提交应答',
        params: idParams,
        body: answerViewSchema,
      },
    },
    async (request, reply) => {
      await views.answer(request.ctx, request.params.id, request.body);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/v1/video/views/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a live view 关闭实时视频',
        description: 'Records the end and the duration (audited); closing again answers the recorded end.',
        params: idParams,
        response: { 200: closedViewSchema },
      },
    },
    async (request) => views.close(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/video/views/:id/snapshots',
    {
      schema: {
        tags,
        summary: 'File a snapshot to a case or patrol result 视频截图归档',
        description:
          'multipart/form-data, field "file": PNG or JPEG by content; targetKind dispute | incident | ' +
          'video_patrol_result with the record the caller may read. Audited.',
        consumes: ['multipart/form-data'],
        params: idParams,
        querystring: snapshotQuery,
        response: { 201: videoSnapshotSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the snapshot as the field "file"' });
      const target = { kind: request.query.targetKind, id: request.query.targetId };
      return reply.code(201).send(await views.snapshot(request.ctx, request.params.id, target, file));
    },
  );
  r.get(
    '/api/v1/video/snapshots',
    {
      schema: {
        tags,
        summary: 'Snapshots filed to a record 记录的视频截图',
        querystring: snapshotQuery,
        response: { 200: z.object({ items: z.array(videoSnapshotSchema) }) },
      },
    },
    async (request) => views.snapshots(request.ctx, { kind: request.query.targetKind, id: request.query.targetId }),
  );
  r.get(
    '/api/v1/video/snapshots/:id/download',
    { schema: { tags, summary: 'Download a snapshot (audited) 下载视频截图', params: idParams } },
    async (request, reply) => sendStoredUpload(reply, await views.downloadSnapshot(request.ctx, request.params.id)),
  );
}
