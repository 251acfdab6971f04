import type { VideoPatrolRoundCamera } from '@fengqiao/domain';
import { Flex, Menu, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { ResultTag } from './VideoPatrolTags';

/** The cameras of a round in order, each with its result; the desk clicks one or walks them with the arrows. */
export function RoundCameraList({
  cameras,
  current,
  onSelect,
}: {
  cameras: readonly VideoPatrolRoundCamera[];
  current: number;
  onSelect: (index: number) => void;
}) {
  const { t } = useT();
  return (
    <div>
      <Typography.Text type="secondary">{t('videoPatrols.keysHint')}</Typography.Text>
      <Menu
        mode="inline"
        selectedKeys={[String(current)]}
        onClick={({ key }) => onSelect(Number(key))}
        style={{ borderInlineEnd: 'none' }}
        data-testid="round-cameras"
        items={cameras.map((camera, index) => ({
          key: String(index),
          style: { height: 'auto', lineHeight: 1.5, paddingBlock: 6 },
          label: (
            <Flex vertical data-testid={`round-camera-${camera.id}`}>
              <Typography.Text style={{ whiteSpace: 'normal' }}>{camera.name}</Typography.Text>
              <Flex justify="space-between" align="center" gap={8} wrap>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {camera.villageName}
                </Typography.Text>
                <ResultTag result={camera.result} />
              </Flex>
            </Flex>
          ),
        }))}
      />
    </div>
  );
}
