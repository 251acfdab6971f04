import {
  type ParticipantKind,
  type ParticipantStatus,
  participantDisplayName,
  type RoomJoinMethod,
  type RoomState,
  roomClosedProblem,
  roomFullProblem,
} from '@fengqiao/domain';
import type { Executor, Tx } from '../../db/database';
import { rolesOver } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import type { IceServer, Jsep } from '../../platform/media/media-server';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { type RoomHooks, roomHooks } from './room-hooks';
import {
  bumpRoomVersionRow,
  findOpenRoomRow,
  findRoomRow,
  insertParticipantRow,
  listParticipantRows,
  listParticipantStatuses,
  lockRoomRow,
  type RoomParticipantRow,
  type RoomRow,
} from './rooms.repository';

export type { RoomRow } from './rooms.repository';

/** One person in one room, as the media calls and the state poll need it, whoever acts for them (staff or guest). */
export interface RoomParticipant {
  id: string;
  roomId: string;
  townId: string;
  disputeId: string;
  status: ParticipantStatus;
  accountId: string | null;
  partyId: string | null;
}

export interface NewParticipant {
  accountId: string | null;
  partyId: string | null;
  displayName: string;
  kind: ParticipantKind;
  joinMethod: RoomJoinMethod;
  status: Extract<ParticipantStatus, 'waiting' | 'admitted'>;
  /** Who let an admitted-at-once participant in (the host himself); null for someone who waits. */
  admittedBy?: string | null;
}

/**
 * The media calls of one participant and the room state they poll, shared by the staff routes (rooms.routes.ts) and
 * the guests' routes: the caller's access has been decided before, by the staff policy or by the guest session, and
 * these methods check only the participant's own standing (admitted, room open) before any call to the media server.
 */
export class RoomParticipation {
  constructor(
    private readonly deps: Deps,
    readonly hooks: RoomHooks = roomHooks(deps),
  ) {}

  /** What a room page polls: a staff viewer sees guests' names in clear only with dispute.unmask; a guest never. */
  async state(participant: RoomParticipant, viewer: 'staff' | 'guest', ctx: RequestContext): Promise<RoomState> {
    const { db } = this.deps;
    const room = await findRoomRow(db, participant.roomId);
    if (!room) throw new AppError('ROOM_NOT_FOUND');
    const rows = await listParticipantRows(db, [room.id]);
    const me = rows.find((row) => row.id === participant.id);
    if (!me) throw new AppError('ROOM_NOT_FOUND');
    const mayUnmask = viewer === 'staff' && (await mayUnmaskRoom(db, ctx, room));
    return {
      roomId: room.id,
      version: room.version,
      status: room.status,
      recordingState: room.recording_state,
      sharedAgreementId: room.shared_agreement_id,
      participants: rows
        .filter((row) => row.status === 'waiting' || row.status === 'admitted')
        .map((row) => ({
          id: row.id,
          displayName: participantDisplayName({ displayName: row.display_name, accountId: row.account_id }, mayUnmask),
          kind: row.kind,
          status: row.status,
          feedId: row.feed_id,
          consentedAt: null,
        })),
      me: { participantId: me.id, status: me.status, consentedAt: null },
    };
  }

  async publish(
    _participant: RoomParticipant,
    _offer: Jsep,
  ): Promise<{ answer: Jsep; feedId: string; iceServers: IceServer[] }> {
    throw new Error('not yet: waits for the media rooms adapter');
  }

  async subscribe(_participant: RoomParticipant, _feedIds: readonly string[]): Promise<{ offer: Jsep | null }> {
    throw new Error('not yet: waits for the media rooms adapter');
  }

  async answer(_participant: RoomParticipant, _jsep: Jsep): Promise<void> {
    throw new Error('not yet: waits for the media rooms adapter');
  }

  async leave(_participant: RoomParticipant, _ctx?: RequestContext): Promise<void> {
    throw new Error('not yet: waits for the media rooms adapter');
  }
}

/** The participant as the other slices see it. */
export function participantOf(row: RoomParticipantRow, room: Pick<RoomRow, 'town_id' | 'dispute_id'>): RoomParticipant {
  return {
    id: row.id,
    roomId: row.room_id,
    townId: room.town_id,
    disputeId: room.dispute_id,
    status: row.status,
    accountId: row.account_id,
    partyId: row.party_id,
  };
}

/**
 * Adds a person to an open room, within the caller's unit of work: ROOM_CLOSED (410) for a closed room, ROOM_FULL
 * (409) when the waiting and admitted already fill the room's limit (the setting, or lower when the opener chose so).
 * The room's row is locked first, so two joins racing for the last place are counted one after the other.
 */
export async function addParticipant(
  uow: UnitOfWork,
  room: Pick<RoomRow, 'id'>,
  fields: NewParticipant,
): Promise<RoomParticipant> {
  const { tx } = uow;
  const locked = await lockRoomRow(tx, room.id);
  if (!locked) throw new AppError('ROOM_NOT_FOUND');
  const closed = roomClosedProblem(locked.status);
  if (closed) throw new AppError(closed);
  const full = roomFullProblem(await listParticipantStatuses(tx, room.id), locked.max_participants);
  if (full) throw new AppError(full);
  const at = nowIso();
  const row: RoomParticipantRow = {
    id: newId(),
    room_id: room.id,
    town_id: locked.town_id,
    account_id: fields.accountId,
    party_id: fields.partyId,
    display_name: fields.displayName,
    kind: fields.kind,
    join_method: fields.joinMethod,
    status: fields.status,
    joined_at: at,
    admitted_at: fields.status === 'admitted' ? at : null,
    admitted_by: fields.status === 'admitted' ? (fields.admittedBy ?? null) : null,
    removed_at: null,
    removed_by: null,
    left_at: null,
    feed_id: null,
    last_seen_at: at,
  };
  await insertParticipantRow(tx, row);
  await bumpRoomVersion(tx, room.id);
  return participantOf(row, locked);
}

/** Every change anyone makes to a room bumps its version, so the pages polling its state see it. */
export async function bumpRoomVersion(tx: Tx | Executor, roomId: string): Promise<void> {
  await bumpRoomVersionRow(tx, roomId, nowIso());
}

/** The room when it is open, else null (closed or missing). */
export async function findOpenRoom(tx: Tx | Executor, roomId: string): Promise<RoomRow | null> {
  return (await findOpenRoomRow(tx, roomId)) ?? null;
}

/** Whether the caller may see the room's guests' names in clear: dispute.unmask over the dispute's place. */
export async function mayUnmaskRoom(
  db: Executor,
  ctx: RequestContext,
  room: Pick<RoomRow, 'town_id' | 'jurisdiction_id'>,
): Promise<boolean> {
  return (
    (await rolesOver(db, ctx, 'dispute.unmask', { townId: room.town_id, jurisdictionId: room.jurisdiction_id }))
      .length > 0
  );
}
