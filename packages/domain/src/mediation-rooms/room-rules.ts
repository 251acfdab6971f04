/**
 * The rules of an online mediation room, without I/O: who comes in at once and who waits, when the room is full,
 * what a closed room refuses, how long the session lasted, and which participants the session written at close names.
 */
import type { Role } from '../accounts/roles';
import type { ParticipantKind } from '../disputes/dispute-dictionaries';
import type { DisplayLanguage } from '../shared/beijing-format';
import { maskName } from '../shared/masking';
import type { ParticipantStatus, RoomJoinMethod, RoomStatus } from './room.schema';

/** A holder of room.host over the dispute is let in at once; everyone else waits until a host admits them. */
export function joinStatusFor(holdsRoomHost: boolean): Extract<ParticipantStatus, 'waiting' | 'admitted'> {
  return holdsRoomHost ? 'admitted' : 'waiting';
}

/** Waiting and admitted participants take a place; removed and departed ones have given theirs back. */
export function occupiesPlace(status: ParticipantStatus): boolean {
  return status === 'waiting' || status === 'admitted';
}

/** The room's own limit: the opener's number when lower than the setting, never higher. */
export function roomMaxParticipants(settingMax: number, requested: number | undefined): number {
  return requested === undefined ? settingMax : Math.min(settingMax, requested);
}

/** Whether one more person may take a place in a room whose limit (`roomMaxParticipants`) is `roomMax`. */
export function roomFullProblem(statuses: readonly ParticipantStatus[], roomMax: number): 'ROOM_FULL' | null {
  const taken = statuses.filter(occupiesPlace).length;
  return taken >= roomMax ? 'ROOM_FULL' : null;
}

/** A closed room refuses joins, admissions, media, record saves and a second close. */
export function roomClosedProblem(status: RoomStatus): 'ROOM_CLOSED' | null {
  return status === 'closed' ? 'ROOM_CLOSED' : null;
}

/** Media is only for admitted participants: a waiting, removed or departed one receives and sends nothing. */
export function mediaProblem(status: ParticipantStatus): 'ROOM_NOT_ADMITTED' | null {
  return status === 'admitted' ? null : 'ROOM_NOT_ADMITTED';
}

/** The status a returning participant gets: admitted stays admitted (a reconnect); left or waiting joins as new. */
export function rejoinStatus(
  current: ParticipantStatus,
  holdsRoomHost: boolean,
): Extract<ParticipantStatus, 'waiting' | 'admitted'> | 'removed' {
  if (current === 'removed') return 'removed';
  if (current === 'admitted') return 'admitted';
  return joinStatusFor(holdsRoomHost);
}

/** When the reconciler closes a room nobody closed: `maxHours` after it opened. */
export function roomExpiresAt(openedAt: string, maxHours: number): string {
  return new Date(Date.parse(openedAt) + maxHours * 3_600_000).toISOString();
}

export function roomExpired(expiresAt: string, now: Date): boolean {
  return now.getTime() >= Date.parse(expiresAt);
}

/** The session's start: the first published media, else the opening (a room where nobody published). */
export function roomSessionStart(openedAt: string, mediaStartedAt: string | null): string {
  return mediaStartedAt ?? openedAt;
}

/** Whole seconds from the session's start to the close; never negative. */
export function roomDurationSeconds(openedAt: string, mediaStartedAt: string | null, closedAt: string): number {
  const seconds = Math.floor((Date.parse(closedAt) - Date.parse(roomSessionStart(openedAt, mediaStartedAt))) / 1000);
  return Math.max(0, seconds);
}

/** A duration as people say it: `40分钟`, `1小时5分钟`, `45秒` (English: `40 min`, `1 h 5 min`, `45 s`). */
export function formatDuration(seconds: number, lang: DisplayLanguage = 'zh'): string {
  const total = Math.max(0, Math.floor(seconds));
  if (total < 60) return lang === 'zh' ? `${total}秒` : `${total} s`;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  if (hours === 0) return lang === 'zh' ? `${minutes}分钟` : `${minutes} min`;
  if (minutes === 0) return lang === 'zh' ? `${hours}小时` : `${hours} h`;
  return lang === 'zh' ? `${hours}小时${minutes}分钟` : `${hours} h ${minutes} min`;
}

export interface RoomParticipantFacts {
  kind: ParticipantKind;
  displayName: string;
  joinMethod: RoomJoinMethod;
  status: ParticipantStatus;
  admittedAt: string | null;
  /** Staff and cadres have an account; parties and other guests do not. */
  accountId: string | null;
  /** The directory person behind the account or the party, when there is one. */
  personId: string | null;
}

export interface SessionParticipant {
  kind: ParticipantKind;
  name: string;
  joinMethod: RoomJoinMethod;
  personId: string | null;
}

/**
 * Who took part, for the session written at close: everyone ever admitted, in the order they came in, whether they
 * are still there, left or were removed later. People who only waited took no part.
 */
export function sessionParticipantsOf(participants: readonly RoomParticipantFacts[]): SessionParticipant[] {
  return participants
    .filter((p) => p.admittedAt !== null)
    .sort((a, b) => (a.admittedAt ?? '').localeCompare(b.admittedAt ?? ''))
    .map((p) => ({ kind: p.kind, name: p.displayName, joinMethod: p.joinMethod, personId: p.personId }));
}

/**
 * The name a caller sees: staff names as everywhere in the app; a guest's (a party, a relative) masked unless the
 * caller may unmask the dispute's personal data.
 */
export function participantDisplayName(
  participant: { displayName: string; accountId: string | null },
  mayUnmask: boolean,
): string {
  if (participant.accountId !== null || mayUnmask) return participant.displayName;
  return maskName(participant.displayName) ?? '';
}

/**
 * What a staff member is in the session, from the roles through which he reaches the room: the police first (an
 * officer or the chief is the police officer present), then the 综治办 as mediator, the auxiliary officer, and a
 * village cadre, who comes in with the cadre account.
 */
export function staffParticipantKind(roles: readonly Role[]): { kind: ParticipantKind; joinMethod: RoomJoinMethod } {
  if (roles.includes('officer') || roles.includes('chief')) return { kind: 'officer', joinMethod: 'login' };
  if (roles.includes('zongzhiban')) return { kind: 'mediator', joinMethod: 'login' };
  if (roles.includes('auxiliary')) return { kind: 'auxiliary', joinMethod: 'login' };
  if (roles.includes('village_cadre')) return { kind: 'cadre', joinMethod: 'cadre_login' };
  return { kind: 'other', joinMethod: 'login' };
}
