import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from '../database';

/** Jurisdictions, people, accounts, sessions, the audit chain and idempotency records. */
export function foundationMigration(kind: DialectKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('jurisdictions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('parent_id', 'text', (c) => c.references('jurisdictions.id'))
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('path', 'text', (c) => c.notNull())
        .addColumn('town_id', 'text')
        .addColumn('population', 'integer')
        .addColumn('households', 'integer')
        .addColumn('note', 'text')
        .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('jurisdictions_parent').on('jurisdictions').column('parent_id').execute();
      await db.schema.createIndex('jurisdictions_town').on('jurisdictions').columns(['town_id', 'level']).execute();
      await db.schema.createIndex('jurisdictions_path').on('jurisdictions').column('path').execute();

      await db.schema
        .createTable('organizations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('phone', 'text')
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('organizations_town').on('organizations').columns(['town_id', 'kind']).execute();

      await db.schema
        .createTable('persons')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_pinyin', 'text', (c) => c.notNull())
        .addColumn('name_initials', 'text', (c) => c.notNull())
        .addColumn('sex', 'text')
        .addColumn('ethnicity', 'text')
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text')
        .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_bidx', 'text')
        .addColumn('id_number_masked', 'text')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_bidx', 'text')
        .addColumn('phone_masked', 'text')
        .addColumn('address_enc', 'text')
        .addColumn('address_masked', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('persons_scope').on('persons').columns(['town_id', 'jurisdiction_id']).execute();
      await db.schema.createIndex('persons_pinyin').on('persons').columns(['name_pinyin', 'id']).execute();
      await db.schema.createIndex('persons_initials').on('persons').column('name_initials').execute();
      await db.schema.createIndex('persons_id_bidx').on('persons').column('id_number_bidx').unique().execute();
      await db.schema.createIndex('persons_phone_bidx').on('persons').column('phone_bidx').execute();

      await db.schema
        .createTable('assignments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('duty', 'text', (c) => c.notNull())
        .addColumn('since', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('assignments_unique', ['person_id', 'jurisdiction_id', 'duty'])
        .execute();
      await db.schema.createIndex('assignments_town').on('assignments').columns(['town_id', 'duty']).execute();

      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('username', 'text', (c) => c.notNull().unique())
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('password_changed_at', 'text', (c) => c.notNull())
        .addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('failed_logins', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('locked_until', 'text')
        .addColumn('mfa_enabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('mfa_secret_enc', 'text')
        .addColumn('mfa_pending_secret_enc', 'text')
        .addColumn('last_login_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('user_roles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('user_roles_unique', ['user_id', 'role', 'jurisdiction_id'])
        .execute();

      await db.schema
        .createTable('recovery_codes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('code_hash', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .execute();
      await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();

      await db.schema
        .createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('csrf_token', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('last_seen_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('user_agent', 'text')
        .execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text')
        .addColumn('username', 'text')
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('ip', 'text')
        .addColumn('request_id', 'text')
        .addColumn('detail', 'text')
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('audit_user').on('audit_log').columns(['user_id', 'seq']).execute();
      await db.schema.createIndex('audit_action').on('audit_log').columns(['action', 'seq']).execute();
      await db.schema.createIndex('audit_target').on('audit_log').columns(['target_type', 'target_id']).execute();
      await db.schema.createIndex('audit_at').on('audit_log').column('at').execute();
      await appendOnly(db, kind);

      await db.schema
        .createTable('idempotency_keys')
        .addColumn('user_id', 'text', (c) => c.notNull())
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('request_hash', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer', (c) => c.notNull())
        .addColumn('response_body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('idempotency_keys_pk', ['user_id', 'key'])
        .execute();
    },
  };
}

/** The audit log refuses UPDATE and DELETE at the database itself, not just in our code. */
async function appendOnly(db: Kysely<unknown>, kind: DialectKind): Promise<void> {
  if (kind === 'sqlite') {
    for (const op of ['UPDATE', 'DELETE']) {
      await sql
        .raw(
          `CREATE TRIGGER audit_log_no_${op.toLowerCase()} BEFORE ${op} ON audit_log ` +
            `BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`,
        )
        .execute(db);
    }
    return;
  }
  await sql
    .raw(
      `CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`,
    )
    .execute(db);
  await sql
    .raw(
      `CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
       FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`,
    )
    .execute(db);
}
