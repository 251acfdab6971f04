import {
  addPatrolMemberSchema,
  createdPatrolShiftsSchema,
  createPatrolCheckInSchema,
  createPatrolCheckpointSchema,
  createPatrolLogSchema,
  createPatrolShiftsSchema,
  createPatrolTeamSchema,
  pageSchema,
  patrolCheckInListQuerySchema,
  patrolCheckInPreviewQuerySchema,
  patrolCheckInPreviewSchema,
  patrolCheckInSchema,
  patrolCheckpointCodeSchema,
  patrolCheckpointListQuerySchema,
  patrolCheckpointPrintQuerySchema,
  patrolCheckpointSchema,
  patrolHoursQuerySchema,
  patrolHoursSchema,
  patrolLogListQuerySchema,
  patrolLogSchema,
  patrolMemberSchema,
  patrolSettingsSchema,
  patrolShiftDetailSchema,
  patrolShiftListQuerySchema,
  patrolShiftSchema,
  patrolTeamDetailSchema,
  patrolTeamListQuerySchema,
  patrolTeamSchema,
  updatePatrolCheckpointSchema,
  updatePatrolTeamSchema,
} from '@fengqiao/domain';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { DisputesService } from '../disputes/disputes.service';
import { HazardsService } from '../hazards/hazards.service';
import { IncidentsService } from '../incidents/incidents.service';
import { PatrolCheckInsService } from './patrol-checkins.service';
import { PatrolLogsService } from './patrol-logs.service';
import { PatrolsService } from './patrols.service';

const idParams = z.object({ id: z.string().min(1).max(64) });
const memberParams = z.object({ id: z.string().min(1).max(64), memberId: z.string().min(1).max(64) });

