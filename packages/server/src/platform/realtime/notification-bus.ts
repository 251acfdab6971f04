/**
 * Fan-out of new notifications to the WebSocket connections of their users.
 *
 * One process: the in-process bus below is enough. Several processes on PostgreSQL: a notification written by
 * one process must reach sockets held by another; the scale-out path is a bus that, after the transaction commits,
 * runs `NOTIFY fengqiao_notifications, '<user id>:<notification id>'` and has every process `LISTEN` on that
 * channel and read the row by id (the row, not the payload, is the truth, so nothing personal travels in NOTIFY).
 * Both fit this interface, so services never know which one runs.
 */
export interface NotificationMessage {
  id: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  targetType: string | null;
  targetId: string | null;
  createdAt: string;
}

export type NotificationListener = (message: NotificationMessage) => void;

export interface NotificationBus {
  publish(messages: readonly NotificationMessage[]): void;
  /** Listens for one user's notifications; returns the function that stops listening. */
  subscribe(userId: string, listener: NotificationListener): () => void;
}

export class InProcessNotificationBus implements NotificationBus {
  private readonly listeners = new Map<string, Set<NotificationListener>>();

  publish(messages: readonly NotificationMessage[]): void {
    for (const message of messages) {
      for (const listener of this.listeners.get(message.userId) ?? []) listener(message);
    }
  }

  subscribe(userId: string, listener: NotificationListener): () => void {
    let set = this.listeners.get(userId);
    if (!set) {
      set = new Set();
      this.listeners.set(userId, set);
    }
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
    };
  }
}
