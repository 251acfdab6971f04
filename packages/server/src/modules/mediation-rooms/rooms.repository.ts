import type { ParticipantStatus, RoomStatus } from '@fengqiao/domain';
import { type Selectable, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { MediationRoomParticipantsTable, MediationRoomsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type RoomRow = Selectable<MediationRoomsTable>;
export type RoomParticipantRow = Selectable<MediationRoomParticipantsTable>;

/** A room with its dispute's number and summary, what a room's title is made of (never the summary: a cadre in the room may not read the case). */
export type RoomWithDisputeRow = RoomRow & { dispute_number: string; dispute_category: string; village_name: string };

export async function insertRoomRow(db: Executor, row: RoomRow): Promise<void> {
  await db.insertInto('mediation_rooms').values(row).execute();
}

export async function findRoomRow(db: Executor, id: string): Promise<RoomRow | undefined> {
  return db.selectFrom('mediation_rooms').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The open room, read for a change: on PostgreSQL the row stays locked until the change commits. */
export async function findOpenRoomRow(db: Executor, id: string): Promise<RoomRow | undefined> {
  return db
    .selectFrom('mediation_rooms')
    .selectAll()
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/**
 * Takes the room's row lock for the rest of the transaction (PostgreSQL; SQLite runs one writer at a time anyway), so
 * two admissions or two joins of one room are decided one after the other against the same counts.
 */
export async function lockRoomRow(db: Executor, id: string): Promise<RoomRow | undefined> {
  await db.updateTable('mediation_rooms').set({ version: sql<number>`version` }).where('id', '=', id).execute();
  return findRoomRow(db, id);
}

export async function findRoomWithDispute(db: Executor, id: string): Promise<RoomWithDisputeRow | undefined> {
  return db
    .selectFrom('mediation_rooms as r')
    .innerJoin('disputes as d', 'd.id', 'r.dispute_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .selectAll('r')
    .select(['d.number as dispute_number', 'd.category as dispute_category', 'j.name as village_name'])
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function findOpenRoomOfMediation(db: Executor, mediationId: string): Promise<RoomRow | undefined> {
  return db
    .selectFrom('mediation_rooms')
    .selectAll()
    .where('mediation_id', '=', mediationId)
    .where('status', '=', 'open')
    .executeTakeFirst();
}

/** The rooms of one dispute, newest first. */
export async function listDisputeRoomRows(db: Executor, disputeId: string): Promise<RoomWithDisputeRow[]> {
  return db
    .selectFrom('mediation_rooms as r')
    .innerJoin('disputes as d', 'd.id', 'r.dispute_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .selectAll('r')
    .select(['d.number as dispute_number', 'd.category as dispute_category', 'j.name as village_name'])
    .where('r.dispute_id', '=', disputeId)
    .orderBy('r.opened_at', 'desc')
    .orderBy('r.id', 'desc')
    .execute();
}

/** A page of rooms within a scope, newest first; `limit + 1` rows so the caller knows whether more exist. */
export async function listScopedRoomRows(
  db: Executor,
  scope: Scope,
  filter: { status?: 'open' | 'closed' | undefined },
  after: { openedAt: string; id: string } | null,
  limit: number,
): Promise<RoomWithDisputeRow[]> {
  let query = db
    .selectFrom('mediation_rooms as r')
    .innerJoin('disputes as d', 'd.id', 'r.dispute_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .selectAll('r')
    .select(['d.number as dispute_number', 'd.category as dispute_category', 'j.name as village_name'])
    .where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.jurisdiction_id' }));
  if (filter.status) query = query.where('r.status', '=', filter.status);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('r.opened_at', '<', after.openedAt),
        eb.and([eb('r.opened_at', '=', after.openedAt), eb('r.id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('r.opened_at', 'desc').orderBy('r.id', 'desc').limit(limit).execute();
}

export async function updateRoomRow(
  db: Executor,
  id: string,
  patch: Omit<Updateable<MediationRoomsTable>, 'id' | 'version'>,
): Promise<void> {
  await db
    .updateTable('mediation_rooms')
    .set({ ...patch, version: sql<number>`version + 1` })
    .where('id', '=', id)
    .execute();
}

/** Closes an open room; false when it was already closed (a second close, or the reconciler came first). */
export async function closeRoomRow(
  db: Executor,
  id: string,
  patch: Pick<
    Updateable<MediationRoomsTable>,
    'closed_at' | 'closed_by' | 'close_reason' | 'outcome' | 'record' | 'updated_at'
  >,
): Promise<boolean> {
  const result = await db
    .updateTable('mediation_rooms')
    .set({ ...patch, status: 'closed', version: sql<number>`version + 1` })
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function bumpRoomVersionRow(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable('mediation_rooms')
    .set({ version: sql<number>`version + 1`, updated_at: at })
    .where('id', '=', id)
    .execute();
}

/** Sets the session's start at the first published media only. */
export async function markRoomMediaStarted(db: Executor, id: string, at: string): Promise<void> {
  await db
    .updateTable('mediation_rooms')
    .set({ media_started_at: at, version: sql<number>`version + 1`, updated_at: at })
    .where('id', '=', id)
    .where('media_started_at', 'is', null)
    .execute();
}

/** Open rooms past their expiry, oldest first. */
export async function listExpiredRoomRows(db: Executor, now: string, limit: number): Promise<RoomRow[]> {
  return db
    .selectFrom('mediation_rooms')
    .selectAll()
    .where('status', '=', 'open')
    .where('expires_at', '<=', now)
    .orderBy('expires_at')
    .limit(limit)
    .execute();
}

/** The status of each of these rooms that exists (the reconciler keeps the media-server rooms of open ones). */
export async function listRoomStatuses(db: Executor, ids: readonly string[]): Promise<Map<string, RoomStatus>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('mediation_rooms').select(['id', 'status']).where('id', 'in', ids).execute();
  return new Map(rows.map((row) => [row.id, row.status]));
}

export async function insertParticipantRow(db: Executor, row: RoomParticipantRow): Promise<void> {
  await db.insertInto('mediation_room_participants').values(row).execute();
}

export async function findParticipantRow(db: Executor, id: string): Promise<RoomParticipantRow | undefined> {
  return db.selectFrom('mediation_room_participants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findAccountParticipantRow(
  db: Executor,
  roomId: string,
  accountId: string,
): Promise<RoomParticipantRow | undefined> {
  return db
    .selectFrom('mediation_room_participants')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
}

/** The participants of some rooms, in the order they joined. */
export async function listParticipantRows(db: Executor, roomIds: readonly string[]): Promise<RoomParticipantRow[]> {
  if (roomIds.length === 0) return [];
  return db
    .selectFrom('mediation_room_participants')
    .selectAll()
    .where('room_id', 'in', roomIds)
    .orderBy('joined_at')
    .orderBy('id')
    .execute();
}

export async function listParticipantStatuses(db: Executor, roomId: string): Promise<ParticipantStatus[]> {
  const rows = await db
    .selectFrom('mediation_room_participants')
    .select('status')
    .where('room_id', '=', roomId)
    .execute();
  return rows.map((row) => row.status);
}

export async function updateParticipantRow(
  db: Executor,
  id: string,
  patch: Omit<Updateable<MediationRoomParticipantsTable>, 'id' | 'room_id'>,
): Promise<void> {
  await db.updateTable('mediation_room_participants').set(patch).where('id', '=', id).execute();
}

/**
 * Moves a participant from one of `from` to `to`: one conditional update, so of two hosts admitting the same person
 * at once exactly one changes the row. Says whether this call did.
 */
export async function moveParticipantRow(
  db: Executor,
  id: string,
  from: readonly ParticipantStatus[],
  patch: Omit<Updateable<MediationRoomParticipantsTable>, 'id' | 'room_id'>,
): Promise<boolean> {
  const result = await db
    .updateTable('mediation_room_participants')
    .set(patch)
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Clears a feed only while it is still the participant's current one (a later publish keeps its new feed). */
export async function clearParticipantFeed(db: Executor, id: string, feedId: string): Promise<boolean> {
  const result = await db
    .updateTable('mediation_room_participants')
    .set({ feed_id: null })
    .where('id', '=', id)
    .where('feed_id', '=', feedId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** The directory person behind each participant of a room: the party's person, else the account's. */
export async function listParticipantPersonIds(db: Executor, roomId: string): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('mediation_room_participants as p')
    .leftJoin('dispute_parties as dp', 'dp.id', 'p.party_id')
    .leftJoin('users as u', 'u.id', 'p.account_id')
    .select(['p.id', 'dp.person_id as party_person_id', 'u.person_id as account_person_id'])
    .where('p.room_id', '=', roomId)
    .execute();
  const out = new Map<string, string>();
  for (const row of rows) {
    const personId = row.party_person_id ?? row.account_person_id;
    if (personId) out.set(row.id, personId);
  }
  return out;
}
