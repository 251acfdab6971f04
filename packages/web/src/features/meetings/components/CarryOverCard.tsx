import type { TaskListItem } from '@fengqiao/domain';
import { Alert, Card, Flex, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';
import { TaskList } from './TaskList';

/** The agenda opens with earlier meetings' tasks still open or awaiting confirmation, overdue ones counted. */
export function CarryOverCard({ tasks }: { tasks: TaskListItem[] }) {
  const { t } = useT();
  if (tasks.length === 0) return <Alert type="success" showIcon title={t('meetings.carryOverNone')} />;
  const open = tasks.filter((task) => task.state === 'open').length;
  const done = tasks.filter((task) => task.state === 'done').length;
  const overdue = tasks.filter((task) => task.overdue).length;
  return (
    <Card
      size="small"
      data-testid="meeting-carry-over"
      title={t('meetings.carryOverTitle')}
      styles={{ header: overdue > 0 ? { background: '#fff1f0' } : {} }}
    >
      <Flex vertical gap={8}>
        <Typography.Text type={overdue > 0 ? 'danger' : undefined} data-testid="meeting-carry-over-counts">
          {t('meetings.carryOver', { total: tasks.length, open, overdue, done })}
        </Typography.Text>
        <TaskList tasks={tasks} showMeeting />
      </Flex>
    </Card>
  );
}
