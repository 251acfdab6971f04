import { ArrowLeftOutlined } from '@ant-design/icons';
import { formatDuration, ROOM_OUTCOME_LABELS, type RoomView } from '@fengqiao/domain';
import { Alert, Button, Col, Flex, Result, Row, Skeleton, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../../api/client';
import { usePermission } from '../../../app/auth/use-permission';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { RoomSidePanel } from '../components/RoomSidePanel';
import { StageSlot } from '../components/StageSlot';
import { useJoinRoom, useRefreshRoom, useRoom, useRoomState } from '../hooks/use-rooms';

/**
 * The staff room: the video on the left, the side panel on the right (under the video on a phone). Opening the page
 * joins the room (a host is in at once, others wait to be admitted; coming back is a reconnect, not a new join), then
 * the state is polled every second and the room's records are refetched whenever its version moves.
 */
export function MediationRoomPage() {
  const { id = '' } = useParams();
  const { t } = useT();
  const isMobile = useIsMobile();
  const readsCases = usePermission('dispute.read');
  const room = useRoom(id);
  const join = useJoinRoom(id);
  const isOpen = room.data?.status === 'open';
  const joinRequested = useRef(false);
  useEffect(() => {
    if (!isOpen || joinRequested.current) return;
    joinRequested.current = true;
    join.mutate(undefined);
  }, [isOpen, join]);
  const state = useRoomState(id, join.isSuccess);
  const refresh = useRefreshRoom(id);
  const version = state.data?.version;
  const seenVersion = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (version === undefined) return;
    if (seenVersion.current !== undefined && seenVersion.current !== version) void refresh();
    seenVersion.current = version;
  }, [version, refresh]);

  // A room closed under the poll answers 410: the view is read again and shows the closed room.
  const closedUnderPoll = isApiError(state.error, 'ROOM_CLOSED');
  const refetchRoom = room.refetch;
  useEffect(() => {
    if (closedUnderPoll) void refetchRoom();
  }, [closedUnderPoll, refetchRoom]);

  if (room.isPending) return <Skeleton active />;
  if (room.isError) return <RecordLoadError error={room.error} onRetry={() => void room.refetch()} />;
  const view = room.data;
  // The poll sees a close first; the view is refetched on the version change and then carries the outcome.
  if (view.status === 'closed') return <ClosedRoom room={view} />;
  const myStatus = state.data?.me?.status ?? view.me?.status;
  const recordingNow = (state.data?.recordingState ?? view.recordingState) === 'recording';

  return (
    <Flex vertical gap={12} data-testid="room-page">
      <Flex gap={8} align="center" wrap>
        <BackLink disputeId={view.disputeId} readsCases={readsCases} />
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="room-title">
          {t('rooms.title')} · {view.disputeTitle}
        </Typography.Title>
        {recordingNow ? (
          <Tag color="red" data-testid="room-header-recording">
            ● {t('rooms.recording.indicator')}
          </Tag>
        ) : null}
      </Flex>
      <ErrorAlert error={join.error} testId="room-join-error" />
      {myStatus === 'waiting' ? <Alert type="info" showIcon title={t('rooms.waitingNotice')} /> : null}
      {myStatus === 'removed' ? <Alert type="warning" showIcon title={t('rooms.removedNotice')} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={15}>
          <StageSlot state={state.data} compact={isMobile} />
        </Col>
        <Col xs={24} lg={9}>
          <RoomSidePanel room={view} state={state.data} />
        </Col>
      </Row>
    </Flex>
  );
}

/** After the close: what the case now holds, and the way back to it (or to the open rooms, for a cadre). */
function ClosedRoom({ room }: { room: RoomView }) {
  const { t, label, lang } = useT();
  const readsCases = usePermission('dispute.read');
  return (
    <Result
      status="success"
      title={t('rooms.closedNotice')}
      subTitle={[
        room.outcome ? label(ROOM_OUTCOME_LABELS[room.outcome]) : null,
        room.durationSeconds !== null ? formatDuration(room.durationSeconds, lang) : null,
      ]
        .filter((part) => part !== null)
        .join(' · ')}
      extra={<BackLink disputeId={room.disputeId} readsCases={readsCases} />}
      data-testid="room-closed"
    />
  );
}

function BackLink({ disputeId, readsCases }: { disputeId: string; readsCases: boolean }) {
  const { t } = useT();
  return readsCases ? (
    <Link to={`/disputes/${disputeId}`}>
      <Button icon={<ArrowLeftOutlined />}>{t('rooms.backToCase')}</Button>
    </Link>
  ) : (
    <Link to="/mediation-rooms">
      <Button icon={<ArrowLeftOutlined />}>{t('rooms.listTitle')}</Button>
    </Link>
  );
}
