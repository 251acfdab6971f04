import {
  addDays,
  type PatrolShiftSettings,
  type Role,
  shanghaiDate,
  shanghaiTimeOfDay,
  shiftContaining,
  shiftOfDay,
} from '@fengqiao/domain';
import { createAssignmentRow } from '../../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../../src/modules/directory/people.repository';
import { newPersonRow } from '../../src/modules/directory/person-pii';
import {
  insertPatrolCheckInRows,
  insertPatrolCheckpointRows,
  insertPatrolFindingRows,
  insertPatrolLogRows,
  insertPatrolShiftRows,
  insertPatrolTeamRows,
} from '../../src/modules/patrols/patrols.repository';
import type { Deps } from '../../src/platform/deps';
import type { SmallTown } from './fixtures';

/** A shift running now (an hour ago to three hours ahead), so check-ins can be tested at any time of day. */
export function shiftAroundNow(now = new Date()): PatrolShiftSettings {
  return {
    start: shanghaiTimeOfDay(new Date(now.getTime() - 3_600_000)),
    end: shanghaiTimeOfDay(new Date(now.getTime() + 3 * 3_600_000)),
  };
}

export interface PatrolFixture {
  teamId: string;
  leaderPersonId: string;
  /** Per role: a person to add as a member, a member to remove, an empty shift, a past shift to log. */
  newMemberPerson: Map<Role, string>;
  memberToRemove: Map<Role, string>;
  emptyShift: Map<Role, string>;
  pastShift: Map<Role, string>;
  shiftNow: string;
  logId: string;
  /** A checkpoint to check in at, and one to change and reissue. */
  checkInToken: string;
  checkpointId: string;
  otherCheckpointId: string;
}

type Send = (method: 'POST' | 'GET', url: string, payload?: object) => Promise<{ json(): unknown }>;

/**
 * One team over 片区一 led by a district officer, with every role's account a member (each linked to its own
 * person), a shift now and past ones, two checkpoints in 双坪村, and a written log, all made through the API as the
 * chief.
 */
export async function seedPatrols(
  deps: Deps,
  town: SmallTown,
  roles: readonly Role[],
  userIdOf: (role: Role) => string,
  asChief: Send,
  settings: PatrolShiftSettings,
): Promise<PatrolFixture> {
  const person = async (name: string) => {
    const row = newPersonRow(deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name,
      kind: 'resident',
    });
    await insertPersonRow(deps.db, row);
    return row.id;
  };
  const leaderPersonId = await person('巡逻队长');
  await createAssignmentRow(deps.db, {
    townId: town.town.id,
    personId: leaderPersonId,
    jurisdictionId: town.district1.id,
    duty: 'district_officer',
  });
  const team = (await asChief('POST', '/api/v1/patrols/teams', {
    name: '矩阵巡逻队',
    leaderPersonId,
    areaIds: [town.district1.id],
  })) as { json(): { id: string } };
  const teamId = team.json().id;
  const newMemberPerson = new Map<Role, string>();
  const memberToRemove = new Map<Role, string>();
  for (const role of roles) {
    const own = await person(`队员${role}`);
    await deps.db.updateTable('users').set({ person_id: own }).where('id', '=', userIdOf(role)).execute();
    await asChief('POST', `/api/v1/patrols/teams/${teamId}/members`, { personId: own });
    newMemberPerson.set(role, await person(`新队员${role}`));
    const leaving = await person(`离队${role}`);
    const added = (await asChief('POST', `/api/v1/patrols/teams/${teamId}/members`, { personId: leaving })) as {
      json(): { id: string };
    };
    memberToRemove.set(role, added.json().id);
  }
  const shiftDay = shiftContaining(new Date(), settings)?.day ?? shanghaiDate(new Date());
  const past = roles.map((_, i) => addDays(shiftDay, -(10 + i)));
  const future = roles.map((_, i) => addDays(shiftDay, 30 + i));
  const created = (await asChief('POST', '/api/v1/patrols/shifts', {
    teamId,
    days: [shiftDay, addDays(shiftDay, -5), ...past, ...future],
  })) as { json(): { created: { id: string; day: string }[] } };
  const idOf = new Map(created.json().created.map((s) => [s.day, s.id]));
  const emptyShift = new Map<Role, string>();
  const pastShift = new Map<Role, string>();
  roles.forEach((role, i) => {
    pastShift.set(role, idOf.get(past[i] ?? '') ?? '');
    emptyShift.set(role, idOf.get(future[i] ?? '') ?? '');
  });
  const log = (await asChief('POST', '/api/v1/patrols/logs', {
    shiftId: idOf.get(addDays(shiftDay, -5)),
    findings: [{ kind: 'nothing' }],
  })) as { json(): { id: string } };
  const checkpoint = (name: string) =>
    asChief('POST', '/api/v1/patrols/checkpoints', { name, villageId: town.shuangping.id }) as Promise<{
      json(): { id: string };
    }>;
  const checkpointId = (await checkpoint('村委会')).json().id;
  const otherCheckpointId = (await checkpoint('桥头')).json().id;
  const code = (await asChief('GET', `/api/v1/patrols/checkpoints/${checkpointId}/code`)) as {
    json(): { token: string };
  };
  return {
    teamId,
    leaderPersonId,
    newMemberPerson,
    memberToRemove,
    emptyShift,
    pastShift,
    shiftNow: idOf.get(shiftDay) ?? '',
    logId: log.json().id,
    checkInToken: code.json().token,
    checkpointId,
    otherCheckpointId,
  };
}

