import { describe, expect, it } from 'vitest';
import { createInvitationSchema } from './room-guest.schema';
import {
  invitationSmsBody,
  invitationStatus,
  isRoomLinkTokenFormat,
  ROOM_LINK_ERRORS,
  roomLinkExpiresAt,
  roomLinkProblem,
  type SharedDraftContent,
  sharedDraftCanonical,
} from './room-guest-rules';

const now = new Date('2026-12-07T06:00:00.000Z');
const good = { usedAt: null, revokedAt: null, expiresAt: '2026-12-07T07:00:00.000Z' };

describe('room link tokens', () => {
  it('accepts 32 bytes of base64url and nothing else', () => {
    expect(isRoomLinkTokenFormat('A'.repeat(43))).toBe(true);
    expect(isRoomLinkTokenFormat('A'.repeat(42))).toBe(false);
    expect(isRoomLinkTokenFormat(`${'A'.repeat(42)}=`)).toBe(false);
  });

  it('lives its hours but never past the room', () => {
    expect(roomLinkExpiresAt(now, 24, '2026-12-09T00:00:00.000Z')).toBe('2026-12-08T06:00:00.000Z');
    expect(roomLinkExpiresAt(now, 24, '2026-12-07T10:00:00.000Z')).toBe('2026-12-07T10:00:00.000Z');
  });
});

describe('roomLinkProblem', () => {
  it('lets a pending link in', () => {
    expect(roomLinkProblem(good, now)).toBeNull();
  });

  it('calls a forged or revoked link invalid before anything else', () => {
    expect(roomLinkProblem(null, now)).toBe('invalid');
    expect(roomLinkProblem({ ...good, revokedAt: now.toISOString(), usedAt: now.toISOString() }, now)).toBe('invalid');
    expect(ROOM_LINK_ERRORS.invalid).toBe('ROOM_LINK_INVALID');
  });

  it('refuses a used link, then an expired one', () => {
    expect(
      roomLinkProblem({ ...good, usedAt: '2026-12-07T05:00:00.000Z', expiresAt: '2026-12-07T05:30:00.000Z' }, now),
    ).toBe('used');
    expect(roomLinkProblem({ ...good, expiresAt: now.toISOString() }, now)).toBe('expired');
  });
});

describe('invitationStatus', () => {
  it('derives the state from the instants', () => {
    expect(invitationStatus(good, now)).toBe('pending');
    expect(invitationStatus({ ...good, usedAt: now.toISOString() }, now)).toBe('used');
    expect(invitationStatus({ ...good, revokedAt: now.toISOString() }, now)).toBe('revoked');
    expect(invitationStatus({ ...good, expiresAt: '2026-12-07T05:59:59.000Z' }, now)).toBe('expired');
  });
});

describe('invitationSmsBody', () => {
  it('names the inviter, the link and the Beijing expiry, in Chinese', () => {
    const body = invitationSmsBody({
      organization: '马良镇人民调解委员会',
      inviter: '周建国',
      link: 'https://fq.example/join/abc',
      expiresAt: '2026-12-07T06:05:00.000Z',
    });
    expect(body).toContain('【马良镇人民调解委员会】');
    expect(body).toContain('周建国');
    expect(body).toContain('https://fq.example/join/abc');
    expect(body).toContain('2026年12月7日 14:05');
    expect(body).not.toMatch(/T06:05/);
  });
});

describe('sharedDraftCanonical', () => {
  const content: SharedDraftContent = {
    agreementId: 'a1',
    parties: [{ role: 'applicant', name: '王*明' }],
    facts: '事实',
    disputedMatters: null,
    responsibilities: null,
    terms: '条款',
    performanceManner: null,
    performancePlace: null,
    performanceDeadline: '2026-12-31',
  };

  it('is the same for the same content and differs after any edit', () => {
    expect(sharedDraftCanonical({ ...content })).toBe(sharedDraftCanonical(content));
    expect(sharedDraftCanonical({ ...content, terms: '条款。' })).not.toBe(sharedDraftCanonical(content));
    expect(sharedDraftCanonical({ ...content, facts: null, disputedMatters: '事实' })).not.toBe(
      sharedDraftCanonical(content),
    );
  });
});

describe('createInvitationSchema', () => {
  it('takes a party, or a named person of another kind, never both', () => {
    expect(createInvitationSchema.safeParse({ partyId: 'p1' }).success).toBe(true);
    expect(createInvitationSchema.safeParse({ displayName: '李医生', kind: 'expert' }).success).toBe(true);
    expect(createInvitationSchema.safeParse({ displayName: '李医生' }).success).toBe(false);
    expect(createInvitationSchema.safeParse({ displayName: '李某', kind: 'party' }).success).toBe(false);
    expect(createInvitationSchema.safeParse({ partyId: 'p1', displayName: '李某', kind: 'expert' }).success).toBe(
      false,
    );
    expect(createInvitationSchema.safeParse({}).success).toBe(false);
  });
});
