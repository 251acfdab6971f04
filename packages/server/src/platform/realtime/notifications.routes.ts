import fastifyWebsocket from '@fastify/websocket';
import {
  markReadBodySchema,
  type NotificationPush,
  notificationListQuerySchema,
  notificationPageSchema,
  unreadCountSchema,
} from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Deps } from '../deps';
import { NotificationsService } from './notifications.service';

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
        querystring: notificationListQuerySchema,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) => service.list(request.ctx, request.query),
  );
  r.get(
    '/api/v1/notifications/unread-count',
    { schema: { tags, summary: 'Unread count 未读数', response: { 200: unreadCountSchema } } },
    async (request) => service.unreadCount(request.ctx),
  );
  r.post(
    '/api/v1/notifications/read',
    {
      schema: {
        tags,
        summary: 'Mark read 标记已读',
        description: 'ids: the notifications to mark; omitted: all of mine.',
        body: markReadBodySchema,
        response: { 200: unreadCountSchema },
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
        const push: NotificationPush = { type: 'notification', notification: { ...message, read: false } };
        socket.send(JSON.stringify(push));
      });
      socket.on('close', stop);
    },
  );
}
