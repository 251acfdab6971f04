import {
  antifraudActivityListQuerySchema,
  antifraudActivitySchema,
  antifraudBaseSchema,
  antifraudCoverageQuerySchema,
  antifraudCoverageSchema,
  antifraudHistorySchema,
  antifraudInstallSchema,
  antifraudPhotoSchema,
  createAntifraudActivitySchema,
  createFraudCaseSchema,
  fraudCaseListQuerySchema,
  fraudCaseSchema,
  fraudCaseSummarySchema,
  pageSchema,
  recordAntifraudInstallsSchema,
  setAntifraudBaseSchema,
  updateAntifraudActivitySchema,
  updateFraudCaseSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { ActivitiesService } from './activities.service';
import { CoverageService } from './coverage.service';
import { FraudCasesService } from './fraud-cases.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const NOTHING_WRITTEN = 'Nothing is written when refused.';

/** Anti-fraud work (反诈): publicity activities, the app's coverage per village, and telecom-fraud cases. */
export function antifraudRoutes(app: FastifyInstance, deps: Deps): void {
  const activities = new ActivitiesService(deps);
  const coverage = new CoverageService(deps);
  const cases = new FraudCasesService(deps);
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['antifraud'];

  r.get(
    '/api/v1/antifraud/activities',
    {
      schema: {
        tags,
        summary: 'Anti-fraud publicity activities 反诈宣传活动',
        description: 'Newest first. from/to: an inclusive range of Shanghai days; villageId: a village or the town.',
        querystring: antifraudActivityListQuerySchema,
        response: { 200: pageSchema(antifraudActivitySchema) },
      },
    },
    async (request) => activities.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/antifraud/activities',
    {
      schema: {
        tags,
        summary: 'Record a publicity activity 登记宣传活动',
        description: `A day after today: 400 ANTIFRAUD_DAY_IN_FUTURE; a place out of reach: 404 ANTIFRAUD_PLACE_NOT_FOUND. ${NOTHING_WRITTEN}`,
        body: createAntifraudActivitySchema,
        response: { 201: antifraudActivitySchema },
      },
    },
    async (request, reply) => reply.status(201).send(await activities.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/antifraud/activities/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export activities to Excel 导出宣传活动台账',
        description: 'Same filters as the list. Audited.',
        querystring: antifraudActivityListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await activities.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/antifraud/activities/:id',
    {
      schema: {
        tags,
        summary: 'One activity 宣传活动详情',
        params: idParams,
        response: { 200: antifraudActivitySchema },
      },
    },
    async (request) => activities.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/antifraud/activities/:id',
    {
      schema: {
        tags,
        summary: 'Change an activity 修改宣传活动',
        params: idParams,
        body: updateAntifraudActivitySchema,
        response: { 200: antifraudActivitySchema },
      },
    },
    async (request) => activities.update(request.ctx, request.params.id, request.body),
  );
  r.delete(
    '/api/v1/antifraud/activities/:id',
    { schema: { tags, summary: 'Delete an activity 删除宣传活动', params: idParams } },
    async (request, reply) => {
      await activities.remove(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/v1/antifraud/activities/:id/photos',
    {
      schema: {
        tags,
        summary: 'Add a photo to an activity 上传宣传照片',
        description:
          'multipart/form-data, field "file": jpg or png by content. Wrong type: 415 UNSUPPORTED_MEDIA_TYPE; too ' +
          `large: 413 FILE_TOO_LARGE; a broken body: 400 UPLOAD_MALFORMED. ${NOTHING_WRITTEN}`,
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: antifraudPhotoSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the photo as the field "file"' });
      return reply.code(201).send(await activities.uploadPhoto(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/antifraud/activity-photos/:id/download',
    {
      schema: {
        tags,
        summary: 'Download an activity photo (audited) 下载宣传照片',
        description: 'A file missing from disk answers 410 ATTACHMENT_FILE_MISSING, audited as a failure.',
        params: idParams,
      },
    },
    async (request, reply) => sendStoredUpload(reply, await activities.downloadPhoto(request.ctx, request.params.id)),
  );

  r.get(
    '/api/v1/antifraud/coverage',
    {
      schema: {
        tags,
        summary: 'Anti-fraud app coverage per village 反诈APP安装率',
        description: 'As of day (today by default), with the change since the same day a month before in 百分点.',
        querystring: antifraudCoverageQuerySchema,
        response: { 200: antifraudCoverageSchema },
      },
    },
    async (request) => coverage.coverage(request.ctx, request.query),
  );
  r.get(
    '/api/v1/antifraud/coverage/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export the coverage to Excel 导出安装率',
        description: 'Audited.',
        querystring: antifraudCoverageQuerySchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await coverage.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/antifraud/villages/:id/history',
    {
      schema: {
        tags,
        summary: 'A village’s bases and install counts 安装记录',
        params: idParams,
        response: { 200: antifraudHistorySchema },
      },
    },
    async (request) => coverage.history(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/antifraud/bases',
    {
      schema: {
        tags,
        summary: 'Set a village’s base from a day 登记基数',
        description: `Below installs already counted while it stands: 400 ANTIFRAUD_BASE_BELOW_INSTALLS. ${NOTHING_WRITTEN}`,
        body: setAntifraudBaseSchema,
        response: { 201: antifraudBaseSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await coverage.setBase(request.ctx, request.body)),
  );
  r.post(
    '/api/v1/antifraud/installs',
    {
      schema: {
        tags,
        summary: 'Record a village’s installs on a day 登记安装数',
        description:
          'Above the base: 400 ANTIFRAUD_INSTALLS_ABOVE_BASE; no base yet: 400 ANTIFRAUD_BASE_MISSING. ' +
          NOTHING_WRITTEN,
        body: recordAntifraudInstallsSchema,
        response: { 201: antifraudInstallSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await coverage.recordInstalls(request.ctx, request.body)),
  );

  r.get(
    '/api/v1/antifraud/cases',
    {
      schema: {
        tags,
        summary: 'Telecom-fraud cases 电信网络诈骗案件',
        description: 'Newest first. Money in integer fen. No victim identity is recorded.',
        querystring: fraudCaseListQuerySchema,
        response: { 200: pageSchema(fraudCaseSchema) },
      },
    },
    async (request) => cases.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/antifraud/cases',
    {
      schema: {
        tags,
        summary: 'Record a telecom-fraud case 登记电诈案件',
        description: `Recovered above lost: 400 FRAUD_RECOVERED_ABOVE_LOST. ${NOTHING_WRITTEN}`,
        body: createFraudCaseSchema,
        response: { 201: fraudCaseSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await cases.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/antifraud/cases/summary',
    {
      schema: {
        tags,
        summary: 'Days since the last case 距上一起案件天数',
        response: { 200: fraudCaseSummarySchema },
      },
    },
    async (request) => cases.summary(request.ctx),
  );
  r.get(
    '/api/v1/antifraud/cases/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export cases to Excel 导出电诈案件台账',
        description: 'Same filters as the list. Audited.',
        querystring: fraudCaseListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await cases.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/antifraud/cases/:id',
    { schema: { tags, summary: 'One case 案件详情', params: idParams, response: { 200: fraudCaseSchema } } },
    async (request) => cases.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/antifraud/cases/:id',
    {
      schema: {
        tags,
        summary: 'Change a case (money recovered…) 修改案件',
        description: `Recovered above lost: 400 FRAUD_RECOVERED_ABOVE_LOST. ${NOTHING_WRITTEN}`,
        params: idParams,
        body: updateFraudCaseSchema,
        response: { 200: fraudCaseSchema },
      },
    },
    async (request) => cases.update(request.ctx, request.params.id, request.body),
  );
}
