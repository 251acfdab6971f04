import type { AppNotification } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';
import { announcePush, onNotificationPush } from './push-listeners';

const push: AppNotification = {
  id: 'n1',
  kind: 'incident.created',
  title: '新警情',
  body: '',
  targetType: 'incident',
  targetId: 'i1',
  createdAt: '2026-11-30T00:00:00.000Z',
  read: false,
};

describe('push listeners', () => {
  it('hands each push to every listener until it unsubscribes', () => {
    const seen: string[] = [];
    const stop = onNotificationPush((notification) => seen.push(notification.id));
    announcePush(push);
    stop();
    announcePush({ ...push, id: 'n2' });
    expect(seen).toEqual(['n1']);
  });
});
