import { type AppNotification, notificationPushSchema } from '@fengqiao/domain';

/** Same origin as the page, so the session cookie authenticates the upgrade like any other request. */
export function notificationSocketUrl(location: { protocol: string; host: string }): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/api/v1/notifications/ws`;
}

/** A pushed frame, or null for anything else (pings, a newer server's message kinds, garbage). */
export function parsePush(data: unknown): AppNotification | null {
  if (typeof data !== 'string') return null;
  try {
    const parsed = notificationPushSchema.safeParse(JSON.parse(data));
    return parsed.success ? parsed.data.notification : null;
  } catch {
    return null;
  }
}

/** Where tapping a notification goes: the case it is about, when it is about one. */
export function notificationLink(notification: Pick<AppNotification, 'targetType' | 'targetId'>): string | null {
  if (!notification.targetId) return null;
  if (notification.targetType === 'dispute') return `/disputes/${encodeURIComponent(notification.targetId)}`;
  if (notification.targetType === 'rota_slot') return `/rotation/slots/${encodeURIComponent(notification.targetId)}`;
  if (notification.targetType === 'incident') return `/incidents/${encodeURIComponent(notification.targetId)}`;
  if (notification.targetType === 'key_person') return `/key-persons/${encodeURIComponent(notification.targetId)}`;
  // A registration has no page of its own: the station decides it in the list.
  if (notification.targetType === 'cadre_registration') return '/cadres';
  return null;
}

/** Reconnect delays after the socket drops: quick at first, then no more often than a minute. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(60_000, 2_000 * 2 ** Math.max(0, attempt));
}
