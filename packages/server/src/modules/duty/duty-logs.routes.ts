import {
  createDutyLogSchema,
  dutyCalendarQuerySchema,
  dutyCalendarSchema,
  dutyLogListQuerySchema,
  dutyLogPhotoSchema,
  dutyLogSchema,
  dutyOfficerSchema,
  dutyOfficersQuerySchema,
  pageSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { DisputesService } from '../disputes/disputes.service';
import { DutyLogsService } from './duty-logs.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** The duty log's routes (警治联勤 勤务日志), with one service instance per app. */
export function dutyRoutes(app: FastifyInstance, deps: Deps): void {
  const duty = new DutyLogsService(deps, new DisputesService(deps));
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];

  r.get(
    '/api/v1/duty-logs',
    {
      schema: {
        tags,
        summary: 'Duty log entries 勤务日志列表',
        description: 'Newest first. day: one Shanghai day; from/to: an inclusive range of them; officerId: a user id.',
        querystring: dutyLogListQuerySchema,
        response: { 200: pageSchema(dutyLogSchema) },
      },
    },
    async (request) => duty.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/duty-logs',
    {
      schema: {
        tags,
        summary: 'Log a duty 记录勤务',
        description:
          'Only type is required: occurredAt defaults to now, villageId to the caller’s own village. A time in the ' +
          'future: 400 TIME_IN_FUTURE; a village out of reach: 404 DUTY_VILLAGE_NOT_FOUND; a link to a record the ' +
          'caller may not read: 404 DUTY_LINK_NOT_FOUND. Nothing is written in any of these cases.',
        body: createDutyLogSchema,
        response: { 201: dutyLogSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await duty.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/duty-logs/calendar',
    {
      schema: {
        tags,
        summary: 'An officer’s month 勤务月历',
        description: 'Entries per Shanghai day and type; officerId (a user id) defaults to the caller.',
        querystring: dutyCalendarQuerySchema,
        response: { 200: dutyCalendarSchema },
      },
    },
    async (request) => duty.calendar(request.ctx, request.query),
  );
  r.get(
    '/api/v1/duty-logs/officers',
    {
      schema: {
        tags,
        summary: 'Officers with duty entries 有勤务记录的人员',
        querystring: dutyOfficersQuerySchema,
        response: { 200: z.array(dutyOfficerSchema) },
      },
    },
    async (request) => duty.officers(request.ctx, request.query),
  );
  r.get(
    '/api/v1/duty-logs/:id',
    {
      schema: { tags, summary: 'One duty log entry 勤务日志详情', params: idParams, response: { 200: dutyLogSchema } },
    },
    async (request) => duty.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/duty-logs/:id/photos',
    {
      schema: {
        tags,
        summary: 'Add a photo to one’s own entry 上传勤务照片',
        description:
          'multipart/form-data, field "file": jpg or png by content. Wrong type: 415 UNSUPPORTED_MEDIA_TYPE; too ' +
          'large: 413 FILE_TOO_LARGE; a broken body: 400 UPLOAD_MALFORMED; nothing is written in any of these cases.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: dutyLogPhotoSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the photo as the field "file"' });
      return reply.code(201).send(await duty.uploadPhoto(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/duty-log-photos/:id/download',
    {
      schema: {
        tags,
        summary: 'Download a duty photo (audited) 下载勤务照片',
        description: 'A file missing from disk answers 410 ATTACHMENT_FILE_MISSING, audited as a failure.',
        params: idParams,
      },
    },
    async (request, reply) => {
      return sendStoredUpload(reply, await duty.downloadPhoto(request.ctx, request.params.id));
    },
  );
}
