import {
  type CloseRoom,
  disputeCategoryLabel,
  joinStatusFor,
  mayWorkMediationTrack,
  type OpenRoom,
  type Page,
  participantDisplayName,
  ROOM_SESSION_LOCATION,
  type RoomListQuery,
  type RoomOutcome,
  type RoomRecord,
  type RoomState,
  type RoomView,
  rejoinStatus,
  roomClosedProblem,
  roomDurationSeconds,
  roomExpiresAt,
  roomFullProblem,
  roomMaxParticipants,
  roomSessionStart,
  sessionParticipantsOf,
  sessionProblems,
  staffParticipantKind,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { rolesOver } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import type { Jsep } from '../../platform/media/media-server';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findDisputeRow, findDisputeView } from '../disputes/disputes.repository';
import { DisputesService } from '../disputes/disputes.service';
import { countSessions, findMediationRow } from '../disputes/mediations.repository';
import { MediationsService } from '../disputes/mediations.service';
import { type RoomHooks, roomHooks } from './room-hooks';
import {
  addParticipant,
  forgetHandles,
  kickAfterCommit,
  mayUnmaskRoom,
  participantOf,
  type RoomParticipant,
  RoomParticipation,
} from './room-participation';
import { liveConsentTimes } from './room-recording.repository';
import {
  mayHostRoom,
  mayReadRoom,
  type RoomPlace,
  requireRoomHost,
  requireRoomJoin,
  requireRoomRead,
  roomActionsChecker,
  roomListScope,
} from './rooms.policy';
import {
  closeRoomRow,
  findAccountParticipantRow,
  findOpenRoomOfMediation,
  findParticipantRow,
  findRoomWithDispute,
  insertRoomRow,
  listDisputeRoomRows,
  listParticipantPersonIds,
  listParticipantRows,
  listParticipantStatuses,
  listScopedRoomRows,
  lockRoomRow,
  moveParticipantRow,
  type RoomParticipantRow,
  type RoomRow,
  type RoomWithDisputeRow,
  updateParticipantRow,
  updateRoomRow,
} from './rooms.repository';

/**
 * Online mediation rooms (issue #12): a room opened for an open mediation, staff joining (room.host holders at once,
 * everyone else through the waiting room), admission and removal, the media of the caller's own participant, the
 * 笔录 autosave and the close, which writes the mediation's online session through the mediations service in the same
 * unit of work. The media server is asked only after every check passed: a room is created before its row commits
 * and destroyed when the row does not; it is destroyed after the close commits.
 */
export class RoomsService {
  private readonly participation: RoomParticipation;
  private readonly mediations: MediationsService;

  constructor(
    private readonly deps: Deps,
    private readonly hooks: RoomHooks = roomHooks(deps),
  ) {
    this.participation = new RoomParticipation(deps, hooks);
    this.mediations = new MediationsService(deps, new DisputesService(deps));
  }

