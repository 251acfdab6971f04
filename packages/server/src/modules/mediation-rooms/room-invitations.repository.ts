import type { Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MediationRoomInvitationsTable } from '../../db/schema';

export type InvitationRow = Selectable<MediationRoomInvitationsTable>;

/** An invitation with the name of the staff member who made it, as the mediator's list shows it. */
export type InvitationListRow = InvitationRow & { created_by_name: string | null };

export async function insertInvitationRow(db: Executor, row: InvitationRow): Promise<void> {
  await db.insertInto('mediation_room_invitations').values(row).execute();
}

export async function findInvitationByTokenHash(db: Executor, tokenHash: string): Promise<InvitationRow | undefined> {
  return db.selectFrom('mediation_room_invitations').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function findInvitationOfRoom(
  db: Executor,
  roomId: string,
  id: string,
): Promise<InvitationListRow | undefined> {
  return db
    .selectFrom('mediation_room_invitations as i')
    .leftJoin('users as u', 'u.id', 'i.created_by')
    .selectAll('i')
    .select('u.display_name as created_by_name')
    .where('i.room_id', '=', roomId)
    .where('i.id', '=', id)
    .executeTakeFirst();
}

/** A room's invitations, newest first (a room has a handful: no paging). */
export async function listInvitationsOfRoom(db: Executor, roomId: string): Promise<InvitationListRow[]> {
  return db
    .selectFrom('mediation_room_invitations as i')
    .leftJoin('users as u', 'u.id', 'i.created_by')
    .selectAll('i')
    .select('u.display_name as created_by_name')
    .where('i.room_id', '=', roomId)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
}

/**
 * Marks the invitation used, only if it still is unused, unrevoked and unexpired: one conditional update, so of two
 * enters racing with one link exactly one changes the row (on PostgreSQL the second waits for the first's row lock
 * and then finds `used_at` set; SQLite runs the two transactions one after the other). Says whether this call won.
 */
export async function claimInvitation(db: Executor, id: string, usedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('mediation_room_invitations')
    .set({ used_at: usedAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', usedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setInvitationParticipant(db: Executor, id: string, participantId: string): Promise<void> {
  await db
    .updateTable('mediation_room_invitations')
    .set({ participant_id: participantId })
    .where('id', '=', id)
    .execute();
}

/** Revokes a link nobody has used yet; a used one has become a participant, whom the mediator removes instead. */
export async function revokeInvitation(db: Executor, id: string, revokedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('mediation_room_invitations')
    .set({ revoked_at: revokedAt })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
