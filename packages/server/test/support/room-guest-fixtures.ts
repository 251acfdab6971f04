import type { ParticipantStatus } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import { insertPersonRow } from '../../src/modules/directory/people.repository';
import { newPersonRow } from '../../src/modules/directory/person-pii';
import {
  closeRoomRow,
  insertParticipantRow,
  insertRoomRow,
  updateParticipantRow,
} from '../../src/modules/mediation-rooms/rooms.repository';
import type { Deps } from '../../src/platform/deps';
import { newId } from '../../src/platform/ids';
import type { Session, SmallTown } from './fixtures';

/** A 双坪村 dispute with two parties, an open people's mediation and a written draft, made through the API. */
export interface GuestCase {
  disputeId: string;
  mediationId: string;
  partyIds: string[];
  agreementId: string;
  townId: string;
  jurisdictionId: string;
}

export async function seedGuestCase(
  deps: Deps,
  app: FastifyInstance,
  town: SmallTown,
  chief: Session,
  summary = '线上调解纠纷',
  parties: object[] = [
    { role: 'applicant', name: '王德明', phone: '13812345678' },
    { role: 'respondent', name: '李春林' },
  ],
): Promise<GuestCase> {
  const send = async (url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, headers: chief.headers(), payload });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const mediator = newPersonRow(deps.cipher, {
    townId: town.town.id,
    jurisdictionId: town.shuangping.id,
    name: '线上调解员',
    kind: 'resident',
  });
  await insertPersonRow(deps.db, mediator);
  const dispute = await send('/api/v1/disputes', {
    jurisdictionId: town.shuangping.id,
    category: 'neighbour',
    source: 'screening',
    summary,
    parties,
  });
  const partyIds = (dispute.parties as { id: string }[]).map((party) => party.id);
  const mediation = await send(`/api/v1/disputes/${dispute.id}/mediations`, {
    track: 'people',
    startedAt: new Date(Date.now() - 3_600_000).toISOString(),
    initiatedBy: 'party',
    mediatorIds: [mediator.id],
  });
  const agreement = await send(`/api/v1/mediations/${mediation.id}/agreements`, {
    kind: 'written',
    partyIds,
    facts: '双方因排水沟发生争执',
    terms: '李春林于本月内疏通排水沟',
  });
  return {
    disputeId: dispute.id,
    mediationId: mediation.id,
    partyIds,
    agreementId: agreement.id,
    townId: town.town.id,
    jurisdictionId: town.shuangping.id,
  };
}

/**
 * An open room of the case's mediation, written as the rooms slice's open writes it (the guests' tests need a room,
 * not the opening): four hours to live, `maxParticipants` places.
 */
export async function openGuestRoom(
  deps: Deps,
  guestCase: GuestCase,
  openedBy: string,
  maxParticipants = 8,
): Promise<string> {
  const id = newId();
  const now = new Date();
  const at = now.toISOString();
  await insertRoomRow(deps.db, {
    id,
    town_id: guestCase.townId,
    jurisdiction_id: guestCase.jurisdictionId,
    dispute_id: guestCase.disputeId,
    mediation_id: guestCase.mediationId,
    status: 'open',
    max_participants: maxParticipants,
    opened_by: openedBy,
    opened_by_name: 'chief',
    opened_at: at,
    media_started_at: null,
    closed_at: null,
    closed_by: null,
    close_reason: null,
    expires_at: new Date(now.getTime() + 4 * 3_600_000).toISOString(),
    record: '',
    outcome: null,
    session_id: null,
    shared_agreement_id: null,
    recording_state: 'off',
    version: 1,
    created_at: at,
    updated_at: at,
  });
  return id;
}

/** A staff member in the room, admitted (the host's own join). */
export async function addStaffToRoom(deps: Deps, roomId: string, townId: string, accountId: string): Promise<string> {
  const id = newId();
  const at = new Date().toISOString();
  await insertParticipantRow(deps.db, {
    id,
    room_id: roomId,
    town_id: townId,
    account_id: accountId,
    party_id: null,
    display_name: 'chief',
    kind: 'mediator',
    join_method: 'login',
    status: 'admitted',
    joined_at: at,
    admitted_at: at,
    admitted_by: accountId,
    removed_at: null,
    removed_by: null,
    left_at: null,
    feed_id: null,
    last_seen_at: at,
  });
  return id;
}

export async function setParticipantStatus(deps: Deps, participantId: string, status: ParticipantStatus) {
  const at = new Date().toISOString();
  await updateParticipantRow(deps.db, participantId, {
    status,
    ...(status === 'admitted' ? { admitted_at: at } : {}),
    ...(status === 'removed' ? { removed_at: at } : {}),
  });
}

export async function closeGuestRoom(deps: Deps, roomId: string): Promise<void> {
  const at = new Date().toISOString();
  await closeRoomRow(deps.db, roomId, {
    closed_at: at,
    closed_by: null,
    close_reason: 'closed',
    outcome: 'adjourned',
    record: '',
    updated_at: at,
  });
}
