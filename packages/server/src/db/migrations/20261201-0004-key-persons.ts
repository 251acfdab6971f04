import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Key persons (重点人员, domain.md §8). Which person of the directory is a key person is itself sensitive data
 * (§10: key-person status encrypted at rest), so a key person row never holds the person's id in clear: it keeps
 * the id encrypted (`person_enc`) and its blind index (`person_bidx`) for the exact lookup "is this person under
 * control?", and the people table gains no column at all. The row carries its village's town and jurisdiction like
 * every case table, so a scoped list is one indexed predicate; `next_visit_due` is worked out by the domain at
 * every write (visit, level change, plan change), so "overdue" is one text comparison on both engines.
 */
export function keyPersonsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('key_persons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('person_enc', 'text', (c) => c.notNull())
        .addColumn('person_bidx', 'text', (c) => c.notNull())
        .addColumn('category_group', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('basis_enc', 'text')
        .addColumn('since', 'text', (c) => c.notNull())
        .addColumn('level_since', 'text', (c) => c.notNull())
        .addColumn('officer_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('officer_name', 'text')
        .addColumn('auxiliary_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('auxiliary_name', 'text')
        .addColumn('last_visit_on', 'text')
        .addColumn('next_visit_due', 'text', (c) => c.notNull())
        .addColumn('removed_at', 'text')
        .addColumn('removed_reason', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('key_persons_scope')
        .on('key_persons')
        .columns(['town_id', 'status', 'jurisdiction_id', 'id'])
        .execute();
      await db.schema
        .createIndex('key_persons_due')
        .on('key_persons')
        .columns(['town_id', 'status', 'next_visit_due'])
        .execute();
      // One active control per person and group; a removed record stays as history and the person may be listed
      // again. Per group, so placing a person under the governance group never tells its manager that the person
      // is already a police-group key person he may not see.
      await db.schema
        .createIndex('key_persons_person_active')
        .on('key_persons')
        .columns(['person_bidx', 'category_group'])
        .unique()
        .where(sql.ref('status'), '=', sql.lit('active'))
        .execute();

      await db.schema
        .createTable('key_person_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key_person_id', 'text', (c) => c.notNull().references('key_persons.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('from_level', 'text', (c) => c.notNull())
        .addColumn('to_level', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('requested_by_name', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_by_name', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decision_note', 'text')
        .execute();
      await db.schema
        .createIndex('key_person_requests_person')
        .on('key_person_requests')
        .columns(['key_person_id', 'requested_at', 'id'])
        .execute();
      // At most one request waits per key person, whichever process files it.
      await db.schema
        .createIndex('key_person_requests_pending')
        .on('key_person_requests')
        .column('key_person_id')
        .unique()
        .where(sql.ref('state'), '=', sql.lit('pending'))
        .execute();

      await db.schema
        .createTable('key_person_visits')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('key_person_id', 'text', (c) => c.notNull().references('key_persons.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('visited_at', 'text', (c) => c.notNull())
        .addColumn('visited_on', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('place', 'text')
        .addColumn('findings', 'text')
        .addColumn('visitor_user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('visitor_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('key_person_visits_person')
        .on('key_person_visits')
        .columns(['key_person_id', 'visited_at', 'id'])
        .execute();
      await db.schema
        .createIndex('key_person_visits_town_day')
        .on('key_person_visits')
        .columns(['town_id', 'visited_on'])
        .execute();

      await db.schema
        .createTable('key_person_visit_photos')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('visit_id', 'text', (c) => c.notNull().references('key_person_visits.id'))
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
        .createIndex('key_person_visit_photos_visit')
        .on('key_person_visit_photos')
        .columns(['visit_id', 'id'])
        .execute();

      // The town's visit plan per level (a table setting): a missing row means the domain's default.
      await db.schema
        .createTable('key_person_visit_plans')
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('interval', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.references('users.id'))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('key_person_visit_plans_pk', ['town_id', 'level'])
        .execute();

      // Overdue-visit reminders keyed `overdue:<key person>:<day>`, so a repeated run sends nothing twice.
      await db.schema
        .createTable('key_person_reminders')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('key_person_id', 'text', (c) => c.notNull().references('key_persons.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
