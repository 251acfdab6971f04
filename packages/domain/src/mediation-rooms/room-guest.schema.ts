/**
 * API contracts of a room's guests (issue #12): the mediator's invitations of parties and others without an account,
 * the guest's enter with the one-time link, the agreement draft shared into the room and the parties' confirmations.
 */
import { z } from 'zod';
import { freeTextSchema } from '../disputes/dispute.schema';
import { PARTICIPANT_KINDS, PARTY_ROLES } from '../disputes/dispute-dictionaries';
import { CONTENT_HASH_PATTERN } from './room-guest-rules';

const idSchema = z.string().min(1).max(64);

export const INVITATION_STATUSES = ['pending', 'used', 'expired', 'revoked'] as const;

/** A party of the dispute (its name comes from the case), or another person named by the mediator. */
export const createInvitationSchema = z
  .object({
    partyId: idSchema.optional(),
    displayName: freeTextSchema(40).min(1).optional(),
    kind: z.enum(PARTICIPANT_KINDS).optional(),
  })
  .refine(
    (body) =>
      body.partyId !== undefined
        ? body.displayName === undefined && (body.kind === undefined || body.kind === 'party')
        : body.displayName !== undefined && body.kind !== undefined && body.kind !== 'party',
    { message: 'either partyId, or displayName with a kind other than party', path: ['partyId'] },
  );
export type CreateInvitation = z.infer<typeof createInvitationSchema>;

/** The only answer that ever carries the token. */
export const createdInvitationSchema = z.object({
  id: z.string(),
  token: z.string(),
  link: z.string(),
  qrSvg: z.string(),
  smsBody: z.string(),
  expiresAt: z.string(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationSchema = z.object({
  id: z.string(),
  roomId: z.string(),
  partyId: z.string().nullable(),
  /** Masked unless the caller holds dispute.unmask over the dispute. */
  displayName: z.string(),
  kind: z.enum(PARTICIPANT_KINDS),
  status: z.enum(INVITATION_STATUSES),
  expiresAt: z.string(),
  usedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  participantId: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdByName: z.string().nullable(),
  createdAt: z.string(),
  actions: z.array(z.string()),
});
export type RoomInvitation = z.infer<typeof invitationSchema>;

/**
 * The token: any string up to a sane length, so a malformed one is refused as ROOM_LINK_INVALID, not as a bad request.
 * `via`: the printed QR code opens the link with `?via=qr`, so the session records how each party came in.
 */
export const guestEnterSchema = z.object({
  token: z.string().min(1).max(200),
  via: z.enum(['link', 'qr']).default('link'),
});
export type GuestEnter = z.infer<typeof guestEnterSchema>;

export const guestEnteredSchema = z.object({
  participantId: z.string(),
  status: z.enum(['waiting', 'admitted', 'removed', 'left']),
  /** Sent back in the `x-room-guest-csrf` header on every guest POST. */
  csrfToken: z.string(),
  roomTitle: z.string(),
});
export type GuestEntered = z.infer<typeof guestEnteredSchema>;

export const shareDraftSchema = z.object({ agreementId: idSchema.nullable() });
export type ShareDraft = z.infer<typeof shareDraftSchema>;

/**
 * What a guest reads of the shared draft: the Art. 29 items, the parties by role and masked name (no ID numbers,
 * phones or addresses), the hash to confirm with, and whether this guest already confirmed this very content.
 */
export const sharedDraftSchema = z.object({
  agreementId: z.string(),
  parties: z.array(z.object({ role: z.enum(PARTY_ROLES), name: z.string() })),
  facts: z.string().nullable(),
  disputedMatters: z.string().nullable(),
  responsibilities: z.string().nullable(),
  terms: z.string().nullable(),
  performanceManner: z.string().nullable(),
  performancePlace: z.string().nullable(),
  performanceDeadline: z.string().nullable(),
  updatedAt: z.string(),
  contentHash: z.string(),
  confirmedAt: z.string().nullable(),
});
export type SharedDraft = z.infer<typeof sharedDraftSchema>;

export const confirmDraftSchema = z.object({ contentHash: z.string().regex(CONTENT_HASH_PATTERN) });
export type ConfirmDraft = z.infer<typeof confirmDraftSchema>;

export const draftConfirmationSchema = z.object({
  id: z.string(),
  participantId: z.string(),
  /** The participant's name as the room shows it (masked unless the caller holds dispute.unmask). */
  displayName: z.string(),
  agreementId: z.string(),
  contentHash: z.string(),
  confirmedAt: z.string(),
  /** The confirmation is of the draft's content as it stands now (false once the mediator edited it since). */
  current: z.boolean(),
});
export type DraftConfirmation = z.infer<typeof draftConfirmationSchema>;
