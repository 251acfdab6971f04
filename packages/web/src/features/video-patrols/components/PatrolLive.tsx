import { CAMERA_KIND_LABELS, type VideoPatrolRoundCamera } from '@fengqiao/domain';
import { useQueryClient } from '@tanstack/react-query';
import { Card, Flex, Spin, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LiveTile } from '../../video/components/LiveTile';
import { MediaNotConfigured } from '../../video/live/MediaNotConfigured';
import { useMediaStatus } from '../../video/live/use-media-status';

/**
 * The camera being patrolled. Whoever records the round watches it live (a view with the purpose `patrol`, logged
 * like every view); once the camera has its result, a snapshot is filed to that result. Without a media server the
 * notice says so, and the result can still be recorded.
 */
export function PatrolLive({
  roundId,
  camera,
  live,
}: {
  roundId: string;
  camera: VideoPatrolRoundCamera;
  live: boolean;
}) {
  const { t, label } = useT();
  const queryClient = useQueryClient();
  const media = useMediaStatus(live);
  const kind = Object.entries(CAMERA_KIND_LABELS).find(([key]) => key === camera.kind)?.[1];
  const result = camera.result;
  return (
    <Card size="small" data-testid="patrol-live">
      <Flex vertical gap={8}>
        <Flex wrap align="baseline" gap={8}>
          <Typography.Title level={5} style={{ margin: 0 }} data-testid="patrol-camera-name">
            {camera.name}
          </Typography.Title>
          <Typography.Text type="secondary">
            {camera.villageName}
            {kind ? ` · ${label(kind)}` : ''}
          </Typography.Text>
        </Flex>
        {live ? (
          <>
            {media.isPending ? <Spin /> : null}
            {media.isError ? <ErrorAlert error={media.error} /> : null}
            {media.data && media.data.state !== 'ready' ? <MediaNotConfigured status={media.data} /> : null}
            {media.data?.state === 'ready' ? (
              <>
                <LiveTile
                  key={camera.id}
                  cameraId={camera.id}
                  purpose="patrol"
                  title={camera.name}
                  {...(result ? { snapshotTarget: { kind: 'video_patrol_result' as const, id: result.id } } : {})}
                  onSnapshot={() =>
                    void queryClient.invalidateQueries({ queryKey: ['video-patrols', 'round', roundId] })
                  }
                />
                <Typography.Text type="secondary">
                  {t(result ? 'videoPatrols.snapshotToResult' : 'videoPatrols.snapshotAfterResult')}
                </Typography.Text>
              </>
            ) : null}
          </>
        ) : null}
      </Flex>
    </Card>
  );
}
