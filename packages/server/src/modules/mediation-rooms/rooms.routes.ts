import {
  answerSchema,
  closeRoomSchema,
  openRoomSchema,
  publishedSchema,
  publishSchema,
  roomFiltersSchema,
  roomJoinTokenSchema,
  roomListQuerySchema,
  roomPageSchema,
  roomParamsSchema,
  roomParticipantParamsSchema,
  roomRecordSchema,
  roomSchema,
  roomStateSchema,
  subscribedSchema,
  subscribeSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../../platform/deps';
import { sendWorkbook } from '../../platform/files/list-workbook';
import { RoomsService } from './rooms.service';
import { RoomsExport } from './rooms-export';

const tags = ['mediation-rooms'];
const NOT_ADMITTED =
  'The caller’s own participant must be admitted in an open room: 403 ROOM_NOT_ADMITTED (before joining, or ' +
  'while waiting) and 410 ROOM_CLOSED, with no call to the media server.';

/** The online mediation rooms' staff routes (线上调解室): open, list, join, waiting room, media, 笔录, close. */
export function roomsRoutes(app: FastifyInstance, deps: Deps): void {
  const rooms = new RoomsService(deps);
  const exporter = new RoomsExport(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/api/v1/mediations/:id/rooms',
    {
      schema: {
        tags,
        summary: 'Open an online mediation room 开启线上调解室',
        description:
          'room.host over the dispute, and the mediation open (409 ROOM_MEDIATION_NOT_OPEN); one open room per ' +
          'mediation (409 ROOM_ALREADY_OPEN). maxParticipants may lower FENGQIAO_ROOM_MAX_PARTICIPANTS, never ' +
          'raise it. Audited.',
        params: roomParamsSchema,
        body: openRoomSchema,
        response: { 201: roomSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await rooms.open(request.ctx, request.params.id, request.body)),
  );
  r.get(
    '/api/v1/disputes/:id/rooms',
    {
      schema: {
        tags,
        summary: 'The online rooms of a dispute 纠纷的线上调解室',
        description: 'dispute.read or room.join over the dispute; newest first.',
        params: roomParamsSchema,
        response: { 200: z.array(roomSchema) },
      },
    },
    async (request) => rooms.listForDispute(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/mediation-rooms',
    {
      schema: {
        tags,
        summary: 'Online mediation rooms in reach 进行中的线上调解',
        description: 'room.join or room.host; open rooms unless status=closed; newest first, paged.',
        querystring: roomListQuerySchema,
        response: { 200: roomPageSchema },
      },
    },
    async (request) => rooms.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/mediation-rooms/export.xlsx',
    {
      schema: {
        tags,
        summary: 'Export online mediation rooms to Excel 导出线上调解室',
        description:
          'Same scope and filters as the list; guests’ names masked except where the caller holds dispute.unmask. ' +
          'Audited.',
        querystring: roomFiltersSchema,
      },
    },
    async (request, reply) => sendWorkbook(reply, await exporter.export(request.ctx, request.query)),
  );
  r.get(
    '/api/v1/mediation-rooms/:id',
    {
      schema: {
        tags,
        summary: 'An online mediation room 线上调解室',
        description: 'dispute.read or room.join over the dispute, else 404 ROOM_NOT_FOUND as for a missing room.',
        params: roomParamsSchema,
        response: { 200: roomSchema },
      },
    },
    async (request) => rooms.view(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/mediation-rooms/:id/state',
    {
      schema: {
        tags,
        summary: 'The room’s state for polling 调解室状态',
        description: 'The caller must have joined (403 ROOM_NOT_ADMITTED before); `version` changes with every change.',
        params: roomParamsSchema,
        response: { 200: roomStateSchema },
      },
    },
    async (request) => rooms.state(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/join',
    {
      schema: {
        tags,
        summary: 'Join as staff 工作人员进入调解室',
        description:
          'room.join or room.host: hosts are admitted at once, others wait. Joining again returns the same ' +
          'participant (a reconnect). 409 ROOM_FULL, 410 ROOM_CLOSED. Audited.',
        params: roomParamsSchema,
        response: { 200: roomSchema },
      },
    },
    async (request) => rooms.join(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/participants/:participantId/admit',
    {
      schema: {
        tags,
        summary: 'Admit from the waiting room 准许进入',
        description: 'room.host. Admitting an admitted participant changes nothing. Audited.',
        params: roomParticipantParamsSchema,
        response: { 200: roomSchema },
      },
    },
    async (request) => rooms.admit(request.ctx, request.params.id, request.params.participantId),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/participants/:participantId/remove',
    {
      schema: {
        tags,
        summary: 'Remove a participant 移出调解室',
        description: 'room.host; the participant’s media is cut. Audited.',
        params: roomParticipantParamsSchema,
        response: { 200: roomSchema },
      },
    },
    async (request) => rooms.remove(request.ctx, request.params.id, request.params.participantId),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/media/join-token',
    {
      schema: {
        tags,
        summary: 'A single-use token for the next publish 获取入会凭证',
        description: `${NOT_ADMITTED} Any number may be fetched while admitted; each is good for one publish.`,
        params: roomParamsSchema,
        response: { 200: roomJoinTokenSchema },
      },
    },
    async (request) => rooms.joinToken(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/media/publish',
    {
      schema: {
        tags,
        summary: 'Publish the caller’s camera and microphone 发布音视频',
        description: `${NOT_ADMITTED} The join token is used up (403/409/410 ROOM_JOIN_TOKEN_*) before the media server is asked. Returns the media server’s answer, the feed id and the ICE servers.`,
        params: roomParamsSchema,
        body: publishSchema,
        response: { 200: publishedSchema },
      },
    },
    async (request) => rooms.publish(request.ctx, request.params.id, request.body.offer, request.body.joinToken),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/media/subscribe',
    {
      schema: {
        tags,
        summary: 'Receive these feeds 订阅音视频',
        description: `${NOT_ADMITTED} Returns an offer when (re)negotiation is needed, else null.`,
        params: roomParamsSchema,
        body: subscribeSchema,
        response: { 200: subscribedSchema },
      },
    },
    async (request) => rooms.subscribe(request.ctx, request.params.id, request.body.feedIds),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/media/answer',
    {
      schema: {
        tags,
        summary: 'The browser’s answer to the subscription 提交应答',
        description: NOT_ADMITTED,
        params: roomParamsSchema,
        body: answerSchema,
      },
    },
    async (request, reply) => {
      await rooms.answer(request.ctx, request.params.id, request.body.jsep);
      return reply.status(204).send();
    },
  );
  r.post(
    '/api/v1/mediation-rooms/:id/media/leave',
    {
      schema: {
        tags,
        summary: 'Leave the room 离开调解室',
        description: 'The caller’s participant leaves and his media is closed. Audited.',
        params: roomParamsSchema,
      },
    },
    async (request, reply) => {
      await rooms.leave(request.ctx, request.params.id);
      return reply.status(204).send();
    },
  );
  r.put(
    '/api/v1/mediation-rooms/:id/record',
    {
      schema: {
        tags,
        summary: 'Save the 笔录 保存调解笔录',
        description: 'room.host; the autosave while the room is open (410 ROOM_CLOSED after). Audited.',
        params: roomParamsSchema,
        body: roomRecordSchema,
        response: { 200: roomSchema },
      },
    },
    async (request) => rooms.saveRecord(request.ctx, request.params.id, request.body),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/close',
    {
      schema: {
        tags,
        summary: 'Close the room with its outcome 结束线上调解',
        description:
          'room.host. Writes the mediation’s online session (start, end, participants, 笔录) and the dispute’s ' +
          'timeline, then removes the media server’s room. A second close answers 410 ROOM_CLOSED. Audited.',
        params: roomParamsSchema,
        body: closeRoomSchema,
        response: { 200: roomSchema },
      },
    },
    async (request) => rooms.close(request.ctx, request.params.id, request.body),
  );
}
