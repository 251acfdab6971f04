import { addDays, type PatrolFindingKind, shanghaiDate, shiftContaining, shiftOfDay } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { HazardsService } from '../modules/hazards/hazards.service';
import {
  insertPatrolCheckInRows,
  insertPatrolCheckpointRows,
  insertPatrolFindingRows,
  insertPatrolLogRows,
  insertPatrolMemberRows,
  insertPatrolShiftRows,
  insertPatrolTeamAreaRows,
  insertPatrolTeamRows,
  type PatrolCheckInRow,
  type PatrolCheckpointRow,
  type PatrolFindingRow,
  type PatrolLogRow,
  type PatrolMemberRow,
  type PatrolShiftRow,
  type PatrolTeamRow,
} from '../modules/patrols/patrols.repository';
import { UsersService } from '../modules/users/users.service';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { RequestContext } from '../platform/context';
import type { Deps } from '../platform/deps';
import { UnitOfWork } from '../platform/unit-of-work';
import { demoContext } from './demo-actor';
import { timedId } from './dispute-case-builder';
import { HashOnce } from './maliang-duty';
import { between, pick, seededRandom } from './random';

const SEED_CONTEXT: RequestContext = { actor: null, ip: null, requestId: 'demo-seed' };
const DAYS = 365;
/** Nights ahead already on the rota, so a volunteer can check in tonight and the rota page shows the weeks ahead. */
const AHEAD = 28;
const MINUTE = 60_000;
/** Around 马良镇: checkpoints are placed near it, a few hundred metres apart per village. */
const BASE = { lat: 31.72, lng: 111.43 };

const CHECKPOINT_NAMES = ['村委会', '小学门口', '桥头', '小卖部', '卫生室', '河边路口'] as const;
const SUSPECT_NOTES = ['抓获盗窃电动车嫌疑人一名，移交派出所', '盘查可疑人员一名，经核实为网上逃犯，已移交'];
const NOTHING_NOTES = ['巡逻正常，未发现异常', '提醒三户村民关好门窗', '沿线路灯正常，无异常情况'];

/**
 * Twelve night-patrol teams, one per district (issue #10 point 7): the leader is a village auxiliary officer of the
 * district (双坪村's for its district, so the demo `auxiliary` account leads a team), six volunteers from the
 * district's residents; two checkpoints in the home village and one in two others; a year of rota nights (the 双坪 team every night,
 * the others Friday and Saturday and now and then another) with check-ins from 22:00 to about 05:00 and the leader's log, some nights with a
 * suspect caught; the last few weeks bring hazards found on patrol, reported through the hazards module, and the incidents module's
 * demo calls from a patrol at night become the findings of the team on duty.
 * The nights ahead are on the rota too. Every volunteer has an account, `patrol01`–`patrol06` those of the 双坪 team.
 * Bulk rows through the patrol repository; deterministic for a seed.
 */
