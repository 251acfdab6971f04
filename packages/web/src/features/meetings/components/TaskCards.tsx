import type { TaskListItem } from '@fengqiao/domain';
import { Flex, Typography } from 'antd';
import { LinkCard } from '../../../ui/LinkCard';
import { PriorityTag, TaskDeadline, TaskStateTag } from './TaskTags';

/** Tasks on a phone: one tappable card each, with what decides whether to open it now (deadline, state). */
export function TaskCards({ tasks }: { tasks: TaskListItem[] }) {
  return (
    <Flex vertical gap={10}>
      {tasks.map((task) => (
        <LinkCard key={task.id} to={`/tasks/${encodeURIComponent(task.id)}`} testId={`task-card-${task.id}`}>
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
        </LinkCard>
      ))}
    </Flex>
  );
}
