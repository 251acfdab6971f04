import {
  addDays,
  HAZARD_DUE_SOON_DAYS,
  type HazardListFilters,
  type HazardState,
  shanghaiDate,
  shanghaiDayStart,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import { hazardVisibility } from './hazards.policy';
import type { HazardFilter, HazardVisibility } from './hazards.repository';

const OPEN: readonly HazardState[] = ['reported', 'assigned'];

/**
 * The repository's filter for a list query at `now`: the list, its export and the home page's counts share it, so a
 * home figure opens exactly its records. `overdue`: open past the last day (Shanghai); `dueSoon`: open, due within
 * HAZARD_DUE_SOON_DAYS (today included); both together: either. `from`/`to` are Shanghai days of the report,
 * `fixedFrom`/`fixedTo` of the verification.
 */
export function hazardFilterFor(filters: HazardListFilters, now: Date): Omit<HazardFilter, 'after' | 'limit'> {
  const today = shanghaiDate(now);
  const pending = filters.open || filters.overdue || filters.dueSoon;
  return {
    states: pending ? OPEN : filters.state ? [filters.state] : undefined,
    source: filters.source,
    villageId: filters.villageId,
    districtId: filters.districtId,
    dueBy: filters.dueSoon
      ? addDays(today, HAZARD_DUE_SOON_DAYS - 1)
      : filters.overdue
        ? addDays(today, -1)
        : undefined,
    dueFrom: filters.dueSoon && !filters.overdue ? today : undefined,
    reportedFrom: filters.from ? shanghaiDayStart(filters.from).toISOString() : undefined,
    reportedBefore: filters.to ? shanghaiDayStart(addDays(filters.to, 1)).toISOString() : undefined,
    fixedFrom: filters.fixedFrom ? shanghaiDayStart(filters.fixedFrom).toISOString() : undefined,
    fixedBefore: filters.fixedTo ? shanghaiDayStart(addDays(filters.fixedTo, 1)).toISOString() : undefined,
  };
}

export async function hazardFilterOf(
  db: Executor,
  ctx: RequestContext,
  filters: HazardListFilters,
  now: Date,
): Promise<{ visibility: HazardVisibility; filter: Omit<HazardFilter, 'after' | 'limit'> }> {
  return { visibility: await hazardVisibility(db, ctx), filter: hazardFilterFor(filters, now) };
}
