import { ArrowLeftOutlined, CheckCircleOutlined, PhoneOutlined, ShareAltOutlined } from '@ant-design/icons';
import {
  VIDEO_REMINDER_CHANNEL_LABELS,
  VIDEO_REMINDER_TARGET_LABELS,
  type VideoReminderDetail,
  type VideoReminderOutcome,
} from '@fengqiao/domain';
import { Alert, App, Button, Card, Descriptions, Flex, Image, Input, Skeleton, Typography } from 'antd';
import type { TextAreaRef } from 'antd/es/input/TextArea';
import { type ReactNode, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { ReminderStateTag } from '../components/VideoPatrolTags';
import { useReminder, useReminderOutcome, useRetryReminder } from '../hooks/use-video-patrols';

const OUTCOME_BUTTONS: readonly { outcome: VideoReminderOutcome; icon: ReactNode; danger?: boolean }[] = [
  { outcome: 'resolved', icon: <CheckCircleOutlined /> },
  { outcome: 'no_answer', icon: <PhoneOutlined />, danger: true },
  { outcome: 'referred', icon: <ShareAltOutlined /> },
];

/**
 * The recipient's three big buttons (已处理 / 无人应答 / 已转交), one tap each with an optional note; a referral
 * asks for the note first, since the server needs to know where it went.
 */
function OutcomeButtons({ reminder }: { reminder: VideoReminderDetail }) {
  const { t } = useT();
  const { message } = App.useApp();
  const outcome = useReminderOutcome(reminder.id);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const noteRef = useRef<TextAreaRef>(null);
  const send = (chosen: VideoReminderOutcome) => {
    const trimmed = note.trim();
    if (chosen === 'referred' && trimmed === '') {
      setNoteMissing(true);
      noteRef.current?.focus();
      return;
    }
    outcome.mutate(
      { outcome: chosen, ...(trimmed ? { note: trimmed } : {}) },
      { onSuccess: () => message.success(t('videoPatrols.outcomeSaved')) },
    );
  };
  return (
    <Card size="small" title={t('videoPatrols.outcomeTitle')} data-testid="reminder-outcome">
      <Flex vertical gap={12}>
        <ErrorAlert error={outcome.error} testId="reminder-outcome-error" />
        <Input.TextArea
          ref={noteRef}
          value={note}
          onChange={(event) => {
            setNote(event.target.value);
            setNoteMissing(false);
          }}
          status={noteMissing ? 'error' : undefined}
          autoSize={{ minRows: 2, maxRows: 5 }}
          maxLength={500}
          placeholder={t('videoPatrols.outcomeNote')}
          data-testid="reminder-outcome-note"
        />
        {noteMissing ? <Typography.Text type="danger">{t('videoPatrols.referredNoteRequired')}</Typography.Text> : null}
        {OUTCOME_BUTTONS.map((button) => (
          <Button
            key={button.outcome}
            type={button.outcome === 'resolved' ? 'primary' : 'default'}
            danger={button.danger}
            block
            icon={button.icon}
            loading={outcome.isPending && outcome.variables?.outcome === button.outcome}
            disabled={outcome.isPending}
            onClick={() => send(button.outcome)}
            data-testid={`reminder-outcome-${button.outcome}`}
            style={{ height: 64, fontSize: 20, borderRadius: 12 }}
          >
            {t(`videoPatrols.outcome.${button.outcome}`)}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}

/**
 * One remote reminder: what the patrol saw (camera, village, Beijing time, the note, the snapshots), whom it went
 * to and how, and the outcome — or, on the recipient's phone, the three buttons that record it.
 */
export function VideoReminderPage() {
  const { id = '' } = useParams();
  const { t, label, date, dateTime } = useT();
  const navigate = useNavigate();
  const reminder = useReminder(id);
  const retry = useRetryReminder(id);

  if (reminder.isPending) return <Skeleton active />;
  if (reminder.isError) return <RecordLoadError error={reminder.error} onRetry={() => void reminder.refetch()} />;
  const record = reminder.data;

  return (
    <Flex vertical gap={12} style={{ maxWidth: 720 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/video-patrols/reminders')}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="reminder-camera">
              {record.cameraName}
            </Typography.Title>
            <ReminderStateTag state={record.state} />
          </Flex>
          <Typography.Paragraph
            style={{ margin: 0, fontSize: 17, whiteSpace: 'pre-wrap' }}
            data-testid="reminder-message"
          >
            {record.message}
          </Typography.Paragraph>
          {record.findingNote && record.findingNote !== record.message ? (
            <Typography.Text type="secondary">{record.findingNote}</Typography.Text>
          ) : null}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2 }}
            items={[
              { key: 'village', label: t('videoPatrols.col.village'), children: record.villageName },
              {
                key: 'sentAt',
                label: t('videoPatrols.col.sentAt'),
                children: <span data-testid="reminder-sent-at">{dateTime(record.sentAt)}</span>,
              },
              { key: 'sentBy', label: t('videoPatrols.sentBy'), children: record.sentByName },
              {
                key: 'recipient',
                label: t('videoPatrols.col.recipient'),
                children: `${label(VIDEO_REMINDER_TARGET_LABELS[record.target])} ${record.recipientName}`,
              },
              {
                key: 'channel',
                label: t('videoPatrols.finding.channel'),
                children: label(VIDEO_REMINDER_CHANNEL_LABELS[record.channel]),
              },
              ...(record.attempt > 1
                ? [{ key: 'attempt', label: t('videoPatrols.attempt'), children: String(record.attempt) }]
                : []),
              {
                key: 'round',
                label: t('videoPatrols.round'),
                // The round's Shanghai day, shown in Beijing form like every date.
                children: (
                  <Link to={`/video-patrols/rounds/${record.roundId}`}>
                    {date(`${record.roundDay}T12:00:00+08:00`)}
                  </Link>
                ),
              },
            ]}
          />
          {record.snapshots.length > 0 ? (
            <Image.PreviewGroup>
              <Flex wrap gap={8} data-testid="reminder-snapshots">
                {record.snapshots.map((snapshot) => (
                  <Image key={snapshot.id} src={snapshot.url} width={160} height={90} style={{ objectFit: 'cover' }} />
                ))}
              </Flex>
            </Image.PreviewGroup>
          ) : null}
        </Flex>
      </Card>
      {record.state !== 'pending' ? (
        <Alert
          type={record.state === 'resolved' ? 'success' : 'warning'}
          showIcon
          data-testid="reminder-outcome-recorded"
          title={`${t(`videoPatrols.outcome.${record.state}`)} · ${dateTime(record.outcomeAt)} ${record.outcomeByName ?? ''}`}
          description={record.outcomeNote ?? undefined}
        />
      ) : null}
      {record.actions.includes('outcome') ? <OutcomeButtons reminder={record} /> : null}
      {record.actions.includes('retry') ? (
        <Flex vertical gap={8}>
          <ErrorAlert error={retry.error} />
          <Button
            size="large"
            loading={retry.isPending}
            onClick={() => retry.mutate({}, { onSuccess: (next) => navigate(`/video-patrols/reminders/${next.id}`) })}
            data-testid="reminder-retry"
          >
            {t('videoPatrols.retry')}
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
