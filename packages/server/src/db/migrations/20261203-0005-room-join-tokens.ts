import type { Kysely, Migration } from 'kysely';

/**
 * Join tokens of the online mediation rooms (issue #12): each publish of an admitted participant needs a fresh
 * single-use token the app issued to that participant in that room; only its hash is kept.
 */
export function roomJoinTokensMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('mediation_room_join_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('room_id', 'text', (c) => c.notNull().references('mediation_rooms.id'))
        .addColumn('participant_id', 'text', (c) => c.notNull().references('mediation_room_participants.id'))
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('expires_at', 'text', (c) => c.notNull())
        .addColumn('used_at', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('mediation_room_join_tokens_participant')
        .on('mediation_room_join_tokens')
        .column('participant_id')
        .execute();
    },
  };
}
