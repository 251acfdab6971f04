import type { Kysely, Migration } from 'kysely';

/**
 * The duty log (警治联勤, domain.md §5): one row per duty an officer did, with the incidents or disputes it was
 * about and its photos. Entries carry their village's town and jurisdiction like every case table, so a scoped
 * list is one indexed predicate; `occurred_on` is the Shanghai day of `occurred_at`, stored at write time so the
 * day filter and the month calendar group by plain text on both engines.
 */
export function dutyLogsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('duty_logs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('occurred_at', 'text', (c) => c.notNull())
        .addColumn('occurred_on', 'text', (c) => c.notNull())
        .addColumn('officer_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('officer_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('officer_name', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Newest first within the town (the chief's list), within a village (the auxiliary's), and per officer.
      await db.schema
        .createIndex('duty_logs_town_time')
        .on('duty_logs')
        .columns(['town_id', 'occurred_at', 'id'])
        .execute();
      await db.schema
        .createIndex('duty_logs_scope')
        .on('duty_logs')
        .columns(['town_id', 'jurisdiction_id', 'occurred_at', 'id'])
        .execute();
      await db.schema
        .createIndex('duty_logs_officer')
        .on('duty_logs')
        .columns(['officer_user_id', 'occurred_at', 'id'])
        .execute();

      // The label (a dispute's or incident's number) is copied at write time: numbers never change, and a page of
      // entries then reads its links in one query without joining every linked table.
      await db.schema
        .createTable('duty_log_links')
        .addColumn('duty_log_id', 'text', (c) => c.notNull().references('duty_logs.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('duty_log_links_pk', ['duty_log_id', 'kind', 'target_id'])
        .execute();
      await db.schema
        .createIndex('duty_log_links_target')
        .on('duty_log_links')
        .columns(['town_id', 'kind', 'target_id'])
        .execute();

      await db.schema
        .createTable('duty_log_photos')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('duty_log_id', 'text', (c) => c.notNull().references('duty_logs.id'))
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
      await db.schema.createIndex('duty_log_photos_log').on('duty_log_photos').columns(['duty_log_id', 'id']).execute();
    },
  };
}
