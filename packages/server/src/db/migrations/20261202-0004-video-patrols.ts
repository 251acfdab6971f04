import type { Kysely, Migration } from 'kysely';

/**
 * Video patrols (视频巡查, issue #11): plans (a camera list, a checklist, a schedule), rounds of a Shanghai day with
 * their cameras and participants, a result per camera of a round, and the remote reminders a finding sends. Plans and
 * rounds are the town's records (`jurisdiction_id` = the town); a result and a reminder carry the camera's village, so
 * a village's auxiliary officer reaches exactly his village's reminders through the common scope predicate.
 */
export function videoPatrolsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('video_patrol_plans')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('checklist', 'text', (c) => c.notNull())
        .addColumn('schedule', 'text', (c) => c.notNull())
        .addColumn('active', 'integer', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('video_patrol_plans_town')
        .on('video_patrol_plans')
        .columns(['town_id', 'created_at', 'id'])
        .execute();

      await db.schema
        .createTable('video_patrol_plan_cameras')
        .addColumn('plan_id', 'text', (c) => c.notNull().references('video_patrol_plans.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('video_patrol_plan_cameras_pk', ['plan_id', 'camera_id'])
        .execute();

      // `schedule_key` (plan and day) is set on rounds the daily job creates, so a second run, or a second process,
      // meets the unique index instead of creating the day's round twice; rounds started by hand leave it null.
      await db.schema
        .createTable('video_patrol_rounds')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('plan_id', 'text', (c) => c.references('video_patrol_plans.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('origin', 'text', (c) => c.notNull())
        .addColumn('schedule_key', 'text', (c) => c.unique())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('scheduled_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('checklist', 'text', (c) => c.notNull())
        .addColumn('camera_count', 'integer', (c) => c.notNull())
        .addColumn('result_count', 'integer', (c) => c.notNull())
        .addColumn('finding_count', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // Newest day first within a town (the list, the statistics by day).
      await db.schema
        .createIndex('video_patrol_rounds_town_day')
        .on('video_patrol_rounds')
        .columns(['town_id', 'day', 'id'])
        .execute();
      await db.schema
        .createIndex('video_patrol_rounds_plan')
        .on('video_patrol_rounds')
        .columns(['plan_id', 'day'])
        .execute();

      await db.schema
        .createTable('video_patrol_round_cameras')
        .addColumn('round_id', 'text', (c) => c.notNull().references('video_patrol_rounds.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('sort_order', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('video_patrol_round_cameras_pk', ['round_id', 'camera_id'])
        .execute();

      await db.schema
        .createTable('video_patrol_participants')
        .addColumn('round_id', 'text', (c) => c.notNull().references('video_patrol_rounds.id'))
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('name', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('video_patrol_participants_pk', ['round_id', 'role'])
        .execute();

      // One result per camera and round: the unique key answers a second one (or a race) with 409.
      await db.schema
        .createTable('video_patrol_results')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('round_id', 'text', (c) => c.notNull().references('video_patrol_rounds.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('answers', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('finding_kind', 'text')
        .addColumn('finding_id', 'text')
        .addColumn('finding_label', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('recorded_by_name', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('video_patrol_results_round_camera', ['round_id', 'camera_id'])
        .execute();
      // Findings by day within a town (statistics, analyses).
      await db.schema
        .createIndex('video_patrol_results_town_day')
        .on('video_patrol_results')
        .columns(['town_id', 'kind', 'day'])
        .execute();

      // A retry after no answer is a new attempt pointing at the one before; the unique `retry_of_id` allows one.
      await db.schema
        .createTable('video_reminders')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('round_id', 'text', (c) => c.notNull().references('video_patrol_rounds.id'))
        .addColumn('result_id', 'text', (c) => c.notNull().references('video_patrol_results.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('recipient_user_id', 'text', (c) => c.references('users.id'))
        .addColumn('recipient_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('recipient_name', 'text', (c) => c.notNull())
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('outcome_note', 'text')
        .addColumn('outcome_at', 'text')
        .addColumn('outcome_by', 'text', (c) => c.references('users.id'))
        .addColumn('outcome_by_name', 'text')
        .addColumn('attempt', 'integer', (c) => c.notNull())
        .addColumn('retry_of_id', 'text', (c) => c.unique().references('video_reminders.id'))
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('sent_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('sent_by_name', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .execute();
      // Newest first within a town and within a village (lists, statistics by day); pending ones (the home page).
      await db.schema
        .createIndex('video_reminders_town_sent')
        .on('video_reminders')
        .columns(['town_id', 'sent_at', 'id'])
        .execute();
      await db.schema
        .createIndex('video_reminders_scope_sent')
        .on('video_reminders')
        .columns(['town_id', 'jurisdiction_id', 'sent_at', 'id'])
        .execute();
      await db.schema
        .createIndex('video_reminders_state')
        .on('video_reminders')
        .columns(['state', 'town_id', 'jurisdiction_id'])
        .execute();
      await db.schema.createIndex('video_reminders_result').on('video_reminders').columns(['result_id']).execute();
    },
  };
}
