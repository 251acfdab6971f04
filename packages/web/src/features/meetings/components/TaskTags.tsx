import {
  TASK_PRIORITY_LABELS,
  TASK_STATE_LABELS,
  type TaskListItem,
  type TaskPriority,
  type TaskState,
} from '@fengqiao/domain';
import { Tag, Typography } from 'antd';
import { useT } from '../../../app/i18n/use-t';

const STATE_COLORS: Record<TaskState, string> = {
  open: 'processing',
  done: 'gold',
  confirmed: 'green',
  cancelled: 'default',
};

export function TaskStateTag({ state }: { state: TaskState }) {
  const { label } = useT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid="task-state">
      {label(TASK_STATE_LABELS[state])}
    </Tag>
  );
}

export function PriorityTag({ priority }: { priority: TaskPriority }) {
  const { label } = useT();
  if (priority === 'normal') return null;
  return <Tag color={priority === 'high' ? 'red' : 'default'}>{label(TASK_PRIORITY_LABELS[priority])}</Tag>;
}

/** The last day, and how it stands for a task still being worked: days left, due today, or days overdue (red). */
export function TaskDeadline({ task }: { task: Pick<TaskListItem, 'dueOn' | 'deadline'> }) {
  const { t, date } = useT();
  const status = task.deadline;
  const note =
    status.kind === 'overdue'
      ? t('tasks.deadline.overdue', { n: status.days })
      : status.kind === 'today'
        ? t('tasks.deadline.today')
        : status.kind === 'remaining'
          ? t('tasks.deadline.remaining', { n: status.days })
          : null;
  return (
    <span className="fq-keep-together">
      {date(task.dueOn)}
      {note ? (
        <Typography.Text
          type={status.kind === 'overdue' ? 'danger' : status.kind === 'today' ? 'warning' : 'secondary'}
          strong={status.kind === 'overdue'}
          style={{ marginInlineStart: 6 }}
          data-testid="task-deadline-note"
        >
          {note}
        </Typography.Text>
      ) : null}
    </span>
  );
}
