import type { Kysely, Migration } from 'kysely';

/**
 * Safety hazards (安全隐患, domain.md §8). A hazard carries its town and, as `jurisdiction_id`, its village, so the
 * common scope predicate applies; department staff reach the hazards assigned to their organisation. The public
 * reporter's phone is stored as ciphertext, blind index and masked text. History, photos and reminders copy the
 * hazard's place like the dispute child tables.
 */
export function hazardsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('hazards')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('source_ref_kind', 'text')
        .addColumn('source_ref_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('location', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('verifier_side', 'text', (c) => c.notNull())
        .addColumn('reported_by', 'text', (c) => c.references('users.id'))
        .addColumn('reported_by_name', 'text')
        .addColumn('reporter_name', 'text')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_bidx', 'text')
        .addColumn('phone_masked', 'text')
        .addColumn('responsible_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('responsible_user_id', 'text', (c) => c.references('users.id'))
        .addColumn('responsible_name', 'text')
        .addColumn('assignee_kind', 'text')
        .addColumn('assignee_organization_id', 'text', (c) => c.references('organizations.id'))
        .addColumn('assignee_name', 'text')
        .addColumn('due_on', 'text')
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('assigned_at', 'text')
        .addColumn('rectified_at', 'text')
        .addColumn('rectify_note', 'text')
        .addColumn('verified_at', 'text')
        .addColumn('verified_by', 'text', (c) => c.references('users.id'))
        .addColumn('verified_by_name', 'text')
        .addColumn('reason', 'text')
        .addColumn('reported_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // Newest report first within a town and within a village (lists, statistics by report time).
      await db.schema
        .createIndex('hazards_town_reported')
        .on('hazards')
        .columns(['town_id', 'reported_at', 'id'])
        .execute();
      await db.schema
        .createIndex('hazards_scope_reported')
        .on('hazards')
        .columns(['town_id', 'jurisdiction_id', 'reported_at', 'id'])
        .execute();
      // Open hazards by deadline (the overdue job, the home page); fixed ones by verification time (statistics).
      await db.schema.createIndex('hazards_state_due').on('hazards').columns(['state', 'due_on']).execute();
      await db.schema.createIndex('hazards_town_verified').on('hazards').columns(['town_id', 'verified_at']).execute();
      await db.schema
        .createIndex('hazards_assignee_organization')
        .on('hazards')
        .columns(['assignee_organization_id', 'due_on'])
        .execute();
      await db.schema
        .createIndex('hazards_source_ref')
        .on('hazards')
        .columns(['source_ref_kind', 'source_ref_id'])
        .execute();

      await db.schema
        .createTable('hazard_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hazard_id', 'text', (c) => c.notNull().references('hazards.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text')
        .addColumn('note', 'text')
        .addColumn('assignee_name', 'text')
        .addColumn('deadline', 'text')
        .addColumn('at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('hazard_events_hazard').on('hazard_events').columns(['hazard_id', 'id']).execute();

      await db.schema
        .createTable('hazard_photos')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('hazard_id', 'text', (c) => c.notNull().references('hazards.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('round', 'integer', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('stored_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('hazard_photos_hazard')
        .on('hazard_photos')
        .columns(['hazard_id', 'kind', 'round'])
        .execute();

      // One overdue reminder per hazard per Shanghai day: the key is claimed in the reminder's own unit of work.
      await db.schema
        .createTable('hazard_reminders')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('hazard_id', 'text', (c) => c.notNull().references('hazards.id'))
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
