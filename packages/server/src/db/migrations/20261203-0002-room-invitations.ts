import type { Kysely, Migration } from 'kysely';

/**
 * A room's guests (issue #12): invitations of parties and others without an account (a one-time link whose token is
 * kept only as its hash), the guest sessions a used link opens (the cookie's and the CSRF token's hashes, bound to
 * one participant of one room), and the parties' confirmations of the agreement draft shared into the room, each of
 * the exact content (its hash) the party read.
 */
export function roomInvitationsMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mediation_room_invitations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('party_id', 'text', (c) => c.references('dispute_parties.id'))
        .addColumn('display_name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('participant_id', 'text', (c) => c.references('mediation_room_participants.id'))
        .addColumn('revoked_at', 'text')
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mediation_room_invitations_room')
        .on('mediation_room_invitations')
        .columns(['room_id', 'created_at', 'id'])
        .execute();

      await db.schema
        .createTable('mediation_room_guest_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('participant_id', 'text', (c) => c.notNull().references('mediation_room_participants.id'))
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('csrf_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mediation_room_guest_sessions_participant')
        .on('mediation_room_guest_sessions')
        .column('participant_id')
        .execute();

      // One confirmation per participant and content: confirming the same text twice is one row.
      await db.schema
        .createTable('mediation_room_draft_confirmations')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('participant_id', 'text', (c) => c.notNull().references('mediation_room_participants.id'))
        .addColumn('agreement_id', 'text', (c) => c.notNull().references('agreements.id'))
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('confirmed_at', 'text', (c) => c.notNull())
        .addUniqueConstraint('mediation_room_draft_confirmations_once', [
          'participant_id',
          'agreement_id',
          'content_hash',
        ])
        .execute();
      await db.schema
        .createIndex('mediation_room_draft_confirmations_room')
        .on('mediation_room_draft_confirmations')
        .columns(['room_id', 'confirmed_at', 'id'])
        .execute();
    },
  };
}
