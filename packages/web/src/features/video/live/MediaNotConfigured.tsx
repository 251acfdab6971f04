import type { MediaStatusView } from '@fengqiao/domain';
import { MEDIA_FIX_COMMAND } from '@fengqiao/domain';
import { Alert, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/**
 * Shown instead of live tiles when the media server cannot play video: not installed (with the one command that
 * fixes it), or installed but not answering. Everything else in the app works either way.
 */
export function MediaNotConfigured({ status }: { status: Pick<MediaStatusView, 'state' | 'fixCommand'> }) {
  const { t } = useT();
  if (status.state === 'ready') return null;
  if (status.state === 'unreachable') {
    return (
      <div data-testid="media-unreachable" role="alert">
        <Alert type="warning" showIcon title={t('media.unreachable')} description={t('media.unreachableHelp')} />
      </div>
    );
  }
  return (
    <div data-testid="media-not-configured" role="alert">
      <Alert
        type="info"
        showIcon
        title={t('media.notConfigured')}
        description={
          <>
            <Typography.Paragraph>{t('media.notConfiguredHelp')}</Typography.Paragraph>
            <Typography.Paragraph>
              <Typography.Text code copyable data-testid="media-fix-command">
                {status.fixCommand ?? MEDIA_FIX_COMMAND}
              </Typography.Text>
            </Typography.Paragraph>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('media.notConfiguredRestart')}
            </Typography.Paragraph>
          </>
        }
      />
    </div>
  );
}
