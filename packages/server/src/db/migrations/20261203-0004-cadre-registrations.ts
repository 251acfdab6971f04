import type { Kysely, Migration } from 'kysely';

/**
 * Village cadre self-registration (issue #12). A registration code is a village's: stored by its hash (what the
 * public page looks up) and encrypted (so the station can reprint the sticker). A registration keeps the cadre's
 * phone encrypted with its blind index and masked, and points at the pending account it created. `village_id` is
 * the scope's jurisdiction column.
 */
export function cadreRegistrationsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('cadre_codes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('village_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('code_hash', 'text', (c) => c.notNull().unique())
        .addColumn('code_enc', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('revoked_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('cadre_codes_town_created')
        .on('cadre_codes')
        .columns(['town_id', 'created_at', 'id'])
        .execute();

      await db.schema
        .createTable('cadre_registrations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('code_id', 'text', (c) => c.notNull().references('cadre_codes.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('village_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('phone_enc', 'text', (c) => c.notNull())
        .addColumn('phone_bidx', 'text', (c) => c.notNull())
        .addColumn('phone_masked', 'text', (c) => c.notNull())
        .addColumn('position', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.notNull().unique().references('users.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_at', 'text')
        .addColumn('refusal_reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // The station's list: a town's registrations, pending first when filtered, newest first.
      await db.schema
        .createIndex('cadre_registrations_town_status')
        .on('cadre_registrations')
        .columns(['town_id', 'status', 'created_at', 'id'])
        .execute();
      await db.schema
        .createIndex('cadre_registrations_town_created')
        .on('cadre_registrations')
        .columns(['town_id', 'created_at', 'id'])
        .execute();
      await db.schema.createIndex('cadre_registrations_code').on('cadre_registrations').column('code_id').execute();
    },
  };
}
