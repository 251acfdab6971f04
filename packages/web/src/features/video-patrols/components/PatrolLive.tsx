import { CAMERA_KIND_LABELS, type VideoPatrolRoundCamera } from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

/** The camera being patrolled, above its result. */
export function PatrolLive({ camera }: { camera: VideoPatrolRoundCamera }) {
  const { label } = useT();
  const kind = Object.entries(CAMERA_KIND_LABELS).find(([key]) => key === camera.kind)?.[1];
  return (
    <Card size="small" data-testid="patrol-live">
      <Flex vertical gap={4}>
        <Typography.Title level={5} style={{ margin: 0 }} data-testid="patrol-camera-name">
          {camera.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          {camera.villageName}
          {kind ? ` · ${label(kind)}` : ''}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
