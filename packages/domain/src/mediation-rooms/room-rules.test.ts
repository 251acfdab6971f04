import { describe, expect, it } from 'vitest';
import { closeRoomSchema, openRoomSchema, roomJsepSchema } from './room.schema';
import {
  formatDuration,
  joinStatusFor,
  mediaProblem,
  participantDisplayName,
  rejoinStatus,
  roomClosedProblem,
  roomDurationSeconds,
  roomExpired,
  roomExpiresAt,
  roomFullProblem,
  roomMaxParticipants,
  sessionParticipantsOf,
  staffParticipantKind,
} from './room-rules';

describe('joining a room', () => {
  it('lets a room.host holder in at once and makes everyone else wait', () => {
    expect(joinStatusFor(true)).toBe('admitted');
    expect(joinStatusFor(false)).toBe('waiting');
  });

  it('keeps an admitted participant admitted when he comes back (a reconnect), a removed one removed', () => {
    expect(rejoinStatus('admitted', false)).toBe('admitted');
    expect(rejoinStatus('left', false)).toBe('waiting');
    expect(rejoinStatus('left', true)).toBe('admitted');
    expect(rejoinStatus('waiting', false)).toBe('waiting');
    expect(rejoinStatus('removed', true)).toBe('removed');
  });

  it('counts the waiting and the admitted against the limit, not the removed or departed', () => {
    expect(roomFullProblem(['admitted', 'waiting'], 3)).toBeNull();
    expect(roomFullProblem(['admitted', 'waiting', 'waiting'], 3)).toBe('ROOM_FULL');
    expect(roomFullProblem(['admitted', 'removed', 'left', 'left'], 3)).toBeNull();
  });

  it("takes the opener's limit only when it is lower than the setting", () => {
    expect(roomMaxParticipants(8, undefined)).toBe(8);
    expect(roomMaxParticipants(8, 4)).toBe(4);
    expect(roomMaxParticipants(8, 20)).toBe(8);
  });

  it('refuses everything in a closed room', () => {
    expect(roomClosedProblem('open')).toBeNull();
    expect(roomClosedProblem('closed')).toBe('ROOM_CLOSED');
  });

  it('gives media to admitted participants only', () => {
    expect(mediaProblem('admitted')).toBeNull();
    expect(mediaProblem('waiting')).toBe('ROOM_NOT_ADMITTED');
    expect(mediaProblem('removed')).toBe('ROOM_NOT_ADMITTED');
    expect(mediaProblem('left')).toBe('ROOM_NOT_ADMITTED');
  });
});

describe('a room over time', () => {
  it('expires its hours after opening, across midnight in Shanghai too', () => {
    const expires = roomExpiresAt('2026-12-03T14:30:00.000Z', 4);
    expect(expires).toBe('2026-12-03T18:30:00.000Z');
    expect(roomExpired(expires, new Date('2026-12-03T18:29:59.000Z'))).toBe(false);
    expect(roomExpired(expires, new Date('2026-12-03T18:30:00.000Z'))).toBe(true);
  });

  it('lasts from the first media, or from the opening when nobody published, to the close', () => {
    expect(
      roomDurationSeconds('2026-12-03T01:00:00.000Z', '2026-12-03T01:05:00.000Z', '2026-12-03T01:45:00.000Z'),
    ).toBe(2400);
    expect(roomDurationSeconds('2026-12-03T01:00:00.000Z', null, '2026-12-03T01:10:30.900Z')).toBe(630);
    expect(roomDurationSeconds('2026-12-03T01:00:00.000Z', null, '2026-12-03T00:59:00.000Z')).toBe(0);
  });

  it('says a duration as people do', () => {
    expect(formatDuration(2400)).toBe('40分钟');
    expect(formatDuration(3900)).toBe('1小时5分钟');
    expect(formatDuration(7200)).toBe('2小时');
    expect(formatDuration(45)).toBe('45秒');
    expect(formatDuration(2400, 'en')).toBe('40 min');
    expect(formatDuration(3900, 'en')).toBe('1 h 5 min');
  });
});

describe('the session written at close', () => {
  it('names everyone ever admitted, in the order they came in, with how they joined', () => {
    const participants = sessionParticipantsOf([
      {
        kind: 'party',
        displayName: '王德明',
        joinMethod: 'link',
        status: 'left',
        admittedAt: '2026-12-03T01:06:00.000Z',
        accountId: null,
        personId: null,
      },
      {
        kind: 'officer',
        displayName: '张警官',
        joinMethod: 'login',
        status: 'admitted',
        admittedAt: '2026-12-03T01:00:00.000Z',
        accountId: 'u1',
        personId: 'person-1',
      },
      {
        kind: 'relative',
        displayName: '李四',
        joinMethod: 'link',
        status: 'waiting',
        admittedAt: null,
        accountId: null,
        personId: null,
      },
      {
        kind: 'cadre',
        displayName: '段书记',
        joinMethod: 'cadre_login',
        status: 'removed',
        admittedAt: '2026-12-03T01:03:00.000Z',
        accountId: 'u2',
        personId: null,
      },
    ]);
    expect(participants).toEqual([
      { kind: 'officer', name: '张警官', joinMethod: 'login', personId: 'person-1' },
      { kind: 'cadre', name: '段书记', joinMethod: 'cadre_login', personId: null },
      { kind: 'party', name: '王德明', joinMethod: 'link', personId: null },
    ]);
  });
});

describe('staff in a room', () => {
  it('are named by the roles that reach the room, the police first', () => {
    expect(staffParticipantKind(['zongzhiban', 'officer'])).toEqual({ kind: 'officer', joinMethod: 'login' });
    expect(staffParticipantKind(['zongzhiban'])).toEqual({ kind: 'mediator', joinMethod: 'login' });
    expect(staffParticipantKind(['auxiliary'])).toEqual({ kind: 'auxiliary', joinMethod: 'login' });
    expect(staffParticipantKind(['village_cadre'])).toEqual({ kind: 'cadre', joinMethod: 'cadre_login' });
    expect(staffParticipantKind([])).toEqual({ kind: 'other', joinMethod: 'login' });
  });
});

describe('names in a room', () => {
  it("masks a guest's name unless the caller may unmask, never a staff member's", () => {
    expect(participantDisplayName({ displayName: '王德明', accountId: null }, false)).toBe('王**');
    expect(participantDisplayName({ displayName: '王德明', accountId: null }, true)).toBe('王德明');
    expect(participantDisplayName({ displayName: '张警官', accountId: 'u1' }, false)).toBe('张警官');
  });
});

describe('room contracts', () => {
  it('refuses a limit below two and an unknown outcome', () => {
    expect(openRoomSchema.safeParse({ maxParticipants: 1 }).success).toBe(false);
    expect(openRoomSchema.safeParse({}).success).toBe(true);
    expect(closeRoomSchema.safeParse({ outcome: 'won', record: '' }).success).toBe(false);
    expect(closeRoomSchema.safeParse({ outcome: 'agreement', record: '双方同意' }).success).toBe(true);
  });

  it('takes session descriptions up to 200 kB', () => {
    expect(roomJsepSchema.safeParse({ type: 'offer', sdp: 'v'.repeat(200_000) }).success).toBe(true);
    expect(roomJsepSchema.safeParse({ type: 'offer', sdp: 'v'.repeat(200_001) }).success).toBe(false);
  });
});
