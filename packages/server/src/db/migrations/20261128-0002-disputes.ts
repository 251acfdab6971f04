import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from '../database';

/**
 * Disputes and mediation (domain.md §2, §3): cases with their parties, timeline, departments, task force, risk
 * history, mediations, sessions, agreements, follow-up visits and attachments; numbering sequences; in-app
 * notifications; and the text search index of each engine.
 */
export function disputesMigration(kind: DialectKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // One row per (town, year, kind): the last number handed out. Incremented by an upsert inside the
      // registering transaction, so two concurrent registrations can never get the same number on either engine.
      await db.schema
        .createTable('dispute_sequences')
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('last_seq', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('dispute_sequences_pk', ['town_id', 'year', 'kind'])
        .execute();

      await db.schema
        .createTable('disputes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('address_enc', 'text')
        .addColumn('address_masked', 'text')
        .addColumn('occurred_on', 'text')
        .addColumn('people_involved', 'integer', (c) => c.notNull())
        .addColumn('grievance_started_on', 'text')
        .addColumn('tier', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('complexity', 'text', (c) => c.notNull())
        .addColumn('risk_grade', 'text', (c) => c.notNull())
        .addColumn('risk_reasons', 'text', (c) => c.notNull())
        .addColumn('flag_threats', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('flag_weapons', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('flag_domestic_violence', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('flag_mental_disorder', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('incident_ids', 'text', (c) => c.notNull())
        .addColumn('tier_entered_at', 'text', (c) => c.notNull())
        .addColumn('deadline_at', 'text')
        .addColumn('overdue', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('party_keys', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('disputes_scope')
        .on('disputes')
        .columns(['town_id', 'jurisdiction_id', 'id'])
        .execute();
      await db.schema.createIndex('disputes_town_state').on('disputes').columns(['town_id', 'state', 'id']).execute();
      await db.schema.createIndex('disputes_deadline').on('disputes').columns(['state', 'deadline_at']).execute();

      await db.schema
        .createTable('dispute_parties')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_pinyin', 'text', (c) => c.notNull())
        .addColumn('name_initials', 'text', (c) => c.notNull())
        .addColumn('sex', 'text')
        .addColumn('ethnicity', 'text')
        .addColumn('age', 'integer')
        .addColumn('occupation', 'text')
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_bidx', 'text')
        .addColumn('id_number_masked', 'text')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_bidx', 'text')
        .addColumn('phone_masked', 'text')
        .addColumn('address_enc', 'text')
        .addColumn('address_masked', 'text')
        .addColumn('agent', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('dispute_parties_dispute').on('dispute_parties').column('dispute_id').execute();
      await db.schema.createIndex('dispute_parties_id_bidx').on('dispute_parties').column('id_number_bidx').execute();

      await db.schema
        .createTable('dispute_timeline')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text')
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text')
        .addColumn('from_tier', 'text')
        .addColumn('to_tier', 'text')
        .addColumn('reason', 'text')
        .addColumn('explanation', 'text')
        .addColumn('route', 'text')
        .addColumn('department_ids', 'text', (c) => c.notNull())
        .addColumn('ref_id', 'text')
        .execute();
      await db.schema
        .createIndex('dispute_timeline_dispute')
        .on('dispute_timeline')
        .columns(['dispute_id', 'id'])
        .execute();

      await db.schema
        .createTable('dispute_departments')
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('assigned_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dispute_departments_pk', ['dispute_id', 'organization_id'])
        .execute();
      await db.schema
        .createIndex('dispute_departments_org')
        .on('dispute_departments')
        .columns(['organization_id', 'dispute_id'])
        .execute();

      await db.schema
        .createTable('dispute_taskforce_members')
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('dispute_taskforce_members_pk', ['dispute_id', 'person_id'])
        .execute();

      await db.schema
        .createTable('dispute_risk_history')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('grade', 'text', (c) => c.notNull())
        .addColumn('reasons', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .execute();
      await db.schema
        .createIndex('dispute_risk_history_dispute')
        .on('dispute_risk_history')
        .columns(['dispute_id', 'id'])
        .execute();

      // A reminder sent is remembered by its key, so the reminder job can run any number of times.
      await db.schema
        .createTable('dispute_reminders')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('mediations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('track', 'text', (c) => c.notNull())
        .addColumn('initiated_by', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .addColumn('mediator_ids', 'text', (c) => c.notNull())
        .addColumn('responsible_officer_id', 'text')
        .addColumn('extensions', 'text', (c) => c.notNull())
        .addColumn('termination_reason', 'text')
        .addColumn('other_routes_explained', 'integer')
        .addColumn('reported_to_police', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('mediations_dispute').on('mediations').column('dispute_id').execute();

      await db.schema
        .createTable('mediation_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('mediation_id', 'text', (c) => c.notNull().references('mediations.id'))
        .addColumn('mode', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text', (c) => c.notNull())
        .addColumn('location', 'text')
        .addColumn('participants', 'text', (c) => c.notNull())
        .addColumn('invitees_consented', 'integer', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('reported_to_police', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mediation_sessions_mediation')
        .on('mediation_sessions')
        .column('mediation_id')
        .execute();

      await db.schema
        .createTable('agreements')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('mediation_id', 'text', (c) => c.notNull().references('mediations.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('number', 'text', (c) => c.unique())
        .addColumn('party_ids', 'text', (c) => c.notNull())
        .addColumn('facts', 'text')
        .addColumn('disputed_matters', 'text')
        .addColumn('responsibilities', 'text')
        .addColumn('terms', 'text')
        .addColumn('performance_manner', 'text')
        .addColumn('performance_place', 'text')
        .addColumn('performance_deadline', 'text')
        .addColumn('content', 'text')
        .addColumn('recorded_at', 'text')
        .addColumn('signatures', 'text', (c) => c.notNull())
        .addColumn('mediator_signed_at', 'text')
        .addColumn('committee_sealed_at', 'text')
        .addColumn('effective_date', 'text')
        .addColumn('performed', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('agreements_dispute').on('agreements').column('dispute_id').execute();
      await db.schema.createIndex('agreements_effective').on('agreements').column('effective_date').execute();

      await db.schema
        .createTable('follow_ups')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('visited_at', 'text', (c) => c.notNull())
        .addColumn('whom', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text')
        .addColumn('agreement_id', 'text', (c) => c.references('agreements.id'))
        .addColumn('performed', 'integer', (c) => c.notNull())
        .addColumn('satisfaction', 'text', (c) => c.notNull())
        .addColumn('hidden_risk', 'text')
        .addColumn('note', 'text')
        .addColumn('visitor_id', 'text', (c) => c.references('users.id'))
        .addColumn('visitor_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('follow_ups_dispute').on('follow_ups').column('dispute_id').execute();

      await db.schema
        .createTable('dispute_attachments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('stored_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('dispute_attachments_dispute')
        .on('dispute_attachments')
        .column('dispute_id')
        .execute();

      await db.schema
        .createTable('notifications')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('target_type', 'text')
        .addColumn('target_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await db.schema.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();

      if (kind === 'sqlite') {
        // Trigram tokens find any substring of 3 or more characters, which is what Chinese text search needs
        // (there are no spaces between words). Shorter terms fall back to LIKE on disputes.search_text.
        await sql`create virtual table disputes_fts using fts5(dispute_id unindexed, body, tokenize = 'trigram')`.execute(
          db,
        );
      } else {
        await createTrigramIndex(db);
      }
    },
  };
}

/**
 * pg_trgm is a trusted extension (PostgreSQL 13+), so the database owner may create it. Where it cannot be
 * created, the savepoint keeps the migration alive and searches run as a LIKE scan without the index.
 */
async function createTrigramIndex(db: Kysely<unknown>): Promise<void> {
  await sql`savepoint pg_trgm_attempt`.execute(db);
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    await sql`create index disputes_search_trgm on disputes using gin (lower(search_text) gin_trgm_ops)`.execute(db);
    await sql`release savepoint pg_trgm_attempt`.execute(db);
  } catch {
    await sql`rollback to savepoint pg_trgm_attempt`.execute(db);
  }
}
