import type { FastifyInstance } from 'fastify';
import { insertPersonRow } from '../../src/modules/directory/people.repository';
import { newPersonRow } from '../../src/modules/directory/person-pii';
import type { Deps } from '../../src/platform/deps';
import type { Session, SmallTown } from './fixtures';

export interface GuestRoomFixture {
  roomId: string;
  disputeId: string;
  mediationId: string;
  partyIds: string[];
  /** A written draft of the room's mediation, to share into the room. */
  agreementId: string;
  /** A pending invitation of the first party. */
  invitationId: string;
  token: string;
}

/**
 * An open room on a 双坪村 dispute with two parties, an open people's mediation, a written draft and one pending
 * invitation, made through the API as the chief (who hosts rooms town-wide).
 */
export async function seedGuestRoom(
  deps: Deps,
  app: FastifyInstance,
  town: SmallTown,
  chief: Session,
  summary = '线上调解纠纷',
): Promise<GuestRoomFixture> {
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
    parties: [
      { role: 'applicant', name: '王德明', phone: '13812345678' },
      { role: 'respondent', name: '李春林' },
    ],
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
  const room = await send(`/api/v1/mediations/${mediation.id}/rooms`, {});
  const invitation = await send(`/api/v1/mediation-rooms/${room.id}/invitations`, { partyId: partyIds[0] });
  return {
    roomId: room.id,
    disputeId: dispute.id,
    mediationId: mediation.id,
    partyIds,
    agreementId: agreement.id,
    invitationId: invitation.id,
    token: invitation.token,
  };
}
