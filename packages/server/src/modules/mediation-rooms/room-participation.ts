import {
  mediaProblem,
  type ParticipantKind,
  type ParticipantStatus,
  participantDisplayName,
  type RoomJoinMethod,
  type RoomJoinToken,
  type RoomState,
  roomClosedProblem,
  roomFullProblem,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { rolesOver } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import type { PublisherSession, SubscriberSession } from '../../platform/media/media-rooms';
import { type IceServer, type Jsep, type MediaServer, MediaUnavailableError } from '../../platform/media/media-server';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { type RoomHooks, roomHooks } from './room-hooks';
import { claimJoinToken, issueJoinToken } from './room-join-tokens';
import { liveConsentTimes } from './room-recording.repository';
import {
  bumpRoomVersionRow,
  clearParticipantFeed,
  findOpenRoomRow,
  findParticipantRow,
  findRoomRow,
  insertParticipantRow,
  listParticipantRows,
  listParticipantStatuses,
  lockRoomRow,
  markRoomMediaStarted,
  moveParticipantRow,
  type RoomParticipantRow,
  type RoomRow,
  updateParticipantRow,
} from './rooms.repository';

/** A change nobody made by hand: a guest's departure, a media drop, the reconciler. */
export const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

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
    private readonly hooks: RoomHooks = roomHooks(deps),
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
    const consents = await liveConsentTimes(db, [room.id]);
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
          consentedAt: consents.get(row.id) ?? null,
        })),
      me: { participantId: me.id, status: me.status, consentedAt: consents.get(me.id) ?? null },
    };
  }

  /**
   * Publishes the participant's camera and microphone: the participant must be admitted in an open room and present
   * a join token of his own (single use), both checked before the media server is asked anything. A new publish (a
   * reconnect, with a new token) replaces the participant's old feed. The first publish in the room starts the
   * session's clock; a hang-up clears the feed but leaves the participant admitted, so he comes back without a new
   * invitation while the room lasts.
   */
  async publish(
    participant: RoomParticipant,
    offer: Jsep,
    joinToken: string,
    ctx: RequestContext = SYSTEM,
  ): Promise<{ answer: Jsep; feedId: string; iceServers: IceServer[] }> {
    const { db, media } = this.deps;
    await this.requireMedia(db, participant);
    await claimJoinToken(db, participant, joinToken);
    const handles = handlesOf(media, participant.id);
    const previous = handles.publisher;
    handles.publisher = undefined;
    await previous?.close();
    // A publish comes from a new browser connection (first entry, reload, reconnect), whose receiving connection is
    // new too: a subscription left from the old one, which the media server may not know is gone, must not be
    // updated for it (web: use-room-media.ts rebuilds both, publishing first).
    const stale = handles.subscriber;
    handles.subscriber = undefined;
    await stale?.close();
    const session = await media.rooms.publish(participant.roomId, participant.id, offer, joinToken);
    try {
      await inUnitOfWork(this.deps, ctx, async (uow) => {
        const { tx } = uow;
        await this.requireMedia(tx, participant);
        const at = nowIso();
        await updateParticipantRow(tx, participant.id, { feed_id: session.feedId, last_seen_at: at });
        await markRoomMediaStarted(tx, participant.roomId, at);
        await bumpRoomVersion(tx, participant.roomId);
        await uow.audit({
          action: 'room.media.join',
          targetType: 'mediation_room',
          targetId: participant.roomId,
          // A guest has no account: the row names the participant (a staff caller's own name wins in audit()).
          username: `room-guest:${participant.id}`,
          detail: { participantId: participant.id, feedId: session.feedId },
        });
      });
    } catch (error) {
      await session.close();
      throw error;
    }
    handles.publisher = session;
    session.onEnded(() => {
      if (handles.publisher === session) handles.publisher = undefined;
      // Fire and forget: the media server reports the drop outside any request; when the app is shutting down the
      // database may already be gone, and a feed that outlives the process is cleared by the next publish.
      this.feedGone(participant, session.feedId).catch(() => undefined);
    });
    return { answer: session.answer, feedId: session.feedId, iceServers: media.iceServers() };
  }

  /**
   * A single-use token for the participant's next publish, only while he is admitted in the open room (checked again
   * in the same transaction that stores it). Janus gets the same token on its room's allowed list just for that join.
   */
  async joinToken(participant: RoomParticipant): Promise<RoomJoinToken> {
    return this.deps.db.transaction().execute(async (tx) => {
      await this.requireMedia(tx, participant);
      const issued = await issueJoinToken(tx, participant, this.deps.config.roomJoinTokenSeconds);
      return { ...issued, iceServers: this.deps.media.iceServers() };
    });
  }

  /**
   * Sets the feeds the participant receives, only feeds published in this room by admitted participants. The first
   * call opens the subscription and returns its offer; later calls return a new offer when the media server has to
   * renegotiate, else null.
   */
  async subscribe(participant: RoomParticipant, feedIds: readonly string[]): Promise<{ offer: Jsep | null }> {
    const { db, media } = this.deps;
    await this.requireMedia(db, participant);
    const present = new Set(
      (await listParticipantRows(db, [participant.roomId]))
        .filter((row) => row.status === 'admitted' && row.id !== participant.id && row.feed_id !== null)
        .map((row) => row.feed_id),
    );
    const wanted = [...new Set(feedIds)].filter((id) => present.has(id));
    const handles = handlesOf(media, participant.id);
    if (handles.subscriber) return { offer: await handles.subscriber.update(wanted) };
    if (wanted.length === 0) return { offer: null };
    const session = await media.rooms.subscribe(participant.roomId, participant.id, wanted);
    handles.subscriber = session;
    session.onEnded(() => {
      if (handles.subscriber === session) handles.subscriber = undefined;
    });
    return { offer: session.offer };
  }

  /** The browser's answer to the subscription's latest offer: the media starts flowing. */
  async answer(participant: RoomParticipant, jsep: Jsep): Promise<void> {
    const { db, media } = this.deps;
    await this.requireMedia(db, participant);
    const subscriber = handlesOf(media, participant.id).subscriber;
    if (!subscriber) throw new MediaUnavailableError('no subscription to answer: subscribe first');
    await subscriber.answer(jsep);
  }

  /**
   * The participant leaves: he gives his place back, his media is closed after the commit. A waiting participant may
   * leave too; coming back is a new join (staff) or a new invitation (guests).
   */
  async leave(participant: RoomParticipant, ctx: RequestContext = SYSTEM): Promise<void> {
    const { media } = this.deps;
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const room = await lockRoomRow(uow.tx, participant.roomId);
      if (!room) throw new AppError('ROOM_NOT_FOUND');
      const closed = roomClosedProblem(room.status);
      if (closed) throw new AppError(closed);
      const at = nowIso();
      const left = await moveParticipantRow(uow.tx, participant.id, ['waiting', 'admitted'], {
        status: 'left',
        left_at: at,
        feed_id: null,
        last_seen_at: at,
      });
      if (!left) return;
      await bumpRoomVersion(uow.tx, room.id);
      await uow.audit({
        action: 'room.leave',
        targetType: 'mediation_room',
        targetId: room.id,
        // A guest has no account: the row names the participant (a staff caller's own name wins in audit()).
        username: `room-guest:${participant.id}`,
        detail: { participantId: participant.id },
      });
      await this.hooks.afterParticipantsChanged(uow, room.id);
    });
    await kickAfterCommit(media, participant.roomId, participant.id);
  }

  /** ROOM_NOT_FOUND, ROOM_CLOSED, then ROOM_NOT_ADMITTED: read fresh, the caller's copy may be stale. */
  private async requireMedia(db: Executor, participant: RoomParticipant): Promise<void> {
    const room = await findRoomRow(db, participant.roomId);
    const row = await findParticipantRow(db, participant.id);
    if (!room || !row || row.room_id !== room.id) throw new AppError('ROOM_NOT_FOUND');
    const closed = roomClosedProblem(room.status);
    if (closed) throw new AppError(closed);
    const notAdmitted = mediaProblem(row.status);
    if (notAdmitted) throw new AppError(notAdmitted);
  }

  /** A publisher that ended (hang-up, media error): its feed leaves the room's state, the participant stays. */
  private async feedGone(participant: RoomParticipant, feedId: string): Promise<void> {
    await this.deps.db.transaction().execute(async (tx) => {
      if (await clearParticipantFeed(tx, participant.id, feedId)) await bumpRoomVersion(tx, participant.roomId);
    });
  }
}

