import { PARTICIPANT_KIND_LABELS, type RoomState } from '@fengqiao/domain';
import { Alert, Flex, Typography } from 'antd';
import type { CSSProperties, ReactNode } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { MediaNotConfigured } from '../../video/live/MediaNotConfigured';
import type { RoomMediaApi } from '../media/room-media-api';
import { type RoomMedia, useRoomMedia } from '../media/use-room-media';
import { StageControls } from './StageControls';
import { StageTile } from './StageTile';
import { gridColumns, phoneLayout } from './stage-layout';

export type { RoomMediaApi };

export interface RoomStageProps {
  api: RoomMediaApi;
  state: RoomState;
  /** The portrait phone layout (the active speaker large, the others in a strip); follows the screen when omitted. */
  compact?: boolean;
  /** A party sees plain sentences where staff see how to fix the media server. */
  audience?: 'staff' | 'guest';
}

function RecordingIndicator() {
  const { t } = useT();
  return (
    <Flex
      align="center"
      gap={6}
      data-testid="room-recording-indicator"
      role="status"
      style={{
        position: 'absolute',
        top: 8,
        left: 8,
        zIndex: 2,
        padding: '2px 10px',
        borderRadius: 12,
        background: 'rgba(0,0,0,0.6)',
        color: '#fff',
      }}
    >
      <span style={{ width: 10, height: 10, borderRadius: 5, background: '#ff4d4f', display: 'inline-block' }} />
      {t('roomStage.recording')}
    </Flex>
  );
}

function ConnectionNotice({ media, audience }: { media: RoomMedia; audience: 'staff' | 'guest' }) {
  const { t } = useT();
  if (media.connection === 'not_configured') {
    return audience === 'staff' ? (
      <MediaNotConfigured status={{ state: 'not_configured' }} />
    ) : (
      <Alert type="info" showIcon title={t('roomStage.unavailableGuest')} />
    );
  }
  if (media.connection === 'unreachable') {
    return <Alert type="warning" showIcon data-testid="room-unreachable" title={t('roomStage.unreachable')} />;
  }
  if (media.connection === 'reconnecting') {
    return <Alert type="warning" showIcon data-testid="room-reconnecting" title={t('roomStage.reconnecting')} />;
  }
  if (media.local.problem === 'denied') return <Alert type="error" showIcon title={t('roomStage.denied')} />;
  if (media.local.problem === 'unavailable') return <Alert type="info" showIcon title={t('roomStage.noDevices')} />;
  return null;
}

/**
 * The video of a mediation room: one's own picture and every other admitted participant's, the active speaker
 * outlined, a recording indicator everyone sees while recording runs, and the controls. The page polls the room
 * state and passes it in; the stage publishes once the participant is admitted and follows the feeds it lists.
 */
export function RoomStage({ api, state, compact, audience = 'staff' }: RoomStageProps) {
  const { t, label } = useT();
  const isMobile = useIsMobile();
  const phone = compact ?? isMobile;
  const media = useRoomMedia(api, state, !isMobile);
  const me = state.me?.participantId ?? null;

  const people = state.participants.filter((p) => p.status === 'admitted');
  const ids = people.map((p) => p.id);
  const failed = media.connection === 'not_configured';
  const tile = (id: string, size: 'grid' | 'large' | 'small') => {
    const person = people.find((p) => p.id === id);
    if (!person) return null;
    const self = id === me;
    return (
      <StageTile
        key={id}
        participantId={id}
        name={person.displayName}
        kindLabel={label(PARTICIPANT_KIND_LABELS[person.kind])}
        stream={self ? media.local.preview : (media.remote.get(id) ?? null)}
        self={self}
        speaking={media.activeSpeakerId === id && ids.length > 1}
        mirrored={self && !media.local.sharing}
        micOff={self && !media.local.micOn}
        failed={failed}
        size={size}
      />
    );
  };

  const stageStyle: CSSProperties = {
    position: 'relative',
    background: '#000',
    borderRadius: phone ? 0 : 8,
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    height: phone ? 'calc(100dvh - 56px)' : undefined,
    minHeight: phone ? 480 : 360,
  };

  let pictures: ReactNode;
  if (phone) {
    const { main, strip } = phoneLayout(ids, me, media.activeSpeakerId);
    pictures = (
      <Flex vertical gap={6} style={{ flex: 1, minHeight: 0, padding: 6 }}>
        <div style={{ flex: 1, minHeight: 0 }}>{main ? tile(main, 'large') : null}</div>
        {strip.length > 0 ? (
          <Flex gap={6} style={{ overflowX: 'auto' }} data-testid="room-strip">
            {strip.map((id) => tile(id, 'small'))}
          </Flex>
        ) : null}
      </Flex>
    );
  } else {
    pictures = (
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${gridColumns(ids.length)}, minmax(0, 1fr))`,
          gap: 8,
          padding: 8,
          flex: 1,
          alignContent: 'center',
        }}
      >
        {ids.map((id) => tile(id, 'grid'))}
      </div>
    );
  }

  return (
    <div data-testid="room-stage" data-connection={media.connection} style={stageStyle}>
      {state.recordingState === 'recording' ? <RecordingIndicator /> : null}
      <div style={{ padding: media.connection === 'connected' ? 0 : 8 }}>
        <ConnectionNotice media={media} audience={audience} />
      </div>
      {pictures}
      {ids.length <= 1 ? (
        <Typography.Text style={{ color: '#8c8c8c', textAlign: 'center', padding: 4 }}>
          {t('roomStage.alone')}
        </Typography.Text>
      ) : null}
      <StageControls media={media} compact={phone} />
    </div>
  );
}
