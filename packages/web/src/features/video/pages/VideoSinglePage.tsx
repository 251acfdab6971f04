import { VIEW_PURPOSE_LABELS, VIEW_PURPOSES, type ViewPurpose } from '@fengqiao/domain';
import { Button, Flex, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { LiveTile } from '../components/LiveTile';
import { useCamera } from '../hooks/use-live-views';
import { MediaNotConfigured } from '../live/MediaNotConfigured';
import { useMediaStatus } from '../live/use-media-status';

/**
 * One camera on the phone (portrait): pick why (one tap), watch (one tap), close (one tap). The view is opened only
 * when the button is pressed, so the purpose is always the one chosen.
 */
export function VideoSinglePage() {
  const { cameraId = '' } = useParams();
  const { t, label } = useT();
  const navigate = useNavigate();
  const camera = useCamera(cameraId);
  const media = useMediaStatus();
  const [purpose, setPurpose] = useState<ViewPurpose>('patrol');
  const [watching, setWatching] = useState(false);

  if (camera.isError) return <RecordLoadError error={camera.error} onRetry={() => void camera.refetch()} />;
  if (camera.isPending || media.isPending) return <Spin />;
  const name = camera.data.name;
  if (media.data && media.data.state !== 'ready') return <MediaNotConfigured status={media.data} />;

  return (
    <Flex vertical gap={12} data-testid="video-single">
      <Typography.Title level={4} style={{ margin: 0 }}>
        {name}
      </Typography.Title>
      {watching ? (
        <LiveTile
          cameraId={cameraId}
          title={name}
          purpose={purpose}
          large
          onClosed={() => {
            setWatching(false);
            navigate(-1);
          }}
        />
      ) : (
        <>
          <Typography.Text type="secondary">{t('video.purposeHelp')}</Typography.Text>
          <Radio.Group
            value={purpose}
            onChange={(event) => setPurpose(event.target.value as ViewPurpose)}
            optionType="button"
            buttonStyle="solid"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 1fr)', gap: 8 }}
            data-testid="video-purpose"
          >
            {VIEW_PURPOSES.map((p) => (
              <Radio.Button key={p} value={p} style={{ height: 48, lineHeight: '46px', textAlign: 'center' }}>
                {label(VIEW_PURPOSE_LABELS[p])}
              </Radio.Button>
            ))}
          </Radio.Group>
          <Button
            type="primary"
            block
            style={{ minHeight: 64, fontSize: 18 }}
            onClick={() => setWatching(true)}
            data-testid="video-watch"
          >
            {t('video.watch')}
          </Button>
        </>
      )}
    </Flex>
  );
}
