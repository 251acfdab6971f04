import {
  shanghaiDate,
  TODAY_ITEMS_SHOWN,
  type TodayBadge,
  type TodayGroup,
  type TodayGroupKey,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { taskVisibility } from '../meetings/meetings.policy';
import { countTaskViews, listTaskViews } from '../meetings/tasks.repository';
import { taskFilterOf } from '../meetings/tasks.service';
import { dueItem, flagsQuery, shownGroups } from './due-groups';
import type { TodoSource } from './todo-sources';

const GROUPS: readonly { key: TodayGroupKey; badge: TodayBadge; query: { overdue: true } | { dueSoon: true } }[] = [
  { key: 'task_overdue', badge: 'overdue', query: { overdue: true } },
  { key: 'task_due_soon', badge: 'due_soon', query: { dueSoon: true } },
];

/**
 * Tasks on the home page: the open tasks on the caller's owner side (their own, or their department's: the task
 * list's `mine`) that are overdue or due within TASK_DUE_SOON_DAYS, soonest deadline first as the list shows them.
 * Everyone who may read tasks sees both groups, empty or not; an owner without task.read (a task may name any
 * account of the town) sees them only when there is something in them. Four reads: a count and a page per group.
 */
export const taskTodos: TodoSource = {
  module: 'tasks',
  async items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]> {
    const visibility = await taskVisibility(exec, ctx);
    const today = shanghaiDate(now);
    const groups: TodayGroup[] = [];
    for (const { key, badge, query } of GROUPS) {
      const list = { mine: true, ...query };
      const filter = taskFilterOf(list, visibility, today);
      const total = await countTaskViews(exec, visibility, filter);
      const rows = await listTaskViews(exec, visibility, { ...filter, after: null, limit: TODAY_ITEMS_SHOWN });
      groups.push({
        key,
        module: 'tasks',
        badge,
        total,
        items: rows.map((row) => dueItem(row, badge, '/tasks')),
        list: { path: '/tasks', query: flagsQuery(list) },
      });
    }
    const reader = await holds(exec, ctx, 'task.read');
    return shownGroups(reader, groups);
  },
};
