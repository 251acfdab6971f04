import type { FastifyInstance } from 'fastify';
import { insertPersonRow } from '../../src/modules/directory/people.repository';
import { newPersonRow } from '../../src/modules/directory/person-pii';
import type { Deps } from '../../src/platform/deps';
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

/** A session's call that must succeed. */
async function call(app: FastifyInstance, s: Session, url: string, payload: object = {}) {
  const res = await app.inject({ method: 'POST', url, headers: s.headers(), payload });
  if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
  return res.statusCode === 204 ? null : res.json();
}

/** An open room of the case's mediation, opened by the host through the rooms slice's route (the media room too). */
export async function openGuestRoom(
  app: FastifyInstance,
  host: Session,
  guestCase: GuestCase,
  maxParticipants?: number,
): Promise<string> {
  const room = await call(app, host, `/api/v1/mediations/${guestCase.mediationId}/rooms`, {
    ...(maxParticipants ? { maxParticipants } : {}),
  });
  return room.id as string;
}

/** The host's own join (admitted at once). */
export async function joinGuestRoom(app: FastifyInstance, host: Session, roomId: string): Promise<void> {
  await call(app, host, `/api/v1/mediation-rooms/${roomId}/join`);
}

export async function admitGuest(app: FastifyInstance, host: Session, roomId: string, participantId: string) {
  await call(app, host, `/api/v1/mediation-rooms/${roomId}/participants/${participantId}/admit`);
}

export async function removeGuest(app: FastifyInstance, host: Session, roomId: string, participantId: string) {
  await call(app, host, `/api/v1/mediation-rooms/${roomId}/participants/${participantId}/remove`);
}

export async function closeGuestRoom(app: FastifyInstance, host: Session, roomId: string): Promise<void> {
  await call(app, host, `/api/v1/mediation-rooms/${roomId}/close`, {
    outcome: 'adjourned',
    record: '双方同意择期再调',
  });
}
