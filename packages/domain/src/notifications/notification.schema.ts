/**
 * API contracts of the notification centre: the record, the list and its query, the mark-read body, and the frame
 * the WebSocket pushes. Notifications carry case numbers and risk reasons, never party data.
 */
import { z } from 'zod';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});
export type AppNotification = z.infer<typeof notificationSchema>;

export const notificationListQuerySchema = z.object({
  unreadOnly: z.stringbool().default(false),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;

export const notificationPageSchema = z.object({
  items: z.array(notificationSchema),
  nextCursor: z.string().nullable(),
  unread: z.number(),
});
export type NotificationPage = z.infer<typeof notificationPageSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });

/** ids: the notifications to mark; omitted: all of the caller's. */
export const markReadBodySchema = z.object({ ids: z.array(z.string().max(64)).max(500).optional() });
export type MarkReadBody = z.infer<typeof markReadBodySchema>;

/** What the WebSocket at /api/v1/notifications/ws sends for each new notification. */
export const notificationPushSchema = z.object({ type: z.literal('notification'), notification: notificationSchema });
export type NotificationPush = z.infer<typeof notificationPushSchema>;
