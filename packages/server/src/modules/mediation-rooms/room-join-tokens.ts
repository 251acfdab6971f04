import {
  ROOM_JOIN_TOKEN_ERRORS,
  type RoomJoinToken,
  roomJoinTokenExpiresAt,
  roomJoinTokenProblem,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { newSessionToken, sessionIdOf } from '../../platform/auth/tokens';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { claimJoinTokenRow, findJoinTokenRow, insertJoinTokenRow } from './room-join-tokens.repository';
import type { RoomParticipant } from './room-participation';

/**
 * Issues a single-use token for the participant's next publish; the caller has checked he is admitted in the open
 * room. Any number may be issued while he stays admitted (each reconnect takes a new one), each good once.
 */
export async function issueJoinToken(
  tx: Executor,
  participant: RoomParticipant,
  lifetimeSeconds: number,
): Promise<Omit<RoomJoinToken, 'iceServers'>> {
  const joinToken = newSessionToken();
  const at = nowIso();
  const expiresAt = roomJoinTokenExpiresAt(new Date(at), lifetimeSeconds);
  await insertJoinTokenRow(tx, {
    id: newId(),
    room_id: participant.roomId,
    participant_id: participant.id,
    token_hash: sessionIdOf(joinToken),
    expires_at: expiresAt,
    used_at: null,
    created_at: at,
  });
  return { joinToken, expiresAt };
}

/**
 * Uses up the participant's token for this publish, committed before the media server is asked anything: a refused
 * token (ROOM_JOIN_TOKEN_INVALID, _USED, _EXPIRED) leaves the media server untouched, and a token stays used even
 * when the media server then fails (the browser fetches another).
 */
export async function claimJoinToken(db: Executor, participant: RoomParticipant, joinToken: string): Promise<void> {
  const row = await findJoinTokenRow(db, sessionIdOf(joinToken));
  const now = new Date();
  const problem = roomJoinTokenProblem({
    token: row
      ? { roomId: row.room_id, participantId: row.participant_id, usedAt: row.used_at, expiresAt: row.expires_at }
      : null,
    roomId: participant.roomId,
    participantId: participant.id,
    now,
  });
  if (problem || !row) throw new AppError(ROOM_JOIN_TOKEN_ERRORS[problem ?? 'invalid']);
  // Checked and claimed at the same instant: losing the claim means another publish used the token in between.
  if (!(await claimJoinTokenRow(db, row.id, nowIso(now)))) throw new AppError('ROOM_JOIN_TOKEN_USED');
}
