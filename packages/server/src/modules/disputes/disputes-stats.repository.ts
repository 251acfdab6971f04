import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import { districtKeySql, GROUP_KEY, shanghaiMonthSql, villageKeySql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';
import { type DisputeFilter, matching } from './disputes.repository';

/** How a dispute count is grouped; a month grouping buckets the registration time within [from, to). */
export type DisputeGrouping =
  | { dimension: 'category' | 'risk' | 'village' | 'district' }
  | { dimension: 'month'; from: string; to: string };

const SECOND_KEY = 'grp2';

export interface GroupCount {
  key: string;
  count: number;
}

/**
 * The cases the dispute list would show for `filter`, counted in one query, per group or in total (key `''`).
 * The list's own predicate (`matching`), so a figure equals the length of the list it links to.
 */
export async function countDisputeGroups(
  db: Executor,
  scope: Scope,
  filter: DisputeFilter,
  grouping: DisputeGrouping | null,
  /** A second grouping (overdue cases by risk, then village): keys `first|second`. */
  thenBy: DisputeGrouping | null = null,
): Promise<GroupCount[]> {
  const base = matching(db, scope, filter);
  if (!grouping) {
    const row = await base.select(countAll.as('count')).executeTakeFirst();
    return [{ key: '', count: row?.count ?? 0 }];
  }
  const grouped = base
    // Only the district needs the place's ancestors.
    .$if(needsAncestors(grouping, thenBy), (qb) =>
      qb
        .leftJoin('jurisdictions as jp', 'jp.id', 'j.parent_id')
        .leftJoin('jurisdictions as jg', 'jg.id', 'jp.parent_id'),
    )
    .select([groupKey(grouping).as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY));
  if (!thenBy) {
    const rows = await grouped.execute();
    return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
  }
  const rows = await grouped.select(groupKey(thenBy).as(SECOND_KEY)).groupBy(sql.ref(SECOND_KEY)).execute();
  return rows.map((row) => ({ key: `${row[GROUP_KEY]}|${row[SECOND_KEY]}`, count: row.count }));
}

function needsAncestors(...groupings: readonly ({ dimension: string } | null)[]): boolean {
  return groupings.some((grouping) => grouping?.dimension === 'district');
}

function groupKey(grouping: DisputeGrouping): RawBuilder<string> {
  switch (grouping.dimension) {
    case 'category':
      return sql<string>`d.category`;
    case 'risk':
      return sql<string>`d.risk_grade`;
    case 'village':
      return villageKeySql();
    case 'district':
      return districtKeySql();
    case 'month':
      return shanghaiMonthSql('d.created_at', grouping.from, grouping.to);
  }
}