interface ParticipantHandles {
  publisher?: PublisherSession | undefined;
  subscriber?: SubscriberSession | undefined;
}

/**
 * The media handles of each participant, per media server: every service instance of this process shares them, so
 * a reconnect replaces the old publisher whichever route it came through (staff or guest).
 */
const handleRegistry = new WeakMap<MediaServer, Map<string, ParticipantHandles>>();

function handlesOf(media: MediaServer, participantId: string): ParticipantHandles {
  let perServer = handleRegistry.get(media);
  if (!perServer) {
    perServer = new Map();
    handleRegistry.set(media, perServer);
  }
  let handles = perServer.get(participantId);
  if (!handles) {
    handles = {};
    perServer.set(participantId, handles);
  }
  return handles;
}

/** Drops the handles of a participant whose media the media server has been told to close (kick, room destroyed). */
export function forgetHandles(media: MediaServer, participantId: string): void {
  handleRegistry.get(media)?.delete(participantId);
}

/**
 * Cuts a participant's media once his leaving or removal has committed. The change stands whatever the media server
 * says: unreachable, it is not told, and the caller is not told the change failed (a retry would find it done). His
 * rows no longer allow publishing or subscribing, and a handle left in a reachable media server goes with the room.
 */
export async function kickAfterCommit(media: MediaServer, roomId: string, participantId: string): Promise<void> {
  forgetHandles(media, participantId);
  try {
    await media.rooms.kick(roomId, participantId);
  } catch (error) {
    if (!(error instanceof MediaUnavailableError)) throw error;
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
export async function bumpRoomVersion(tx: Executor, roomId: string): Promise<void> {
  await bumpRoomVersionRow(tx, roomId, nowIso());
}

/** The room when it is open, else null (closed or missing). */
export async function findOpenRoom(tx: Executor, roomId: string): Promise<RoomRow | null> {
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
