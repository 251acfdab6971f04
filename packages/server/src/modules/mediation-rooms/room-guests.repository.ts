import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MediationRoomDraftConfirmationsTable, MediationRoomGuestSessionsTable } from '../../db/schema';

export type GuestSessionRow = Selectable<MediationRoomGuestSessionsTable>;
export type DraftConfirmationRow = Selectable<MediationRoomDraftConfirmationsTable>;

export async function insertGuestSessionRow(db: Executor, row: GuestSessionRow): Promise<void> {
  await db.insertInto('mediation_room_guest_sessions').values(row).execute();
}

/**
 * A guest session with what every guest request needs of its participant and room, in one query: the session hook
 * runs it on each poll of the room's state.
 */
export async function findGuestSession(db: Executor, id: string) {
  return db
    .selectFrom('mediation_room_guest_sessions as s')
    .innerJoin('mediation_room_participants as p', 'p.id', 's.participant_id')
    .innerJoin('mediation_rooms as r', 'r.id', 's.room_id')
    .select([
      's.id',
      's.csrf_hash',
      's.expires_at',
      'p.id as participant_id',
      'p.room_id',
      'p.status',
      'p.account_id',
      'p.party_id',
      'p.display_name',
      'r.town_id',
      'r.dispute_id',
      'r.status as room_status',
      'r.shared_agreement_id',
    ])
    .where('s.id', '=', id)
    .executeTakeFirst();
}

/** Records a confirmation once: the same participant confirming the same content again changes nothing. */
export async function insertDraftConfirmation(db: Executor, row: DraftConfirmationRow): Promise<void> {
  await db
    .insertInto('mediation_room_draft_confirmations')
    .values(row)
    .onConflict((oc) => oc.columns(['participant_id', 'agreement_id', 'content_hash']).doNothing())
    .execute();
}

export async function findDraftConfirmation(
  db: Executor,
  participantId: string,
  agreementId: string,
  contentHash: string,
): Promise<DraftConfirmationRow | undefined> {
  return db
    .selectFrom('mediation_room_draft_confirmations')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('agreement_id', '=', agreementId)
    .where('content_hash', '=', contentHash)
    .executeTakeFirst();
}

/** A room's confirmations with the participant's name, newest first (a handful per room: no paging). */
export async function listDraftConfirmations(db: Executor, roomId: string) {
  return db
    .selectFrom('mediation_room_draft_confirmations as c')
    .innerJoin('mediation_room_participants as p', 'p.id', 'c.participant_id')
    .selectAll('c')
    .select('p.display_name')
    .where('c.room_id', '=', roomId)
    .orderBy('c.confirmed_at', 'desc')
    .orderBy('c.id', 'desc')
    .execute();
}
