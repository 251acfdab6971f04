import type { TaskListItem } from '@fengqiao/domain';
import { Table } from 'antd';
import { Link } from 'react-router';
import { useT } from '../../../app/i18n/use-t';
import { rowTestId } from '../../../ui/row-test-id';
import { TaskLinks } from './TaskLinks';
import { PriorityTag, TaskDeadline, TaskStateTag } from './TaskTags';

const rowProps = rowTestId((task: TaskListItem) => `task-row-${task.id}`);

/** Tasks on a desktop: the list page, a meeting's 交办任务 item and the carried-over tasks at the agenda's top. */
export function TaskTable({
  tasks,
  loading = false,
  showMeeting = true,
}: {
  tasks: TaskListItem[];
  loading?: boolean;
  showMeeting?: boolean;
}) {
  const { t } = useT();
  return (
    <Table<TaskListItem>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={tasks}
      pagination={false}
      onRow={rowProps}
      scroll={{ x: 960 }}
      columns={[
        {
          title: t('tasks.taskTitle'),
          key: 'title',
          render: (_v, task) => (
            <>
              <Link to={`/tasks/${encodeURIComponent(task.id)}`}>{task.title}</Link>{' '}
              <PriorityTag priority={task.priority} />
            </>
          ),
        },
        { title: t('tasks.owner'), key: 'owner', width: 150, render: (_v, task) => task.owner.name },
        { title: t('tasks.village'), key: 'village', width: 110, render: (_v, task) => task.villageName ?? '—' },
        { title: t('tasks.dueOn'), key: 'dueOn', width: 200, render: (_v, task) => <TaskDeadline task={task} /> },
        {
          title: t('tasks.state'),
          key: 'state',
          width: 100,
          render: (_v, task) => <TaskStateTag state={task.state} />,
        },
        ...(showMeeting
          ? [
              {
                title: t('tasks.meeting'),
                key: 'meeting',
                width: 170,
                render: (_v: unknown, task: TaskListItem) =>
                  task.meetingId ? (
                    <Link to={`/meetings/${encodeURIComponent(task.meetingId)}`}>{task.meetingTitle}</Link>
                  ) : (
                    '—'
                  ),
              },
            ]
          : []),
        { title: t('tasks.links'), key: 'links', width: 170, render: (_v, task) => <TaskLinks links={task.links} /> },
      ]}
    />
  );
}
