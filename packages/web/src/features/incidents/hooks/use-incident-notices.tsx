import { App, Button } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { onNotificationPush } from '../../notifications/lib/push-listeners';
import { isIncidentArrival } from '../lib/incident-notice';

/**
 * While the desk or the village's list is open, a new or dispatched incident shows as a silent notice (no sound:
 * the desk is a shared office and the phone may be in a meeting); the list itself refreshes through the bell's push.
 */
export function useIncidentNotices(): void {
  const { t } = useT();
  const { notification } = App.useApp();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  useEffect(
    () =>
      onNotificationPush((push) => {
        if (!isIncidentArrival(push) || !push.targetId) return;
        const path = `/incidents/${encodeURIComponent(push.targetId)}`;
        notification.info({
          key: push.id,
          title: push.title,
          description: push.body,
          // On a phone the notice sits at the top, above the cards' step buttons rather than beside them.
          placement: isMobile ? 'top' : 'topRight',
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
    [notification, navigate, t, isMobile],
  );
}
