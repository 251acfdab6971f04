import type { AppNotification } from '@fengqiao/domain';

type PushListener = (notification: AppNotification) => void;

const listeners = new Set<PushListener>();

/**
 * Pages that react to pushes (the incident desk's notice) listen here instead of opening a second WebSocket: the
 * bell's one socket hands every push on. Returns the unsubscribe function, for an effect's cleanup.
 */
export function onNotificationPush(listener: PushListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function announcePush(notification: AppNotification): void {
  for (const listener of listeners) listener(notification);
}
