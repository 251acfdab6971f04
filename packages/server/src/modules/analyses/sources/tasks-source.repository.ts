import { isTaskPending, TASK_STATES } from '@fengqiao/domain';
import { sql } from 'kysely';
import type { Executor } from '../../../db/database';
import { inScopeSql } from '../../../db/scope-filter';
import type { SourceBounds } from '../analysis-sources';

const PENDING = TASK_STATES.filter(isTaskPending);

/**
 * The town's tasks in one query: assigned in the period, reported done in it, and still pending with their last day
 * before `overdueBefore` (the Shanghai day of the period's end, or today while it runs).
 */
export async function countTaskFigures(db: Executor, input: SourceBounds & { overdueBefore: string }) {
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`cast(sum(case when ${condition} then 1 else 0 end) as integer)`;
  return db
    .selectFrom('tasks as t')
    .where(inScopeSql(input.scope, { town: 't.town_id', jurisdiction: 't.jurisdiction_id' }))
    .select([
      count(sql`t.created_at >= ${input.from} and t.created_at < ${input.to}`).as('assigned'),
      count(sql`t.done_at >= ${input.from} and t.done_at < ${input.to}`).as('done'),
      count(sql`t.state in (${sql.join(PENDING)}) and t.due_on < ${input.overdueBefore}`).as('overdue'),
    ])
    .executeTakeFirstOrThrow();
}