/**
 * Patrol rows written directly for the report and statistics tests: one team over 片区一, a shift on each of `days`
 * (Shanghai days, 22:00–06:00) with a log, and `suspects(i)` suspect findings on the i-th; check-ins of the leader.
 */
export async function seedPatrolRecords(
  deps: Deps,
  town: SmallTown,
  writerUserId: string,
  days: readonly string[],
  suspects: (index: number) => number,
): Promise<void> {
  const leader = newPersonRow(deps.cipher, {
    townId: town.town.id,
    jurisdictionId: town.shuangping.id,
    name: '报表巡逻队长',
    kind: 'resident',
  });
  await insertPersonRow(deps.db, leader);
  const at = new Date().toISOString();
  const teamId = `team-${leader.id}`;
  await insertPatrolTeamRows(deps.db, [
    {
      id: teamId,
      town_id: town.town.id,
      jurisdiction_id: town.district1.id,
      name: '报表巡逻队',
      leader_person_id: leader.id,
      active: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  const checkpointId = `cp-${leader.id}`;
  await insertPatrolCheckpointRows(deps.db, [
    {
      id: checkpointId,
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      name: '村委会',
      lat: null,
      lng: null,
      version: 1,
      active: 1,
      created_at: at,
      updated_at: at,
    },
  ]);
  const shifts = days.map((day, i) => {
    const window = shiftOfDay(day);
    return {
      id: `shift-${i}-${leader.id}`,
      town_id: town.town.id,
      jurisdiction_id: town.district1.id,
      team_id: teamId,
      day,
      starts_at: window.startsAt,
      ends_at: window.endsAt,
      created_at: at,
    };
  });
  await insertPatrolShiftRows(deps.db, shifts);
  await insertPatrolCheckInRows(
    deps.db,
    shifts.map((shift) => ({
      id: `ci-${shift.id}`,
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      checkpoint_id: checkpointId,
      shift_id: shift.id,
      team_id: teamId,
      day: shift.day,
      person_id: leader.id,
      user_id: writerUserId,
      at: new Date(Date.parse(shift.starts_at) + 3_600_000).toISOString(),
      lat: null,
      lng: null,
      accuracy: null,
      client_id: null,
    })),
  );
  await insertPatrolLogRows(
    deps.db,
    shifts.map((shift) => ({
      id: `log-${shift.id}`,
      town_id: town.town.id,
      jurisdiction_id: town.district1.id,
      shift_id: shift.id,
      team_id: teamId,
      day: shift.day,
      note: null,
      written_by: writerUserId,
      written_by_name: '队长',
      created_at: shift.ends_at,
    })),
  );
  await insertPatrolFindingRows(
    deps.db,
    shifts.flatMap((shift, i) =>
      Array.from({ length: suspects(i) }, (_, k) => ({
        id: `f-${k}-${shift.id}`,
        log_id: `log-${shift.id}`,
        town_id: town.town.id,
        jurisdiction_id: town.district1.id,
        day: shift.day,
        kind: 'suspect' as const,
        note: '抓获嫌疑人',
        village_id: null,
        hazard_id: null,
        incident_id: null,
        sort_order: k,
      })),
    ),
  );
}

/** `n` of every paged patrol list (teams, shifts with logs and check-ins, checkpoints), written directly. */
export async function seedPatrolLists(deps: Deps, town: SmallTown, userId: string, n: number): Promise<void> {
  const days = Array.from({ length: n }, (_, i) => addDays('2026-10-31', -i));
  await seedPatrolRecords(deps, town, userId, days, () => 1);
  const leader = await deps.db.selectFrom('patrol_teams').select('leader_person_id').executeTakeFirstOrThrow();
  const at = new Date().toISOString();
  await insertPatrolTeamRows(
    deps.db,
    Array.from({ length: n }, (_, i) => ({
      id: `list-team-${i}`,
      town_id: town.town.id,
      jurisdiction_id: town.district1.id,
      name: `列表巡逻队${String(i).padStart(2, '0')}`,
      leader_person_id: leader.leader_person_id,
      active: 1,
      created_at: at,
      updated_at: at,
    })),
  );
  await insertPatrolCheckpointRows(
    deps.db,
    Array.from({ length: n }, (_, i) => ({
      id: `list-cp-${i}`,
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      name: `巡逻点${String(i).padStart(2, '0')}`,
      lat: null,
      lng: null,
      version: 1,
      active: 1,
      created_at: at,
      updated_at: at,
    })),
  );
}
