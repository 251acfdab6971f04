import { TODAY_ITEMS_SHOWN, type TodayBadge, type TodayGroup, type TodayGroupKey } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { hazardFilterOf } from '../hazards/hazard-filters';
import { countHazardViews, listHazardViews } from '../hazards/hazards.repository';
import { dueItem, flagsQuery, shownGroups } from './due-groups';
import type { TodoSource } from './todo-sources';

const GROUPS: readonly { key: TodayGroupKey; badge: TodayBadge; query: { overdue: true } | { dueSoon: true } }[] = [
  { key: 'hazard_overdue', badge: 'overdue', query: { overdue: true } },
  { key: 'hazard_due_soon', badge: 'due_soon', query: { dueSoon: true } },
];

/**
 * Hazards on the home page: the open hazards the caller reads (the town's for the station and the 综治办, the
 * village's for its auxiliary officer and cadres, the department's own) past their last day or due within
 * HAZARD_DUE_SOON_DAYS, as the hazard list's `overdue` and `dueSoon` show them. Readers see both groups, empty or
 * not; a reporter without hazard.read (a patrol volunteer) only when his own reports are in them. Four reads.
 */
export const hazardTodos: TodoSource = {
  module: 'hazards',
  async items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]> {
    const groups: TodayGroup[] = [];
    for (const { key, badge, query } of GROUPS) {
      const { visibility, filter } = await hazardFilterOf(exec, ctx, query, now);
      const total = await countHazardViews(exec, visibility, filter);
      const rows = await listHazardViews(exec, visibility, { ...filter, after: null, limit: TODAY_ITEMS_SHOWN });
      groups.push({
        key,
        module: 'hazards',
        badge,
        total,
        items: rows.map((row) => dueItem(row, badge, '/hazards')),
        list: { path: '/hazards', query: flagsQuery(query) },
      });
    }
    const reader = await holds(exec, ctx, 'hazard.read');
    return shownGroups(reader, groups);
  },
};
