import { AudioMutedOutlined, SoundOutlined } from '@ant-design/icons';
import { Button, Flex, Tag, Typography } from 'antd';
import { type CSSProperties, useEffect, useRef, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';

export type TileState = 'connecting' | 'playing' | 'failed';

export interface StageTileProps {
  participantId: string;
  name: string;
  kindLabel: string;
  stream: MediaStream | null;
  self: boolean;
  speaking: boolean;
  /** The self-view shows a shared screen as it is, not mirrored. */
  mirrored: boolean;
  micOff?: boolean;
  failed: boolean;
  /** The large picture of the phone layout, or a small one of its strip. */
  size: 'grid' | 'large' | 'small';
}

/** Without a new frame for this long, the other side's camera is taken as off. */
const STALL_MS = 2_000;

const TILE_BASE: CSSProperties = {
  position: 'relative',
  background: '#1f1f1f',
  borderRadius: 8,
  overflow: 'hidden',
  minWidth: 0,
};

/**
 * One participant's picture. `data-state` turns `playing` when frames arrive (the e2e and the benchmark wait on
 * it). One's own picture is muted (no echo) and mirrored like a looking glass. When the browser refuses to play a
 * voice without a tap, the picture plays muted and a button offers the sound.
 */
export function StageTile(props: StageTileProps) {
  const { participantId, name, kindLabel, stream, self, speaking, mirrored, micOff, failed, size } = props;
  const { t } = useT();
  const video = useRef<HTMLVideoElement | null>(null);
  const [playing, setPlaying] = useState(false);
  const [needsTap, setNeedsTap] = useState(false);

  useEffect(() => {
    const element = video.current;
    if (!element) return;
    setPlaying(false);
    element.srcObject = stream;
    if (!stream) return;
    element.muted = self;
    element.play().catch(() => {
      if (self) return;
      element.muted = true;
      setNeedsTap(true);
      void element.play().catch(() => undefined);
    });
  }, [stream, self]);

  // A camera turned off on the other side stops sending (replaceTrack with none): the picture would freeze on its
  // last frame, so a tile whose frames stop for 2 s says the camera is off instead.
  const [stalled, setStalled] = useState(false);
  useEffect(() => {
    const element = video.current;
    setStalled(false);
    if (!element || !stream || self || typeof element.requestVideoFrameCallback !== 'function') return;
    let lastFrame = performance.now();
    let handle = 0;
    const onFrame = () => {
      lastFrame = performance.now();
      setStalled(false);
      handle = element.requestVideoFrameCallback(onFrame);
    };
    handle = element.requestVideoFrameCallback(onFrame);
    const check = setInterval(() => {
      if (performance.now() - lastFrame > STALL_MS) setStalled(true);
    }, 1_000);
    return () => {
      element.cancelVideoFrameCallback(handle);
      clearInterval(check);
    };
  }, [stream, self]);

  const state: TileState = playing && stream ? 'playing' : failed ? 'failed' : 'connecting';
  const hasVideo = (stream?.getVideoTracks().length ?? 0) > 0 && !(playing && stalled);
  const style: CSSProperties = {
    ...TILE_BASE,
    aspectRatio: size === 'large' ? undefined : size === 'small' ? '3 / 4' : '4 / 3',
    height: size === 'large' ? '100%' : undefined,
    width: size === 'small' ? 96 : undefined,
    flex: size === 'small' ? '0 0 auto' : undefined,
    outline: speaking ? '3px solid #52c41a' : '1px solid #434343',
    outlineOffset: -3,
  };

  return (
    <div
      style={style}
      data-testid="room-tile"
      data-participant-id={participantId}
      data-state={state}
      data-self={self ? 'true' : undefined}
      data-speaking={speaking ? 'true' : undefined}
    >
      <video
        ref={video}
        autoPlay
        playsInline
        muted={self}
        data-testid="room-video"
        onPlaying={() => setPlaying(true)}
        style={{
          width: '100%',
          height: '100%',
          objectFit: size === 'large' ? 'contain' : 'cover',
          display: 'block',
          transform: mirrored ? 'scaleX(-1)' : undefined,
          visibility: hasVideo ? 'visible' : 'hidden',
        }}
      />
      {!hasVideo ? (
        <Flex align="center" justify="center" style={{ position: 'absolute', inset: 0, color: '#bfbfbf' }}>
          {self || state === 'playing' ? t('roomStage.noVideo') : t(`roomStage.state.${state}`)}
        </Flex>
      ) : null}
      {needsTap ? (
        <Button
          icon={<SoundOutlined />}
          style={{ position: 'absolute', top: 8, right: 8, minHeight: 44 }}
          onClick={() => {
            const element = video.current;
            if (element) element.muted = false;
            setNeedsTap(false);
          }}
        >
          {t('roomStage.unmute')}
        </Button>
      ) : null}
      <Flex
        align="center"
        gap={4}
        style={{
          position: 'absolute',
          left: 0,
          right: 0,
          bottom: 0,
          padding: size === 'small' ? '2px 4px' : '4px 8px',
          background: 'linear-gradient(transparent, rgba(0,0,0,0.65))',
        }}
      >
        {micOff ? <AudioMutedOutlined style={{ color: '#ff7875' }} aria-label={t('roomStage.micOff')} /> : null}
        <Typography.Text ellipsis style={{ color: '#fff', fontSize: size === 'small' ? 12 : 14 }}>
          {self ? t('roomStage.selfName', { name }) : name}
        </Typography.Text>
        {size !== 'small' && kindLabel ? (
          <Tag bordered={false} style={{ marginInlineEnd: 0 }}>
            {kindLabel}
          </Tag>
        ) : null}
      </Flex>
    </div>
  );
}
