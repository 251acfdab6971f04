import type { Kysely, Migration } from 'kysely';

/**
 * The monthly consultation (警治会商, domain.md §6) and the tasks it assigns. Meetings belong to a town
 * (`jurisdiction_id` is the town too, so the common scope predicate applies); the month's figures are stored as JSON
 * in `snapshot` when the meeting is held and never recomputed. Tasks carry the town and, as `jurisdiction_id`, their
 * village (or the town when they have none), so a village's readers reach them by the usual scope; a department's
 * readers reach the tasks owned by their organisation. Links, feedback and photos copy their task's place like the
 * dispute child tables, so they are scoped without a join.
 */
export function meetingsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('meetings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('starts_at', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('place', 'text', (c) => c.notNull())
        .addColumn('chair_user_id', 'text', (c) => c.references('users.id'))
        .addColumn('chair_name', 'text')
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('minutes_intel', 'text', (c) => c.notNull())
        .addColumn('minutes_review', 'text', (c) => c.notNull())
        .addColumn('minutes_tasks', 'text', (c) => c.notNull())
        .addColumn('minutes_training', 'text', (c) => c.notNull())
        .addColumn('snapshot', 'text')
        .addColumn('snapshot_at', 'text')
        .addColumn('held_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // Newest first within a town; the previous meeting is the latest one starting before.
      await db.schema
        .createIndex('meetings_town_time')
        .on('meetings')
        .columns(['town_id', 'starts_at', 'id'])
        .execute();

      await db.schema
        .createTable('meeting_attendees')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('user_id', 'text', (c) => c.references('users.id'))
        .addColumn('person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
        .addColumn('village_id', 'text', (c) => c.references('jurisdictions.id'))
        .addColumn('title', 'text')
        .addColumn('present', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('meeting_attendees_meeting')
        .on('meeting_attendees')
        .columns(['meeting_id', 'position'])
        .execute();

      await db.schema
        .createTable('tasks')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('meeting_id', 'text', (c) => c.references('meetings.id'))
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('detail', 'text')
        .addColumn('owner_kind', 'text', (c) => c.notNull())
        .addColumn('owner_user_id', 'text', (c) => c.references('users.id'))
        .addColumn('owner_organization_id', 'text', (c) => c.references('organizations.id'))
        .addColumn('owner_name', 'text', (c) => c.notNull())
        .addColumn('village_id', 'text', (c) => c.references('jurisdictions.id'))
        .addColumn('due_on', 'text', (c) => c.notNull())
        .addColumn('priority', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('assigned_by', 'text', (c) => c.references('users.id'))
        .addColumn('assigned_by_name', 'text')
        .addColumn('done_at', 'text')
        .addColumn('confirmed_at', 'text')
        .addColumn('cancelled_at', 'text')
        .addColumn('reason', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // Soonest deadline first within a town (lists, the overdue job), per owner (the home page) and per meeting.
      await db.schema.createIndex('tasks_town_due').on('tasks').columns(['town_id', 'due_on', 'id']).execute();
      await db.schema
        .createIndex('tasks_scope_due')
        .on('tasks')
        .columns(['town_id', 'jurisdiction_id', 'due_on', 'id'])
        .execute();
      await db.schema.createIndex('tasks_state_due').on('tasks').columns(['state', 'due_on']).execute();
      await db.schema.createIndex('tasks_owner_user').on('tasks').columns(['owner_user_id', 'due_on']).execute();
      await db.schema
        .createIndex('tasks_owner_organization')
        .on('tasks')
        .columns(['owner_organization_id', 'due_on'])
        .execute();
      await db.schema.createIndex('tasks_meeting').on('tasks').columns(['meeting_id', 'due_on']).execute();

      // The label (the record's number) is copied at write time, as on duty log links: numbers never change.
      await db.schema
        .createTable('task_links')
        .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('label', 'text', (c) => c.notNull())
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('task_links_pk', ['task_id', 'kind', 'target_id'])
        .execute();
      await db.schema
        .createIndex('task_links_target')
        .on('task_links')
        .columns(['town_id', 'kind', 'target_id'])
        .execute();

      await db.schema
        .createTable('task_feedback')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
        .addColumn('town_id', 'text', (c) => c.notNull())
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.references('users.id'))
        .addColumn('author_name', 'text')
        .addColumn('note', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('task_feedback_task').on('task_feedback').columns(['task_id', 'id']).execute();

      await db.schema
        .createTable('task_feedback_photos')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('feedback_id', 'text', (c) => c.notNull().references('task_feedback.id'))
        .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
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
        .createIndex('task_feedback_photos_feedback')
        .on('task_feedback_photos')
        .columns(['feedback_id', 'id'])
        .execute();

      // One overdue reminder per task per Shanghai day: the key is claimed in the reminder's own unit of work.
      await db.schema
        .createTable('task_reminders')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('task_id', 'text', (c) => c.notNull().references('tasks.id'))
        .addColumn('sent_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
