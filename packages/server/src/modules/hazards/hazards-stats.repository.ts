import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll, likePrefix, likeSql } from '../../db/dialect';
import { inScopeSql } from '../../db/scope-filter';
import { districtKeySql, GROUP_KEY, shanghaiMonthSql, villageKeySql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';

/**
 * What is counted: hazards found (reported) or fixed (verified) within [fromAt, beforeAt), the hazard list's
 * `from`/`to` and `fixedFrom`/`fixedTo` days being the same Shanghai midnights; or the open hazards past their last
 * day as of `today` (a stock, the list's `overdue`).
 */
export type HazardStatsFilter =
  | { kind: 'found' | 'fixed'; fromAt: string; beforeAt: string; underPath?: string | undefined }
  | { kind: 'overdue'; today: string; underPath?: string | undefined };

/** How hazards are grouped: by source (the `category` dimension), place or month. */
export type HazardGrouping =
  | { dimension: 'category' | 'village' | 'district' }
  | { dimension: 'month'; from: string; to: string };

export interface GroupCount {
  key: string;
  count: number;
}

/** Hazards in the scope, in one query, per group or in total (key `''`). */
export async function countHazardGroups(
  db: Executor,
  scope: Scope,
  filter: HazardStatsFilter,
  grouping: HazardGrouping | null,
): Promise<GroupCount[]> {
  let base = db
    .selectFrom('hazards as h')
    .innerJoin('jurisdictions as j', 'j.id', 'h.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'h.town_id', jurisdiction: 'h.jurisdiction_id' }));
  if (filter.kind === 'overdue') {
    base = base.where('h.state', 'in', ['reported', 'assigned']).where('h.due_on', '<', filter.today);
  } else if (filter.kind === 'found') {
    base = base.where('h.reported_at', '>=', filter.fromAt).where('h.reported_at', '<', filter.beforeAt);
  } else {
    base = base
      .where('h.state', '=', 'verified')
      .where('h.verified_at', '>=', filter.fromAt)
      .where('h.verified_at', '<', filter.beforeAt);
  }
  if (filter.underPath) base = base.where(likeSql('j.path', likePrefix(filter.underPath)));
  if (!grouping) {
    const row = await base.select(countAll.as('count')).executeTakeFirst();
    return [{ key: '', count: row?.count ?? 0 }];
  }
  const rows = await base
    .$if(grouping.dimension === 'district', (qb) =>
      qb
        .leftJoin('jurisdictions as jp', 'jp.id', 'j.parent_id')
        .leftJoin('jurisdictions as jg', 'jg.id', 'jp.parent_id'),
    )
    .select([
      groupKey(grouping, filter.kind === 'fixed' ? 'h.verified_at' : 'h.reported_at').as(GROUP_KEY),
      countAll.as('count'),
    ])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

function groupKey(grouping: HazardGrouping, timeColumn: string): RawBuilder<string> {
  switch (grouping.dimension) {
    case 'category':
      return sql<string>`h.source`;
    case 'village':
      return villageKeySql();
    case 'district':
      return districtKeySql();
    case 'month':
      return shanghaiMonthSql(timeColumn, grouping.from, grouping.to);
  }
}
