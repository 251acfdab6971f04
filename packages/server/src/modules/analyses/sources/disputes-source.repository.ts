import { sql } from 'kysely';
import type { Executor } from '../../../db/database';
import { inScopeSql } from '../../../db/scope-filter';
import type { SourceBounds } from '../analysis-sources';

const SCOPE = { town: 'd.town_id', jurisdiction: 'd.jurisdiction_id' };

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
