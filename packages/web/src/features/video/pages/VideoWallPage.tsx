import { UnorderedListOutlined } from '@ant-design/icons';
import { VIEW_PURPOSE_LABELS, VIEW_PURPOSES, type ViewPurpose } from '@fengqiao/domain';
import { Button, Empty, Flex, Segmented, Select, Spin } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { PageHeader } from '../../../ui/PageHeader';
import { LiveTile } from '../components/LiveTile';
import { useCameraOptions } from '../hooks/use-live-views';
import { placeOnWall, WALL_LAYOUTS, type WallLayout, type WallTile, wallColumns } from '../lib/wall-layout';
import { MediaNotConfigured } from '../live/MediaNotConfigured';
import { useMediaStatus } from '../live/use-media-status';

interface Tile extends WallTile {
  purpose: ViewPurpose;
}

/**
 * The camera wall (视频墙) on the desktop: cameras picked from the registry go on a wall of 1, 4 or 9 tiles, each
 * opened with the purpose chosen at that moment (recorded in the view log). Without a ready media server the page
 * says so, with the command that fixes it, instead of showing tiles that cannot play.
 */
export function VideoWallPage() {
  const { t, label } = useT();
  const navigate = useNavigate();
  const canAudit = usePermission('video.audit');
  const media = useMediaStatus();
  const [layout, setLayout] = useState<WallLayout>(4);
  const [purpose, setPurpose] = useState<ViewPurpose>('patrol');
  const [q, setQ] = useState('');
  const [tiles, setTiles] = useState<Tile[]>([]);
  const cameras = useCameraOptions(q);
  const shown = tiles.slice(0, layout);
  const ready = media.data?.state === 'ready';

  const add = (cameraId: string) => {
    const camera = cameras.data?.items.find((c) => c.id === cameraId);
    if (!camera) return;
    setTiles((current) => placeOnWall(current, { cameraId, name: camera.name, purpose }, layout));
  };

  return (
    <>
      <PageHeader
        title={t('video.title')}
        extra={
          canAudit ? (
            <Button
              icon={<UnorderedListOutlined />}
              onClick={() => navigate('/video/log')}
              data-testid="video-log-link"
            >
              {t('video.log')}
            </Button>
          ) : null
        }
      />
      {media.isError ? <ErrorAlert error={media.error} /> : null}
      {media.data && !ready ? <MediaNotConfigured status={media.data} /> : null}
      {media.isPending ? <Spin /> : null}
      {ready ? (
        <>
          <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
            <Segmented<WallLayout>
              value={layout}
              onChange={(value) => {
                setLayout(value);
                setTiles((current) => current.slice(0, value));
              }}
              options={WALL_LAYOUTS.map((n) => ({ value: n, label: t('video.layout', { n }) }))}
              data-testid="video-layout"
            />
            <Select<ViewPurpose>
              value={purpose}
              onChange={setPurpose}
              options={VIEW_PURPOSES.map((p) => ({ value: p, label: label(VIEW_PURPOSE_LABELS[p]) }))}
              style={{ minWidth: 140 }}
              data-testid="video-purpose"
              aria-label={t('video.purpose')}
            />
            <Select
              showSearch={{ filterOption: false, onSearch: setQ }}
              value={null}
              placeholder={t('video.pickCamera')}
              onChange={(id: string | null) => id && add(id)}
              loading={cameras.isFetching}
              options={(cameras.data?.items ?? []).map((c) => ({
                value: c.id,
                label: `${c.name}（${c.villageName}）`,
              }))}
              style={{ minWidth: 280 }}
              data-testid="video-camera-picker"
            />
          </Flex>
          {cameras.isError ? <ErrorAlert error={cameras.error} /> : null}
          {shown.length === 0 ? (
            <Empty description={t('video.emptyWall')} />
          ) : (
            <div
              data-testid="video-wall"
              style={{ display: 'grid', gap: 8, gridTemplateColumns: `repeat(${wallColumns(layout)}, minmax(0, 1fr))` }}
            >
              {shown.map((tile) => (
                <LiveTile
                  key={`${tile.cameraId}:${tile.purpose}`}
                  cameraId={tile.cameraId}
                  title={tile.name}
                  purpose={tile.purpose}
                  onClosed={() => setTiles((current) => current.filter((c) => c.cameraId !== tile.cameraId))}
                />
              ))}
            </div>
          )}
        </>
      ) : null}
    </>
  );
}
