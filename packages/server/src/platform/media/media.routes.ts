import { MEDIA_FIX_COMMAND, mediaStatusSchema } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { can } from '../access/access';
import type { Deps } from '../deps';
import { AppError } from '../errors';

/** Whether live video can play: the video pages show a notice (with the fix) instead of tiles when it cannot. */
export function mediaRoutes(app: FastifyInstance, deps: Deps): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/video/media-status',
    {
      schema: {
        tags: ['video'],
        summary: 'Media server status 流媒体服务器状态',
        description:
          'ready, not_configured (with the command that installs Janus and ffmpeg) or unreachable. ' +
          'For callers who may open a live view or run a video patrol.',
        response: { 200: mediaStatusSchema },
      },
    },
    async (request) => {
      const actor = request.ctx.actor;
      if (!can(actor, 'video.view') && !can(actor, 'videopatrol.run')) throw new AppError('FORBIDDEN');
      const { state } = deps.media.status();
      return state === 'not_configured' ? { state, fixCommand: MEDIA_FIX_COMMAND } : { state };
    },
  );
}
