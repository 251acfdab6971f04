import { type MediationSession, type RoomJoinMethod, type RoomOutcome, sessionSchema } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { jsonColumns } from '../db/json-column';
import type { MediationRoomParticipantsTable, MediationRoomsTable, MediationSessionsTable } from '../db/schema';
import { UsersService } from '../modules/users/users.service';
import type { RequestContext } from '../platform/context';
import type { Deps } from '../platform/deps';
import { timedId } from './dispute-case-builder';
import { insertChunked } from './maliang-disputes.repository';
import { HashOnce } from './maliang-duty';
import { between, seededRandom } from './random';

const SEED_CONTEXT: RequestContext = { actor: null, ip: null, requestId: 'demo-seed' };
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const STORY_VILLAGE = '段江村';
export const DEMO_CADRE_USERNAME = 'cadre_duanjiang';

const sessionJson = jsonColumns<MediationSessionsTable>({ participants: sessionSchema.shape.participants });

interface OnlineSession {
  id: string;
  mediationId: string;
  disputeId: string;
  townId: string;
  jurisdictionId: string;
  villageName: string;
  startedAt: string;
  endedAt: string;
  record: string;
  participants: MediationSession['participants'];
}

/**
 * The demo's 段江村 cadre, as a village committee's self-registration approved by the station would leave it: a
 * `village_cadre` account over 段江村 (made only when the demo has none, so a later seed of the cadres' own demo
 * wins).
 */
async function ensureDemoCadre(tx: Tx, deps: Deps, password: string, villageId: string): Promise<string> {
  const known = await tx
    .selectFrom('users')
    .select('id')
    .where('username', '=', DEMO_CADRE_USERNAME)
    .executeTakeFirst();
  if (known) return known.id;
  const users = new UsersService({ ...deps, passwords: new HashOnce(deps.config.argon2MemoryKib) });
  const made = await users.provision(tx, SEED_CONTEXT, {
    username: DEMO_CADRE_USERNAME,
    displayName: `${STORY_VILLAGE}村委会`,
    password,
    roles: [{ role: 'village_cadre', jurisdictionId: villageId }],
  });
  return made.id;
}

/** Every online session of the demo with its dispute's place and village (a case sits on a village or a group). */
async function listOnlineSessions(tx: Tx): Promise<OnlineSession[]> {
  const rows = await tx
    .selectFrom('mediation_sessions as s')
    .innerJoin('mediations as m', 'm.id', 's.mediation_id')
    .innerJoin('jurisdictions as j', 'j.id', 'm.jurisdiction_id')
    .leftJoin('jurisdictions as v', 'v.id', 'j.parent_id')
    .select([
      's.id',
      's.mediation_id',
      's.started_at',
      's.ended_at',
      's.record',
      's.participants',
      'm.dispute_id',
      'm.town_id',
      'm.jurisdiction_id',
      'j.level',
      'j.name as place_name',
      'v.name as parent_name',
    ])
    .where('s.mode', '=', 'online')
    .orderBy('s.started_at')
    .execute();
  return rows.map(sessionJson.read).map((row) => ({
    id: row.id,
    mediationId: row.mediation_id,
    disputeId: row.dispute_id,
    townId: row.town_id,
    jurisdictionId: row.jurisdiction_id,
    villageName: row.level === 'group' ? (row.parent_name ?? '') : row.place_name,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    record: row.record,
    participants: row.participants,
  }));
}

/**
 * A closed online mediation room for every online session of the demo, as closing the room would have written
 * that session: the room opens a few minutes before the media starts (the host first, the others joining and
 * being admitted from the waiting room), the media runs for the session's time, and the room closes at its end
 * with the session linked, its record as the 笔录 and the outcome the case shows (an agreement of that mediation
 * after the session, else none). Staff with an account join by login, the 段江村 cadre by the cadre account,
 * everyone else (parties, cadres without an account, department staff who hold no room permission) by an
 * invitation link or its QR code. Every dispute counted as mediated online therefore has its room, and no room
 * exists without its session. Deterministic for a given demo.
 */
