import { CameraOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import {
  SNAPSHOT_TARGET_KINDS,
  type SnapshotTarget,
  type SnapshotTargetKind,
  type VideoSnapshot,
  type ViewPurpose,
} from '@fengqiao/domain';
import { App, Button, Card, Flex, Input, Modal, Select, Tag, Typography } from 'antd';
import { type CSSProperties, useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../../../api/errors';
import { useT } from '../../../app/i18n/use-t';
import { answerView, closeView, openAndStartView, uploadSnapshot } from '../hooks/use-live-views';
import { useWebrtcView, type WebrtcViewState } from '../live/use-webrtc-view';

export interface LiveTileProps {
  cameraId: string;
  purpose: ViewPurpose;
  /** Shown on the tile; the camera id when omitted. */
  title?: string;
  /** Why, in a few words, recorded with the view (the purpose's note). */
  note?: string;
  /** The close button was pressed: the view is closed already, the parent removes the tile. */
  onClosed?: () => void;
  /** Snapshots go to this record without asking (a dispute, an incident, a video patrol result). */
  snapshotTarget?: SnapshotTarget;
  onSnapshot?: (snapshot: VideoSnapshot) => void;
  /** Taller buttons and a portrait picture for the phone's single view. */
  large?: boolean;
}

const STATE_COLORS: Record<WebrtcViewState, string> = {
  idle: 'default',
  connecting: 'processing',
  playing: 'success',
  failed: 'error',
  ended: 'warning',
};

/** A PNG of the frame on screen, at the video's own size. */
function grabFrame(video: HTMLVideoElement): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = video.videoWidth;
  canvas.height = video.videoHeight;
  canvas.getContext('2d')?.drawImage(video, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * One live camera: the view is opened with its purpose and started with its single-use token, the picture plays
 * through WebRTC, and the view is closed (its duration recorded) by the close button, when the tile goes away, and
 * when the page is hidden for good. The snapshot button files the current frame to a record.
 */
export function LiveTile({
  cameraId,
  purpose,
  title,
  note,
  onClosed,
  snapshotTarget,
  onSnapshot,
  large = false,
}: LiveTileProps) {
  const { t, lang } = useT();
  const { message } = App.useApp();
  const viewId = useRef<string | null>(null);
  const [asking, setAsking] = useState(false);
  const [target, setTarget] = useState<{ kind: SnapshotTargetKind; id: string }>({ kind: 'dispute', id: '' });
  const [saving, setSaving] = useState(false);

  const closeCurrent = useCallback(() => {
    if (viewId.current) closeView(viewId.current);
    viewId.current = null;
  }, []);

  const start = useCallback(async () => {
    // A retry opens a new view: the previous one ends here, so the log shows how long it really lasted.
    closeCurrent();
    const started = await openAndStartView(cameraId, purpose, note);
    viewId.current = started.viewId;
    return started;
  }, [cameraId, purpose, note, closeCurrent]);

  const view = useWebrtcView({ start, answer: answerView, enabled: true });

  useEffect(() => {
    window.addEventListener('pagehide', closeCurrent);
    return () => {
      window.removeEventListener('pagehide', closeCurrent);
      closeCurrent();
    };
  }, [closeCurrent]);

  const file = async (to: SnapshotTarget) => {
    const video = view.videoRef.current;
    const id = viewId.current;
    if (!video || !id || video.videoWidth === 0) {
      message.warning(t('video.snapshotNoPicture'));
      return;
    }
    setSaving(true);
    try {
      const image = await grabFrame(video);
      if (!image) throw new Error('no frame');
      const saved = await uploadSnapshot(id, to, image);
      message.success(t('video.snapshotSaved'));
      setAsking(false);
      onSnapshot?.(saved);
    } catch (error) {
      message.error(describeError(error, lang));
    } finally {
      setSaving(false);
    }
  };

  const buttonStyle: CSSProperties | undefined = large ? { minHeight: 64, fontSize: 18, flex: 1 } : undefined;
  const stateLabel = t(`video.state.${view.state}` as 'video.state.idle');

  return (
    <Card
      size="small"
      data-testid={`live-tile-${cameraId}`}
      data-state={view.state}
      title={
        <Flex align="center" gap={8}>
          <Typography.Text strong ellipsis style={{ maxWidth: large ? '60vw' : 220 }}>
            {title ?? cameraId}
          </Typography.Text>
          <Tag color={STATE_COLORS[view.state]} data-testid="live-tile-state">
            {stateLabel}
          </Tag>
        </Flex>
      }
      styles={{ body: { padding: 0 } }}
    >
      <div style={{ position: 'relative', background: '#000', aspectRatio: large ? '3 / 4' : '16 / 9' }}>
        <video
          ref={view.videoRef}
          data-testid="live-video"
          muted
          playsInline
          autoPlay
          style={{ width: '100%', height: '100%', objectFit: 'contain', display: 'block' }}
        />
        {view.error ? (
          <Flex
            vertical
            align="center"
            justify="center"
            gap={8}
            style={{ position: 'absolute', inset: 0, color: '#fff', padding: 12, textAlign: 'center' }}
          >
            <span data-testid="live-tile-error">{view.error}</span>
            <Button icon={<ReloadOutlined />} onClick={view.retry}>
              {t('media.retry')}
            </Button>
          </Flex>
        ) : null}
      </div>
      <Flex gap={8} style={{ padding: 8 }}>
        <Button
          icon={<CameraOutlined />}
          disabled={view.state !== 'playing'}
          loading={saving}
          style={buttonStyle}
          data-testid="live-tile-snapshot"
          onClick={() => (snapshotTarget ? void file(snapshotTarget) : setAsking(true))}
        >
          {t('video.snapshot')}
        </Button>
        <Button
          danger
          icon={<CloseOutlined />}
          style={buttonStyle}
          data-testid="live-tile-close"
          onClick={() => {
            closeCurrent();
            onClosed?.();
          }}
        >
          {t('video.close')}
        </Button>
      </Flex>
      <Modal
        open={asking}
        title={t('video.snapshotTitle')}
        okText={t('video.snapshotSave')}
        confirmLoading={saving}
        okButtonProps={{ disabled: target.id.trim() === '' }}
        onOk={() => void file({ kind: target.kind, id: target.id.trim() })}
        onCancel={() => setAsking(false)}
        destroyOnHidden
      >
        <Flex vertical gap={12}>
          <Select
            value={target.kind}
            onChange={(kind) => setTarget({ ...target, kind })}
            options={SNAPSHOT_TARGET_KINDS.map((kind) => ({
              value: kind,
              label: t(`video.target.${kind}` as 'video.target.dispute'),
            }))}
          />
          <Input
            value={target.id}
            placeholder={t('video.snapshotTargetId')}
            onChange={(event) => setTarget({ ...target, id: event.target.value })}
          />
        </Flex>
      </Modal>
    </Card>
  );
}
