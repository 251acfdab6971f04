import type { Kysely, Migration } from 'kysely';

/**
 * Incidents (domain.md §4): each town's class code table (a setting), the incidents with their parties, timeline
 * and repeat links. Every table carries town_id and jurisdiction_id with an index starting with town_id, so scoped
 * queries filter with one indexed predicate. Numbers come from dispute_sequences (kind `incident`), incremented
 * inside the intake transaction like a dispute's.
 */
export function incidentsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // One town's code table: rows are the town's own (the town is their jurisdiction); a town without rows
      // works from the domain's defaults until it saves or imports its own.
      await db.schema
        .createTable('incident_classes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('code', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('dispute', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('arrival_target_minutes', 'integer', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('incident_classes_town_code', ['town_id', 'code'])
        .execute();

      await db.schema
        .createTable('incidents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('class_code', 'text', (c) => c.notNull())
        // The class's name and target as they were at intake: the code table may change or drop the row later.
        .addColumn('class_name', 'text', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('dispute', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('summary', 'text', (c) => c.notNull())
        .addColumn('address_enc', 'text')
        .addColumn('address_bidx', 'text')
        .addColumn('address_masked', 'text')
        .addColumn('latitude', 'double precision')
        .addColumn('longitude', 'double precision')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('disposition', 'text')
        .addColumn('case_kind', 'text')
        .addColumn('case_number', 'text')
        .addColumn('department_id', 'text', (c) => c.references('organizations.id'))
        .addColumn('duplicate_of_id', 'text', (c) => c.references('incidents.id'))
        .addColumn('dispute_id', 'text', (c) => c.references('disputes.id'))
        .addColumn('responsible_officer_id', 'text', (c) => c.references('users.id'))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('dispatched_at', 'text')
        .addColumn('acked_at', 'text')
        .addColumn('arrived_at', 'text')
        .addColumn('handling_at', 'text')
        .addColumn('feedback_at', 'text')
        .addColumn('reviewed_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('arrival_target_minutes', 'integer', (c) => c.notNull())
        // received_at + target: a list compares it with now to find incidents nobody has reached in time.
        .addColumn('arrival_deadline_at', 'text', (c) => c.notNull())
        .addColumn('arrival_late', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('feedback', 'text')
        .addColumn('search_text', 'text', (c) => c.notNull())
        .addColumn('party_keys', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incidents_scope')
        .on('incidents')
        .columns(['town_id', 'jurisdiction_id', 'received_at', 'id'])
        .execute();
      // The desk's order: newest call first within the town.
      await db.schema
        .createIndex('incidents_town_received')
        .on('incidents')
        .columns(['town_id', 'received_at', 'id'])
        .execute();
      await db.schema
        .createIndex('incidents_town_state')
        .on('incidents')
        .columns(['town_id', 'state', 'received_at'])
        .execute();
      await db.schema
        .createIndex('incidents_town_address')
        .on('incidents')
        .columns(['town_id', 'address_bidx', 'received_at'])
        .execute();
      // An auxiliary officer's scope is their village's jurisdictions, not a town.
      await db.schema
        .createIndex('incidents_place')
        .on('incidents')
        .columns(['jurisdiction_id', 'received_at', 'id'])
        .execute();
      await db.schema.createIndex('incidents_dispute').on('incidents').column('dispute_id').execute();

      await db.schema
        .createTable('incident_parties')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('name_pinyin', 'text', (c) => c.notNull())
        .addColumn('name_initials', 'text', (c) => c.notNull())
        .addColumn('sex', 'text')
        .addColumn('id_number_enc', 'text')
        .addColumn('id_number_bidx', 'text')
        .addColumn('id_number_masked', 'text')
        .addColumn('phone_enc', 'text')
        .addColumn('phone_bidx', 'text')
        .addColumn('phone_masked', 'text')
        .addColumn('address_enc', 'text')
        .addColumn('address_masked', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('incident_parties_incident')
        .on('incident_parties')
        .columns(['incident_id', 'id'])
        .execute();
      // Repeat detection looks a party up by blind index within the town.
      await db.schema
        .createIndex('incident_parties_town_id_bidx')
        .on('incident_parties')
        .columns(['town_id', 'id_number_bidx'])
        .execute();
      await db.schema
        .createIndex('incident_parties_town_phone_bidx')
        .on('incident_parties')
        .columns(['town_id', 'phone_bidx'])
        .execute();

      await db.schema
        .createTable('incident_timeline')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('actor_id', 'text', (c) => c.references('users.id'))
        .addColumn('actor_name', 'text')
        .addColumn('from_state', 'text')
        .addColumn('to_state', 'text')
        .addColumn('note', 'text')
        .addColumn('ref_id', 'text')
        .execute();
      await db.schema
        .createIndex('incident_timeline_incident')
        .on('incident_timeline')
        .columns(['incident_id', 'id'])
        .execute();
      await db.schema
        .createIndex('incident_timeline_town')
        .on('incident_timeline')
        .columns(['town_id', 'jurisdiction_id', 'at'])
        .execute();

      // Two incidents linked as repeats, once per reason; `incident_id` is the later one.
      await db.schema
        .createTable('incident_links')
        .addColumn('incident_id', 'text', (c) => c.notNull().references('incidents.id'))
        .addColumn('other_id', 'text', (c) => c.notNull().references('incidents.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('incident_links_pk', ['incident_id', 'other_id', 'reason'])
        .execute();
      await db.schema
        .createIndex('incident_links_town')
        .on('incident_links')
        .columns(['town_id', 'incident_id'])
        .execute();
      await db.schema
        .createIndex('incident_links_other')
        .on('incident_links')
        .columns(['other_id', 'incident_id'])
        .execute();
    },
  };
}
