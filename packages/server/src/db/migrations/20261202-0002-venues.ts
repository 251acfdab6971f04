import type { Kysely, Migration } from 'kysely';

/**
 * Venues (场所) and their camera-sharing agreements (issue #11 §2). A venue is its village's record (`town_id`,
 * `jurisdiction_id` = the village), so a scoped list is one indexed predicate; its cameras are the registry's
 * (`cameras.venue_id`). An agreement keeps its window twice: the Shanghai days the paper names and the UTC instants
 * the consents it writes use (Shanghai 00:00 of the first day and of the day after the last). Its state is derived
 * from those and `revoked_at` when read, never stored, so it cannot go stale at midnight. The signed documents are
 * stored uploads like every other attachment.
 */
export function venuesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('venues')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('contact_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('venues_scope')
        .on('venues')
        .columns(['town_id', 'jurisdiction_id', 'name', 'id'])
        .execute();
      await db.schema.createIndex('venues_town_name').on('venues').columns(['town_id', 'name', 'id']).execute();

      await db.schema
        .createTable('venue_agreements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('venue_id', 'text', (c) => c.notNull().references('venues.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('first_day', 'text', (c) => c.notNull())
        .addColumn('last_day', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('roles', 'text', (c) => c.notNull())
        .addColumn('purposes', 'text', (c) => c.notNull())
        .addColumn('allows_playback', 'integer', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
        .addColumn('revoked_by_name', 'text')
        .addColumn('revoke_reason', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('venue_agreements_venue')
        .on('venue_agreements')
        .columns(['venue_id', 'created_at', 'id'])
        .execute();
      await db.schema
        .createIndex('venue_agreements_town_expiry')
        .on('venue_agreements')
        .columns(['town_id', 'expires_at'])
        .execute();

      await db.schema
        .createTable('venue_agreement_cameras')
        .addColumn('agreement_id', 'text', (c) => c.notNull().references('venue_agreements.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addPrimaryKeyConstraint('venue_agreement_cameras_pk', ['agreement_id', 'camera_id'])
        .execute();
      await db.schema
        .createIndex('venue_agreement_cameras_camera')
        .on('venue_agreement_cameras')
        .columns(['camera_id'])
        .execute();

      await db.schema
        .createTable('venue_agreement_documents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agreement_id', 'text', (c) => c.notNull().references('venue_agreements.id'))
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
        .createIndex('venue_agreement_documents_agreement')
        .on('venue_agreement_documents')
        .columns(['agreement_id', 'created_at', 'id'])
        .execute();
    },
  };
}
