import { ROLES, type Role } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import { addParticipant, RoomParticipation, SYSTEM } from '../../src/modules/mediation-rooms/room-participation';
import { insertParticipantRow, insertRoomRow } from '../../src/modules/mediation-rooms/rooms.repository';
import type { Deps } from '../../src/platform/deps';
import { newId, nowIso } from '../../src/platform/ids';
import { inUnitOfWork } from '../../src/platform/unit-of-work';
import { insertDispute, insertOpenMediation } from './dispute-rows';
import { fakeRoomSdp } from './fake-media-rooms';
import type { Session } from './fixtures';
import { NO_JOIN_TOKEN } from './room-join-token';

/** Who hosts and who joins a room of a 双坪村 dispute, with the access matrix's grants (roles.ts: room.*). */
export const ROOM_HOSTS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];
export const ROOM_JOINERS: Role[] = [...ROOM_HOSTS, 'village_cadre'];

export interface SeededRooms {
  /** Per role, an open mediation without a room (the open route). */
  freeMediationOf: Map<Role, string>;
  /** Per role, an open room the role has joined when it may (hosts admitted, the cadre waiting). */
  roomOf: Map<Role, string>;
  /** In each role's room: the village cadre waiting (admit), a party admitted and publishing (remove, subscribe). */
  waitingOf: Map<Role, string>;
  partyOf: Map<Role, string>;
  partyFeedOf: Map<Role, string>;
  /** Per role, a join token of the role's own participant for one publish (a placeholder when it has none). */
  joinTokenOf: Map<Role, string>;
  disputeId: string;
}

/** An open people's mediation of a fresh dispute in the village, written directly. */
async function openMediation(deps: Deps, village: JurisdictionRow): Promise<{ disputeId: string; id: string }> {
  const dispute = await insertDispute(deps.db, village, nowIso(new Date(Date.now() - 7_200_000)));
  const id = await insertOpenMediation(deps.db, dispute, nowIso(new Date(Date.now() - 3_600_000)));
  return { disputeId: dispute.id, id };
}

/**
 * One room per role in the village, opened by the chief: the role joins it, the village cadre waits in it, and a
 * party is admitted and publishes, so every room route has something to act on for every role.
 */
export async function seedRooms(
  deps: Deps,
  app: FastifyInstance,
  village: JurisdictionRow,
  sessions: Map<Role, Session>,
): Promise<SeededRooms> {
  const chief = sessions.get('chief');
  const cadre = sessions.get('village_cadre');
  if (!chief || !cadre) throw new Error('the room fixtures need the chief and the village cadre');
  const post = (s: Session, url: string) => app.inject({ method: 'POST', url, headers: s.headers(), payload: {} });
  const participation = new RoomParticipation(deps);
  const seeded: SeededRooms = {
    freeMediationOf: new Map(),
    roomOf: new Map(),
    waitingOf: new Map(),
    partyOf: new Map(),
    partyFeedOf: new Map(),
    joinTokenOf: new Map(),
    disputeId: '',
  };
  for (const role of ROLES) {
    seeded.freeMediationOf.set(role, (await openMediation(deps, village)).id);
    const mediation = await openMediation(deps, village);
    seeded.disputeId = mediation.disputeId;
    const opened = await post(chief, `/api/v1/mediations/${mediation.id}/rooms`);
    if (opened.statusCode !== 201) throw new Error(`room not opened: ${opened.body}`);
    const roomId = opened.json().id as string;
    seeded.roomOf.set(role, roomId);
    const session = sessions.get(role);
    if (session && ROOM_JOINERS.includes(role) && role !== 'village_cadre')
      await post(session, `/api/v1/mediation-rooms/${roomId}/join`);
    const issued = session ? await post(session, `/api/v1/mediation-rooms/${roomId}/media/join-token`) : undefined;
    seeded.joinTokenOf.set(role, issued?.statusCode === 200 ? (issued.json().joinToken as string) : NO_JOIN_TOKEN);
    const waiting = await post(cadre, `/api/v1/mediation-rooms/${roomId}/join`);
    seeded.waitingOf.set(role, waiting.json().me.participantId as string);
    const party = await inUnitOfWork(deps, SYSTEM, (uow) =>
      addParticipant(
        uow,
        { id: roomId },
        {
          accountId: null,
          partyId: null,
          displayName: '赵六',
          kind: 'party',
          joinMethod: 'link',
          status: 'admitted',
        },
      ),
    );
    seeded.partyOf.set(role, party.id);
    const { joinToken } = await participation.joinToken(party);
    const published = await participation.publish(party, fakeRoomSdp('offer', ['audio', 'video']), joinToken);
    seeded.partyFeedOf.set(role, published.feedId);
  }
  return seeded;
}

/** `count` open rooms in the village, each with one participant, written directly (the paged list's cost). */
export async function seedRoomList(
  deps: Deps,
  village: JurisdictionRow,
  openedBy: string,
  count: number,
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const mediation = await openMediation(deps, village);
    const at = nowIso(new Date(Date.now() - (count - i) * 1000));
    const roomId = newId();
    await insertRoomRow(deps.db, {
      id: roomId,
      town_id: village.town_id ?? village.id,
      jurisdiction_id: village.id,
      dispute_id: mediation.disputeId,
      mediation_id: mediation.id,
      status: 'open',
      max_participants: 8,
      opened_by: openedBy,
      opened_by_name: '所长',
      opened_at: at,
      media_started_at: null,
      closed_at: null,
      closed_by: null,
      close_reason: null,
      expires_at: nowIso(new Date(Date.now() + 3_600_000)),
      record: '',
      outcome: null,
      session_id: null,
      shared_agreement_id: null,
      recording_state: 'off',
      version: 1,
      created_at: at,
      updated_at: at,
    });
    await insertParticipantRow(deps.db, {
      id: newId(),
      room_id: roomId,
      town_id: village.town_id ?? village.id,
      account_id: null,
      party_id: null,
      display_name: '赵六',
      kind: 'party',
      join_method: 'link',
      status: 'waiting',
      joined_at: at,
      admitted_at: null,
      admitted_by: null,
      removed_at: null,
      removed_by: null,
      left_at: null,
      feed_id: null,
      last_seen_at: at,
    });
  }
}
