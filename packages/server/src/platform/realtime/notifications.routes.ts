import fastifyWebsocket from '@fastify/websocket';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Deps } from '../deps';
import { NotificationsService } from './notifications.service';

const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
const unreadSchema = z.object({ unread: z.number().int() });

/** The notification centre: list, unread count, mark read, and a WebSocket that pushes new ones. */
export async function notificationsRoutes(app: FastifyInstance, deps: Deps): Promise<void> {
  const service = new NotificationsService(deps.db, deps.bus);
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  await app.register(fastifyWebsocket, { options: { maxPayload: 1024 } });

  r.get(
    '/api/v1/notifications',
    {
      schema: {
        tags,
        summary: 'My notifications 我的通知',
        querystring: z.object({
          unreadOnly: z.stringbool().default(false),
          cursor: z.string().max(64).optional(),
          limit: z.coerce.number().int().min(1).max(100).default(30),
        }),
        response: {
          200: z.object({ items: z.array(notificationSchema), nextCursor: z.string().nullable(), unread: z.number() }),
        },
      },
    },
    async (request) => service.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/notifications/unread-count',
    { schema: { tags, summary: 'Unread count 未读数', response: { 200: unreadSchema } } },
    async (request) => service.unreadCount(request.ctx),
  );
  r.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark read 标记已读',
        description: 'ids: the notifications to mark; omitted: all of mine.',
        body: z.object({ ids: z.array(z.string().max(64)).max(500).optional() }),
        response: { 200: unreadSchema },
      },
    },
    async (request) => service.markRead(request.ctx, request.body.ids ?? null),
  );
  // The upgrade request passes the session hook like every /api/v1 GET: the cookie authenticates it.
  app.get(
    '/api/v1/notifications/ws',
    { websocket: true, schema: { tags, summary: 'Push of new notifications 通知推送 (WebSocket)' } },
    (socket, request) => {
      const userId = request.ctx.actor?.userId;
      if (!userId) {
        socket.close(4401, 'unauthenticated');
        return;
      }
      const stop = service.bus.subscribe(userId, (message) => {
        socket.send(JSON.stringify({ type: 'notification', notification: { ...message, read: false } }));
      });
      socket.on('close', stop);
    },
  );
}
