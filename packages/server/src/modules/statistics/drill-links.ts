import { type DrillLink, type StatsDimension, statsPeriodOf } from '@fengqiao/domain';
import { NO_PLACE } from '../../db/stats-grouping';
import type { DrillTarget } from './stats-provider';

/** The list query of a measure for a run of days (`registeredFrom`/`registeredTo`…), or fixed for a stock. */
export type PeriodQuery = (firstDay: string, lastDay: string) => Record<string, string>;

/** The list parameters naming the places, shared by every list with village and district filters. */
export const PLACE_PARAMS = { village: 'villageId', district: 'districtId' } as const;

/**
 * The link to a list (`/disputes`, `/incidents`…) filtered to exactly what a figure counts: the measure's own
 * filter for the period, the viewed place (`villageId`/`districtId`), and a breakdown group through the list
 * parameter that names it (`params`). A group no list parameter can name (records not in any village) has none.
 */
export function drillLink(
  path: string,
  periodQuery: PeriodQuery,
  target: DrillTarget,
  params: Partial<Record<StatsDimension, string>>,
): DrillLink | null {
  const query: Record<string, string> = { ...periodQuery(target.period.firstDay, target.period.lastDay) };
  if (target.place) query[PLACE_PARAMS[target.place.level]] = target.place.id;
  for (const group of [target.group, target.thenGroup]) {
    if (!group) continue;
    if (group.dimension === 'month') {
      const month = statsPeriodOf('month', group.key);
      if (!month) return null;
      Object.assign(query, periodQuery(month.firstDay, month.lastDay));
      continue;
    }
    const param = params[group.dimension];
    if (!param || group.key === NO_PLACE) return null;
    query[param] = group.key;
  }
  return { path, query };
}
