import type { Kysely, Migration } from 'kysely';

/**
 * The security-director rotation (domain.md §5): each town's working-day calendar (a setting: holidays and make-up
 * working days), the year's rota and its slots, check-ins, swap requests, and the training records of the monthly
 * meeting with their materials. Slots, check-ins, swaps and trainings carry town_id and jurisdiction_id (the
 * village on duty; the town for a training) so scoped reads need one indexed predicate.
 */
export function rotationMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      // A town's calendar is seeded from the domain's official table on its first edit or rota; the row marks
      // that, so deleting every day afterwards does not bring the defaults back.
      await db.schema
        .createTable('rotation_settings')
        .addColumn('town_id', 'text', (c) => c.primaryKey().references('jurisdictions.id'))
        .addColumn('calendar_seeded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('rotation_calendar_days')
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('rotation_calendar_days_pk', ['town_id', 'date'])
        .execute();

      await db.schema
        .createTable('rotas')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('seed', 'integer', (c) => c.notNull())
        .addColumn('generated_by', 'text', (c) => c.references('users.id'))
        .addColumn('generated_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('rotas_town_year', ['town_id', 'year'])
        .execute();
      await db.schema
        .createTable('rota_slots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rota_id', 'text', (c) => c.notNull().references('rotas.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('month', 'integer', (c) => c.notNull())
        .addColumn('slot_index', 'integer', (c) => c.notNull())
        .addColumn('days', 'text', (c) => c.notNull())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text', (c) => c.notNull())
        .addColumn('director_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('rota_slots_position', ['rota_id', 'month', 'slot_index'])
        .execute();
      await db.schema
        .createIndex('rota_slots_town_year')
        .on('rota_slots')
        .columns(['town_id', 'year', 'start_date'])
        .execute();

      await db.schema
        .createTable('rota_check_ins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('slot_id', 'text', (c) => c.notNull().references('rota_slots.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('date', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.references('users.id'))
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('rota_check_ins_day', ['slot_id', 'date'])
        .execute();

      // Swaps name slots by id without a foreign key: regenerating future months replaces those slots and closes
      // their pending requests as withdrawn, while the request itself stays as a record.
      await db.schema
        .createTable('rota_swaps')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('year', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('slot_id', 'text', (c) => c.notNull())
        .addColumn('other_slot_id', 'text')
        .addColumn('replacement_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('requested_by', 'text', (c) => c.references('users.id'))
        .addColumn('requested_by_name', 'text')
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('decided_by', 'text', (c) => c.references('users.id'))
        .addColumn('decided_by_name', 'text')
        .addColumn('decided_at', 'text')
        .addColumn('decision_note', 'text')
        .execute();
      await db.schema.createIndex('rota_swaps_town_year').on('rota_swaps').columns(['town_id', 'year', 'id']).execute();

      await db.schema
        .createTable('trainings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('topic', 'text', (c) => c.notNull())
        .addColumn('trainer', 'text', (c) => c.notNull())
        .addColumn('held_on', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('attendee_ids', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('trainings_town').on('trainings').columns(['town_id', 'held_on', 'id']).execute();
      await db.schema
        .createTable('training_materials')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('training_id', 'text', (c) => c.notNull().references('trainings.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('stored_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('training_materials_training')
        .on('training_materials')
        .columns(['training_id', 'id'])
        .execute();
    },
  };
}
