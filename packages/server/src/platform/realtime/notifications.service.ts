import type { Executor } from '../../db/database';
import type { NotificationsTable } from '../../db/schema';
import type { RequestContext } from '../context';
import { AppError } from '../errors';
import { newId, nowIso } from '../ids';
import type { NotificationBus, NotificationMessage } from './notification-bus';
import { countUnread, insertNotificationRows, listNotificationRows, markRead } from './notifications.repository';

export interface NewNotification {
  userIds: readonly string[];
  kind: string;
  title: string;
  body: string;
  targetType?: string;
  targetId?: string;
}

export interface NotificationView {
  id: string;
  kind: string;
  title: string;
  body: string;
  targetType: string | null;
  targetId: string | null;
  createdAt: string;
  read: boolean;
}

/**
 * Writes notifications inside the caller's transaction and returns what to publish once it commits: pushing
 * before the commit could announce a change that then rolls back.
 */
export async function writeNotifications(tx: Executor, input: NewNotification): Promise<NotificationMessage[]> {
  const now = nowIso();
  const rows: NotificationsTable[] = [...new Set(input.userIds)].map((userId) => ({
    id: newId(),
    user_id: userId,
    kind: input.kind,
    title: input.title,
    body: input.body,
    target_type: input.targetType ?? null,
    target_id: input.targetId ?? null,
    created_at: now,
    read_at: null,
  }));
  await insertNotificationRows(tx, rows);
  return rows.map(toMessage);
}

function toMessage(row: NotificationsTable): NotificationMessage {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    targetType: row.target_type,
    targetId: row.target_id,
    createdAt: row.created_at,
  };
}

/** The caller's own notification centre. Notifications carry no personal data, so reads are not audited. */
export class NotificationsService {
  constructor(
    private readonly db: Executor,
    readonly bus: NotificationBus,
  ) {}

  async list(
    ctx: RequestContext,
    query: { unreadOnly: boolean; cursor?: string | undefined; limit: number },
  ): Promise<{ items: NotificationView[]; nextCursor: string | null; unread: number }> {
    const userId = userOf(ctx);
    const rows = await listNotificationRows(this.db, userId, {
      unreadOnly: query.unreadOnly,
      before: query.cursor ?? null,
      limit: query.limit + 1,
    });
    const page = rows.slice(0, query.limit);
    return {
      items: page.map(present),
      nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
      unread: await countUnread(this.db, userId),
    };
  }

  async unreadCount(ctx: RequestContext): Promise<{ unread: number }> {
    return { unread: await countUnread(this.db, userOf(ctx)) };
  }

  async markRead(ctx: RequestContext, ids: readonly string[] | null): Promise<{ unread: number }> {
    const userId = userOf(ctx);
    await markRead(this.db, userId, ids);
    return { unread: await countUnread(this.db, userId) };
  }
}

export function present(row: NotificationsTable): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    targetType: row.target_type,
    targetId: row.target_id,
    createdAt: row.created_at,
    read: row.read_at !== null,
  };
}

function userOf(ctx: RequestContext): string {
  const userId = ctx.actor?.userId;
  if (!userId) throw new AppError('UNAUTHENTICATED');
  return userId;
}
