import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from '../database';

/** The dispute child tables that lists read across disputes, filtered by the caller's scope. */
export const DISPUTE_CHILD_TABLES = ['mediations', 'agreements', 'follow_ups', 'dispute_attachments'] as const;

/**
 * Each dispute child row carries its dispute's town and place, so a scoped query filters the child table with
 * one indexed predicate instead of joining disputes. Copied from the parent dispute (a dispute never moves), then
 * NOT NULL on both engines: SQLite cannot add a NOT NULL column without a default, so there the column gets an
 * empty-string default that inserts never use; PostgreSQL adds it nullable and sets NOT NULL after the backfill.
 */
export function disputeChildrenScopeMigration(kind: DialectKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      for (const table of DISPUTE_CHILD_TABLES) {
        for (const column of ['town_id', 'jurisdiction_id']) {
          await db.schema
            .alterTable(table)
            .addColumn(column, 'text', (c) => (kind === 'sqlite' ? c.notNull().defaultTo('') : c))
            .execute();
          await sql`update ${sql.table(table)} set ${sql.ref(column)} = (select ${sql.ref(`disputes.${column}`)}
            from disputes where disputes.id = ${sql.ref(`${table}.dispute_id`)})`.execute(db);
          if (kind === 'postgres') {
            await db.schema
              .alterTable(table)
              .alterColumn(column, (c) => c.setNotNull())
              .execute();
          }
        }
        await db.schema.createIndex(`${table}_scope`).on(table).columns(['town_id', 'jurisdiction_id', 'id']).execute();
      }
    },
  };
}
