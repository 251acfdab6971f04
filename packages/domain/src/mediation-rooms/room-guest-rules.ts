/**
 * The rules of a party's way into an online mediation room (issue #12): an invitation carries a random one-time
 * token, good until an expiry capped by the room's own; the server keeps only its hash. These pure rules decide the
 * token's format, the expiry, why an enter is refused, the text message that carries the link, and the canonical
 * content of a shared agreement draft that a party confirms by its hash.
 */
import type { PartyRole } from '../disputes/dispute-dictionaries';
import { formatBeijingDateTime } from '../shared/beijing-format';

/** 32 random bytes in base64url without padding. */
export const ROOM_LINK_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The default lifetime of an invitation in hours (FENGQIAO_ROOM_LINK_HOURS). */
export const DEFAULT_ROOM_LINK_HOURS = 24;

export function isRoomLinkTokenFormat(token: string): boolean {
  return ROOM_LINK_TOKEN_PATTERN.test(token);
}

/** The web path a party opens; the token is the only secret in it. */
export function roomLinkPath(token: string): string {
  return `/join/${token}`;
}

/** What the invitation's QR code opens: the same link, marked so the party's join is recorded as by QR code. */
export function roomQrUrl(linkUrl: string): string {
  return `${linkUrl}?via=qr`;
}

/**
 * When an invitation issued at `issuedAt` stops being good: its lifetime, but never after the room itself expires
 * (a link that outlives its room would only lead to "closed").
 */
export function roomLinkExpiresAt(issuedAt: Date, lifetimeHours: number, roomExpiresAt: string): string {
  const own = issuedAt.getTime() + lifetimeHours * 3_600_000;
  return new Date(Math.min(own, Date.parse(roomExpiresAt))).toISOString();
}

export type InvitationStatus = 'pending' | 'used' | 'expired' | 'revoked';

/** An invitation's state as shown to the mediator; derived when read, so nothing goes stale. */
export function invitationStatus(
  invitation: { usedAt: string | null; revokedAt: string | null; expiresAt: string },
  now: Date,
): InvitationStatus {
  if (invitation.usedAt !== null) return 'used';
  if (invitation.revokedAt !== null) return 'revoked';
  if (now.getTime() >= Date.parse(invitation.expiresAt)) return 'expired';
  return 'pending';
}

/** Why an enter is refused; `closed` and `full` come from the room, after the link itself is good. */
export type RoomLinkProblem = 'invalid' | 'used' | 'expired';

/**
 * Checks a presented link in an order that tells an outsider nothing: a token that matches no invitation, or one
 * the mediator revoked, is `invalid`; only the holder of a real link learns that it was used or has expired.
 */
export function roomLinkProblem(
  invitation: { usedAt: string | null; revokedAt: string | null; expiresAt: string } | null,
  now: Date,
): RoomLinkProblem | null {
  if (invitation === null || invitation.revokedAt !== null) return 'invalid';
  if (invitation.usedAt !== null) return 'used';
  if (now.getTime() >= Date.parse(invitation.expiresAt)) return 'expired';
  return null;
}

export const ROOM_LINK_ERRORS = {
  invalid: 'ROOM_LINK_INVALID',
  used: 'ROOM_LINK_USED',
  expired: 'ROOM_LINK_EXPIRED',
} as const satisfies Record<RoomLinkProblem, string>;

/**
 * The text message that carries a link: who invites (the mediator and the committee or station, both public), the
 * case only as "a dispute" (a text message may be read by anyone holding the phone: no names, no category), the
 * link, and the expiry in Beijing time.
 */
export function invitationSmsBody(input: {
  organization: string;
  inviter: string;
  link: string;
  expiresAt: string;
}): string {
  return (
    `【${input.organization}】您好，调解员${input.inviter}邀请您参加一次纠纷线上调解。` +
    `请在${formatBeijingDateTime(input.expiresAt)}前用手机打开链接进入调解室：${input.link} ` +
    '该链接仅限本人使用一次，请勿转发。'
  );
}

/** The Art. 29 items of a written draft that a party reads and confirms, in their fixed order. */
export interface SharedDraftContent {
  agreementId: string;
  parties: readonly { role: PartyRole; name: string }[];
  facts: string | null;
  disputedMatters: string | null;
  responsibilities: string | null;
  terms: string | null;
  performanceManner: string | null;
  performancePlace: string | null;
  performanceDeadline: string | null;
}

/**
 * The exact text a confirmation's hash is taken of: the items in a fixed order, so the same content always gives
 * the same hash and any edit by the mediator gives another (a party never confirms a text they did not read).
 */
export function sharedDraftCanonical(content: SharedDraftContent): string {
  return JSON.stringify([
    content.agreementId,
    content.parties.map((party) => [party.role, party.name]),
    content.facts,
    content.disputedMatters,
    content.responsibilities,
    content.terms,
    content.performanceManner,
    content.performancePlace,
    content.performanceDeadline,
  ]);
}

/** A content hash as the guest sends it back: sha256 in lowercase hex. */
export const CONTENT_HASH_PATTERN = /^[0-9a-f]{64}$/;
