import type { NotificationPage } from '@fengqiao/domain';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { apiGet, apiSend } from '../../../api/client';
import { notificationSocketUrl, parsePush, reconnectDelayMs } from '../lib/notification';
import { announcePush } from '../lib/push-listeners';

const POLL_MS = 60_000;
const UNREAD_KEY = ['notifications', 'unread'] as const;
const LIST_KEY = ['notifications', 'list'] as const;

/**
 * Keeps the bell current: a WebSocket pushes new notifications; while it is down (proxy without upgrades, phone
 * asleep) the unread count is polled every minute instead, and the socket is retried with back-off.
 */
export function useNotificationFeed(): { unread: number; live: boolean } {
  const queryClient = useQueryClient();
  const [live, setLive] = useState(false);
  const unread = useQuery({
    queryKey: UNREAD_KEY,
    queryFn: ({ signal }) => apiGet<{ unread: number }>('/notifications/unread-count', undefined, { signal }),
    refetchInterval: live ? false : POLL_MS,
  });

  useEffect(() => {
    let socket: WebSocket | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    const connect = () => {
      socket = new WebSocket(notificationSocketUrl(window.location));
      socket.onopen = () => {
        attempt = 0;
        setLive(true);
      };
      socket.onmessage = (event: MessageEvent) => {
        const notification = parsePush(event.data);
        if (!notification) return;
        queryClient.setQueryData<{ unread: number }>(UNREAD_KEY, (old) => ({ unread: (old?.unread ?? 0) + 1 }));
        void queryClient.invalidateQueries({ queryKey: LIST_KEY });
        // A notification about a case usually means the case moved: refresh it if it is on screen.
        if (notification.targetType === 'dispute') void queryClient.invalidateQueries({ queryKey: ['disputes'] });
        // A new or dispatched incident must show on the desk and the village's phone without a reload.
        if (notification.targetType === 'incident') void queryClient.invalidateQueries({ queryKey: ['incidents'] });
        // Whatever it is about may be on today's to-dos (a dispatch to acknowledge, a task assigned): refresh them.
        void queryClient.invalidateQueries({ queryKey: ['home'] });
        announcePush(notification);
      };
      socket.onclose = () => {
        setLive(false);
        if (stopped) return;
        timer = setTimeout(connect, reconnectDelayMs(attempt));
        attempt += 1;
      };
    };
    connect();
    return () => {
      stopped = true;
      clearTimeout(timer);
      socket?.close();
    };
  }, [queryClient]);

  return { unread: unread.data?.unread ?? 0, live };
}

export function useNotificationList(enabled: boolean) {
  return useQuery({
    queryKey: LIST_KEY,
    queryFn: ({ signal }) => apiGet<NotificationPage>('/notifications', { limit: 50 }, { signal }),
    enabled,
  });
}

/** Marks the given notifications read, or all of mine when `ids` is omitted. */
export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids?: string[]) =>
      apiSend<{ unread: number }>('POST', '/notifications/read', ids === undefined ? {} : { ids }),
    onSuccess: async (result) => {
      queryClient.setQueryData(UNREAD_KEY, result);
      await queryClient.invalidateQueries({ queryKey: LIST_KEY });
    },
  });
}