  async open(ctx: RequestContext, mediationId: string, input: OpenRoom): Promise<RoomView> {
    const { media, config } = this.deps;
    const actor = requireActor(ctx);
    const roomId = newId();
    let created = false;
    try {
      await inUnitOfWork(this.deps, ctx, async (uow) => {
        const { tx } = uow;
        const mediation = await findMediationRow(tx, mediationId);
        const dispute = mediation ? await findDisputeRow(tx, mediation.dispute_id) : undefined;
        const place: RoomPlace | null =
          mediation && dispute
            ? { town_id: dispute.town_id, jurisdiction_id: dispute.jurisdiction_id, dispute_id: dispute.id }
            : null;
        if (!mediation || !place || !(await mayReadRoom(tx, ctx, place))) throw notFound();
        const hostRoles = await rolesOver(tx, ctx, 'room.host', {
          townId: place.town_id,
          jurisdictionId: place.jurisdiction_id,
        });
        if (hostRoles.length === 0) throw new AppError('FORBIDDEN');
        if (!mayWorkMediationTrack(mediation.track, hostRoles)) throw new AppError('ROLE_NOT_ALLOWED');
        if (mediation.status !== 'open') throw new AppError('ROOM_MEDIATION_NOT_OPEN');
        // A room that could never be written as a session (police mediation's session limit) is refused up front.
        const [limit] = sessionProblems({
          track: mediation.track,
          sessionsHeld: await countSessions(tx, mediation.id),
          participantKinds: [],
          inviteesConsented: true,
        });
        if (limit) throw new AppError(limit);
        if (await findOpenRoomOfMediation(tx, mediation.id)) throw new AppError('ROOM_ALREADY_OPEN');
        const max = roomMaxParticipants(config.rooms.maxParticipants, input.maxParticipants);
        const at = nowIso();
        await media.rooms.createRoom(roomId, { maxPublishers: max });
        created = true;
        const row: RoomRow = {
          id: roomId,
          town_id: place.town_id,
          jurisdiction_id: place.jurisdiction_id,
          dispute_id: place.dispute_id,
          mediation_id: mediation.id,
          status: 'open',
          max_participants: max,
          opened_by: actor.userId,
          opened_by_name: actor.displayName,
          opened_at: at,
          media_started_at: null,
          closed_at: null,
          closed_by: null,
          close_reason: null,
          expires_at: roomExpiresAt(at, config.rooms.maxHours),
          record: '',
          outcome: null,
          session_id: null,
          shared_agreement_id: null,
          recording_state: 'off',
          version: 1,
          created_at: at,
          updated_at: at,
        };
        await refuseDuplicate(insertRoomRow(tx, row), 'ROOM_ALREADY_OPEN');
        await uow.audit({
          action: 'room.open',
          targetType: 'mediation_room',
          targetId: roomId,
          detail: { disputeId: place.dispute_id, mediationId: mediation.id, maxParticipants: max },
        });
      });
    } catch (error) {
      // The row did not commit: the media server's room must not outlive it (the reconciler is the second net).
      if (created) await media.rooms.destroyRoom(roomId).catch(() => undefined);
      throw error;
    }
    return this.view(ctx, roomId);
  }

  /** The rooms of one dispute, newest first (NOT_FOUND as for a missing dispute when out of reach). */
  async listForDispute(ctx: RequestContext, disputeId: string): Promise<RoomView[]> {
    const { db } = this.deps;
    const dispute = await findDisputeRow(db, disputeId);
    const place = dispute
      ? { town_id: dispute.town_id, jurisdiction_id: dispute.jurisdiction_id, dispute_id: dispute.id }
      : null;
    if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
    if (!place || !(await mayReadRoom(db, ctx, place))) throw notFound();
    return this.present(db, ctx, await listDisputeRoomRows(db, disputeId));
  }

