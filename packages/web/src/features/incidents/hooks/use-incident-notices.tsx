import { App, Button } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { onNotificationPush } from '../../notifications/lib/push-listeners';
import { isIncidentArrival } from '../lib/incident-notice';

/**
 * While the desk or the village's list is open, a new or dispatched incident is announced silently (no sound: the
 * desk is a shared office and the phone may be in a meeting); the list itself refreshes through the bell's push.
 * The desk gets a notice with 查看; a phone a one-line toast, since a notice would cover the cards' step buttons and
 * the new card is at the top of the list anyway.
 */
export function useIncidentNotices(): void {
  const { t } = useT();
  const { notification, message } = App.useApp();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  useEffect(
    () =>
      onNotificationPush((push) => {
        if (!isIncidentArrival(push) || !push.targetId) return;
        if (isMobile) {
          message.info({ key: push.id, content: <span data-testid="incident-notice">{push.title}</span> });
          return;
        }
        const path = `/incidents/${encodeURIComponent(push.targetId)}`;
        notification.info({
          key: push.id,
          title: <span data-testid="incident-notice">{push.title}</span>,
          description: push.body,
          actions: (
            <Button
              type="primary"
              size="small"
              onClick={() => {
                notification.destroy(push.id);
                navigate(path);
              }}
              data-testid="incident-notice-open"
            >
              {t('incidents.open')}
            </Button>
          ),
        });
      }),
    [notification, message, navigate, t, isMobile],
  );
}
