import type { Executor } from '../../../db/database';
import { countAll } from '../../../db/dialect';
import { inScopeSql } from '../../../db/scope-filter';
import type { SourceBounds } from '../analysis-sources';

/** Duty log entries made in the period, by type. */
export async function countDutyEntriesByType(db: Executor, input: SourceBounds) {
  return db
    .selectFrom('duty_logs as l')
    .where(inScopeSql(input.scope, { town: 'l.town_id', jurisdiction: 'l.jurisdiction_id' }))
    .where('l.occurred_at', '>=', input.from)
    .where('l.occurred_at', '<', input.to)
    .select(['l.type', countAll.as('n')])
    .groupBy('l.type')
    .execute();
}
