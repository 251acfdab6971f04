import {
  consentResultSchema,
  recordingFileParamsSchema,
  roomParamsSchema,
  roomRecordingsSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../../platform/deps';
import { contentDisposition } from '../../platform/http/content-disposition';
import { RoomRecordingService } from './room-recording.service';

/** The recording routes of a mediation room: consent, start and pause, the recordings, and audited playback. */
export function roomRecordingRoutes(app: FastifyInstance, deps: Deps): void {
  const recording = new RoomRecordingService(deps);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['mediation-rooms'];

  r.post(
    '/api/v1/mediation-rooms/:id/consent',
    {
      schema: {
        tags,
        summary: 'Consent to recording (own) 同意录制',
        description:
          'The caller’s own participant in the room (waiting or admitted): 403 ROOM_NOT_ADMITTED without one, ' +
          '410 ROOM_CLOSED after the close. A second consent keeps the first time. Audited.',
        params: roomParamsSchema,
        response: { 200: consentResultSchema },
      },
    },
    async (request) => recording.consent(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/consent/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw consent to recording (own) 撤回录制同意',
        description: 'A running recording pauses when the caller is in the room. Audited.',
        params: roomParamsSchema,
        response: { 200: consentResultSchema },
      },
    },
    async (request) => recording.withdraw(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/recording/start',
    {
      schema: {
        tags,
        summary: 'Start recording 开始录制',
        description:
          'room.host over the dispute; every admitted participant must have consented, else 409 ' +
          'RECORDING_CONSENT_MISSING with `details.missing` (names masked as on screen) and nothing changed, in ' +
          'the media server either. 409 RECORDING_ALREADY_RUNNING; 410 ROOM_CLOSED. Opens a new segment. Audited.',
        params: roomParamsSchema,
        response: { 200: roomRecordingsSchema },
      },
    },
    async (request) => recording.start(request.ctx, request.params.id),
  );
  r.post(
    '/api/v1/mediation-rooms/:id/recording/pause',
    {
      schema: {
        tags,
        summary: 'Pause recording 暂停录制',
        description: 'room.host over the dispute; 409 RECORDING_NOT_RUNNING. Ends the segment. Audited.',
        params: roomParamsSchema,
        response: { 200: roomRecordingsSchema },
      },
    },
    async (request) => recording.pause(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/mediation-rooms/:id/recordings',
    {
      schema: {
        tags,
        summary: 'Consents and recordings of a room 录制同意与录像',
        description:
          'Whoever may join or host the room, or read its case. Segments with their files (after the close, one ' +
          'WebM per participant and segment stored with the case); `play` for the case’s readers.',
        params: roomParamsSchema,
        response: { 200: roomRecordingsSchema },
      },
    },
    async (request) => recording.list(request.ctx, request.params.id),
  );
  r.get(
    '/api/v1/mediation-room-recordings/:fileId/play',
    {
      schema: {
        tags,
        summary: 'Play a room recording (audited) 播放调解录像',
        description:
          'dispute.read over the dispute, else 404 RECORDING_NOT_FOUND. video/webm; honours one `Range: bytes=…` ' +
          '(206 with Content-Range; 416 RECORDING_RANGE_NOT_SATISFIABLE past the end). Audited once per playback: ' +
          'when no range or a range from byte 0 is asked.',
        params: recordingFileParamsSchema,
      },
    },
    async (request, reply) => {
      const played = await recording.play(request.ctx, request.params.fileId, request.headers.range);
      reply
        .header('content-type', 'video/webm')
        .header('accept-ranges', 'bytes')
        .header('content-disposition', contentDisposition(played.row.file_name).replace(/^attachment/, 'inline'))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'no-store');
      if (played.range === null) return reply.header('content-length', played.size).send(played.stream);
      const { start, end } = played.range;
      return reply
        .code(206)
        .header('content-range', `bytes ${start}-${end}/${played.size}`)
        .header('content-length', end - start + 1)
        .send(played.stream);
    },
  );
}
