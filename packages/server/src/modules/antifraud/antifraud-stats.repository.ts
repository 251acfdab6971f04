import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll, likePrefix, likeSql } from '../../db/dialect';
import { inScopeSql } from '../../db/scope-filter';
import { districtKeySql, GROUP_KEY, villageKeySql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';

export interface AntifraudStatsFilter {
  /** Inclusive Shanghai days, the same days the lists' `from`/`to` filter on. */
  fromDay: string;
  toDay: string;
  /** A district or village: the records at or under it. */
  underPath?: string | undefined;
}

export type AntifraudGrouping = 'category' | 'village' | 'district' | 'month';

export interface GroupCount {
  key: string;
  count: number;
}

/** Publicity activities in the scope within the days, in one query, per group or in total (key `''`). */
export async function countActivityGroups(
  db: Executor,
  scope: Scope,
  filter: AntifraudStatsFilter,
  grouping: AntifraudGrouping | null,
): Promise<GroupCount[]> {
  let base = db
    .selectFrom('antifraud_activities as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .leftJoin('jurisdictions as jp', 'jp.id', 'j.parent_id')
    .leftJoin('jurisdictions as jg', 'jg.id', 'jp.parent_id')
    .where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.jurisdiction_id' }))
    .where('r.day', '>=', filter.fromDay)
    .where('r.day', '<=', filter.toDay);
  if (filter.underPath) base = base.where(likeSql('j.path', likePrefix(filter.underPath)));
  if (!grouping) {
    const row = await base.select(countAll.as('count')).executeTakeFirst();
    return [{ key: '', count: row?.count ?? 0 }];
  }
  const rows = await base
    .select([groupKey(grouping).as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

/** Fraud cases in the scope within the days, in one query, per group or in total (key `''`). */
export async function countFraudCaseGroups(
  db: Executor,
  scope: Scope,
  filter: AntifraudStatsFilter,
  grouping: AntifraudGrouping | null,
): Promise<GroupCount[]> {
  let base = db
    .selectFrom('fraud_cases as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .leftJoin('jurisdictions as jp', 'jp.id', 'j.parent_id')
    .leftJoin('jurisdictions as jg', 'jg.id', 'jp.parent_id')
    .where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.jurisdiction_id' }))
    .where('r.day', '>=', filter.fromDay)
    .where('r.day', '<=', filter.toDay);
  if (filter.underPath) base = base.where(likeSql('j.path', likePrefix(filter.underPath)));
  if (!grouping) {
    const row = await base.select(countAll.as('count')).executeTakeFirst();
    return [{ key: '', count: row?.count ?? 0 }];
  }
  const rows = await base
    .select([groupKey(grouping).as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

function groupKey(grouping: AntifraudGrouping): RawBuilder<string> {
  switch (grouping) {
    case 'category':
      return sql<string>`r.type`;
    case 'village':
      return villageKeySql();
    case 'district':
      return districtKeySql();
    case 'month':
      return sql<string>`substr(r.day, 1, 7)`;
  }
}

/** The day of the latest fraud case in the scope (and place) on or before a day; null when there is none. */
export async function findLastFraudCaseDay(
  db: Executor,
  scope: Scope,
  filter: { untilDay: string; underPath?: string | undefined },
): Promise<string | null> {
  let q = db
    .selectFrom('fraud_cases as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select((eb) => eb.fn.max('r.day').as('day'))
    .where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.jurisdiction_id' }))
    .where('r.day', '<=', filter.untilDay);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const row = await q.executeTakeFirst();
  return row?.day ?? null;
}
