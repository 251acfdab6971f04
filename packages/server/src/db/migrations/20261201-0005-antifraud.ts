import type { Kysely, Migration } from 'kysely';

/**
 * Anti-fraud work (反诈, domain.md §8). Every table carries its village's (or, for a town-wide activity, its
 * town's) `town_id` and `jurisdiction_id`, so a scoped list is one indexed predicate. Days are Shanghai
 * `YYYY-MM-DD` text; money is integer fen, never a float. Bases and install counts are dated histories, one row
 * per village and day (a second record that day replaces the first), so coverage as of any day is the latest row
 * on or before it. A fraud case holds no victim identity.
 */
export function antifraudMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('antifraud_activities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('venue', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('audience', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('antifraud_activities_scope')
        .on('antifraud_activities')
        .columns(['town_id', 'jurisdiction_id', 'day', 'id'])
        .execute();
      await db.schema
        .createIndex('antifraud_activities_town_day')
        .on('antifraud_activities')
        .columns(['town_id', 'day', 'id'])
        .execute();

      await db.schema
        .createTable('antifraud_activity_photos')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('activity_id', 'text', (c) => c.notNull().references('antifraud_activities.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('stored_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('antifraud_activity_photos_activity')
        .on('antifraud_activity_photos')
        .columns(['activity_id', 'id'])
        .execute();

      await db.schema
        .createTable('antifraud_bases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('measure', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('effective_from', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('antifraud_bases_village_day', ['jurisdiction_id', 'effective_from'])
        .execute();
      await db.schema
        .createIndex('antifraud_bases_town')
        .on('antifraud_bases')
        .columns(['town_id', 'jurisdiction_id', 'effective_from'])
        .execute();

      await db.schema
        .createTable('antifraud_installs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('installs', 'integer', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('antifraud_installs_village_day', ['jurisdiction_id', 'day'])
        .execute();
      await db.schema
        .createIndex('antifraud_installs_town')
        .on('antifraud_installs')
        .columns(['town_id', 'jurisdiction_id', 'day'])
        .execute();

      await db.schema
        .createTable('fraud_cases')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('lost_fen', 'integer', (c) => c.notNull())
        .addColumn('recovered_fen', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('fraud_cases_scope')
        .on('fraud_cases')
        .columns(['town_id', 'jurisdiction_id', 'day', 'id'])
        .execute();
      await db.schema.createIndex('fraud_cases_town_day').on('fraud_cases').columns(['town_id', 'day', 'id']).execute();
    },
  };
}
