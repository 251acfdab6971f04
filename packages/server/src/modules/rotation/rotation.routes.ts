import {
  calendarDateParamsSchema,
  calendarDayInputSchema,
  checkInSchema,
  decideSwapSchema,
  directorStaySchema,
  generateRotaSchema,
  holidayCalendarQuerySchema,
  holidayCalendarSchema,
  pageSchema,
  requestSwapSchema,
  rotaQuerySchema,
  rotaSchema,
  rotaSlotSchema,
  rotaSwapSchema,
  swapsQuerySchema,
  townQuerySchema,
  trainingInputSchema,
  trainingListQuerySchema,
  trainingRecordSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { openFilePart } from '../../platform/http/multipart';
import { sendStoredUpload } from '../disputes/attachment-upload';
import { RotationService } from './rotation.service';
import { TrainingsService } from './trainings.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** Every route of the rotation module: calendar, rota, check-ins, swaps, a director's stay, trainings. */
export function rotationRoutes(app: FastifyInstance, deps: Deps): void {
  const rotation = new RotationService(deps);
  const trainings = new TrainingsService(deps);
  const maxBytes = deps.config.disputes.attachmentMaxBytes;
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rotation'];

  r.get(
    '/api/v1/rotation/calendar',
    {
      schema: {
        tags,
        summary: 'A town’s holidays and make-up working days of a year 节假日设置',
        querystring: holidayCalendarQuerySchema,
        response: { 200: holidayCalendarSchema },
      },
    },
    async (request) => rotation.calendar(request.ctx, request.query.townId, request.query.year),
  );
  r.put(
    '/api/v1/rotation/calendar/:date',
    {
      schema: {
        tags,
        summary: 'Set a day as holiday or make-up working day 设置节假日',
        params: calendarDateParamsSchema,
        body: calendarDayInputSchema,
        response: { 200: holidayCalendarSchema },
      },
    },
    async (request) => rotation.putCalendarDay(request.ctx, request.params.date, request.body),
  );
  r.delete(
    '/api/v1/rotation/calendar/:date',
    {
      schema: {
        tags,
        summary: 'Remove a day from the calendar 删除节假日',
        params: calendarDateParamsSchema,
        querystring: townQuerySchema,
        response: { 200: holidayCalendarSchema },
      },
    },
    async (request) => rotation.deleteCalendarDay(request.ctx, request.params.date, request.query.townId),
  );

  r.get(
    '/api/v1/rotation/rota',
    {
      schema: {
        tags,
        summary: 'A town’s security-director rota of a year 治保主任轮值表',
        querystring: rotaQuerySchema,
        response: { 200: rotaSchema },
      },
    },
    async (request) => rotation.rota(request.ctx, request.query.townId, request.query.year),
  );
  r.post(
    '/api/v1/rotation/rota',
    {
      schema: {
        tags,
        summary: 'Generate the rota (future months only once published) 生成轮值表',
        description:
          'Refusals: 422 ROTA_TOO_FEW_VILLAGES, 422 ROTA_MONTH_TOO_SHORT (details.month), 409 ' +
          'ROTA_NOTHING_TO_REGENERATE; nothing is written.',
        body: generateRotaSchema,
        response: { 200: rotaSchema },
      },
    },
    async (request) => rotation.generate(request.ctx, request.body),
  );
  r.get(
    '/api/v1/rotation/slots/:id',
    {
      schema: { tags, summary: 'One turn of the rota 轮值班次', params: idParams, response: { 200: rotaSlotSchema } },
    },
    async (request) => rotation.slot(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/rotation/slots/:id/check-ins',
    {
      schema: {
        tags,
        summary: 'Record that the director came 到岗签到',
        params: idParams,
        body: checkInSchema,
        response: { 200: rotaSlotSchema },
      },
    },
    async (request) => rotation.checkIn(request.ctx, request.params.id, request.body),
  );
  r.get(
    '/api/v1/rotation/slots/:id/stay',
    {
      schema: {
        tags,
        summary: 'What happened during a director’s days at the station 驻所情况',
        params: idParams,
        response: { 200: directorStaySchema },
      },
    },
    async (request) => rotation.stay(request.ctx, request.params.id),
  );

  r.get(
    '/api/v1/rotation/swaps',
    {
      schema: {
        tags,
        summary: 'Swap requests of a year 调班申请',
        querystring: swapsQuerySchema,
        response: { 200: z.array(rotaSwapSchema) },
      },
    },
    async (request) => rotation.swaps(request.ctx, request.query.townId, request.query.year),
  );
  r.post(
    '/api/v1/rotation/swaps',
    {
      schema: {
        tags,
        summary: 'Ask for a swap or a replacement 申请调班',
        body: requestSwapSchema,
        response: { 201: rotaSwapSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await rotation.requestSwap(request.ctx, request.body)),
  );
  r.post(
    '/api/v1/rotation/swaps/:id/decision',
    {
      schema: {
        tags,
        summary: 'Approve or refuse a swap 审批调班',
        params: idParams,
        body: decideSwapSchema,
        response: { 200: rotaSwapSchema },
      },
    },
    async (request) => rotation.decideSwap(request.ctx, request.params.id, request.body),
  );

  r.get(
    '/api/v1/rotation/trainings',
    {
      schema: {
        tags,
        summary: 'Training records 业务培训记录',
        querystring: trainingListQuerySchema,
        response: { 200: pageSchema(trainingRecordSchema) },
      },
    },
    async (request) => trainings.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/rotation/trainings',
    {
      schema: {
        tags,
        summary: 'Record a training 登记业务培训',
        body: trainingInputSchema,
        response: { 201: trainingRecordSchema },
      },
    },
    async (request, reply) => reply.code(201).send(await trainings.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/rotation/trainings/:id',
    {
      schema: {
        tags,
        summary: 'A training record 培训记录',
        params: idParams,
        response: { 200: trainingRecordSchema },
      },
    },
    async (request) => trainings.get(request.ctx, request.params.id),
  );
  r.put(
    '/api/v1/rotation/trainings/:id',
    {
      schema: {
        tags,
        summary: 'Edit a training record 修改培训记录',
        params: idParams,
        body: trainingInputSchema,
        response: { 200: trainingRecordSchema },
      },
    },
    async (request) => trainings.update(request.ctx, request.params.id, request.body),
  );
  r.delete(
    '/api/v1/rotation/trainings/:id',
    { schema: { tags, summary: 'Delete a training record 删除培训记录', params: idParams } },
    async (request, reply) => {
      await trainings.remove(request.ctx, request.params.id);
      return reply.code(204).send();
    },
  );
  r.post(
    '/api/v1/rotation/trainings/:id/materials',
    {
      schema: {
        tags,
        summary: 'Upload a training material 上传培训材料',
        description:
          'multipart/form-data, field "file": jpg, png, pdf or docx by content, as dispute attachments. Wrong type: ' +
          '415 UNSUPPORTED_MEDIA_TYPE; too large: 413 FILE_TOO_LARGE; nothing is written in either case.',
        consumes: ['multipart/form-data'],
        params: idParams,
        response: { 201: trainingRecordSchema },
      },
    },
    async (request, reply) => {
      const file = () =>
        openFilePart(request, { field: 'file', maxBytes, hint: 'attach the file as the field "file"' });
      return reply.code(201).send(await trainings.upload(request.ctx, request.params.id, file));
    },
  );
  r.get(
    '/api/v1/rotation/training-materials/:id/download',
    {
      schema: { tags, summary: 'Download a training material (audited) 下载培训材料', params: idParams },
    },
    async (request, reply) => {
      return sendStoredUpload(reply, await trainings.download(request.ctx, request.params.id));
    },
  );
}
