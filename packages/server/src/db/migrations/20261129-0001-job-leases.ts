import type { Kysely, Migration } from 'kysely';

/**
 * One row per background job (platform/jobs): who holds its lease and until when. A process runs a job's body only
 * after moving `lease_until` forward with a conditional update, so several processes on one PostgreSQL run each
 * tick once, and a holder that died lets go when its lease runs out.
 */
export function jobLeasesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('job_leases')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text')
        .addColumn('lease_until', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('finished_at', 'text')
        .execute();
    },
  };
}
