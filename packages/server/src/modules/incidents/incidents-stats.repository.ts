import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import { beijingHourSql, districtKeySql, GROUP_KEY, shanghaiMonthSql, villageKeySql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';
import { type IncidentFilter, incidentFilterSql } from './incidents.repository';

const SECOND_KEY = 'grp2';

/** How an incident count is grouped; a month grouping buckets the received time within [from, to). */
export type IncidentGrouping =
  | { dimension: 'class' | 'category' | 'village' | 'district' | 'hour' }
  | { dimension: 'month'; from: string; to: string };

export interface GroupCount {
  key: string;
  count: number;
}

/**
 * The incidents the incident list would show for `filter`, counted in one query, per group or in total (key
 * `''`). The list's own predicate (`incidentFilterSql`), so a figure equals the length of the list it links to.
 */
export async function countIncidentGroups(
  db: Executor,
  scope: Scope,
  filter: IncidentFilter,
  grouping: IncidentGrouping | null,
  /** A second grouping (the heat table: village, then hour): keys `first|second`. */
  thenBy: IncidentGrouping | null = null,
): Promise<GroupCount[]> {
  const base = db
    .selectFrom('incidents as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .where(incidentFilterSql(scope, filter));
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

function groupKey(grouping: IncidentGrouping): RawBuilder<string> {
  switch (grouping.dimension) {
    case 'class':
      return sql<string>`i.class_code`;
    case 'category':
      return sql<string>`i.category`;
    case 'village':
      return villageKeySql();
    case 'district':
      return districtKeySql();
    case 'hour':
      return beijingHourSql('i.received_at');
    case 'month':
      return shanghaiMonthSql('i.received_at', grouping.from, grouping.to);
  }
}

/** The names of class codes in the towns' code tables (a code keeps one name across towns in practice). */
export async function listIncidentClassNames(
  db: Executor,
  codes: readonly string[],
): Promise<{ code: string; name: string }[]> {
  if (codes.length === 0) return [];
  return db
    .selectFrom('incident_classes')
    .select(['code', sql<string>`min(name)`.as('name')])
    .where('code', 'in', [...codes])
    .groupBy('code')
    .execute();
}
