import { DownloadOutlined, EditOutlined, PrinterOutlined } from '@ant-design/icons';
import { ATTENDEE_KIND_LABELS, type Meeting } from '@fengqiao/domain';
import { App, Button, Card, Descriptions, Flex, Tag, Typography } from 'antd';
import { useState } from 'react';
import { can } from '../../../app/auth/permissions';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { type MeetingStep, meetingDocxUrl, meetingPrintUrl, useMeetingStep } from '../hooks/use-meetings';
import { attendeePlace } from '../lib/attendees';
import { MeetingFormModal } from './MeetingFormModal';
import { MeetingStateTag, useMonthLabel } from './MeetingTags';

const STEPS: readonly MeetingStep[] = ['hold', 'close', 'cancel'];

/**
 * Title, state, time, place, chair and attendees, with the buttons the record's `actions` allow: edit, hold (which
 * freezes the figures), finalise, cancel, and the minutes' A4 print page and DOCX.
 */
export function MeetingHeader({ meeting }: { meeting: Meeting }) {
  const { t, label, dateTime } = useT();
  const { modal, message } = App.useApp();
  const monthLabel = useMonthLabel();
  const step = useMeetingStep(meeting.id);
  const [editing, setEditing] = useState(false);
  const confirmStep = (action: MeetingStep) =>
    modal.confirm({
      title: t(`meetings.action.${action}`),
      content: t(`meetings.confirm.${action}`),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: action === 'cancel', ...{ 'data-testid': 'meeting-step-confirm' } },
      onOk: () => step.mutateAsync(action).then(() => message.success(t(`meetings.done.${action}`))),
    });

  return (
    <Card size="small">
      <Flex vertical gap={10}>
        <Flex align="center" gap={8} wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="meeting-title">
            {meeting.title}
          </Typography.Title>
          <MeetingStateTag state={meeting.state} />
        </Flex>
        <Flex gap={8} wrap>
          {can(meeting, 'edit') ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="meeting-edit">
              {t('meetings.edit')}
            </Button>
          ) : null}
          {STEPS.filter((action) => can(meeting, action)).map((action) => (
            <Button
              key={action}
              type={action === 'cancel' ? 'default' : 'primary'}
              danger={action === 'cancel'}
              loading={step.isPending && step.variables === action}
              onClick={() => confirmStep(action)}
              data-testid={`meeting-action-${action}`}
            >
              {t(`meetings.action.${action}`)}
            </Button>
          ))}
          {can(meeting, 'print') ? (
            <>
              <Button
                icon={<PrinterOutlined />}
                href={meetingPrintUrl(meeting.id)}
                target="_blank"
                rel="noopener"
                data-testid="meeting-print"
              >
                {t('meetings.print')}
              </Button>
              <Button icon={<DownloadOutlined />} href={meetingDocxUrl(meeting.id)} data-testid="meeting-docx">
                {t('meetings.docx')}
              </Button>
            </>
          ) : null}
        </Flex>
        <ErrorAlert error={step.error} />
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, md: 3 }}
          items={[
            { key: 'month', label: t('meetings.month'), children: monthLabel(meeting.month) },
            { key: 'startsAt', label: t('meetings.startsAt'), children: dateTime(meeting.startsAt) },
            { key: 'place', label: t('meetings.place'), children: meeting.place },
            { key: 'chair', label: t('meetings.chair'), children: meeting.chair?.name ?? t('meetings.noChair') },
          ]}
        />
        <Flex gap={6} wrap align="baseline">
          <Typography.Text type="secondary">
            {t('meetings.attendees')}（{t('meetings.attendeeCount', { n: meeting.attendees.length })}）
          </Typography.Text>
          {meeting.attendees.length === 0 ? (
            <Typography.Text type="secondary">{t('meetings.noAttendees')}</Typography.Text>
          ) : (
            <Flex gap={4} wrap data-testid="meeting-attendees-list">
              {meeting.attendees.map((attendee) => (
                <Tag key={attendee.id} color={attendee.present ? undefined : 'default'}>
                  {t('meetings.attendeeWithPlace', {
                    name: attendee.name,
                    place: attendeePlace(attendee, label(ATTENDEE_KIND_LABELS[attendee.kind])),
                  })}
                  {attendee.present ? '' : ` ${t('meetings.absent')}`}
                </Tag>
              ))}
            </Flex>
          )}
        </Flex>
      </Flex>
      {editing ? <MeetingFormModal meeting={meeting} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
