import { DownloadOutlined } from '@ant-design/icons';
import {
  VIDEO_REMINDER_STATE_LABELS,
  VIDEO_REMINDER_STATES,
  VIDEO_REMINDER_TARGET_LABELS,
  type VideoReminder,
} from '@fengqiao/domain';
import { Button, Card, Checkbox, Flex, Select, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { API_BASE } from '../../../api/client';
import { toQueryString } from '../../../api/query-string';
import { useT } from '../../../app/i18n/use-t';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadMoreButton } from '../../../ui/LoadMoreButton';
import { PageHeader } from '../../../ui/PageHeader';
import { isListLoading, pagedItems } from '../../../ui/paged-list';
import { rowTestId } from '../../../ui/row-test-id';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { VideoPatrolNav } from '../components/VideoPatrolNav';
import { ReminderStateTag } from '../components/VideoPatrolTags';
import { useReminders } from '../hooks/use-video-patrols';
import { type ReminderFilter, readReminderFilter, writeFilter } from '../lib/video-patrol-filters';

const rowProps = rowTestId((reminder: VideoReminder) => `reminder-row-${reminder.id}`);

/**
 * 远程提醒: the reminders the caller may read, the latest first, filtered by outcome (and 只看给我的) in the URL;
 * on a phone big cards the auxiliary officer taps to record the outcome.
 */
export function VideoRemindersPage() {
  const { t, label, dateTime } = useT();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const filter = readReminderFilter(params);
  const reminders = useReminders(filter);
  const items = pagedItems(reminders);
  const setFilter = (next: ReminderFilter) => setParams(writeFilter(next), { replace: true });

  return (
    <>
      <PageHeader
        title={t('videoPatrols.remindersTitle')}
        extra={
          <Button
            icon={<DownloadOutlined />}
            href={`${API_BASE}/video-patrols/reminders/export.xlsx${toQueryString({ ...filter })}`}
            data-testid="reminders-export"
          >
            {t('videoPatrols.export')}
          </Button>
        }
      />
      <VideoPatrolNav />
      <Flex wrap gap={8} style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder={t('videoPatrols.filter.outcome')}
          value={filter.state}
          onChange={(state) => setFilter({ ...filter, state })}
          options={VIDEO_REMINDER_STATES.map((state) => ({
            value: state,
            label: label(VIDEO_REMINDER_STATE_LABELS[state]),
          }))}
          style={{ minWidth: 140 }}
          data-testid="reminders-filter-state"
        />
        <Checkbox
          checked={filter.mine === 'true'}
          onChange={(event) => setFilter({ ...filter, mine: event.target.checked ? 'true' : undefined })}
          data-testid="reminders-filter-mine"
        >
          {t('videoPatrols.filter.mine')}
        </Checkbox>
      </Flex>
      {reminders.isError ? <ErrorAlert error={reminders.error} /> : null}
      {isMobile ? (
        <Flex vertical gap={10} data-testid="reminder-cards">
          {items.length === 0 && reminders.isSuccess ? (
            <Typography.Text type="secondary">{t('videoPatrols.remindersEmpty')}</Typography.Text>
          ) : null}
          {items.map((reminder) => (
            <Link
              key={reminder.id}
              to={`/video-patrols/reminders/${reminder.id}`}
              data-testid={`reminder-card-${reminder.id}`}
            >
              <Card size="small" style={{ minHeight: 64 }}>
                <Flex vertical gap={4}>
                  <Flex justify="space-between" gap={8}>
                    <Typography.Text strong>{reminder.cameraName}</Typography.Text>
                    <ReminderStateTag state={reminder.state} />
                  </Flex>
                  <Typography.Text ellipsis>{reminder.message}</Typography.Text>
                  <Typography.Text type="secondary">
                    {reminder.villageName} · {dateTime(reminder.sentAt)}
                  </Typography.Text>
                </Flex>
              </Card>
            </Link>
          ))}
        </Flex>
      ) : (
        <Table<VideoReminder>
          rowKey="id"
          size="middle"
          data-testid="reminder-table"
          loading={isListLoading(reminders)}
          dataSource={items}
          pagination={false}
          locale={{ emptyText: t('videoPatrols.remindersEmpty') }}
          onRow={rowProps}
          columns={[
            { key: 'sentAt', title: t('videoPatrols.col.sentAt'), render: (_, r) => dateTime(r.sentAt) },
            {
              key: 'camera',
              title: t('videoPatrols.col.camera'),
              render: (_, r) => <Link to={`/video-patrols/reminders/${r.id}`}>{r.cameraName}</Link>,
            },
            { key: 'village', title: t('videoPatrols.col.village'), dataIndex: 'villageName' },
            { key: 'message', title: t('videoPatrols.col.message'), dataIndex: 'message', ellipsis: true },
            {
              key: 'recipient',
              title: t('videoPatrols.col.recipient'),
              render: (_, r) => `${label(VIDEO_REMINDER_TARGET_LABELS[r.target])} ${r.recipientName}`,
            },
            {
              key: 'state',
              title: t('videoPatrols.col.outcome'),
              render: (_, r) => <ReminderStateTag state={r.state} />,
            },
            {
              key: 'outcomeAt',
              title: t('videoPatrols.col.outcomeAt'),
              render: (_, r) => (r.outcomeAt ? `${dateTime(r.outcomeAt)} ${r.outcomeByName ?? ''}` : '—'),
            },
          ]}
        />
      )}
      <LoadMoreButton query={reminders} shown={items.length} />
    </>
  );
}
