import { addMonths, coverageChange, coverageFigure, standingOn } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';
import {
  type BaseRow,
  type InstallRow,
  listBaseRows,
  listScopeVillages,
  listStandingInstalls,
} from './antifraud.repository';

/** A village's base and install count standing on a day and on the same day a month earlier. */
export interface VillageCoverage {
  village: { id: string; name: string; town_id: string | null; path: string };
  base: BaseRow | null;
  installs: InstallRow | null;
  previousBase: BaseRow | null;
  previousInstalls: InstallRow | null;
}

export interface CoverageTotals {
  base: number;
  installs: number;
  previousBase: number;
  previousInstalls: number;
}

/**
 * The coverage of every village in a scope as of `day` and `previousDay`, in three queries whatever the number of
 * villages: the villages, their bases up to the day (a few each), and the install counts standing on each day.
 */
export async function villageCoverage(
  exec: Executor,
  scope: Scope,
  day: string,
  previousDay: string = addMonths(day, -1),
): Promise<VillageCoverage[]> {
  const villages = await listScopeVillages(exec, scope);
  const ids = villages.map((village) => village.id);
  const bases = await listBaseRows(exec, ids, day);
  const [installs, previous] = await Promise.all([
    listStandingInstalls(exec, ids, day),
    listStandingInstalls(exec, ids, previousDay),
  ]);
  const basesOf = new Map<string, { day: string; row: BaseRow }[]>();
  for (const row of bases) {
    const list = basesOf.get(row.jurisdiction_id) ?? [];
    list.push({ day: row.effective_from, row });
    basesOf.set(row.jurisdiction_id, list);
  }
  const installsOf = new Map(installs.map((row) => [row.jurisdiction_id, row]));
  const previousOf = new Map(previous.map((row) => [row.jurisdiction_id, row]));
  return villages.map((village) => {
    const history = basesOf.get(village.id) ?? [];
    return {
      village,
      base: standingOn(history, day)?.row ?? null,
      installs: installsOf.get(village.id) ?? null,
      previousBase: standingOn(history, previousDay)?.row ?? null,
      previousInstalls: previousOf.get(village.id) ?? null,
    };
  });
}

/**
 * The villages summed: a village counts on a day only when both its base and an install count stand then, so a
 * village not yet surveyed never pulls the town's rate down. Each village counts in its own measure.
 */
export function coverageTotals(rows: readonly VillageCoverage[]): CoverageTotals {
  const totals: CoverageTotals = { base: 0, installs: 0, previousBase: 0, previousInstalls: 0 };
  for (const row of rows) {
    if (row.base && row.installs) {
      totals.base += row.base.count;
      totals.installs += row.installs.installs;
    }
    if (row.previousBase && row.previousInstalls) {
      totals.previousBase += row.previousBase.count;
      totals.previousInstalls += row.previousInstalls.installs;
    }
  }
  return totals;
}

/** The numbers a coverage row or total shows: the rate now and a month before, and the change in 百分点. */
export function coverageNumbers(
  now: { base: number | null; installs: number | null },
  before: { base: number | null; installs: number | null },
) {
  const current = now.base !== null && now.installs !== null ? coverageFigure(now.installs, now.base) : null;
  const previous =
    before.base !== null && before.installs !== null ? coverageFigure(before.installs, before.base) : null;
  return {
    base: now.base,
    installs: now.installs,
    percent: current?.percent ?? null,
    previousBase: before.base,
    previousInstalls: before.installs,
    previousPercent: previous?.percent ?? null,
    change: current && previous ? coverageChange(current, previous) : null,
  };
}