  /** Rooms in the caller's room.join and room.host scope, newest first; open ones unless `status` says otherwise. */
  async list(ctx: RequestContext, query: RoomListQuery): Promise<Page<RoomView>> {
    const { db } = this.deps;
    const scope = await roomListScope(db, ctx);
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const after = key ? { openedAt: String(key[0]), id: String(key[1]) } : null;
    const rows = await listScopedRoomRows(db, scope, { status: query.status ?? 'open' }, after, query.limit + 1);
    const page = toPage(
      rows,
      query.limit,
      (row) => row,
      (row) => [row.opened_at, row.id],
    );
    return { items: await this.present(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async view(ctx: RequestContext, roomId: string, db: Executor = this.deps.db): Promise<RoomView> {
    const row = await findRoomWithDispute(db, roomId);
    await requireRoomRead(db, ctx, row);
    if (!row) throw new AppError('ROOM_NOT_FOUND');
    const [view] = await this.present(db, ctx, [row]);
    if (!view) throw new AppError('ROOM_NOT_FOUND');
    return view;
  }

  /** The caller's poll: he must be a participant (join first). */
  async state(ctx: RequestContext, roomId: string): Promise<RoomState> {
    return this.participation.state(await this.ownParticipant(ctx, roomId), 'staff', ctx);
  }

  /**
   * Staff join. A second join by the same account finds the same participant: an admitted one stays admitted (a
   * reconnect), someone who left comes back through the same rule as a first join, a removed one stays out. The
   * room's row is locked first, so two joins of one account racing end with one participant.
   */
  async join(ctx: RequestContext, roomId: string): Promise<RoomView> {
    const actor = requireActor(ctx);
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const room = await lockRoomRow(tx, roomId);
      const roles = await requireRoomJoin(tx, ctx, room);
      if (!room) throw new AppError('ROOM_NOT_FOUND');
      const closed = roomClosedProblem(room.status);
      if (closed) throw new AppError(closed);
      const hosts = await mayHostRoom(tx, ctx, room);
      const existing = await findAccountParticipantRow(tx, roomId, actor.userId);
      if (!existing) {
        const { kind, joinMethod } = staffParticipantKind(roles);
        const status = joinStatusFor(hosts);
        const participant = await addParticipant(uow, room, {
          accountId: actor.userId,
          partyId: null,
          displayName: actor.displayName,
          kind,
          joinMethod,
          status,
          admittedBy: hosts ? actor.userId : null,
        });
        await this.joined(uow, room.id, participant.id, status, false);
        return;
      }
      const status = rejoinStatus(existing.status, hosts);
      if (status === 'removed' || existing.status === status) {
        await updateParticipantRow(tx, existing.id, { last_seen_at: nowIso() });
        return;
      }
      if (existing.status === 'left') {
        const full = roomFullProblem(await listParticipantStatuses(tx, roomId), room.max_participants);
        if (full) throw new AppError(full);
      }
      const at = nowIso();
      await updateParticipantRow(tx, existing.id, {
        status,
        left_at: null,
        last_seen_at: at,
        ...(status === 'admitted' ? { admitted_at: at, admitted_by: actor.userId } : {}),
      });
      await updateRoomRow(tx, roomId, { updated_at: at });
      await this.joined(uow, room.id, existing.id, status, true);
    });
    return this.view(ctx, roomId);
  }

  async admit(ctx: RequestContext, roomId: string, participantId: string): Promise<RoomView> {
    const actor = requireActor(ctx);
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { participant } = await this.hostChange(uow, roomId, participantId);
      const at = nowIso();
      const moved = await moveParticipantRow(tx, participant.id, ['waiting'], {
        status: 'admitted',
        admitted_at: at,
        admitted_by: actor.userId,
        last_seen_at: at,
      });
      // A second admission of the same person (two hosts at once) changes nothing and is not recorded twice.
      if (!moved) {
        if (participant.status === 'admitted') return;
        throw new AppError('TRANSITION_NOT_ALLOWED', { status: participant.status });
      }
      await updateRoomRow(tx, roomId, { updated_at: at });
      await uow.audit({
        action: 'room.admit',
        targetType: 'mediation_room',
        targetId: roomId,
        detail: { participantId: participant.id },
      });
      await this.hooks.afterParticipantsChanged(uow, roomId);
    });
    return this.view(ctx, roomId);
  }

  /** Removes a waiting or admitted participant; his media is cut after the commit. */
  async remove(ctx: RequestContext, roomId: string, participantId: string): Promise<RoomView> {
    const actor = requireActor(ctx);
    const removed = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { participant } = await this.hostChange(uow, roomId, participantId);
      const at = nowIso();
      const moved = await moveParticipantRow(tx, participant.id, ['waiting', 'admitted'], {
        status: 'removed',
        removed_at: at,
        removed_by: actor.userId,
        feed_id: null,
      });
      if (!moved) {
        if (participant.status === 'removed') return false;
        throw new AppError('TRANSITION_NOT_ALLOWED', { status: participant.status });
      }
      await updateRoomRow(tx, roomId, { updated_at: at });
      await uow.audit({
        action: 'room.remove',
        targetType: 'mediation_room',
        targetId: roomId,
        detail: { participantId: participant.id },
      });
      await this.hooks.afterParticipantsChanged(uow, roomId);
      return true;
    });
    if (removed) await kickAfterCommit(this.deps.media, roomId, participantId);
    return this.view(ctx, roomId);
  }

  async joinToken(ctx: RequestContext, roomId: string) {
    return this.participation.joinToken(await this.ownParticipant(ctx, roomId));
  }

  async publish(ctx: RequestContext, roomId: string, offer: Jsep, joinToken: string) {
    return this.participation.publish(await this.ownParticipant(ctx, roomId), offer, joinToken, ctx);
  }

  async subscribe(ctx: RequestContext, roomId: string, feedIds: readonly string[]) {
    return this.participation.subscribe(await this.ownParticipant(ctx, roomId), feedIds);
  }

  async answer(ctx: RequestContext, roomId: string, jsep: Jsep): Promise<void> {
    await this.participation.answer(await this.ownParticipant(ctx, roomId), jsep);
  }

  async leave(ctx: RequestContext, roomId: string): Promise<void> {
    await this.participation.leave(await this.ownParticipant(ctx, roomId), ctx);
  }

  /** The 笔录 autosave: the host's text replaces the saved one while the room is open. */
  async saveRecord(ctx: RequestContext, roomId: string, input: RoomRecord): Promise<RoomView> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const room = await this.hostRoom(uow, roomId);
      if (room.record === input.record) return;
      await updateRoomRow(uow.tx, roomId, { record: input.record, updated_at: nowIso() });
      await uow.audit({
        action: 'room.record.update',
        targetType: 'mediation_room',
        targetId: roomId,
        detail: { length: input.record.length },
      });
    });
    return this.view(ctx, roomId);
  }

  /**
   * Closes the room with its outcome and 笔录 and writes the mediation's online session (start: the first media, else
   * the opening; participants: everyone ever admitted), its timeline entry and audit rows, all or nothing. The media
   * server's room goes after the commit.
   */
  async close(ctx: RequestContext, roomId: string, input: CloseRoom): Promise<RoomView> {
    const actor = requireActor(ctx);
    const participants = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const room = await this.hostRoom(uow, roomId);
      return this.closeRoom(uow, room, {
        reason: 'closed',
        closedBy: actor.userId,
        outcome: input.outcome,
        record: input.record,
        inviteesConsented: input.inviteesConsented,
      });
    });
    await this.releaseMedia(roomId, participants);
    return this.view(ctx, roomId);
  }

  /**
   * Closes an open room nobody closed within its hours, as the system. The session is written when media started
   * and the session rules allow it (a refused session leaves the room closed without one, the reason audited).
   */
  async expire(ctx: RequestContext, roomId: string): Promise<boolean> {
    const closed = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const room = await lockRoomRow(uow.tx, roomId);
      if (room?.status !== 'open') return null;
      return this.closeRoom(uow, room, {
        reason: 'expired',
        closedBy: null,
        outcome: null,
        record: room.record,
        inviteesConsented: false,
      });
    });
    if (closed) await this.releaseMedia(roomId, closed);
    return closed !== null;
  }

  private async closeRoom(
    uow: UnitOfWork,
    room: RoomRow,
    close: {
      reason: 'closed' | 'expired';
      closedBy: string | null;
      outcome: RoomOutcome | null;
      record: string;
      inviteesConsented: boolean;
    },
  ): Promise<string[]> {
    const { tx } = uow;
    const at = nowIso();
    const participants = await listParticipantRows(tx, [room.id]);
    if (
      !(await closeRoomRow(tx, room.id, {
        closed_at: at,
        closed_by: close.closedBy,
        close_reason: close.reason,
        outcome: close.outcome,
        record: close.record,
        updated_at: at,
      }))
    ) {
      throw new AppError('ROOM_CLOSED');
    }
    const people = await listParticipantPersonIds(tx, room.id);
    const took = sessionParticipantsOf(
      participants.map((p) => ({
        kind: p.kind,
        displayName: p.display_name,
        joinMethod: p.join_method,
        status: p.status,
        admittedAt: p.admitted_at,
        accountId: p.account_id,
        personId: people.get(p.id) ?? null,
      })),
    );
    const mediation = await findMediationRow(tx, room.mediation_id);
    const dispute = await findDisputeView(tx, room.dispute_id);
    const held = close.reason === 'closed' || room.media_started_at !== null;
    // A mediation that ended while its room was open (its agreement made effective during the call) still had this
    // session, held while it was open: it is written as for the open mediation, or the case would lose it.
    const heldWhileOpen =
      mediation &&
      (mediation.status === 'open' || (mediation.ended_at !== null && mediation.ended_at >= room.opened_at))
        ? { ...mediation, status: 'open' as const }
        : null;
    let sessionId: string | null = null;
    let sessionRefused: string | null = null;
    if (held && took.length > 0 && heldWhileOpen && dispute) {
      const input = {
        mode: 'online' as const,
        startedAt: roomSessionStart(room.opened_at, room.media_started_at),
        endedAt: at,
        location: ROOM_SESSION_LOCATION,
        participants: took.map((p) => ({
          kind: p.kind,
          name: p.name,
          ...(p.personId ? { personId: p.personId } : {}),
        })),
        inviteesConsented: close.inviteesConsented,
        record: close.record,
        reportedToPolice: false,
      };
      try {
        sessionId = (await this.mediations.writeSession(uow, heldWhileOpen, dispute, input)).id;
      } catch (error) {
        // The session rules refuse before writing anything, so the host sees the rule's code and nothing changed;
        // an expiry still closes the room, without a session.
        if (!(error instanceof AppError) || close.reason === 'closed') throw error;
        sessionRefused = error.code;
      }
    }
    if (sessionId) await updateRoomRow(tx, room.id, { session_id: sessionId, updated_at: at });
    await this.hooks.afterClose(uow, room.id);
    await uow.audit({
      action: close.reason === 'closed' ? 'room.close' : 'room.expire',
      targetType: 'mediation_room',
      targetId: room.id,
      detail: {
        disputeId: room.dispute_id,
        outcome: close.outcome,
        durationSeconds: roomDurationSeconds(room.opened_at, room.media_started_at, at),
        participants: took.length,
        sessionId,
        ...(sessionRefused ? { sessionRefused } : {}),
      },
    });
    return participants.map((p) => p.id);
  }

  /** After a close commits: the media server's room goes; a failure is left to the reconciler. */
  private async releaseMedia(roomId: string, participantIds: readonly string[]): Promise<void> {
    for (const id of participantIds) forgetHandles(this.deps.media, id);
    await this.deps.media.rooms.destroyRoom(roomId).catch(() => undefined);
  }

  /** The open room for a host's change, its row locked: ROOM_NOT_FOUND, FORBIDDEN, ROOM_CLOSED. */
  private async hostRoom(uow: UnitOfWork, roomId: string): Promise<RoomRow> {
    const room = await lockRoomRow(uow.tx, roomId);
    await requireRoomHost(uow.tx, uow.ctx, room);
    if (!room) throw new AppError('ROOM_NOT_FOUND');
    const closed = roomClosedProblem(room.status);
    if (closed) throw new AppError(closed);
    return room;
  }

  private async hostChange(
    uow: UnitOfWork,
    roomId: string,
    participantId: string,
  ): Promise<{ room: RoomRow; participant: RoomParticipantRow }> {
    const room = await this.hostRoom(uow, roomId);
    const participant = await findParticipantRow(uow.tx, participantId);
    if (!participant || participant.room_id !== room.id) throw notFound();
    return { room, participant };
  }

  private async joined(
    uow: UnitOfWork,
    roomId: string,
    participantId: string,
    status: 'waiting' | 'admitted',
    rejoin: boolean,
  ): Promise<void> {
    await uow.audit({
      action: 'room.join',
      targetType: 'mediation_room',
      targetId: roomId,
      detail: { participantId, status, ...(rejoin ? { rejoin } : {}) },
    });
    if (status === 'admitted') await this.hooks.afterParticipantsChanged(uow, roomId);
  }

  /** The caller's own participant in a room he may read (ROOM_NOT_ADMITTED before he joined). */
  private async ownParticipant(ctx: RequestContext, roomId: string): Promise<RoomParticipant> {
    const { db } = this.deps;
    const actor = requireActor(ctx);
    const room = await findRoomWithDispute(db, roomId);
    await requireRoomRead(db, ctx, room);
    if (!room) throw new AppError('ROOM_NOT_FOUND');
    const row = await findAccountParticipantRow(db, roomId, actor.userId);
    if (!row) throw new AppError('ROOM_NOT_ADMITTED');
    return participantOf(row, room);
  }

  /** Rooms as the caller sees them: participants in one query, guests' names masked unless he may unmask. */
  private async present(db: Executor, ctx: RequestContext, rows: readonly RoomWithDisputeRow[]): Promise<RoomView[]> {
    const participants = await listParticipantRows(
      db,
      rows.map((row) => row.id),
    );
    const consents = await liveConsentTimes(
      db,
      rows.map((row) => row.id),
    );
    const actionsOf = await roomActionsChecker(db, ctx);
    const userId = ctx.actor?.userId ?? null;
    const out: RoomView[] = [];
    for (const row of rows) {
      const mayUnmask = await mayUnmaskRoom(db, ctx, row);
      const readsRecord = await mayReadRecord(db, ctx, row);
      const own = participants.filter((p) => p.room_id === row.id);
      const mine = own.find((p) => p.account_id !== null && p.account_id === userId);
      out.push({
        id: row.id,
        disputeId: row.dispute_id,
        mediationId: row.mediation_id,
        disputeTitle: `${row.dispute_number} ${disputeCategoryLabel(row.dispute_category).zh}`,
        villageName: row.village_name,
        status: row.status,
        openedAt: row.opened_at,
        openedByName: row.opened_by_name,
        mediaStartedAt: row.media_started_at,
        closedAt: row.closed_at,
        closeReason: row.close_reason,
        durationSeconds: row.closed_at ? roomDurationSeconds(row.opened_at, row.media_started_at, row.closed_at) : null,
        outcome: row.outcome,
        record: readsRecord ? row.record : '',
        maxParticipants: row.max_participants,
        expiresAt: row.expires_at,
        recordingState: row.recording_state,
        sharedAgreementId: row.shared_agreement_id,
        sessionId: row.session_id,
        participants: own.map((p) => ({
          id: p.id,
          displayName: participantDisplayName({ displayName: p.display_name, accountId: p.account_id }, mayUnmask),
          kind: p.kind,
          joinMethod: p.join_method,
          status: p.status,
          joinedAt: p.joined_at,
          admittedAt: p.admitted_at,
          leftAt: p.left_at,
          feedId: p.feed_id,
          consentedAt: consents.get(p.id) ?? null,
        })),
        me: mine ? { participantId: mine.id, status: mine.status } : null,
        actions: actionsOf(row),
      });
    }
    return out;
  }
}

/**
 * The 笔录 is the case's content: hosts write it and readers of the dispute read it; a cadre who only joins the room
 * sees the video, not the record.
 */
async function mayReadRecord(db: Executor, ctx: RequestContext, room: RoomPlace): Promise<boolean> {
  const record = { townId: room.town_id, jurisdictionId: room.jurisdiction_id };
  if ((await rolesOver(db, ctx, 'room.host', record)).length > 0) return true;
  return (await rolesOver(db, ctx, 'dispute.read', record)).length > 0;
}
