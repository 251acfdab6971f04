import { BellOutlined } from '@ant-design/icons';
import { Badge, Button } from 'antd';
import { Suspense, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { lazyNamed } from '../../../app/router/lazy-page';
import { useNotificationFeed } from '../hooks/use-notifications';

// The drawer and its list load on the first tap; the bell itself is tiny and on every page.
const NotificationDrawer = lazyNamed(() => import('./NotificationDrawer'), 'NotificationDrawer');

export function NotificationBell() {
  const { t } = useT();
  const { unread } = useNotificationFeed();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Badge count={unread} size="small" offset={[-4, 4]} overflowCount={99}>
        <Button
          type="text"
          icon={<BellOutlined style={{ fontSize: 20 }} />}
          onClick={() => setOpen(true)}
          aria-label={t('notifications.title')}
          data-testid="notification-bell"
        />
      </Badge>
      <span data-testid="notification-count" hidden>
        {unread}
      </span>
      {open ? (
        <Suspense fallback={null}>
          <NotificationDrawer onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
