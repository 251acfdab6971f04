import {
  type DisputeListQuery,
  deadlineStatus,
  disputePlaceName,
  dueSoonUntil,
  isDueSoon,
  overdueFlag,
  TODAY_ITEMS_SHOWN,
  type TodayBadge,
  type TodayGroup,
  type TodayItem,
  todayTitle,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds, type Scope } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { nowIso } from '../../platform/ids';
import { readScope, workScope } from '../disputes/disputes.policy';
import { countDisputeBoard, type RankedDisputeView } from '../disputes/disputes.repository';
import type { DisputesService } from '../disputes/disputes.service';
import type { TodoSource } from './todo-sources';

type ListFilter = Omit<DisputeListQuery, 'cursor' | 'limit'>;

/**
 * Disputes on the home page: the overdue and due-soon cases the caller may work (the list's `mine`), and the open
 * red alerts the caller may read. Each group is the disputes list with the filters of its link, in the list's
 * urgency order, counted by the board's query over the same scope: four reads for the caller who works cases
 * (counts and two lists) and three for the red alerts (counts and one list).
 */
export function disputeTodos(disputes: DisputesService): TodoSource {
  return {
    module: 'disputes',
    async items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]> {
      const at = nowIso(now);
      const groups: TodayGroup[] = [];
      const list = async (scope: Scope, filter: ListFilter) =>
        disputes.query(exec, scope, { ...filter, order: 'urgency' }, null, TODAY_ITEMS_SHOWN, at);
      const count = (scope: Scope) =>
        countDisputeBoard(
          exec,
          scope,
          { now: at, dueSoonUntil: dueSoonUntil(at) },
          { monthFromAt: at, yearFromAt: at, range: null },
        );
      if (await holds(exec, ctx, 'dispute.handle')) {
        const scope = await workScope(exec, ctx);
        const counts = await count(scope);
        const overdue = { mine: true, open: true, overdue: true };
        const dueSoon = { mine: true, open: true, dueSoon: true };
        groups.push({
          key: 'dispute_overdue',
          module: 'disputes',
          badge: 'overdue',
          total: counts.open.reduce((sum, row) => sum + row.overdue, 0),
          items: (await list(scope, overdue)).map((row) => item(row, 'overdue', now)),
          list: link(overdue),
        });
        groups.push({
          key: 'dispute_due_soon',
          module: 'disputes',
          badge: 'due_soon',
          total: counts.open.reduce((sum, row) => sum + row.due_soon, 0),
          items: (await list(scope, dueSoon)).map((row) => item(row, 'due_soon', now)),
          list: link(dueSoon),
        });
      }
      if (await holds(exec, ctx, 'dispute.read')) {
        const scope = await readScope(exec, ctx);
        const counts = await count(scope);
        const red = { risk: 'red', open: true } as const;
        groups.push({
          key: 'dispute_red',
          module: 'disputes',
          badge: 'red_alert',
          total: counts.open.filter((row) => row.risk_grade === 'red').reduce((sum, row) => sum + row.total, 0),
          items: (await list(scope, red)).map((row) => item(row, 'red_alert', now)),
          list: link(red),
        });
      }
      return groups;
    },
  };
}

function item(row: RankedDisputeView, badge: TodayBadge, now: Date): TodayItem {
  const overdue = overdueFlag(row.overdue === 1, row.state, row.deadline_at, now);
  const due = deadlineStatus(row.deadline_at, row.state, now);
  const badges: TodayBadge[] = [badge];
  if (badge !== 'overdue' && overdue) badges.push('overdue');
  if (badge !== 'due_soon' && isDueSoon(row.state, row.deadline_at, overdue, now)) badges.push('due_soon');
  if (badge !== 'red_alert' && row.risk_grade === 'red') badges.push('red_alert');
  return {
    id: row.id,
    number: row.number,
    title: todayTitle(row.summary),
    place: disputePlaceName({ jurisdictionName: row.jurisdiction_name, villageName: row.village_name }),
    dueOn: due.kind === 'none' ? null : due.lastDay,
    at: null,
    badges,
    link: `/disputes/${row.id}`,
  };
}

function link(filter: Record<string, string | boolean>): TodayGroup['list'] {
  return { path: '/disputes', query: Object.fromEntries(Object.entries(filter).map(([k, v]) => [k, String(v)])) };
}
