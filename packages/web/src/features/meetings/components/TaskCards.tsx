import { RightOutlined } from '@ant-design/icons';
import type { TaskListItem } from '@fengqiao/domain';
import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import { PriorityTag, TaskDeadline, TaskStateTag } from './TaskTags';

/** Tasks on a phone: one tappable card each, with what decides whether to open it now (deadline, state). */
export function TaskCards({ tasks }: { tasks: TaskListItem[] }) {
  return (
    <Flex vertical gap={10}>
      {tasks.map((task) => (
        <Link
          key={task.id}
          to={`/tasks/${encodeURIComponent(task.id)}`}
          data-testid={`task-card-${task.id}`}
          style={{ color: 'inherit' }}
        >
          <Card size="small" hoverable styles={{ body: { padding: '12px 14px' } }}>
            <Flex justify="space-between" align="center" gap={8}>
              <Flex vertical gap={4} style={{ minWidth: 0 }}>
                <Flex align="center" gap={6} wrap>
                  <TaskStateTag state={task.state} />
                  <PriorityTag priority={task.priority} />
                  {task.villageName ? <Typography.Text type="secondary">{task.villageName}</Typography.Text> : null}
                </Flex>
                <Typography.Text strong style={{ fontSize: 17 }}>
                  {task.title}
                </Typography.Text>
                <Typography.Text type="secondary">{task.owner.name}</Typography.Text>
                <TaskDeadline task={task} />
              </Flex>
              <RightOutlined style={{ color: '#999' }} />
            </Flex>
          </Card>
        </Link>
      ))}
    </Flex>
  );
}
