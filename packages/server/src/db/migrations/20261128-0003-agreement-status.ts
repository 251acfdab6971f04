import type { Kysely, Migration } from 'kysely';

/**
 * An agreement's own state beside what 0002 stored: when it was marked effective (the derived effective date alone
 * cannot tell a complete draft from a signed original), and its performance status with a note (Art. 31 follow-up).
 * One column per statement, because SQLite adds one column per ALTER TABLE.
 */
export function agreementStatusMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('agreements').addColumn('marked_effective_at', 'text').execute();
      await db.schema
        .alterTable('agreements')
        .addColumn('performance_status', 'text', (c) => c.notNull().defaultTo('pending'))
        .execute();
      await db.schema.alterTable('agreements').addColumn('performance_note', 'text').execute();
      await db.schema.alterTable('agreements').addColumn('performance_updated_at', 'text').execute();
    },
  };
}
