import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll, likePrefix, likeSql } from '../../db/dialect';
import { inScopeSql } from '../../db/scope-filter';
import { GROUP_KEY, shanghaiMonthSql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';

export interface PatrolStatsFilter {
  /** Within [fromAt, beforeAt): a shift by its start, a check-in by its time, a finding by its shift's start. */
  fromAt: string;
  beforeAt: string;
  /** A district or village: the records filed at or under it. */
  underPath?: string | undefined;
  /** Group by Shanghai month over [from, to). */
  byMonth?: { from: string; to: string } | undefined;
}

export interface PatrolGroupCount {
  key: string;
  count: number;
}

function grouped(filter: PatrolStatsFilter, column: string): RawBuilder<string> {
  return filter.byMonth ? shanghaiMonthSql(column, filter.byMonth.from, filter.byMonth.to) : sql<string>`''`;
}

/** Night patrols done: shifts that began in the range and have their log (the leader's record that it happened). */
export async function countPatrolShiftGroups(
  db: Executor,
  scope: Scope,
  filter: PatrolStatsFilter,
): Promise<PatrolGroupCount[]> {
  let q = db
    .selectFrom('patrol_shifts as s')
    .innerJoin('patrol_logs as l', 'l.shift_id', 's.id')
    .innerJoin('jurisdictions as j', 'j.id', 's.jurisdiction_id')
    .where(inScopeSql(scope, { town: 's.town_id', jurisdiction: 's.jurisdiction_id' }))
    .where('s.starts_at', '>=', filter.fromAt)
    .where('s.starts_at', '<', filter.beforeAt);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const rows = await q
    .select([grouped(filter, 's.starts_at').as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

/** Check-ins on shifts that began in the range (a check-in at 01:30 counts with its shift, like the list's days). */
export async function countPatrolCheckInGroups(
  db: Executor,
  scope: Scope,
  filter: PatrolStatsFilter,
): Promise<PatrolGroupCount[]> {
  let q = db
    .selectFrom('patrol_check_ins as c')
    .innerJoin('patrol_shifts as s', 's.id', 'c.shift_id')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'c.town_id', jurisdiction: 'c.jurisdiction_id' }))
    .where('s.starts_at', '>=', filter.fromAt)
    .where('s.starts_at', '<', filter.beforeAt);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const rows = await q
    .select([grouped(filter, 's.starts_at').as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

/**
 * Patrols (logged shifts) with a finding of one kind (a suspect caught), on shifts that began in the range: the rows
 * the log list shows for that finding.
 */
export async function countPatrolFindingGroups(
  db: Executor,
  scope: Scope,
  filter: PatrolStatsFilter & { kind: 'suspect' | 'hazard' | 'incident' },
): Promise<PatrolGroupCount[]> {
  const kind = filter.kind;
  let q = db
    .selectFrom('patrol_logs as l')
    .innerJoin('patrol_shifts as s', 's.id', 'l.shift_id')
    .innerJoin('jurisdictions as j', 'j.id', 'l.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'l.town_id', jurisdiction: 'l.jurisdiction_id' }))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('patrol_findings as f')
          .select('f.id')
          .whereRef('f.log_id', '=', 'l.id')
          .where('f.kind', '=', kind),
      ),
    )
    .where('s.starts_at', '>=', filter.fromAt)
    .where('s.starts_at', '<', filter.beforeAt);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const rows = await q
    .select([grouped(filter, 's.starts_at').as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}
