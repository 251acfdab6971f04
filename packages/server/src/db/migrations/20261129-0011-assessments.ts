import type { Kysely, Migration } from 'kysely';

/**
 * The monthly assessment of village auxiliary officers (domain.md §5): a settings row per town (weights, targets),
 * the chief's adjustments (kept, each with its reason: the latest per item applies) and the signed months, each a
 * frozen snapshot of the scorecard with its evidence. Rows carry the officer's town and village like every case
 * table, so access is the usual town/jurisdiction predicate; points are whole tenths, identical on both engines.
 */
export function assessmentsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('assessment_settings')
        .addColumn('town_id', 'text', (c) => c.primaryKey().references('jurisdictions.id'))
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id'))
        .addColumn('updated_by_name', 'text')
        .execute();

      await db.schema
        .createTable('assessment_adjustments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('item', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('points_tenths', 'integer', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('assessment_adjustments_month')
        .on('assessment_adjustments')
        .columns(['town_id', 'month', 'person_id', 'id'])
        .execute();

      await db.schema
        .createTable('assessment_signoffs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('total_tenths', 'integer', (c) => c.notNull())
        .addColumn('snapshot', 'text', (c) => c.notNull())
        .addColumn('signed_by', 'text', (c) => c.references('users.id'))
        .addColumn('signed_by_name', 'text')
        .addColumn('signed_at', 'text', (c) => c.notNull())
        .execute();
      // One sign-off per officer and month: a second, even a concurrent one, fails on this index (409).
      await db.schema
        .createIndex('assessment_signoffs_officer_month')
        .on('assessment_signoffs')
        .columns(['person_id', 'month'])
        .unique()
        .execute();
      await db.schema
        .createIndex('assessment_signoffs_town_month')
        .on('assessment_signoffs')
        .columns(['town_id', 'month', 'person_id'])
        .execute();
    },
  };
}
