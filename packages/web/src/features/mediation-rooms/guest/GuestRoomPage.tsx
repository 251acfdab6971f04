import { FileTextOutlined } from '@ant-design/icons';
import { Button, Flex, Spin } from 'antd';
import { useMemo, useState } from 'react';
import { useT } from '../../../app/i18n/use-t';
import { RoomStage } from '../stage/RoomStage';
import { ConsentPrompt } from './ConsentPrompt';
import { GuestLayout, GuestMessage } from './GuestLayout';
import { guestRoomApi } from './guest-room-api';
import { guestStage } from './join-problem';
import { SharedDraftPanel } from './SharedDraftPanel';
import { savedRoomTitle, useGuestState } from './use-guest-room';
import { WaitingScreen } from './WaitingScreen';

/**
 * `/room`, the party's room: the waiting room until the mediator admits them, then the video with the consent
 * question and the shared draft; removed, left or ended, a plain sentence. The guest cookie carries the session,
 * so a reload (or a dropped connection) comes back here without the link.
 */
export function GuestRoomPage() {
  const { t } = useT();
  const state = useGuestState();
  const api = useMemo(guestRoomApi, []);
  const [draftOpen, setDraftOpen] = useState(false);
  const stage = guestStage(state.data, state.error);
  const title = savedRoomTitle();

  if (stage === 'loading') {
    return (
      <GuestLayout title={title}>
        <Flex align="center" justify="center" style={{ flex: 1 }}>
          <Spin size="large" />
        </Flex>
      </GuestLayout>
    );
  }
  if (stage === 'no_session') {
    return (
      <GuestLayout>
        <GuestMessage testId="guest-no-session" title={t('roomGuest.noSession')} />
      </GuestLayout>
    );
  }
  if (stage === 'ended') {
    return (
      <GuestLayout title={title}>
        <GuestMessage testId="guest-ended" title={t('roomGuest.ended')} help={t('roomGuest.endedHelp')} />
      </GuestLayout>
    );
  }
  if (stage === 'removed') {
    return (
      <GuestLayout title={title}>
        <GuestMessage testId="guest-removed" title={t('roomGuest.removed')} help={t('roomGuest.removedHelp')} />
      </GuestLayout>
    );
  }
  if (stage === 'left') {
    return (
      <GuestLayout title={title}>
        <GuestMessage testId="guest-left" title={t('roomGuest.left')} help={t('roomGuest.leftHelp')} />
      </GuestLayout>
    );
  }
  if (stage === 'offline' || !state.data) {
    return (
      <GuestLayout title={title}>
        <GuestMessage
          testId="guest-offline"
          title={t('roomGuest.failed')}
          action={
            <Button size="large" style={{ minHeight: 56 }} onClick={() => void state.refetch()}>
              {t('roomGuest.retry')}
            </Button>
          }
        />
      </GuestLayout>
    );
  }
  if (stage === 'waiting') {
    return (
      <GuestLayout title={title}>
        <WaitingScreen />
      </GuestLayout>
    );
  }

  const room = state.data;
  return (
    <GuestLayout title={title}>
      <RoomStage api={api} state={room} audience="guest" />
      {room.sharedAgreementId ? (
        <>
          <Button
            type="primary"
            size="large"
            icon={<FileTextOutlined />}
            data-testid="guest-draft-open"
            style={{ position: 'fixed', right: 12, top: 64, zIndex: 3, minHeight: 48 }}
            onClick={() => setDraftOpen(true)}
          >
            {t('roomGuest.draftOpen')}
          </Button>
          <SharedDraftPanel agreementId={room.sharedAgreementId} open={draftOpen} onClose={() => setDraftOpen(false)} />
        </>
      ) : null}
      <ConsentPrompt consentedAt={room.me?.consentedAt ?? null} recordingState={room.recordingState} />
    </GuestLayout>
  );
}
