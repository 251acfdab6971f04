import { consentMissingDetailsSchema, RECORDING_STATE_LABELS, type RoomState, type RoomView } from '@fengqiao/domain';
import { Alert, Button, Flex, List, Tag, Typography } from 'antd';
import { isApiError } from '../../../api/client';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { useConsent, useRecordingSwitch } from '../hooks/use-rooms';

const STATE_COLORS = { off: 'default', recording: 'red', paused: 'orange' } as const;

/**
 * 录像: who has consented (with the time), the caller's own consent, and 开始录像 / 暂停录像 for the host. The server
 * refuses to start while someone present has not consented; the tab then names them as the server lists them.
 * Consents and the recording state come from the polled state when there is one: it is a second fresh, the view only
 * after its refetch.
 */
export function RecordingTab({ room, state }: { room: RoomView; state?: RoomState | undefined }) {
  const { t, label, dateTime } = useT();
  const consent = useConsent(room.id);
  const recording = useRecordingSwitch(room.id);
  const polled = new Map(state?.participants.map((p) => [p.id, p]) ?? []);
  const recordingState = state?.recordingState ?? room.recordingState;
  const present = room.participants
    .filter((p) => (polled.get(p.id)?.status ?? p.status) === 'admitted')
    .map((p) => ({ ...p, consentedAt: polled.has(p.id) ? (polled.get(p.id)?.consentedAt ?? null) : p.consentedAt }));
  const me = present.find((p) => p.id === (state?.me.participantId ?? room.me?.participantId));
  const refusal = recording.error;
  const consentMissing = isApiError(refusal, 'RECORDING_CONSENT_MISSING');
  const refused = consentMissing ? consentMissingDetailsSchema.safeParse(refusal.details) : null;
  const missing = refused?.success
    ? refused.data.missing.map((p) => p.displayName)
    : present.filter((p) => p.consentedAt === null).map((p) => p.displayName);

  return (
    <Flex vertical gap={12} data-testid="room-recording">
      <Flex gap={8} align="center">
        <Typography.Text>{t('rooms.recording.state')}</Typography.Text>
        <Tag color={STATE_COLORS[recordingState]} data-testid="room-recording-state">
          {label(RECORDING_STATE_LABELS[recordingState])}
        </Tag>
      </Flex>
      <Typography.Text type="secondary">{t('rooms.recording.help')}</Typography.Text>
      {consentMissing ? (
        <div role="alert" data-testid="room-recording-missing">
          <Alert type="warning" showIcon title={t('rooms.recording.missing', { names: missing.join('、') })} />
        </div>
      ) : (
        <ErrorAlert error={recording.error} />
      )}
      <ErrorAlert error={consent.error} />
      {me ? (
        <Button
          size="large"
          loading={consent.isPending}
          onClick={() => consent.mutate(me.consentedAt === null)}
          data-testid="room-consent"
        >
          {me.consentedAt === null ? t('rooms.recording.consent') : t('rooms.recording.withdraw')}
        </Button>
      ) : null}
      {can(room, 'recording') ? (
        recordingState === 'recording' ? (
          <Button
            size="large"
            loading={recording.isPending}
            onClick={() => recording.mutate(false)}
            data-testid="room-recording-pause"
          >
            {t('rooms.recording.pause')}
          </Button>
        ) : (
          <Button
            type="primary"
            danger
            size="large"
            loading={recording.isPending}
            onClick={() => recording.mutate(true)}
            data-testid="room-recording-start"
          >
            {t('rooms.recording.start')}
          </Button>
        )
      ) : null}
      <List
        size="small"
        dataSource={present}
        renderItem={(p) => (
          <List.Item key={p.id}>
            <Flex justify="space-between" style={{ width: '100%' }}>
              <Typography.Text>{p.displayName}</Typography.Text>
              {p.consentedAt ? (
                <Tag color="green">
                  {t('rooms.people.consented')} {dateTime(p.consentedAt)}
                </Tag>
              ) : (
                <Tag>{t('rooms.people.notConsented')}</Tag>
              )}
            </Flex>
          </List.Item>
        )}
      />
    </Flex>
  );
}
