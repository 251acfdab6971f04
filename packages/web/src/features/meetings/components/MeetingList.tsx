import type { MeetingListItem } from '@fengqiao/domain';
import { Flex, Table, Typography } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { LinkCard } from '../../../ui/LinkCard';
import { rowTestId } from '../../../ui/row-test-id';
import { MeetingStateTag, useMonthLabel } from './MeetingTags';

const rowProps = rowTestId((meeting: MeetingListItem) => `meeting-row-${meeting.id}`);

/** Open tasks out of all, and the overdue ones in red: what the next meeting will have to go through. */
function TaskCounts({ meeting }: { meeting: MeetingListItem }) {
  const { t } = useT();
  return (
    <span className="fq-keep-together">
      {t('meetings.taskCounts', { open: meeting.openTaskCount, total: meeting.taskCount })}
      {meeting.overdueTaskCount > 0 ? (
        <Typography.Text type="danger" style={{ marginInlineStart: 6 }}>
          {t('meetings.overdueCount', { n: meeting.overdueTaskCount })}
        </Typography.Text>
      ) : null}
    </span>
  );
}

export function MeetingTable({ meetings, loading }: { meetings: MeetingListItem[]; loading: boolean }) {
  const { t, dateTime } = useT();
  const monthLabel = useMonthLabel();
  return (
    <Table<MeetingListItem>
      rowKey="id"
      loading={loading}
      dataSource={meetings}
      pagination={false}
      onRow={rowProps}
      scroll={{ x: 900 }}
      columns={[
        {
          title: t('meetings.meeting'),
          key: 'title',
          render: (_v, meeting) => <Link to={`/meetings/${encodeURIComponent(meeting.id)}`}>{meeting.title}</Link>,
        },
        { title: t('meetings.month'), key: 'month', width: 130, render: (_v, meeting) => monthLabel(meeting.month) },
        {
          title: t('meetings.startsAt'),
          key: 'startsAt',
          width: 180,
          render: (_v, meeting) => dateTime(meeting.startsAt),
        },
        { title: t('meetings.place'), dataIndex: 'place', key: 'place', width: 200, ellipsis: true },
        {
          title: t('meetings.chair'),
          key: 'chair',
          width: 150,
          render: (_v, meeting) => meeting.chair?.name ?? t('meetings.noChair'),
        },
        {
          title: t('meetings.state'),
          key: 'state',
          width: 90,
          render: (_v, meeting) => <MeetingStateTag state={meeting.state} />,
        },
        {
          title: t('meetings.openTasks'),
          key: 'tasks',
          width: 150,
          render: (_v, meeting) => <TaskCounts meeting={meeting} />,
        },
      ]}
    />
  );
}

export function MeetingCards({ meetings }: { meetings: MeetingListItem[] }) {
  const { t, dateTime } = useT();
  return (
    <Flex vertical gap={10}>
      {meetings.map((meeting) => (
        <LinkCard
          key={meeting.id}
          to={`/meetings/${encodeURIComponent(meeting.id)}`}
          testId={`meeting-card-${meeting.id}`}
        >
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <Flex align="center" gap={6} wrap>
              <MeetingStateTag state={meeting.state} />
              <Typography.Text strong style={{ fontSize: 17 }}>
                {meeting.title}
              </Typography.Text>
            </Flex>
            <Typography.Text type="secondary">
              {dateTime(meeting.startsAt)} · {meeting.place}
            </Typography.Text>
            <Typography.Text>
              {t('meetings.openTasks')} <TaskCounts meeting={meeting} />
            </Typography.Text>
          </Flex>
        </LinkCard>
      ))}
    </Flex>
  );
}
