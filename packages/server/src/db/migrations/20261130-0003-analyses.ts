import type { Kysely, Migration } from 'kysely';

/**
 * Daily analyses and weekly judgements (domain.md §6): one row per town, kind and period, holding the figures as
 * assembled from the data (JSON, frozen until regenerated, fixed once signed) and the person's judgement text.
 * The row carries the town as both town_id and jurisdiction_id, so access is the usual town predicate.
 */
export function analysesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('analyses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('period_key', 'text', (c) => c.notNull())
        .addColumn('first_day', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('sections', 'text', (c) => c.notNull())
        .addColumn('judgement', 'text', (c) => c.notNull())
        .addColumn('generated_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_by_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('signed_by', 'text', (c) => c.references('users.id'))
        .addColumn('signed_by_name', 'text')
        .addColumn('signed_at', 'text')
        .addColumn('archived_at', 'text')
        .execute();
      // One analysis per town, kind and period: a second draft, even a concurrent one, fails here (409).
      await db.schema
        .createIndex('analyses_town_kind_period')
        .on('analyses')
        .columns(['town_id', 'kind', 'period_key'])
        .unique()
        .execute();
      // The archive list: a town's analyses newest period first.
      await db.schema
        .createIndex('analyses_town_first_day')
        .on('analyses')
        .columns(['town_id', 'first_day', 'id'])
        .execute();
    },
  };
}