export async function seedMaliangPatrols(
  tx: Tx,
  deps: Deps,
  password: string,
  now: Date,
): Promise<{ teams: number; shifts: number; checkIns: number }> {
  const random = seededRandom(20_261_201);
  const settings = deps.config.patrolShift;
  const districts = await tx
    .selectFrom('jurisdictions')
    .select(['id', 'name', 'town_id'])
    .where('level', '=', 'district')
    .orderBy('sort_order')
    .execute();
  const villages = await tx
    .selectFrom('jurisdictions')
    .select(['id', 'name', 'parent_id'])
    .where('level', 'in', ['village', 'community'])
    .orderBy('sort_order')
    .execute();
  const auxiliaries = await tx
    .selectFrom('assignments')
    .select(['person_id', 'jurisdiction_id'])
    .where('duty', '=', 'village_auxiliary')
    .execute();
  const residents = await tx
    .selectFrom('persons')
    .select(['id', 'jurisdiction_id'])
    .where('kind', '=', 'resident')
    .orderBy('id')
    .execute();
  const leaderAccounts = await tx.selectFrom('users').select(['id', 'person_id', 'display_name']).execute();
  const shuangping = villages.find((v) => v.name === '双坪村');

  const at = now.toISOString();
  const teams: PatrolTeamRow[] = [];
  const members: PatrolMemberRow[] = [];
  const checkpoints: PatrolCheckpointRow[] = [];
  const plan: {
    team: PatrolTeamRow;
    volunteers: string[];
    leader: string;
    checkpoints: PatrolCheckpointRow[];
    everyNight: boolean;
  }[] = [];
  for (const [d, district] of districts.entries()) {
    if (!district.town_id) continue;
    const own = villages.filter((v) => v.parent_id === district.id);
    const home = own.find((v) => v.id === shuangping?.id) ?? own[0];
    const leader = auxiliaries.find((a) => a.jurisdiction_id === home?.id);
    if (!home || !leader) continue;
    const team: PatrolTeamRow = {
      id: timedId(Date.parse(at) - DAYS * 86_400_000 + d, random),
      town_id: district.town_id,
      jurisdiction_id: district.id,
      name: `${district.name.replace(/片区$/, '')}夜巡队`,
      leader_person_id: leader.person_id,
      active: 1,
      created_at: at,
      updated_at: at,
    };
    teams.push(team);
    const pool = residents.filter((r) => own.some((v) => v.id === r.jurisdiction_id));
    const volunteers = pool
      .filter((r) => r.jurisdiction_id === home.id)
      .concat(pool.filter((r) => r.jurisdiction_id !== home.id));
    const chosen = volunteers.slice(0, 6).map((r) => r.id);
    for (const personId of chosen) {
      members.push({
        id: timedId(Date.parse(at), random),
        team_id: team.id,
        town_id: team.town_id,
        person_id: personId,
        user_id: null,
        joined_at: at,
      });
    }
    const teamCheckpoints = own.slice(0, 3).flatMap((village, v) =>
      (village.id === home.id ? [0, 1] : [v % CHECKPOINT_NAMES.length]).map((n, k) => ({
        id: timedId(Date.parse(at), random),
        town_id: team.town_id,
        jurisdiction_id: village.id,
        name: `${village.name}${CHECKPOINT_NAMES[(n + k) % CHECKPOINT_NAMES.length]}`,
        lat: BASE.lat + d * 0.01 + v * 0.003 + k * 0.001,
        lng: BASE.lng + d * 0.012 + v * 0.002,
        version: 1,
        active: 1,
        created_at: at,
        updated_at: at,
      })),
    );
    checkpoints.push(...teamCheckpoints);
    plan.push({
      team,
      volunteers: chosen,
      leader: leader.person_id,
      checkpoints: teamCheckpoints,
      everyNight: home.id === shuangping?.id,
    });
  }
  await insertPatrolTeamRows(tx, teams);
  await insertPatrolTeamAreaRows(
    tx,
    teams.map((team) => ({ team_id: team.id, area_id: team.jurisdiction_id, town_id: team.town_id })),
  );
  await insertPatrolCheckpointRows(tx, checkpoints);

  // Every volunteer checks in with an account of their own: patrol01… the 双坪 team's first, for the phone check-in.
  const users = new UsersService({ ...deps, passwords: new HashOnce(deps.config.argon2MemoryKib) });
  const accountOf = new Map<string, string>();
  let serial = 0;
  for (const { team, volunteers } of [...plan].sort((a, b) => Number(b.everyNight) - Number(a.everyNight))) {
    for (const personId of volunteers) {
      serial += 1;
      const user = await users.provision(tx, SEED_CONTEXT, {
        username: `patrol${String(serial).padStart(2, '0')}`,
        displayName: `${team.name}队员`,
        password,
        personId,
        roles: [{ role: 'patrol', jurisdictionId: team.jurisdiction_id }],
      });
      accountOf.set(personId, user.id);
    }
  }
  for (const member of members) member.user_id = accountOf.get(member.person_id) ?? null;
  await insertPatrolMemberRows(tx, members);

  const today = shanghaiDate(now);
  const running = shiftContaining(now, settings);
  const firstAhead = running?.day ?? today;
  const shifts: PatrolShiftRow[] = [];
  const checkIns: PatrolCheckInRow[] = [];
  const logs: PatrolLogRow[] = [];
  const findings: PatrolFindingRow[] = [];
  const recentFindings: { finding: PatrolFindingRow; team: PatrolTeamRow }[] = [];
  /** The finding of each logged night, by team and day. */
  const logOf = new Map<string, PatrolFindingRow>();
  const accountOfLeader = (personId: string) => leaderAccounts.find((u) => u.person_id === personId);
  for (const { team, volunteers, leader, checkpoints: points, everyNight } of plan) {
    const writer = accountOfLeader(leader);
    for (let day = addDays(today, -DAYS); day <= addDays(firstAhead, AHEAD); day = addDays(day, 1)) {
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      if (!everyNight && !(weekday === 5 || weekday === 6 || random() < 0.15)) continue;
      const window = shiftOfDay(day, settings);
      const shift: PatrolShiftRow = {
        id: timedId(Date.parse(window.startsAt), random),
        town_id: team.town_id,
        jurisdiction_id: team.jurisdiction_id,
        team_id: team.id,
        day,
        starts_at: window.startsAt,
        ends_at: window.endsAt,
        created_at: at,
      };
      shifts.push(shift);
      if (Date.parse(window.endsAt) > now.getTime()) continue;
      const start = Date.parse(window.startsAt);
      const span = Date.parse(window.endsAt) - start;
      const out = [leader, ...volunteers.filter(() => random() < 0.4)];
      for (const personId of out) {
        let t = start + between(random, 2, 20) * MINUTE;
        const step = Math.floor((span * 0.85) / Math.max(1, points.length - 1 || 1));
        for (const point of points) {
          if (t >= Date.parse(window.endsAt)) break;
          checkIns.push({
            id: timedId(t, random),
            town_id: point.town_id,
            jurisdiction_id: point.jurisdiction_id,
            checkpoint_id: point.id,
            shift_id: shift.id,
            team_id: team.id,
            day,
            person_id: personId,
            user_id: accountOf.get(personId) ?? writer?.id ?? '',
            at: new Date(t).toISOString(),
            lat: point.lat,
            lng: point.lng,
            accuracy: between(random, 5, 40),
            client_id: null,
          });
          t += step - between(random, 0, 20) * MINUTE;
        }
      }
      if (!writer) continue;
      const log: PatrolLogRow = {
        id: timedId(Date.parse(window.endsAt), random),
        town_id: team.town_id,
        jurisdiction_id: team.jurisdiction_id,
        shift_id: shift.id,
        team_id: team.id,
        day,
        note: pick(random, NOTHING_NOTES),
        written_by: writer.id,
        written_by_name: writer.display_name,
        created_at: window.endsAt,
      };
      logs.push(log);
      const daysAgo = Math.round((Date.parse(today) - Date.parse(day)) / 86_400_000);
      const roll = random();
      // About two suspects a month across the town; in the last three weeks a few hazards, one by the 双坪 team.
      const kind: PatrolFindingKind =
        everyNight && daysAgo === 3
          ? 'hazard'
          : roll < 0.01
            ? 'suspect'
            : daysAgo <= 20 && roll > 0.993
              ? 'hazard'
              : 'nothing';
      const village = pick(random, points);
      const finding: PatrolFindingRow = {
        id: timedId(Date.parse(window.endsAt), random),
        log_id: log.id,
        town_id: team.town_id,
        jurisdiction_id: kind === 'hazard' ? village.jurisdiction_id : team.jurisdiction_id,
        day,
        kind,
        note: kind === 'suspect' ? pick(random, SUSPECT_NOTES) : null,
        village_id: kind === 'hazard' ? village.jurisdiction_id : null,
        hazard_id: null,
        incident_id: null,
        sort_order: 0,
      };
      findings.push(finding);
      logOf.set(`${team.id}|${day}`, finding);
      if (kind === 'hazard') recentFindings.push({ finding, team });
    }
  }
  await insertPatrolShiftRows(tx, shifts);
  await insertPatrolCheckInRows(tx, checkIns);
  await insertPatrolLogRows(tx, logs);

  // The demo's incidents that came in from a patrol at night are the findings of the team on duty in their district
  // that night (the incidents are the incidents module's own demo, so their numbers and figures stay as they are).
  const patrolIncidents = await tx
    .selectFrom('incidents as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .leftJoin('jurisdictions as p', 'p.id', 'j.parent_id')
    .select([
      'i.id',
      'i.summary',
      'i.received_at',
      'i.jurisdiction_id',
      'j.level',
      'j.parent_id',
      'p.parent_id as grand',
    ])
    .where('i.source', '=', 'patrol')
    .orderBy('i.received_at')
    .execute();
  for (const incident of patrolIncidents) {
    const shift = shiftContaining(incident.received_at, settings);
    const village = incident.level === 'group' ? incident.parent_id : incident.jurisdiction_id;
    const districtId = villages.find((v) => v.id === village)?.parent_id;
    const team = teams.find((candidate) => candidate.jurisdiction_id === districtId);
    const finding = shift && team ? logOf.get(`${team.id}|${shift.day}`) : undefined;
    if (finding?.kind !== 'nothing' || !village) continue;
    Object.assign(finding, {
      kind: 'incident',
      note: incident.summary,
      village_id: village,
      jurisdiction_id: village,
      incident_id: incident.id,
    });
  }

  // Hazards found on patrol are reported through the hazards module, in the seed's transaction.
  const chief = await findUserByUsername(tx, 'chief');
  if (!chief) throw new Error('demo: the chief account is missing');
  const ctx = demoContext(chief, (await listGrantsOf(tx, [chief.id])).get(chief.id) ?? []);
  const uow = new UnitOfWork(tx, ctx);
  const hazards = new HazardsService(deps);
  const villageName = new Map(villages.map((v) => [v.id, v.name]));
  for (const { finding, team } of recentFindings) {
    finding.note = `${villageName.get(finding.village_id ?? '') ?? ''}路边电线杆倾斜，存在倒伏隐患`;
    const hazard = await hazards.report(
      ctx,
      {
        source: 'patrol',
        sourceRef: { kind: 'patrol_log', id: finding.log_id },
        villageId: finding.village_id ?? '',
        title: '电线杆倾斜',
        description: `${team.name}夜巡发现：${finding.note}`,
      },
      uow,
    );
    finding.hazard_id = hazard.id;
  }
  await insertPatrolFindingRows(tx, findings);
  return { teams: teams.length, shifts: shifts.length, checkIns: checkIns.length };
}
