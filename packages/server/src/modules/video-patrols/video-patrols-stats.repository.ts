import { type RawBuilder, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll, likePrefix, likeSql } from '../../db/dialect';
import { inScopeSql } from '../../db/scope-filter';
import { GROUP_KEY, shanghaiMonthSql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';

export interface VideoPatrolStatsFilter {
  /** Within [fromAt, beforeAt): a round by its scheduled time, a finding by its round's, a reminder by when sent. */
  fromAt: string;
  beforeAt: string;
  /** A district or village: the records filed at or under it (rounds are the town's, so none). */
  underPath?: string | undefined;
  /** Group by Shanghai month over [from, to). */
  byMonth?: { from: string; to: string } | undefined;
}

export interface VideoPatrolGroupCount {
  key: string;
  count: number;
}

function grouped(filter: VideoPatrolStatsFilter, column: string): RawBuilder<string> {
  return filter.byMonth ? shanghaiMonthSql(column, filter.byMonth.from, filter.byMonth.to) : sql<string>`''`;
}

/** Rounds done (finished) whose scheduled time lies in the range: a round at 23:30 counts on its own day. */
export async function countVideoPatrolRoundGroups(
  db: Executor,
  scope: Scope,
  filter: VideoPatrolStatsFilter,
): Promise<VideoPatrolGroupCount[]> {
  let q = db
    .selectFrom('video_patrol_rounds as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.jurisdiction_id' }))
    .where('r.state', '=', 'closed')
    .where('r.scheduled_at', '>=', filter.fromAt)
    .where('r.scheduled_at', '<', filter.beforeAt);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const rows = await q
    .select([grouped(filter, 'r.scheduled_at').as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

/** Findings (results of kind finding), filed under the camera's village, by their round's scheduled time. */
export async function countVideoPatrolFindingGroups(
  db: Executor,
  scope: Scope,
  filter: VideoPatrolStatsFilter,
): Promise<VideoPatrolGroupCount[]> {
  let q = db
    .selectFrom('video_patrol_results as res')
    .innerJoin('video_patrol_rounds as r', 'r.id', 'res.round_id')
    .innerJoin('jurisdictions as j', 'j.id', 'res.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'res.town_id', jurisdiction: 'res.jurisdiction_id' }))
    .where('res.kind', '=', 'finding')
    .where('r.scheduled_at', '>=', filter.fromAt)
    .where('r.scheduled_at', '<', filter.beforeAt);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const rows = await q
    .select([grouped(filter, 'r.scheduled_at').as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

/**
 * Remote reminders sent in the range: a finding's reminder counts once (its first attempt; a retry after no answer
 * is the same reminder again).
 */
export async function countVideoReminderGroups(
  db: Executor,
  scope: Scope,
  filter: VideoPatrolStatsFilter,
): Promise<VideoPatrolGroupCount[]> {
  let q = db
    .selectFrom('video_reminders as m')
    .innerJoin('jurisdictions as j', 'j.id', 'm.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'm.town_id', jurisdiction: 'm.jurisdiction_id' }))
    .where('m.attempt', '=', 1)
    .where('m.sent_at', '>=', filter.fromAt)
    .where('m.sent_at', '<', filter.beforeAt);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const rows = await q
    .select([grouped(filter, 'm.sent_at').as(GROUP_KEY), countAll.as('count')])
    .groupBy(sql.ref(GROUP_KEY))
    .execute();
  return rows.map((row) => ({ key: String(row[GROUP_KEY]), count: row.count }));
}

/** Reminders sent up to `asOf` (the counter: to date), first attempts only. */
export async function countVideoRemindersToDate(
  db: Executor,
  scope: Scope,
  filter: { asOf: string; underPath?: string | undefined },
): Promise<number> {
  let q = db
    .selectFrom('video_reminders as m')
    .innerJoin('jurisdictions as j', 'j.id', 'm.jurisdiction_id')
    .where(inScopeSql(scope, { town: 'm.town_id', jurisdiction: 'm.jurisdiction_id' }))
    .where('m.attempt', '=', 1)
    .where('m.sent_at', '<=', filter.asOf);
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  const row = await q.select(countAll.as('count')).executeTakeFirst();
  return row?.count ?? 0;
}

/**
 * The rounds, findings and reminders (each reminder with the state of its latest attempt) of a range, by Shanghai
 * day: what the analyses count per day and per ISO week.
 */
export async function listVideoPatrolActivity(
  db: Executor,
  scope: Scope,
  range: { fromAt: string; beforeAt: string },
): Promise<{
  rounds: { day: string }[];
  findings: { day: string }[];
  reminders: { day: string; state: 'pending' | 'resolved' | 'no_answer' | 'referred' }[];
}> {
  const rounds = await db
    .selectFrom('video_patrol_rounds as r')
    .select('r.day')
    .where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.jurisdiction_id' }))
    .where('r.state', '=', 'closed')
    .where('r.scheduled_at', '>=', range.fromAt)
    .where('r.scheduled_at', '<', range.beforeAt)
    .execute();
  const findings = await db
    .selectFrom('video_patrol_results as res')
    .innerJoin('video_patrol_rounds as r', 'r.id', 'res.round_id')
    .select('res.day')
    .where(inScopeSql(scope, { town: 'res.town_id', jurisdiction: 'res.jurisdiction_id' }))
    .where('res.kind', '=', 'finding')
    .where('r.scheduled_at', '>=', range.fromAt)
    .where('r.scheduled_at', '<', range.beforeAt)
    .execute();
  const reminders = await db
    .selectFrom('video_reminders as m')
    .select((eb) => [
      'm.day',
      eb.fn
        .coalesce(
          eb
            .selectFrom('video_reminders as latest')
            .select('latest.state')
            .whereRef('latest.result_id', '=', 'm.result_id')
            .orderBy('latest.attempt', 'desc')
            .limit(1),
          'm.state',
        )
        .as('state'),
    ])
    .where(inScopeSql(scope, { town: 'm.town_id', jurisdiction: 'm.jurisdiction_id' }))
    .where('m.attempt', '=', 1)
    .where('m.sent_at', '>=', range.fromAt)
    .where('m.sent_at', '<', range.beforeAt)
    .execute();
  return { rounds, findings, reminders };
}