/** The night patrols' routes (夜间巡逻): teams, rota, checkpoints and their QR sheet, check-ins, logs, hours. */
export function patrolsRoutes(app: FastifyInstance, deps: Deps): void {
  const patrols = new PatrolsService(deps);
  const checkIns = new PatrolCheckInsService(deps);
  const logs = new PatrolLogsService(
    deps,
    new IncidentsService(deps, new DisputesService(deps)),
    new HazardsService(deps),
  );
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['patrols'];

  r.get(
    '/api/v1/patrols/settings',
    { schema: { tags, summary: 'Shift times 巡逻班次时间', response: { 200: patrolSettingsSchema } } },
    async (request) => patrols.settings(request.ctx),
  );

  r.get(
    '/api/v1/patrols/teams',
    {
      schema: {
        tags,
        summary: 'Patrol teams 巡逻队列表',
        querystring: patrolTeamListQuerySchema,
        response: { 200: pageSchema(patrolTeamSchema) },
      },
    },
    async (request) => patrols.listTeams(request.ctx, request.query),
  );
  r.get(
    '/api/v1/patrols/teams/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export teams and their members to Excel 导出巡逻队队员',
        description:
          'One row per member; phones masked unless the caller holds person.unmask over the member. Audited.',
        querystring: patrolTeamListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await patrols.exportTeams(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/patrols/teams',
    {
      schema: {
        tags,
        summary: 'Create a patrol team 新建巡逻队',
        description:
          'The leader must be an officer or auxiliary officer of the town (400 PATROL_LEADER_INVALID); the area one ' +
          'district or villages of the town (400 PATROL_AREA_INVALID).',
        body: createPatrolTeamSchema,
        response: { 201: patrolTeamSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await patrols.createTeam(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/patrols/teams/:id',
    {
      schema: {
        tags,
        summary: 'A team with its members 巡逻队详情',
        params: idParams,
        response: { 200: patrolTeamDetailSchema },
      },
    },
    async (request) => patrols.getTeam(request.ctx, request.params.id),
  );
  r.patch(
    '/api/v1/patrols/teams/:id',
    {
      schema: {
        tags,
        summary: 'Change a team 修改巡逻队',
        params: idParams,
        body: updatePatrolTeamSchema,
        response: { 200: patrolTeamSchema },
      },
    },
    async (request) => patrols.updateTeam(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/patrols/teams/:id/members',
    {
      schema: {
        tags,
        summary: 'Add a volunteer 添加队员',
        description:
          'A person of the people directory; userId links the account they check in with (the account of that ' +
          'person: 400 PATROL_MEMBER_ACCOUNT_INVALID). Already in the team: 409 PATROL_MEMBER_EXISTS.',
        params: idParams,
        body: addPatrolMemberSchema,
        response: { 201: patrolMemberSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await patrols.addMember(request.ctx, request.params.id, request.body)),
  );
  r.delete(
    '/api/v1/patrols/teams/:id/members/:memberId',
    { schema: { tags, summary: 'Remove a volunteer 移除队员', params: memberParams } },
    async (request, reply) => {
      await patrols.removeMember(request.ctx, request.params.id, request.params.memberId);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/v1/patrols/shifts',
    {
      schema: {
        tags,
        summary: 'The rota 排班（夜巡班次）',
        description: 'Newest night first; from/to: Shanghai days the shifts begin.',
        querystring: patrolShiftListQuerySchema,
        response: { 200: pageSchema(patrolShiftSchema) },
      },
    },
    async (request) => patrols.listShifts(request.ctx, request.query),
  );
  r.post(
    '/api/v1/patrols/shifts',
    {
      schema: {
        tags,
        summary: 'Put a team on the rota 排班',
        description: 'days: the Shanghai days the shifts begin; days already on the team’s rota are skipped.',
        body: createPatrolShiftsSchema,
        response: { 201: createdPatrolShiftsSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await patrols.createShifts(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/patrols/shifts/:id',
    {
      schema: {
        tags,
        summary: 'A shift with its check-ins and log 班次详情',
        params: idParams,
        response: { 200: patrolShiftDetailSchema },
      },
    },
    async (request) => logs.shiftDetail(request.ctx, request.params.id),
  );
  r.delete(
    '/api/v1/patrols/shifts/:id',
    {
      schema: {
        tags,
        summary: 'Remove a shift from the rota 取消班次',
        description: 'Only while it has no check-in and no log: 409 PATROL_SHIFT_HAS_CHECKINS.',
        params: idParams,
      },
    },
    async (request, reply) => {
      await patrols.deleteShift(request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );

  r.get(
    '/api/v1/patrols/checkpoints',
    {
      schema: {
        tags,
        summary: 'Checkpoints 巡逻点',
        querystring: patrolCheckpointListQuerySchema,
        response: { 200: pageSchema(patrolCheckpointSchema) },
      },
    },
    async (request) => patrols.listCheckpoints(request.ctx, request.query),
  );
  r.get(
    '/api/v1/patrols/checkpoints/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export checkpoints to Excel 导出巡逻点',
        description: 'The checkpoints the caller manages, never their codes. Audited.',
        querystring: patrolCheckpointListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await patrols.exportCheckpoints(request.ctx, request.query)),
  );
  r.post(
    '/api/v1/patrols/checkpoints',
    {
      schema: {
        tags,
        summary: 'Add a checkpoint 新增巡逻点',
        body: createPatrolCheckpointSchema,
        response: { 201: patrolCheckpointSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await patrols.createCheckpoint(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/patrols/checkpoints/print',
    {
      schema: {
        tags,
        summary: 'A4 sheet of QR codes 打印巡逻点二维码',
        description: 'HTML, one QR code (SVG) per active checkpoint, each encoding <origin>/c/<token>. Audited.',
        querystring: patrolCheckpointPrintQuerySchema,
      },
    },
    async (request, reply) =>
      reply
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(await patrols.printSheet(request.ctx, request.query, originOf(request, deps))),
  );
  r.patch(
    '/api/v1/patrols/checkpoints/:id',
    {
      schema: {
        tags,
        summary: 'Change a checkpoint 修改巡逻点',
        params: idParams,
        body: updatePatrolCheckpointSchema,
        response: { 200: patrolCheckpointSchema },
      },
    },
    async (request) => patrols.updateCheckpoint(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/patrols/checkpoints/:id/reissue',
    {
      schema: {
        tags,
        summary: 'Reissue the code (revokes the old one) 重新生成二维码',
        description: 'Raises the version: codes printed before answer 410 PATROL_TOKEN_REVOKED.',
        params: idParams,
        response: { 200: patrolCheckpointSchema },
      },
    },
    async (request) => patrols.reissueCheckpoint(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/patrols/checkpoints/:id/code',
    {
      schema: {
        tags,
        summary: 'A checkpoint’s current code 巡逻点二维码链接',
        description: 'The token and the link <origin>/c/<token> its QR code encodes. patrol.manage.',
        params: idParams,
        response: { 200: patrolCheckpointCodeSchema },
      },
    },
    async (request) => patrols.checkpointCode(request.ctx, request.params.id, originOf(request, deps)),
  );

  r.get(
    '/api/v1/patrols/check-ins/preview',
    {
      schema: {
        tags,
        summary: 'What a scanned code would do now 扫码预览',
        description:
          'The checkpoint behind a token and whether the caller could check in now (problem: the error code a ' +
          'check-in would answer, or null). A forged code answers 400 PATROL_TOKEN_FORGED.',
        querystring: patrolCheckInPreviewQuerySchema,
        response: { 200: patrolCheckInPreviewSchema },
      },
    },
    async (request) => checkIns.preview(request.ctx, request.query.token),
  );
  r.post(
    '/api/v1/patrols/check-ins',
    {
      schema: {
        tags,
        summary: 'Check in at a checkpoint 巡逻签到',
        description:
          'The time is the server’s clock. Refused, with nothing written: outside the shift 409 ' +
          'PATROL_OUTSIDE_SHIFT; not in a team on tonight’s rota for the checkpoint 403 PATROL_NOT_ON_ROTA; a forged ' +
          'code 400 PATROL_TOKEN_FORGED; a code of another checkpoint 400 PATROL_TOKEN_OTHER_CHECKPOINT; a code of ' +
          'an older print 410 PATROL_TOKEN_REVOKED; the same person at the same checkpoint twice in a shift 409 ' +
          'PATROL_CHECKIN_REPLAYED. A repeated clientId answers the first check-in.',
        body: createPatrolCheckInSchema,
        response: { 201: patrolCheckInSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await checkIns.checkIn(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/patrols/check-ins',
    {
      schema: {
        tags,
        summary: 'Check-ins 签到记录',
        querystring: patrolCheckInListQuerySchema,
        response: { 200: pageSchema(patrolCheckInSchema) },
      },
    },
    async (request) => checkIns.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/patrols/check-ins/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export check-ins to Excel 导出签到记录',
        querystring: patrolCheckInListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await checkIns.export(request.ctx, request.query)),
  );

  r.get(
    '/api/v1/patrols/logs',
    {
      schema: {
        tags,
        summary: 'Patrol logs 巡逻日志',
        querystring: patrolLogListQuerySchema,
        response: { 200: pageSchema(patrolLogSchema) },
      },
    },
    async (request) => logs.list(request.ctx, request.query),
  );
  r.post(
    '/api/v1/patrols/logs',
    {
      schema: {
        tags,
        summary: 'Write a shift’s patrol log 填写巡逻日志',
        description:
          'The team leader or a patrol.manage holder, once per shift (409 PATROL_LOG_EXISTS), after the shift began. ' +
          'A finding hazard creates a hazard, incident an incident, in the same transaction.',
        body: createPatrolLogSchema,
        response: { 201: patrolLogSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await logs.create(request.ctx, request.body)),
  );
  r.get(
    '/api/v1/patrols/logs/:id',
    { schema: { tags, summary: 'One patrol log 巡逻日志详情', params: idParams, response: { 200: patrolLogSchema } } },
    async (request) => logs.get(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/patrols/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export patrol logs to Excel 导出巡逻日志',
        querystring: patrolLogListQuerySchema.omit({ cursor: true, limit: true }),
      },
    },
    async (request, reply) => sendWorkbook(reply, await logs.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/patrols/hours',
    {
      schema: {
        tags,
        summary: 'Volunteer hours 志愿时长',
        description: 'Per person and team in a Shanghai month or year: first to last check-in of each shift.',
        querystring: patrolHoursQuerySchema,
        response: { 200: patrolHoursSchema },
      },
    },
    async (request) => logs.hours(request.ctx, request.query),
  );
  r.get(
    '/api/v1/patrols/hours/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export volunteer hours to Excel 导出志愿时长',
        description: 'Phones masked unless the caller holds person.unmask over the volunteer. Audited.',
        querystring: patrolHoursQuerySchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await logs.exportHours(request.ctx, request.query)),
  );
}

/** Where QR codes link to: the configured web origin, else the origin the print request came to. */
function originOf(request: FastifyRequest, deps: Deps): string {
  return deps.config.publicOrigin ?? `${request.protocol}://${request.host}`;
}
