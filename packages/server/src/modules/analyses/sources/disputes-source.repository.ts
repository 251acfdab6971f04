import { sql } from 'kysely';
import type { Executor } from '../../../db/database';
import { countAll } from '../../../db/dialect';
import { inScopeSql } from '../../../db/scope-filter';
import type { SourceBounds } from '../analysis-sources';

const SCOPE = { town: 'd.town_id', jurisdiction: 'd.jurisdiction_id' };

/** Disputes registered in the period that came from incidents (referrals to people's mediation). */
export async function countDisputesFromIncidents(db: Executor, input: SourceBounds): Promise<number> {
  const row = await db
    .selectFrom('disputes as d')
    .where(inScopeSql(input.scope, SCOPE))
    .where('d.source', '=', 'incident')
    .where('d.created_at', '>=', input.from)
    .where('d.created_at', '<', input.to)
    .select(countAll.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Red alerts: disputes graded red during the period (at registration or on a re-grading), each counted once. */
export async function countRedAlerts(db: Executor, input: SourceBounds): Promise<number> {
  const row = await db
    .selectFrom('dispute_risk_history as h')
    .innerJoin('disputes as d', 'd.id', 'h.dispute_id')
    .where(inScopeSql(input.scope, SCOPE))
    .where('h.grade', '=', 'red')
    .where('h.at', '>=', input.from)
    .where('h.at', '<', input.to)
    .select(sql<number>`cast(count(distinct h.dispute_id) as integer)`.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
