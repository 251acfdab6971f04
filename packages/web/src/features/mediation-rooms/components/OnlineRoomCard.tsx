import { VideoCameraOutlined } from '@ant-design/icons';
import {
  type Dispute,
  formatDuration,
  type Mediation,
  PARTICIPANT_KIND_LABELS,
  ROOM_JOIN_METHOD_LABELS,
  ROOM_OUTCOME_LABELS,
  ROOM_STATUS_LABELS,
  type RoomView,
} from '@fengqiao/domain';
import { Alert, Button, Card, Flex, List, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { isNotFound } from '../../../api/errors';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { MediaNotConfigured } from '../../video/live/MediaNotConfigured';
import { useDisputeRooms } from '../hooks/use-rooms';
import { OpenRoomModal } from './OpenRoomModal';
import { RoomRecordings } from './RoomRecordings';

interface Props {
  dispute: Dispute;
  /** The case's open mediation: a room is opened for it, and only while it is open. */
  mediation: Mediation | undefined;
}

/**
 * The case page's online mediation: 开启线上调解室 on an open mediation for a host, 进入调解室 while a room is open,
 * and every room the case had with its time, duration, outcome, participants (how each joined) and recordings.
 */
export function OnlineRoomCard({ dispute, mediation }: Props) {
  const { t } = useT();
  const rooms = useDisputeRooms(dispute.id);
  const mayHost = usePermission('room.host');
  const [opening, setOpening] = useState(false);
  // Set when opening was refused for want of a media server: the card says why instead of an error in the dialog.
  const [mediaMissing, setMediaMissing] = useState(false);
  // A 404 means the rooms are not offered to this caller or by this server: the case page goes on without them.
  if (rooms.isError && isNotFound(rooms.error)) return null;
  const openRoom = (rooms.data ?? []).find((room) => room.status === 'open');

  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center">
          <VideoCameraOutlined />
          {t('rooms.history')}
        </Flex>
      }
      data-testid="online-room-card"
      extra={
        openRoom ? (
          <Link to={`/mediation-rooms/${openRoom.id}`} data-testid="room-enter">
            <Button type="primary">{t('rooms.enter')}</Button>
          </Link>
        ) : mayHost && mediation && rooms.isSuccess ? (
          <Button type="primary" onClick={() => setOpening(true)} data-testid="room-open">
            {t('rooms.open')}
          </Button>
        ) : null
      }
    >
      {rooms.isError ? <ErrorAlert error={rooms.error} /> : null}
      {mediaMissing ? <RoomMediaMissing /> : null}
      <List
        dataSource={rooms.data ?? []}
        loading={rooms.isPending}
        locale={{ emptyText: t('rooms.historyEmpty') }}
        renderItem={(room) => <RoomHistoryItem disputeId={dispute.id} room={room} />}
      />
      {opening && mediation ? (
        <OpenRoomModal
          disputeId={dispute.id}
          mediationId={mediation.id}
          onClose={() => setOpening(false)}
          onMediaMissing={() => {
            setOpening(false);
            setMediaMissing(true);
          }}
        />
      ) : null}
    </Card>
  );
}

/**
 * Without a media server no room can open. Those who look after the video (video.view) get the notice with the one
 * command that installs it; everyone else a plain sentence to pass on.
 */
function RoomMediaMissing() {
  const { t } = useT();
  const seesVideo = usePermission('video.view');
  if (seesVideo) return <MediaNotConfigured status={{ state: 'not_configured' }} />;
  return (
    <div role="alert" data-testid="room-media-missing">
      <Alert type="info" showIcon title={t('rooms.mediaMissing')} />
    </div>
  );
}

function RoomHistoryItem({ disputeId, room }: { disputeId: string; room: RoomView }) {
  const { t, label, lang, dateTime } = useT();
  const present = room.participants.filter((p) => p.admittedAt !== null);
  return (
    <List.Item data-testid={`room-history-${room.id}`}>
      <Flex vertical gap={4} style={{ width: '100%' }}>
        <Flex gap={8} wrap align="center">
          <Tag color={room.status === 'open' ? 'processing' : 'default'}>{label(ROOM_STATUS_LABELS[room.status])}</Tag>
          <Typography.Text>
            {t('rooms.openedAt')} {dateTime(room.openedAt)}
            {room.closedAt ? ` · ${t('rooms.closedAt')} ${dateTime(room.closedAt)}` : ''}
          </Typography.Text>
          {room.durationSeconds !== null ? (
            <Typography.Text data-testid="room-duration">
              {t('rooms.duration')} {formatDuration(room.durationSeconds, lang)}
            </Typography.Text>
          ) : null}
          {room.outcome ? (
            <Tag color="blue" data-testid="room-outcome">
              {label(ROOM_OUTCOME_LABELS[room.outcome])}
            </Tag>
          ) : null}
        </Flex>
        <Flex gap={6} wrap data-testid="room-participants">
          {present.map((p) => (
            <Tag key={p.id}>
              {p.displayName} · {label(PARTICIPANT_KIND_LABELS[p.kind])} ·{' '}
              {label(ROOM_JOIN_METHOD_LABELS[p.joinMethod])}
            </Tag>
          ))}
        </Flex>
        {room.status === 'closed' ? <RoomRecordings disputeId={disputeId} roomId={room.id} /> : null}
      </Flex>
    </List.Item>
  );
}
