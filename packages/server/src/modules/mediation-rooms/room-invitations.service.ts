import {
  type CreatedInvitation,
  type CreateInvitation,
  type DraftConfirmation,
  invitationSmsBody,
  invitationStatus,
  type RoomInvitation,
  roomLinkExpiresAt,
  roomLinkPath,
  roomQrUrl,
  type ShareDraft,
} from '@fengqiao/domain';
import QRCode from 'qrcode';
import type { Executor } from '../../db/database';
import { newSessionToken, sessionIdOf } from '../../platform/auth/tokens';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { listPartyRows } from '../disputes/parties.repository';
import { hostedRoom, readableRoom, roomNames, roomOrganization } from './room-guests.policy';
import { listDraftConfirmations } from './room-guests.repository';
import {
  findInvitationOfRoom,
  type InvitationListRow,
  insertInvitationRow,
  listInvitationsOfRoom,
  revokeInvitation,
} from './room-invitations.repository';
import { findOpenRoom } from './room-participation';
import { sharedDraftOf } from './room-shared-draft';
import { type RoomRow, updateRoomRow } from './rooms.repository';

/**
 * The mediator's side of a room's guests (issue #12): invitations of parties and others without an account (a
 * one-time link, its QR code and a text message body, the token shown once and kept hashed), their revocation, the
 * agreement draft shared into the room, and the guests' confirmations of it.
 */
export class RoomInvitationsService {
  constructor(private readonly deps: Deps) {}

  async create(
    ctx: RequestContext,
    roomId: string,
    body: CreateInvitation,
    origin: string,
  ): Promise<CreatedInvitation> {
    const actor = requireActor(ctx);
    const token = newSessionToken();
    const created = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const room = await this.openRoomHosted(tx, ctx, roomId);
      let displayName: string;
      if (body.partyId !== undefined) {
        const party = (await listPartyRows(tx, [room.dispute_id])).find((row) => row.id === body.partyId);
        if (!party) throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'partyId', message: 'not a party' }] });
        displayName = party.name;
      } else {
        displayName = body.displayName ?? '';
      }
      const at = nowIso();
      const id = newId();
      const expiresAt = roomLinkExpiresAt(new Date(at), this.deps.config.roomLinkHours, room.expires_at);
      await insertInvitationRow(tx, {
        id,
        room_id: room.id,
        party_id: body.partyId ?? null,
        display_name: displayName,
        kind: body.partyId !== undefined ? 'party' : (body.kind ?? 'other'),
        token_hash: sessionIdOf(token),
        expires_at: expiresAt,
        used_at: null,
        participant_id: null,
        revoked_at: null,
        created_by: actor.userId,
        created_at: at,
      });
      await uow.audit({
        action: 'room.invitation.create',
        targetType: 'mediation_room',
        targetId: room.id,
        detail: { invitationId: id, partyId: body.partyId ?? null, kind: body.kind ?? 'party', expiresAt },
      });
      return { id, expiresAt, organization: await roomOrganization(tx, room.town_id) };
    });
    const link = roomLinkPath(token);
    const url = `${origin}${link}`;
    return {
      id: created.id,
      token,
      link,
      qrSvg: await QRCode.toString(roomQrUrl(url), { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }),
      smsBody: invitationSmsBody({
        organization: created.organization,
        inviter: actor.displayName,
        link: url,
        expiresAt: created.expiresAt,
      }),
      expiresAt: created.expiresAt,
    };
  }

  async list(ctx: RequestContext, roomId: string): Promise<RoomInvitation[]> {
    const { db } = this.deps;
    const room = await hostedRoom(db, ctx, roomId);
    const names = await roomNames(db, ctx, room);
    const now = new Date();
    return (await listInvitationsOfRoom(db, room.id)).map((row) => presentInvitation(row, names, now, room));
  }

  async revoke(ctx: RequestContext, roomId: string, invitationId: string): Promise<RoomInvitation> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const room = await hostedRoom(tx, ctx, roomId);
      const invitation = await findInvitationOfRoom(tx, room.id, invitationId);
      if (!invitation) throw new AppError('NOT_FOUND');
      const at = nowIso();
      if (await revokeInvitation(tx, invitation.id, at)) {
        await uow.audit({
          action: 'room.invitation.revoke',
          targetType: 'mediation_room',
          targetId: room.id,
          detail: { invitationId: invitation.id },
        });
      }
      const row = (await findInvitationOfRoom(tx, room.id, invitationId)) ?? invitation;
      return presentInvitation(row, await roomNames(tx, ctx, room), new Date(at), room);
    });
  }

  /** Shares a written draft of the room's mediation into the room (null: stops sharing); guests see it on their poll. */
  async shareDraft(ctx: RequestContext, roomId: string, body: ShareDraft): Promise<void> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const room = await this.openRoomHosted(tx, ctx, roomId);
      let contentHash: string | null = null;
      if (body.agreementId !== null) {
        const draft = await sharedDraftOf(tx, room, body.agreementId);
        if (!draft) throw new AppError('ROOM_DRAFT_NOT_A_DRAFT');
        contentHash = draft.contentHash;
      }
      await updateRoomRow(tx, room.id, { shared_agreement_id: body.agreementId, updated_at: nowIso() });
      await uow.audit({
        action: 'room.draft.share',
        targetType: 'mediation_room',
        targetId: room.id,
        detail: { agreementId: body.agreementId, contentHash },
      });
    });
  }

  /** Who confirmed which content, and whether that is still the shared draft's content. */
  async confirmations(ctx: RequestContext, roomId: string): Promise<DraftConfirmation[]> {
    const { db } = this.deps;
    const room = await readableRoom(db, ctx, roomId);
    const names = await roomNames(db, ctx, room);
    const rows = await listDraftConfirmations(db, room.id);
    const current = room.shared_agreement_id ? await sharedDraftOf(db, room, room.shared_agreement_id) : null;
    return rows.map((row) => ({
      id: row.id,
      participantId: row.participant_id,
      displayName: names(row.display_name),
      agreementId: row.agreement_id,
      contentHash: row.content_hash,
      confirmedAt: row.confirmed_at,
      current: current !== null && current.agreementId === row.agreement_id && current.contentHash === row.content_hash,
    }));
  }

  /** The room, open, and hosted by the caller: ROOM_NOT_FOUND outside the caller's reach, ROOM_CLOSED once closed. */
  private async openRoomHosted(tx: Executor, ctx: RequestContext, roomId: string): Promise<RoomRow> {
    const room = await hostedRoom(tx, ctx, roomId);
    if (room.status !== 'open' || !(await findOpenRoom(tx, room.id))) throw new AppError('ROOM_CLOSED');
    return room;
  }
}

function presentInvitation(
  row: InvitationListRow,
  names: (name: string) => string,
  now: Date,
  room: RoomRow,
): RoomInvitation {
  const status = invitationStatus({ usedAt: row.used_at, revokedAt: row.revoked_at, expiresAt: row.expires_at }, now);
  return {
    id: row.id,
    roomId: row.room_id,
    partyId: row.party_id,
    displayName: names(row.display_name),
    kind: row.kind,
    status,
    expiresAt: row.expires_at,
    usedAt: row.used_at,
    revokedAt: row.revoked_at,
    participantId: row.participant_id,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    createdAt: row.created_at,
    actions: status === 'pending' && room.status === 'open' ? ['revoke'] : [],
  };
}
