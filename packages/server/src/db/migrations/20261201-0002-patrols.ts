import type { Kysely, Migration } from 'kysely';

/**
 * Night patrols (domain.md §8): teams with their area and members, the rota (one row per team and night), checkpoints
 * whose QR code carries a signed token with the checkpoint's version, check-ins, and the leader's log of a shift with
 * its findings. Every table carries `town_id` and `jurisdiction_id` like the case tables, so scoped lists are one
 * indexed predicate. `day` is the Shanghai day a shift began, stored at write time.
 */
export function patrolsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('patrol_teams')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('leader_person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('patrol_teams_town').on('patrol_teams').columns(['town_id', 'name', 'id']).execute();

      // A team's area: one district, or villages. A checkpoint is in the area when its village or that village's
      // district is listed.
      await db.schema
        .createTable('patrol_team_areas')
        .addColumn('team_id', 'text', (c) => c.notNull().references('patrol_teams.id'))
        .addColumn('area_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('patrol_team_areas_pk', ['team_id', 'area_id'])
        .execute();
      await db.schema.createIndex('patrol_team_areas_area').on('patrol_team_areas').columns(['area_id']).execute();

      await db.schema
        .createTable('patrol_members')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('team_id', 'text', (c) => c.notNull().references('patrol_teams.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('patrol_members_person')
        .on('patrol_members')
        .columns(['team_id', 'person_id'])
        .unique()
        .execute();
      await db.schema.createIndex('patrol_members_user').on('patrol_members').columns(['user_id']).execute();

      await db.schema
        .createTable('patrol_shifts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('team_id', 'text', (c) => c.notNull().references('patrol_teams.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('patrol_shifts_team_day')
        .on('patrol_shifts')
        .columns(['team_id', 'day'])
        .unique()
        .execute();
      await db.schema
        .createIndex('patrol_shifts_town_day')
        .on('patrol_shifts')
        .columns(['town_id', 'day', 'id'])
        .execute();

      await db.schema
        .createTable('patrol_checkpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('lat', 'real')
        .addColumn('lng', 'real')
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('patrol_checkpoints_town')
        .on('patrol_checkpoints')
        .columns(['town_id', 'jurisdiction_id', 'id'])
        .execute();

      await db.schema
        .createTable('patrol_check_ins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('checkpoint_id', 'text', (c) => c.notNull().references('patrol_checkpoints.id'))
        .addColumn('shift_id', 'text', (c) => c.notNull().references('patrol_shifts.id'))
        .addColumn('team_id', 'text', (c) => c.notNull().references('patrol_teams.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('lat', 'real')
        .addColumn('lng', 'real')
        .addColumn('accuracy', 'real')
        .addColumn('client_id', 'text')
        .execute();
      // The replay rule as a constraint: one check-in per person, checkpoint and night, whatever races.
      await db.schema
        .createIndex('patrol_check_ins_once')
        .on('patrol_check_ins')
        .columns(['checkpoint_id', 'day', 'person_id'])
        .unique()
        .execute();
      // A retried request (same account and clientId) finds the first check-in; NULL client ids never collide.
      await db.schema
        .createIndex('patrol_check_ins_client')
        .on('patrol_check_ins')
        .columns(['user_id', 'client_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('patrol_check_ins_shift')
        .on('patrol_check_ins')
        .columns(['shift_id', 'at'])
        .execute();
      await db.schema
        .createIndex('patrol_check_ins_town_at')
        .on('patrol_check_ins')
        .columns(['town_id', 'at', 'id'])
        .execute();

      await db.schema
        .createTable('patrol_logs')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('shift_id', 'text', (c) => c.notNull().unique().references('patrol_shifts.id'))
        .addColumn('team_id', 'text', (c) => c.notNull().references('patrol_teams.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('written_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('written_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('patrol_logs_town_day').on('patrol_logs').columns(['town_id', 'day', 'id']).execute();

      await db.schema
        .createTable('patrol_findings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('log_id', 'text', (c) => c.notNull().references('patrol_logs.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('village_id', 'text', (c) => c.references('jurisdictions.id'))
        .addColumn('hazard_id', 'text')
        .addColumn('incident_id', 'text')
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('patrol_findings_log')
        .on('patrol_findings')
        .columns(['log_id', 'sort_order'])
        .execute();
      await db.schema
        .createIndex('patrol_findings_town_kind')
        .on('patrol_findings')
        .columns(['town_id', 'kind', 'day'])
        .execute();
    },
  };
}
