import type { AppNotification } from '@fengqiao/domain';
import { Button, Drawer, List, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { useMarkRead, useNotificationList } from '../hooks/use-notifications';
import { notificationLink } from '../lib/notification';

export function NotificationDrawer({ onClose }: { onClose: () => void }) {
  const { t, dateTime } = useT();
  const isMobile = useIsMobile();
  const navigate = useNavigate();
  const list = useNotificationList(true);
  const markRead = useMarkRead();

  const openOne = (notification: AppNotification) => {
    if (!notification.read) markRead.mutate([notification.id]);
    const link = notificationLink(notification);
    if (link) {
      onClose();
      navigate(link);
    }
  };

  return (
    <Drawer
      open
      onClose={onClose}
      title={t('notifications.title')}
      placement="right"
      size={isMobile ? '100%' : 420}
      extra={
        <Button
          size="small"
          onClick={() => markRead.mutate(undefined)}
          loading={markRead.isPending}
          data-testid="notification-read-all"
        >
          {t('notifications.markAllRead')}
        </Button>
      }
    >
      {list.isError ? <ErrorAlert error={list.error} /> : null}
      <List
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: t('notifications.empty') }}
        renderItem={(notification) => (
          <List.Item
            key={notification.id}
            onClick={() => openOne(notification)}
            style={{ cursor: 'pointer', opacity: notification.read ? 0.6 : 1 }}
            data-testid={`notification-${notification.id}`}
          >
            <List.Item.Meta
              title={<Typography.Text strong={!notification.read}>{notification.title}</Typography.Text>}
              description={
                <>
                  <div>{notification.body}</div>
                  <Typography.Text type="secondary">{dateTime(notification.createdAt)}</Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
    </Drawer>
  );
}
