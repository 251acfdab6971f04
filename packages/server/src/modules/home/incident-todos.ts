import {
  arrivalOf,
  disputePlaceName,
  TODAY_ITEMS_SHOWN,
  type TodayBadge,
  type TodayGroup,
  type TodayItem,
  todayTitle,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds, requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { nowIso } from '../../platform/ids';
import { countIncidentTodos, type IncidentListRow, listIncidentViews } from '../incidents/incidents.repository';
import type { TodoSource } from './todo-sources';

/**
 * Incidents on the home page, for whoever goes out to them (incident.handle: the village's auxiliary officer,
 * the station's police): those dispatched and not yet acknowledged, and those acknowledged but not reached past
 * their arrival target. Each group is the incident list with its link's filters (`state=DISPATCHED`,
 * `state=ACKED&late=true`), newest first as the list shows them; three reads in all.
 */
export const incidentTodos: TodoSource = {
  module: 'incidents',
  async items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]> {
    if (!(await holds(exec, ctx, 'incident.handle'))) return [];
    const scope = await requireAccess(exec, ctx, 'incident.handle');
    const at = nowIso(now);
    const counts = await countIncidentTodos(exec, scope, at);
    const list = (filter: { state: 'DISPATCHED' } | { state: 'ACKED'; late: true }) =>
      listIncidentViews(exec, scope, { ...filter, now: at, after: null, limit: TODAY_ITEMS_SHOWN });
    return [
      {
        key: 'incident_unacknowledged',
        module: 'incidents',
        badge: 'unacknowledged',
        total: counts.unacknowledged,
        items: (await list({ state: 'DISPATCHED' })).map((row) => item(row, 'unacknowledged', now)),
        list: { path: '/incidents', query: { state: 'DISPATCHED' } },
      },
      {
        key: 'incident_late',
        module: 'incidents',
        badge: 'late_arrival',
        total: counts.late,
        items: (await list({ state: 'ACKED', late: true })).map((row) => item(row, 'late_arrival', now)),
        list: { path: '/incidents', query: { state: 'ACKED', late: 'true' } },
      },
    ];
  },
};

function item(row: IncidentListRow, badge: TodayBadge, now: Date): TodayItem {
  const arrival = arrivalOf(
    { receivedAt: row.received_at, arrivedAt: row.arrived_at, arrivalTargetMinutes: row.arrival_target_minutes },
    now,
  );
  return {
    id: row.id,
    number: row.number,
    // The class, not the summary: a caller's free text can name people, and reading it is an audited list read.
    title: todayTitle(row.class_name),
    place: disputePlaceName({ jurisdictionName: row.jurisdiction_name, villageName: row.village_name }),
    dueOn: null,
    // When the first responder should be there (the class's target after the call): what they race against.
    at: new Date(Date.parse(row.received_at) + row.arrival_target_minutes * 60_000).toISOString(),
    badges: badge !== 'late_arrival' && arrival.late ? [badge, 'late_arrival'] : [badge],
    link: `/incidents/${row.id}`,
  };
}
