import { type Kysely, type Migration, sql } from 'kysely';

/**
 * The camera registry (平台联建, domain.md §9): cameras with their GB/T 28181 device id, place, household owner
 * (a directory person) and stream source (encrypted: an RTSP url may hold credentials); consents of household and
 * venue cameras with the roles they name; camera groups, their members and the grants that say who may watch them.
 * A camera's village is `village_id`, the scope predicate's jurisdiction column.
 */
export function camerasMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cameras')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('village_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('device_id', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('lat', 'double precision')
        .addColumn('lng', 'double precision')
        .addColumn('owner_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('venue_id', 'text')
        .addColumn('source_kind', 'text', (c) => c.notNull())
        .addColumn('source_enc', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text')
        .addColumn('status_checked_at', 'text')
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // The registry list: a town's or a village's cameras by name, optionally by status (1,200 cameras < 50 ms).
      await db.schema
        .createIndex('cameras_village_status_name')
        .on('cameras')
        .columns(['village_id', 'status', 'name', 'id'])
        .execute();
      await db.schema.createIndex('cameras_town_name').on('cameras').columns(['town_id', 'name', 'id']).execute();
      await db.schema
        .createIndex('cameras_town_status_name')
        .on('cameras')
        .columns(['town_id', 'status', 'name', 'id'])
        .execute();
      await db.schema.createIndex('cameras_venue').on('cameras').column('venue_id').execute();
      await db.schema.createIndex('cameras_owner').on('cameras').column('owner_person_id').execute();

      await db.schema
        .createTable('camera_consents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('agreement_id', 'text')
        .addColumn('allows_playback', 'integer', (c) => c.notNull())
        .addColumn('purposes', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('camera_consents_camera')
        .on('camera_consents')
        .columns(['camera_id', 'expires_at'])
        .execute();
      await db.schema.createIndex('camera_consents_agreement').on('camera_consents').column('agreement_id').execute();

      await db.schema
        .createTable('camera_consent_roles')
        .addColumn('consent_id', 'text', (c) => c.notNull().references('camera_consents.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('camera_consent_roles_pk', ['consent_id', 'role'])
        .execute();

      await db.schema
        .createTable('camera_groups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('camera_groups_town_name', ['town_id', 'name'])
        .execute();

      await db.schema
        .createTable('camera_group_members')
        .addColumn('group_id', 'text', (c) => c.notNull().references('camera_groups.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addPrimaryKeyConstraint('camera_group_members_pk', ['group_id', 'camera_id'])
        .execute();
      // Visibility reads a camera's groups: camera first.
      await db.schema
        .createIndex('camera_group_members_camera')
        .on('camera_group_members')
        .columns(['camera_id', 'group_id'])
        .execute();

      await db.schema
        .createTable('camera_grants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('group_id', 'text', (c) => c.notNull().references('camera_groups.id'))
        .addColumn('role', 'text')
        .addColumn('account_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('camera_grants_group').on('camera_grants').columns(['group_id', 'role']).execute();
      // One grant per group and grantee: a copy would outlive the withdrawal of the grant a manager sees. NULLs are
      // distinct in a unique index on both engines, hence the coalesce.
      await sql`create unique index camera_grants_unique on camera_grants (group_id, coalesce(role, ''), coalesce(account_id, ''))`.execute(
        db,
      );
    },
  };
}
