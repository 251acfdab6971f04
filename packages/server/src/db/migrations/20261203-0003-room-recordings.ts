import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Consented recording of mediation rooms (issue #12 point 4). A consent is one participant's, with its time; a
 * withdrawal keeps the row (the history shows who consented when) and a new consent is a new row. A recording is
 * one segment, from a start to a pause or the close, numbered within its room; after the close each participant's
 * part of each segment (one per time they published in it) becomes one WebM attachment of the dispute, tracked by
 * a file row. Recordings and files copy the dispute's town and place so they are scoped like every case record.
 */
export function roomRecordingsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mediation_room_consents')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('participant_id', 'text', (c) => c.notNull().references('mediation_room_participants.id'))
        .addColumn('consented_at', 'text', (c) => c.notNull())
        .addColumn('withdrawn_at', 'text')
        .execute();
      // At most one live consent per participant, whatever two clicks race.
      await db.schema
        .createIndex('mediation_room_consents_live')
        .on('mediation_room_consents')
        .columns(['participant_id'])
        .unique()
        .where(sql.ref('withdrawn_at'), 'is', sql.lit(null))
        .execute();
      await db.schema
        .createIndex('mediation_room_consents_room')
        .on('mediation_room_consents')
        .columns(['room_id', 'consented_at'])
        .execute();

      await db.schema
        .createTable('mediation_room_recordings')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('segment', 'integer', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('started_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('ended_at', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mediation_room_recordings_segment')
        .on('mediation_room_recordings')
        .columns(['room_id', 'segment'])
        .unique()
        .execute();
      // One running segment per room: two starts racing cannot both open one.
      await db.schema
        .createIndex('mediation_room_recordings_running')
        .on('mediation_room_recordings')
        .columns(['room_id'])
        .unique()
        .where(sql.ref('status'), '=', sql.lit('recording'))
        .execute();
      // The conversion job reads the segments waiting for it.
      await db.schema
        .createIndex('mediation_room_recordings_status')
        .on('mediation_room_recordings')
        .columns(['status', 'room_id'])
        .execute();
      await db.schema
        .createIndex('mediation_room_recordings_town')
        .on('mediation_room_recordings')
        .columns(['town_id', 'started_at'])
        .execute();

      await db.schema
        .createTable('mediation_room_recording_files')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('recording_id', 'text', (c) => c.notNull().references('mediation_room_recordings.id'))
        .addColumn('participant_id', 'text', (c) => c.notNull().references('mediation_room_participants.id'))
        .addColumn('part', 'integer', (c) => c.notNull())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('attachment_id', 'text', (c) => c.references('dispute_attachments.id'))
        .addColumn('duration_seconds', 'integer', (c) => c.notNull())
        .addColumn('bytes', 'integer', (c) => c.notNull())
        .addColumn('error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      // One file per segment, participant and part (a participant who reconnected within a segment published
      // twice, so Janus wrote two sets of files): a conversion run again after a crash skips what it stored.
      await db.schema
        .createIndex('mediation_room_recording_files_part')
        .on('mediation_room_recording_files')
        .columns(['recording_id', 'participant_id', 'part'])
        .unique()
        .execute();
      await db.schema
        .createIndex('mediation_room_recording_files_town')
        .on('mediation_room_recording_files')
        .columns(['town_id', 'created_at'])
        .execute();
    },
  };
}
