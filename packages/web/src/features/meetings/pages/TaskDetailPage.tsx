import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Flex, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { RecordLoadError } from '../../../ui/RecordLoadError';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { FeedbackList } from '../components/FeedbackList';
import { TaskActionBar } from '../components/TaskActionBar';
import { TaskLinks } from '../components/TaskLinks';
import { PriorityTag, TaskDeadline, TaskStateTag } from '../components/TaskTags';
import { useTask } from '../hooks/use-tasks';

/**
 * One task: what is asked, by when, of whom; the records it concerns; the owner's feedback; and the moves the caller
 * may make. On a phone the owner's buttons come right under the title.
 */
export function TaskDetailPage() {
  const { id = '' } = useParams();
  const { t, dateTime } = useT();
  const navigate = useNavigate();
  const isMobile = useIsMobile();
  const task = useTask(id);

  if (task.isPending) return <Skeleton active />;
  if (task.isError) return <RecordLoadError error={task.error} onRetry={() => void task.refetch()} />;
  const record = task.data;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 960 }}>
      <Flex>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate(-1)}>
          {t('common.back')}
        </Button>
      </Flex>
      <Card size="small">
        <Flex vertical gap={10}>
          <Flex align="center" gap={8} wrap>
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="task-title">
              {record.title}
            </Typography.Title>
            <TaskStateTag state={record.state} />
            <PriorityTag priority={record.priority} />
          </Flex>
          {isMobile ? <TaskActionBar task={record} /> : null}
          {record.reason ? (
            <Alert type="warning" showIcon title={t('tasks.reason')} description={record.reason} />
          ) : null}
          <Descriptions
            size="small"
            column={{ xs: 1, sm: 2, md: 3 }}
            items={[
              {
                key: 'owner',
                label: t('tasks.owner'),
                children: <span data-testid="task-owner">{record.owner.name}</span>,
              },
              { key: 'dueOn', label: t('tasks.dueOn'), children: <TaskDeadline task={record} /> },
              { key: 'village', label: t('tasks.village'), children: record.villageName ?? '—' },
              { key: 'assignedBy', label: t('tasks.assignedBy'), children: record.assignedByName ?? '—' },
              {
                key: 'meeting',
                label: t('tasks.meeting'),
                children: record.meetingId ? (
                  <Link to={`/meetings/${encodeURIComponent(record.meetingId)}`}>{record.meetingTitle}</Link>
                ) : (
                  '—'
                ),
              },
              ...(record.doneAt
                ? [{ key: 'doneAt', label: t('tasks.doneAt'), children: dateTime(record.doneAt) }]
                : []),
              ...(record.confirmedAt
                ? [{ key: 'confirmedAt', label: t('tasks.confirmedAt'), children: dateTime(record.confirmedAt) }]
                : []),
              ...(record.cancelledAt
                ? [{ key: 'cancelledAt', label: t('tasks.cancelledAt'), children: dateTime(record.cancelledAt) }]
                : []),
              {
                key: 'links',
                label: t('tasks.links'),
                children: record.links.length > 0 ? <TaskLinks links={record.links} /> : '—',
              },
            ]}
          />
          {record.detail ? (
            <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{record.detail}</Typography.Paragraph>
          ) : null}
        </Flex>
      </Card>
      {isMobile ? null : <TaskActionBar task={record} />}
      <FeedbackList taskId={record.id} entries={record.feedback} />
    </Flex>
  );
}
