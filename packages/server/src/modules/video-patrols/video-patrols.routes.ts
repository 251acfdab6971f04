import {
  createVideoPatrolPlanSchema,
  pageSchema,
  recordVideoPatrolResultSchema,
  recordVideoReminderOutcomeSchema,
  retryVideoReminderSchema,
  startVideoPatrolRoundSchema,
  updateVideoPatrolPlanSchema,
  videoPatrolPlanListQuerySchema,
  videoPatrolPlanSchema,
  videoPatrolResultSchema,
  videoPatrolRoundDetailSchema,
  videoPatrolRoundExportQuerySchema,
  videoPatrolRoundListQuerySchema,
  videoPatrolRoundSchema,
  videoReminderDetailSchema,
  videoReminderListFiltersSchema,
  videoReminderListQuerySchema,
  videoReminderRecipientOptionsSchema,
  videoReminderRecipientQuerySchema,
  videoReminderSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { DisputesService } from '../disputes/disputes.service';
import { HazardsService } from '../hazards/hazards.service';
import { IncidentsService } from '../incidents/incidents.service';
import { VideoPatrolPlansService } from './video-patrol-plans.service';
import { VideoPatrolRoundsService } from './video-patrol-rounds.service';
import { VideoRemindersService } from './video-reminders.service';

const idParams = z.object({ id: z.string().min(1).max(64) });

/** The video patrols' routes (视频巡查): plans, rounds, per-camera results, remote reminders and their outcomes. */
export function videoPatrolsRoutes(app: FastifyInstance, deps: Deps): void {
  const plans = new VideoPatrolPlansService(deps);
  const reminders = new VideoRemindersService(deps);
  const rounds = new VideoPatrolRoundsService(
    deps,
    new IncidentsService(deps, new DisputesService(deps)),
    new HazardsService(deps),
    reminders,
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['video-patrols'];

  r.get(
    '/api/v1/video-patrols/plans',
    {
      schema: {
        tags,
        summary: 'Video patrol plans 视频巡查方案',
        querystring: videoPatrolPlanListQuerySchema,
        response: { 200: pageSchema(videoPatrolPlanSchema) },
      },
    },
    async (request) => plans.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/video-patrols/plans',
    {
      schema: {
        tags,
        summary: 'Create a plan 新建巡查方案',
        description:
          'Cameras are the registry’s ids, all of the plan’s town (400 VIDEO_PATROL_CAMERA_UNKNOWN); the schedule is ' +
          'daily or on chosen weekdays at a Shanghai time.',
        body: createVideoPatrolPlanSchema,
        response: { 201: videoPatrolPlanSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await plans.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/video-patrols/plans/:id',
    { schema: { tags, summary: 'A plan 巡查方案详情', params: idParams, response: { 200: videoPatrolPlanSchema } } },
    async (request) => plans.get(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/video-patrols/plans/:id',
    {
      schema: {
        tags,
        summary: 'Change a plan 修改巡查方案',
        description: 'Rounds already created keep their cameras and checklist.',
        params: idParams,
        body: updateVideoPatrolPlanSchema,
        response: { 200: videoPatrolPlanSchema },
      },
    },
    async (request) => plans.update(request.ctx, request.params.id, request.body),
  );

  r.get(
    '/api/v1/video-patrols/rounds',
    {
      schema: {
        tags,
        summary: 'Video patrol rounds 巡查记录',
        description: 'Newest day first; from/to: Shanghai days.',
        querystring: videoPatrolRoundListQuerySchema,
        response: { 200: pageSchema(videoPatrolRoundSchema) },
      },
    },
    async (request) => rounds.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/video-patrols/rounds/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export rounds to Excel 导出巡查记录',
        description: 'One row per round with its counts and participants. Audited.',
        querystring: videoPatrolRoundExportQuerySchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await rounds.export(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/video-patrols/rounds',
    {
      schema: {
        tags,
        summary: 'Start a round by hand 发起巡查',
        description:
          'From a plan (its cameras and checklist) or over chosen cameras. The caller is the duty officer; the ' +
          'security director on rotation that day joins when the rota names one.',
        body: startVideoPatrolRoundSchema,
        response: { 201: videoPatrolRoundDetailSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await rounds.start(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/video-patrols/rounds/:id',
    {
      schema: {
        tags,
        summary: 'A round with its cameras and results 巡查详情',
        params: idParams,
        response: { 200: videoPatrolRoundDetailSchema },
      },
    },
    async (request) => rounds.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/video-patrols/rounds/:id/results',
    {
      schema: {
        tags,
        summary: 'Record a camera’s result 记录巡查结果',
        description:
          'A camera not in the round: 400 VIDEO_PATROL_CAMERA_NOT_IN_ROUND; a second result for a camera: 409 ' +
          'VIDEO_PATROL_RESULT_EXISTS; a finished round: 409 VIDEO_PATROL_ROUND_CLOSED. A finding creates its ' +
          'reminder, incident or hazard in the same transaction.',
        params: idParams,
        body: recordVideoPatrolResultSchema,
        response: { 201: videoPatrolResultSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await rounds.recordResult(request.ctx, request.params.id, request.body)),
  );
  r.post(
    '/api/v1/video-patrols/rounds/:id/finish',
    {
      schema: {
        tags,
        summary: 'Finish a round 完成巡查',
        description: 'Every camera needs its result first (409 VIDEO_PATROL_ROUND_INCOMPLETE).',
        params: idParams,
        response: { 200: videoPatrolRoundDetailSchema },
      },
    },
    async (request) => rounds.finish(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/video-patrols/rounds/:id/recipients',
    {
      schema: {
        tags,
        summary: 'Whom a finding on a camera may remind 提醒对象',
        params: idParams,
        querystring: videoReminderRecipientQuerySchema,
        response: { 200: videoReminderRecipientOptionsSchema },
      },
    },
    async (request) => rounds.recipients(request.ctx, request.params.id, request.query.cameraId),
  );

  r.get(
    '/api/v1/video-patrols/reminders',
    {
      schema: {
        tags,
        summary: 'Remote reminders 远程喊话提醒',
        description: 'Newest first; from/to: Shanghai days sent; mine=true: those addressed to the caller.',
        querystring: videoReminderListQuerySchema,
        response: { 200: pageSchema(videoReminderSchema) },
      },
    },
    async (request) => reminders.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/video-patrols/reminders/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export reminders to Excel 导出远程提醒',
        description: 'A household’s name masked unless the caller may unmask it. Audited.',
        querystring: videoReminderListFiltersSchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await reminders.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/video-patrols/reminders/:id',
    {
      schema: {
        tags,
        summary: 'A reminder 提醒详情',
        params: idParams,
        response: { 200: videoReminderDetailSchema },
      },
    },
    async (request) => reminders.get(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/video-patrols/reminders/:id/outcome',
    {
      schema: {
        tags,
        summary: 'Record the outcome 反馈提醒结果',
        description:
          'resolved, no_answer or referred (with a note saying where), once: 409 VIDEO_REMINDER_OUTCOME_RECORDED.',
        params: idParams,
        body: recordVideoReminderOutcomeSchema,
        response: { 200: videoReminderDetailSchema },
      },
    },
    async (request) => reminders.recordOutcome(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/video-patrols/reminders/:id/retry',
    {
      schema: {
        tags,
        summary: 'Remind again after no answer 再次提醒',
        description: 'Only after no answer, once per attempt (409 VIDEO_REMINDER_RETRY_INVALID); a new attempt.',
        params: idParams,
        body: retryVideoReminderSchema,
        response: { 201: videoReminderDetailSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await reminders.retry(request.ctx, request.params.id, request.body)),
  );
}
