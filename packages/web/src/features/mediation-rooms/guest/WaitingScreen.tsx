import { VideoCameraOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useLocalMedia } from '../media/use-local-media';

/**
 * The waiting room: the party waits to be let in and may check their own picture meanwhile. Nothing is sent: the
 * preview stays in this browser, and the media server is reached only after the mediator admits them.
 */
export function WaitingScreen() {
  const { t } = useT();
  const [previewing, setPreviewing] = useState(false);
  const local = useLocalMedia(previewing, false);
  const video = useRef<HTMLVideoElement | null>(null);

  useEffect(() => {
    if (video.current) video.current.srcObject = local.preview;
  }, [local.preview]);

  return (
    <Flex vertical align="center" gap={16} style={{ flex: 1, padding: 24, textAlign: 'center' }}>
      <Spin size="large" />
      <Typography.Title level={3} style={{ margin: 0 }} data-testid="guest-waiting">
        {t('roomGuest.waiting')}
      </Typography.Title>
      <Typography.Paragraph style={{ fontSize: 16, margin: 0 }}>{t('roomGuest.waitingHelp')}</Typography.Paragraph>
      {previewing ? (
        <video
          ref={video}
          autoPlay
          playsInline
          muted
          data-testid="guest-preview"
          style={{ width: '100%', maxWidth: 360, aspectRatio: '3 / 4', background: '#000', transform: 'scaleX(-1)' }}
        />
      ) : (
        <Button
          size="large"
          icon={<VideoCameraOutlined />}
          style={{ minHeight: 56, fontSize: 17 }}
          data-testid="guest-preview-open"
          onClick={() => setPreviewing(true)}
        >
          {t('roomGuest.preview')}
        </Button>
      )}
      {local.problem === 'denied' ? <Typography.Text type="warning">{t('roomStage.denied')}</Typography.Text> : null}
    </Flex>
  );
}
