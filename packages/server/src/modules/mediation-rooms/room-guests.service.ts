import {
  type ConfirmDraft,
  type GuestEnter,
  type GuestEntered,
  isRoomLinkTokenFormat,
  ROOM_LINK_ERRORS,
  type RoomState,
  roomLinkProblem,
  type SharedDraft,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { sessionIdOf } from '../../platform/auth/tokens';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import type { Jsep } from '../../platform/media/media-server';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { type GuestCaller, type GuestTokens, guestCsrfOf, guestUsername, newGuestTokens } from './room-guest-session';
import { roomOrganization } from './room-guests.policy';
import {
  findDraftConfirmation,
  findGuestSession,
  insertDraftConfirmation,
  insertGuestSessionRow,
} from './room-guests.repository';
import { claimInvitation, findInvitationByTokenHash, setInvitationParticipant } from './room-invitations.repository';
import {
  addParticipant,
  bumpRoomVersion,
  findOpenRoom,
  type RoomParticipant,
  RoomParticipation,
} from './room-participation';
import { sharedDraftOf } from './room-shared-draft';

/** Recording's consent of one participant, with its time (room-consents.ts), in the guest's unit of work. */
export interface GuestConsents {
  consent(uow: UnitOfWork, participant: RoomParticipant): Promise<unknown>;
}

export interface GuestEnterResult {
  entered: GuestEntered;
  /** A new cookie to set; null when the caller came back with the cookie the link had already given them. */
  cookie: { token: string; expiresAt: string } | null;
}

/**
 * A party's side of a room (issue #12): entering with the one-time link, which opens a guest session bound to one
 * new participant waiting to be admitted, and every guest route after it. A guest acts only as that participant of
 * that room: the media calls go through the room's own `RoomParticipation`, which refuses anyone not admitted before
 * the media server is asked anything.
 */
export class RoomGuestsService {
  private readonly participation: RoomParticipation;

  constructor(
    private readonly deps: Deps,
    private readonly consents: GuestConsents,
  ) {
    this.participation = new RoomParticipation(deps);
  }

  /**
   * Claims the invitation and makes its participant in one unit of work: the link is checked (forged or revoked,
   * used, expired), then the room (closed), then claimed by a conditional update (of two enters with one link, one
   * wins), then the participant is added (ROOM_FULL, ROOM_CLOSED); any refusal rolls everything back, so a refused
   * enter leaves the link as it was and nothing in the room or the media server. A guest coming back with the cookie
   * this very link gave them (a reload) gets their participant again instead of ROOM_LINK_USED.
   */
  async enter(
    ctx: RequestContext,
    { token, via }: GuestEnter,
    cookieToken: string | undefined,
  ): Promise<GuestEnterResult> {
    try {
      return await inUnitOfWork(this.deps, ctx, async (uow) => {
        const { tx } = uow;
        const invitation = isRoomLinkTokenFormat(token)
          ? ((await findInvitationByTokenHash(tx, sessionIdOf(token))) ?? null)
          : null;
        const now = new Date();
        const returning =
          cookieToken && invitation?.participant_id
            ? await this.returning(tx, cookieToken, invitation.participant_id)
            : null;
        if (returning) return returning;
        const problem = roomLinkProblem(
          invitation && {
            usedAt: invitation.used_at,
            revokedAt: invitation.revoked_at,
            expiresAt: invitation.expires_at,
          },
          now,
        );
        if (problem !== null || !invitation) throw new AppError(ROOM_LINK_ERRORS[problem ?? 'invalid']);
        const room = await findOpenRoom(tx, invitation.room_id);
        if (!room) throw new AppError('ROOM_CLOSED');
        const at = now.toISOString();
        if (!(await claimInvitation(tx, invitation.id, at))) throw new AppError('ROOM_LINK_USED');
        const participant = await addParticipant(uow, room, {
          accountId: null,
          partyId: invitation.party_id,
          displayName: invitation.display_name,
          kind: invitation.kind,
          joinMethod: via,
          status: 'waiting',
        });
        await setInvitationParticipant(tx, invitation.id, participant.id);
        const tokens = newGuestTokens();
        await insertGuestSessionRow(tx, {
          id: tokens.sessionId,
          participant_id: participant.id,
          room_id: room.id,
          csrf_hash: tokens.csrfHash,
          created_at: at,
          expires_at: room.expires_at,
        });
        await uow.audit({
          action: 'room.guest.enter',
          targetType: 'mediation_room',
          targetId: room.id,
          username: guestUsername(participant.id),
          detail: { invitationId: invitation.id, participantId: participant.id, partyId: invitation.party_id },
        });
        return {
          entered: await this.entered(tx, tokens, participant, room.town_id),
          cookie: { token: tokens.token, expiresAt: room.expires_at },
        };
      });
    } catch (error) {
      if (error instanceof AppError) await this.auditRefusal(ctx, error);
      throw error;
    }
  }

  /** The session of a returning guest (a reloaded page): the same participant and the CSRF token of their cookie. */
  async session(guest: GuestCaller, cookieToken: string): Promise<GuestEntered> {
    return {
      participantId: guest.participant.id,
      status: guest.participant.status,
      csrfToken: guestCsrfOf(cookieToken),
      roomTitle: await this.roomTitle(this.deps.db, guest.participant.townId),
    };
  }

  state(guest: GuestCaller, ctx: RequestContext): Promise<RoomState> {
    return this.participation.state(guest.participant, 'guest', ctx);
  }

  /**
   * The media acts refuse a guest who is not admitted here already, from the status the session just read, so a
   * waiting or removed guest never reaches the media server whatever the room's own checks do.
   */
  joinToken(guest: GuestCaller) {
    requirePresent(guest.participant, ['admitted']);
    return this.participation.joinToken(guest.participant);
  }

  publish(guest: GuestCaller, offer: Jsep, joinToken: string, ctx: RequestContext) {
    requirePresent(guest.participant, ['admitted']);
    return this.participation.publish(guest.participant, offer, joinToken, ctx);
  }

  subscribe(guest: GuestCaller, feedIds: readonly string[]) {
    requirePresent(guest.participant, ['admitted']);
    return this.participation.subscribe(guest.participant, feedIds);
  }

  answer(guest: GuestCaller, jsep: Jsep): Promise<void> {
    requirePresent(guest.participant, ['admitted']);
    return this.participation.answer(guest.participant, jsep);
  }

  leave(guest: GuestCaller, ctx: RequestContext): Promise<void> {
    return this.participation.leave(guest.participant, ctx);
  }

  /** Consent to recording, with its time: a waiting guest may give it before being admitted. */
  async consent(guest: GuestCaller, ctx: RequestContext): Promise<void> {
    requirePresent(guest.participant, ['waiting', 'admitted']);
    await inUnitOfWork(this.deps, ctx, (uow) => this.consents.consent(uow, guest.participant));
  }

  /** The draft the mediator shares, once the guest is admitted (the waiting room shows nothing of the case). */
  async draft(guest: GuestCaller): Promise<SharedDraft> {
    requirePresent(guest.participant, ['admitted']);
    const { db } = this.deps;
    const draft = await this.currentDraft(guest);
    const confirmation = await findDraftConfirmation(db, guest.participant.id, draft.agreementId, draft.contentHash);
    return {
      agreementId: draft.agreementId,
      parties: [...draft.parties],
      facts: draft.facts,
      disputedMatters: draft.disputedMatters,
      responsibilities: draft.responsibilities,
      terms: draft.terms,
      performanceManner: draft.performanceManner,
      performancePlace: draft.performancePlace,
      performanceDeadline: draft.performanceDeadline,
      updatedAt: draft.updatedAt,
      contentHash: draft.contentHash,
      confirmedAt: confirmation?.confirmed_at ?? null,
    };
  }

  /** Confirms the draft as read: the hash must be of the content shared now (else ROOM_DRAFT_CHANGED). */
  async confirm(guest: GuestCaller, ctx: RequestContext, body: ConfirmDraft): Promise<SharedDraft> {
    requirePresent(guest.participant, ['admitted']);
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const draft = await this.currentDraft(guest, tx);
      if (draft.contentHash !== body.contentHash) throw new AppError('ROOM_DRAFT_CHANGED');
      if (await findDraftConfirmation(tx, guest.participant.id, draft.agreementId, draft.contentHash)) return;
      await insertDraftConfirmation(tx, {
        id: newId(),
        room_id: guest.participant.roomId,
        participant_id: guest.participant.id,
        agreement_id: draft.agreementId,
        content_hash: draft.contentHash,
        confirmed_at: nowIso(),
      });
      await bumpRoomVersion(tx, guest.participant.roomId);
      await uow.audit({
        action: 'room.draft.confirm',
        targetType: 'mediation_room',
        targetId: guest.participant.roomId,
        username: guestUsername(guest.participant.id),
        detail: { agreementId: draft.agreementId, contentHash: draft.contentHash, participantId: guest.participant.id },
      });
    });
    return this.draft(guest);
  }

  private async currentDraft(guest: GuestCaller, db: Executor = this.deps.db) {
    const room = await findOpenRoom(db, guest.participant.roomId);
    if (!room) throw new AppError('ROOM_CLOSED');
    const draft = room.shared_agreement_id ? await sharedDraftOf(db, room, room.shared_agreement_id) : null;
    if (!draft) throw new AppError('ROOM_DRAFT_NOT_SHARED');
    return draft;
  }

  private async returning(tx: Executor, cookieToken: string, participantId: string): Promise<GuestEnterResult | null> {
    const row = await findGuestSession(tx, sessionIdOf(cookieToken));
    if (!row || row.participant_id !== participantId || row.room_status !== 'open') return null;
    if (Date.parse(row.expires_at) <= Date.now()) return null;
    return {
      entered: {
        participantId: row.participant_id,
        status: row.status,
        csrfToken: guestCsrfOf(cookieToken),
        roomTitle: await this.roomTitle(tx, row.town_id),
      },
      cookie: null,
    };
  }

  private async entered(
    tx: Executor,
    tokens: GuestTokens,
    participant: RoomParticipant,
    townId: string,
  ): Promise<GuestEntered> {
    return {
      participantId: participant.id,
      status: participant.status,
      csrfToken: tokens.csrfToken,
      roomTitle: await this.roomTitle(tx, townId),
    };
  }

  /** The room as a guest's page names it: the committee's online mediation room, nothing of the case. */
  private async roomTitle(db: Executor, townId: string): Promise<string> {
    return `${await roomOrganization(db, townId)}线上调解室`;
  }

  /** A refused enter is audited in its own unit of work (the enter's own rolled back): links being tried show. */
  private async auditRefusal(ctx: RequestContext, error: AppError): Promise<void> {
    await inUnitOfWork(this.deps, ctx, (uow) =>
      uow.audit({
        action: 'room.guest.enter',
        outcome: 'denied',
        username: 'room-guest',
        detail: { code: error.code },
      }),
    );
  }
}

function requirePresent(participant: RoomParticipant, statuses: readonly RoomParticipant['status'][]): void {
  if (!statuses.includes(participant.status)) throw new AppError('ROOM_NOT_ADMITTED');
}
