import type { TaskListItem } from '@fengqiao/domain';
import { useIsMobile } from '../../../ui/use-is-mobile';
import { TaskCards } from './TaskCards';
import { TaskTable } from './TaskTable';

/** Tasks inside a meeting's page: cards on a phone, a compact table on a desktop. */
export function TaskList({ tasks, showMeeting }: { tasks: TaskListItem[]; showMeeting: boolean }) {
  return useIsMobile() ? <TaskCards tasks={tasks} /> : <TaskTable tasks={tasks} showMeeting={showMeeting} />;
}