export async function seedMaliangRooms(tx: Tx, deps: Deps, password: string): Promise<{ rooms: number }> {
  const random = seededRandom(20_261_203);
  const village = await tx
    .selectFrom('jurisdictions')
    .select('id')
    .where('name', '=', STORY_VILLAGE)
    .where('level', '=', 'village')
    .executeTakeFirstOrThrow();
  const cadreId = await ensureDemoCadre(tx, deps, password, village.id);
  const sessions = await listOnlineSessions(tx);
  const accounts = await tx
    .selectFrom('users')
    .select(['id', 'person_id'])
    .where('person_id', 'is not', null)
    .execute();
  const accountOf = new Map(accounts.map((a) => [a.person_id, a.id]));
  const parties = await tx
    .selectFrom('dispute_parties')
    .select(['id', 'dispute_id', 'name'])
    .where(
      'dispute_id',
      'in',
      tx
        .selectFrom('mediations as m')
        .innerJoin('mediation_sessions as s', 's.mediation_id', 'm.id')
        .select('m.dispute_id')
        .where('s.mode', '=', 'online'),
    )
    .execute();
  const agreements = await tx.selectFrom('agreements').select(['mediation_id', 'created_at']).execute();

  const rooms: MediationRoomsTable[] = [];
  const members: MediationRoomParticipantsTable[] = [];
  for (const session of sessions) {
    const start = Date.parse(session.startedAt);
    const end = Date.parse(session.endedAt);
    const opened = start - between(random, 3, 9) * MINUTE;
    const roomId = timedId(opened, random);
    const staff = session.participants.map((p) => (p.personId ? (accountOf.get(p.personId) ?? null) : null));
    // The host is the first participant who may open a room: an officer or the village's auxiliary officer.
    const hostIndex = session.participants.findIndex(
      (p, i) => (p.kind === 'officer' || p.kind === 'auxiliary') && staff[i] !== null,
    );
    const host = staff[hostIndex] ?? null;
    if (!host) continue;
    const outcome: RoomOutcome = agreements.some(
      (a) => a.mediation_id === session.mediationId && a.created_at >= session.startedAt,
    )
      ? 'agreement'
      : 'no_agreement';
    const story = session.villageName === STORY_VILLAGE && session.participants.some((p) => p.kind === 'officer');
    let joined = opened;
    for (const [index, p] of session.participants.entries()) {
      const isHost = index === hostIndex;
      const cadreAccount = p.kind === 'cadre' && session.villageName === STORY_VILLAGE ? cadreId : null;
      const accountId = p.kind === 'department' ? null : (staff[index] ?? cadreAccount);
      const joinMethod: RoomJoinMethod = cadreAccount
        ? 'cadre_login'
        : accountId
          ? 'login'
          : story || random() < 0.7
            ? 'link'
            : 'qr';
      joined = isHost ? opened : Math.min(start - MINUTE, joined + between(random, 20, 90) * 1000);
      const admitted = isHost ? opened : Math.min(start, joined + between(random, 5, 40) * 1000);
      const party =
        p.kind === 'party'
          ? parties.find((row) => row.dispute_id === session.disputeId && row.name === p.name)
          : undefined;
      members.push({
        id: timedId(joined, random),
        room_id: roomId,
        town_id: session.townId,
        account_id: accountId,
        party_id: party?.id ?? null,
        display_name: p.name,
        kind: p.kind,
        join_method: joinMethod,
        status: 'left',
        joined_at: new Date(joined).toISOString(),
        admitted_at: new Date(admitted).toISOString(),
        admitted_by: isHost ? null : host,
        removed_at: null,
        removed_by: null,
        left_at: session.endedAt,
        feed_id: null,
        last_seen_at: session.endedAt,
      });
    }
    rooms.push({
      id: roomId,
      town_id: session.townId,
      dispute_id: session.disputeId,
      mediation_id: session.mediationId,
      jurisdiction_id: session.jurisdictionId,
      status: 'closed',
      max_participants: deps.config.rooms.maxParticipants,
      opened_by: host,
      opened_by_name: session.participants[hostIndex]?.name ?? '',
      opened_at: new Date(opened).toISOString(),
      media_started_at: session.startedAt,
      closed_at: session.endedAt,
      closed_by: host,
      close_reason: 'closed',
      expires_at: new Date(opened + deps.config.rooms.maxHours * HOUR).toISOString(),
      record: session.record,
      outcome,
      session_id: session.id,
      shared_agreement_id: null,
      recording_state: 'off',
      version: 2 * session.participants.length + 1,
      created_at: new Date(opened).toISOString(),
      updated_at: new Date(end).toISOString(),
    });
  }
  await insertChunked(tx, 'mediation_rooms', rooms);
  await insertChunked(tx, 'mediation_room_participants', members);
  return { rooms: rooms.length };
}
