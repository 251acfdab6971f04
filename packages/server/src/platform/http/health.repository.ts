import { sql } from 'kysely';
import type { Executor } from '../../db/database';

/** True when the database answers a trivial query. */
export async function databaseAnswers(db: Executor): Promise<boolean> {
  return sql`select 1 as one`
    .execute(db)
    .then(() => true)
    .catch(() => false);
}
