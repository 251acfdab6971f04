import type { Kysely, Migration } from 'kysely';

/**
 * Live views (issue #11 point 4, domain.md §9: every view logged). A view row is written when a view opens (who,
 * which camera, why) and carries the hash of its single-use token, never the token; it is closed with its end and
 * duration. It copies its camera's town and village so the view log is scoped by the common predicate. Snapshots
 * are stored uploads filed to a dispute, an incident or a video patrol result.
 */
export function videoViewsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('video_views')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('camera_name', 'text', (c) => c.notNull())
        .addColumn('account_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('account_name', 'text', (c) => c.notNull())
        .addColumn('purpose', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('token_hash', 'text', (c) => c.notNull())
        .addColumn('token_expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('viewer_id', 'text')
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text')
        .addColumn('ended_at', 'text')
        .addColumn('end_reason', 'text')
        .addColumn('duration_seconds', 'integer')
        .execute();
      // The view log, newest first, within a town and a village; by camera and by account for its filters.
      await db.schema
        .createIndex('video_views_town_opened')
        .on('video_views')
        .columns(['town_id', 'opened_at', 'id'])
        .execute();
      await db.schema
        .createIndex('video_views_camera_opened')
        .on('video_views')
        .columns(['camera_id', 'opened_at'])
        .execute();
      await db.schema
        .createIndex('video_views_account_opened')
        .on('video_views')
        .columns(['account_id', 'opened_at'])
        .execute();
      // The sweep reads the open views only.
      await db.schema.createIndex('video_views_open').on('video_views').columns(['ended_at', 'camera_id']).execute();

      await db.schema
        .createTable('video_snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('view_id', 'text', (c) => c.notNull().references('video_views.id'))
        .addColumn('camera_id', 'text', (c) => c.notNull().references('cameras.id'))
        .addColumn('account_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('target_kind', 'text', (c) => c.notNull())
        .addColumn('target_id', 'text', (c) => c.notNull())
        .addColumn('file_name', 'text', (c) => c.notNull())
        .addColumn('stored_name', 'text', (c) => c.notNull())
        .addColumn('media_type', 'text', (c) => c.notNull())
        .addColumn('size', 'integer', (c) => c.notNull())
        .addColumn('sha256', 'text', (c) => c.notNull())
        .addColumn('uploaded_by', 'text', (c) => c.references('users.id'))
        .addColumn('uploaded_by_name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('video_snapshots_target')
        .on('video_snapshots')
        .columns(['target_kind', 'target_id', 'created_at'])
        .execute();
      await db.schema.createIndex('video_snapshots_view').on('video_snapshots').columns(['view_id']).execute();
    },
  };
}
