import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Online mediation rooms (issue #12): a room opened for an open mediation of a dispute, and its participants. A room
 * carries the dispute's town and place like the dispute's other child tables, so scoped lists need no join; `version`
 * is bumped by every change anyone makes to the room (participants, record, recording, shared draft), so the page's
 * state poll compares one number.
 */
export function mediationRoomsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mediation_rooms')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('dispute_id', 'text', (c) => c.notNull().references('disputes.id'))
        .addColumn('mediation_id', 'text', (c) => c.notNull().references('mediations.id'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('max_participants', 'integer', (c) => c.notNull())
        .addColumn('opened_by', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('opened_by_name', 'text', (c) => c.notNull())
        .addColumn('opened_at', 'text', (c) => c.notNull())
        .addColumn('media_started_at', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text', (c) => c.references('users.id'))
        .addColumn('close_reason', 'text')
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('record', 'text', (c) => c.notNull())
        .addColumn('outcome', 'text')
        .addColumn('session_id', 'text', (c) => c.references('mediation_sessions.id'))
        .addColumn('shared_agreement_id', 'text', (c) => c.references('agreements.id'))
        .addColumn('recording_state', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      // One open room per mediation: a second open, or two racing, meets the index (409 ROOM_ALREADY_OPEN).
      await db.schema
        .createIndex('mediation_rooms_mediation_open')
        .on('mediation_rooms')
        .columns(['mediation_id'])
        .unique()
        .where(sql.ref('status'), '=', sql.lit('open'))
        .execute();
      // Open rooms within a scope, newest first (a cadre's list); the reconciler's expired rooms.
      await db.schema
        .createIndex('mediation_rooms_scope_open')
        .on('mediation_rooms')
        .columns(['town_id', 'status', 'jurisdiction_id', 'opened_at', 'id'])
        .execute();
      await db.schema.createIndex('mediation_rooms_dispute').on('mediation_rooms').columns(['dispute_id']).execute();
      await db.schema
        .createIndex('mediation_rooms_status_expires')
        .on('mediation_rooms')
        .columns(['status', 'expires_at'])
        .execute();

      await db.schema
        .createTable('mediation_room_participants')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('account_id', 'text', (c) => c.references('users.id'))
        .addColumn('party_id', 'text', (c) => c.references('dispute_parties.id'))
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('join_method', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('joined_at', 'text', (c) => c.notNull())
        .addColumn('admitted_at', 'text')
        .addColumn('admitted_by', 'text', (c) => c.references('users.id'))
        .addColumn('removed_at', 'text')
        .addColumn('removed_by', 'text', (c) => c.references('users.id'))
        .addColumn('left_at', 'text')
        .addColumn('feed_id', 'text')
        .addColumn('last_seen_at', 'text')
        .execute();
      // One participant per account and room: a rejoin (or two racing joins) finds the same row. Guests have no
      // account; both engines let several NULLs through a unique index.
      await db.schema
        .createIndex('mediation_room_participants_account')
        .on('mediation_room_participants')
        .columns(['room_id', 'account_id'])
        .unique()
        .execute();
      await db.schema
        .createIndex('mediation_room_participants_room')
        .on('mediation_room_participants')
        .columns(['room_id', 'joined_at', 'id'])
        .execute();
    },
  };
}
