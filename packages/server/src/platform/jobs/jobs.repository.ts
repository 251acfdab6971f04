import type { Executor } from '../../db/database';

/** The job's lease row, created free (an empty `lease_until` sorts before every time). */
export async function ensureJobRow(db: Executor, name: string): Promise<void> {
  await db
    .insertInto('job_leases')
    .values({ name, holder: null, lease_until: '', started_at: null, finished_at: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
}

/**
 * Takes the lease when it has run out: one conditional update, so of several processes claiming at once exactly
 * one changes the row (PostgreSQL re-checks the condition after waiting for the winner's row lock; SQLite writes
 * one at a time).
 */
export async function claimJobLease(
  db: Executor,
  name: string,
  holder: string,
  now: string,
  until: string,
): Promise<boolean> {
  const result = await db
    .updateTable('job_leases')
    .set({ holder, lease_until: until, started_at: now })
    .where('name', '=', name)
    .where('lease_until', '<=', now)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a run: the lease now lasts to the end of its tick. Only its holder may do so. */
export async function finishJobLease(
  db: Executor,
  name: string,
  holder: string,
  until: string,
  finishedAt: string,
): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({ lease_until: until, finished_at: finishedAt })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
