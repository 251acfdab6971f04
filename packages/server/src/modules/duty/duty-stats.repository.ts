import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll, likePrefix, likeSql } from '../../db/dialect';
import { inScopeSql } from '../../db/scope-filter';
import { districtKeySql, GROUP_KEY, shanghaiMonthSql, villageKeySql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';

export interface DutyStatsFilter {
  /** Occurred within [fromAt, beforeAt): the duty list's `from`/`to` days are the same Shanghai midnights. */
  fromAt: string;
  beforeAt: string;
  /** A district or village: the entries at or under it. */
  underPath?: string | undefined;
}

/** How duty entries are grouped: by type (the `category` dimension), place or month. */
export type DutyGrouping =
  | { dimension: 'category' | 'village' | 'district' }
  | { dimension: 'month'; from: string; to: string };

export interface GroupCount {
  key: string;
  count: number;
}

/** Duty entries in the scope within the range, in one query, per group or in total (key `''`). */
export async function countDutyGroups(
  db: Executor,
  scope: Scope,
  filter: DutyStatsFilter,
  grouping: DutyGrouping | null,
): Promise<GroupCount[]> {
  let base = db
    .selectFrom('duty_logs as l')
    .innerJoin('jurisdictions as j', 'j.id', 'l.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'l.town_id', jurisdiction: 'l.jurisdiction_id' }))
    .where('l.occurred_at', '>=', filter.fromAt)
    .where('l.occurred_at', '<', filter.beforeAt);
  if (filter.underPath) base = base.where(likeSql('j.path', likePrefix(filter.underPath)));
  if (!grouping) {
    const row = await base.select(countAll.as('count')).executeTakeFirst();
    return [{ key: '', count: row?.count ?? 0 }];
  }
  const rows = await base
    // Only the district needs the place's ancestors.
    .$if(needsAncestors(grouping), (qb) =>
      qb
        .leftJoin('jurisdictions as jp', 'jp.id', 'j.parent_id')
        .leftJoin('jurisdictions as jg', 'jg.id', 'jp.parent_id'),
    )
    .select([groupKey(grouping).as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

function needsAncestors(...groupings: readonly ({ dimension: string } | null)[]): boolean {
  return groupings.some((grouping) => grouping?.dimension === 'district');
}

function groupKey(grouping: DutyGrouping): RawBuilder<string> {
  switch (grouping.dimension) {
    case 'category':
      return sql<string>`l.type`;
    case 'village':
      return villageKeySql();
    case 'district':
      return districtKeySql();
    case 'month':
      return shanghaiMonthSql('l.occurred_at', grouping.from, grouping.to);
  }
}
