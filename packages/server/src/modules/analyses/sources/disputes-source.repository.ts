import { DEADLINE_RUNNING_STATES, TERMINAL_DISPUTE_STATES } from '@fengqiao/domain';
import { sql } from 'kysely';
import type { Executor } from '../../../db/database';
import { countAll } from '../../../db/dialect';
import { inScopeSql } from '../../../db/scope-filter';
import type { AnalysisSourceInput } from '../analysis-sources';

const SCOPE = { town: 'd.town_id', jurisdiction: 'd.jurisdiction_id' };

/** Disputes registered in the period by risk grade, with how many came from incidents (referrals). */
export async function countNewDisputesByRisk(db: Executor, input: AnalysisSourceInput) {
  return db
    .selectFrom('disputes as d')
    .where(inScopeSql(input.scope, SCOPE))
    .where('d.created_at', '>=', input.from)
    .where('d.created_at', '<', input.to)
    .select([
      'd.risk_grade',
      countAll.as('n'),
      sql<number>`cast(sum(case when d.source = 'incident' then 1 else 0 end) as integer)`.as('from_incidents'),
    ])
    .groupBy('d.risk_grade')
    .execute();
}

/** Open disputes overdue as of the instant: flagged, or on the clock past their deadline. */
export async function countOverdueDisputes(db: Executor, input: AnalysisSourceInput): Promise<number> {
  const row = await db
    .selectFrom('disputes as d')
    .where(inScopeSql(input.scope, SCOPE))
    .where('d.state', 'not in', [...TERMINAL_DISPUTE_STATES])
    .where('d.created_at', '<', input.asOf)
    .where((eb) =>
      eb.or([
        eb('d.overdue', '=', 1),
        eb.and([eb('d.state', 'in', [...DEADLINE_RUNNING_STATES]), eb('d.deadline_at', '<', input.asOf)]),
      ]),
    )
    .select(countAll.as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Red alerts: disputes graded red during the period (at registration or on a re-grading), each counted once. */
export async function countRedAlerts(db: Executor, input: AnalysisSourceInput): Promise<number> {
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
