import type {
  CreatedPatrolShifts,
  Page,
  PatrolCheckIn,
  PatrolCheckpoint,
  PatrolCheckpointCode,
  PatrolHours,
  PatrolLog,
  PatrolTeam,
  PatrolTeamDetail,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import { countRows, createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Shanghai wall-clock time as a Date. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe.each(testDialects())('night patrols on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let office: Session;
  let volA: Session;
  let volB: Session;
  let leader: Session;
  let leader2: Session;
  const person: Record<string, string> = {};
  let team1: PatrolTeam;
  let team2: PatrolTeam;
  const cp: Record<string, PatrolCheckpoint> = {};
  const code: Record<string, string> = {};

  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const checkIn = (s: Session, payload: object) => send(s, 'POST', '/api/v1/patrols/check-ins', payload);
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const at = (local: string) => vi.setSystemTime(sh(local));

  const addPerson = async (name: string, jurisdictionId: string, phone: string) => {
    const row = newPersonRow(t.deps.cipher, { townId: town.town.id, jurisdictionId, name, kind: 'resident', phone });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };
  const linkAccount = (userId: string, personId: string) =>
    t.deps.db.updateTable('users').set({ person_id: personId }).where('id', '=', userId).execute();

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-03-14T20:00:00');
    t = await createTestApp(dialect, {}, { FENGQIAO_SESSION_IDLE_MINUTES: '1440', FENGQIAO_SESSION_MAX_HOURS: '168' });
    town = await seedSmallTown(t.deps);
    person.leader = await addPerson('王队长', town.shuangping.id, '13800000001');
    person.leader2 = await addPerson('李辅警', town.duanjiang.id, '13800000002');
    person.a = await addPerson('张志愿', town.shuangping.id, '13900000001');
    person.b = await addPerson('赵志愿', town.duanjiang.id, '13900000002');
    await createAssignmentRow(t.deps.db, {
      townId: town.town.id,
      personId: person.leader,
      jurisdictionId: town.district1.id,
      duty: 'district_officer',
    });
    await createAssignmentRow(t.deps.db, {
      townId: town.town.id,
      personId: person.leader2,
      jurisdictionId: town.duanjiang.id,
      duty: 'village_auxiliary',
    });
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'office', 'zongzhiban', town.town.id);
    await linkAccount((await createAccount(t.deps, 'vol_a', 'patrol', town.town.id)).id, person.a);
    await linkAccount((await createAccount(t.deps, 'vol_b', 'patrol', town.town.id)).id, person.b);
    await linkAccount((await createAccount(t.deps, 'leader', 'officer', town.district1.id)).id, person.leader);
    await linkAccount((await createAccount(t.deps, 'leader2', 'auxiliary', town.duanjiang.id)).id, person.leader2);
    chief = await loginAs(t.app, 'chief');
    office = await loginAs(t.app, 'office');
    volA = await loginAs(t.app, 'vol_a');
    volB = await loginAs(t.app, 'vol_b');
    leader = await loginAs(t.app, 'leader');
    leader2 = await loginAs(t.app, 'leader2');
  });
  afterAll(async () => {
    await t?.close();
    vi.useRealTimers();
  });

  it('creates teams led by an officer or auxiliary officer, over a district or villages', async () => {
    const bad = await send(chief, 'POST', '/api/v1/patrols/teams', {
      name: '错误队',
      leaderPersonId: person.a,
      areaIds: [town.district1.id],
    });
    expect([bad.statusCode, bad.json().error.code]).toEqual([400, 'PATROL_LEADER_INVALID']);
    const mixed = await send(chief, 'POST', '/api/v1/patrols/teams', {
      name: '混合队',
      leaderPersonId: person.leader,
      areaIds: [town.district1.id, town.duanjiang.id],
    });
    expect([mixed.statusCode, mixed.json().error.code]).toEqual([400, 'PATROL_AREA_INVALID']);
    expect(await countRows(t.deps, 'patrol_teams')).toBe(0);

    const one = await send(chief, 'POST', '/api/v1/patrols/teams', {
      name: '一片区巡逻队',
      leaderPersonId: person.leader,
      areaIds: [town.district1.id],
    });
    expect(one.statusCode).toBe(201);
    team1 = one.json();
    expect(team1).toMatchObject({ leaderName: '王队长', areas: [{ name: '片区一', level: 'district' }] });
    expect(team1.actions).toContain('members');
    team2 = (
      await send(chief, 'POST', '/api/v1/patrols/teams', {
        name: '段江巡逻队',
        leaderPersonId: person.leader2,
        areaIds: [town.duanjiang.id],
      })
    ).json();
    expect((await audits('patrol_team.create')).length).toBe(2);

    const added = await send(chief, 'POST', `/api/v1/patrols/teams/${team1.id}/members`, { personId: person.a });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ name: '张志愿', phone: '139****0001', username: 'vol_a' });
    const again = await send(chief, 'POST', `/api/v1/patrols/teams/${team1.id}/members`, { personId: person.a });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'PATROL_MEMBER_EXISTS']);
    await send(chief, 'POST', `/api/v1/patrols/teams/${team2.id}/members`, { personId: person.b });
    const detail = (await get(volA, `/api/v1/patrols/teams/${team1.id}`)).json() as PatrolTeamDetail;
    expect(detail.members.map((m) => m.name)).toEqual(['张志愿']);
    expect(detail.actions).toEqual([]);
    const forbidden = await send(volA, 'POST', `/api/v1/patrols/teams/${team1.id}/members`, { personId: person.b });
    expect(forbidden.statusCode).toBe(403);
  });

  it('adds checkpoints with codes, and puts teams on the rota', async () => {
    for (const [key, villageId, name] of [
      ['sp', town.shuangping.id, '双坪村委会'],
      ['ny', town.nanya.id, '南垭桥头'],
      ['ny2', town.nanya.id, '南垭学校'],
      ['dj', town.duanjiang.id, '段江码头'],
    ] as const) {
      const res = await send(chief, 'POST', '/api/v1/patrols/checkpoints', { name, villageId });
      expect(res.statusCode).toBe(201);
      cp[key] = res.json();
      const c = (await get(chief, `/api/v1/patrols/checkpoints/${cp[key]?.id}/code`)).json() as PatrolCheckpointCode;
      expect(c.url).toMatch(/\/c\/[^/]+$/);
      code[key] = c.token;
    }
    const volCode = await get(volA, `/api/v1/patrols/checkpoints/${cp.sp?.id}/code`);
    expect(volCode.statusCode).toBe(403);
    const rota = await send(chief, 'POST', '/api/v1/patrols/shifts', {
      teamId: team1.id,
      days: ['2026-03-14', '2026-03-16'],
    });
    expect(rota.statusCode).toBe(201);
    const created = rota.json() as CreatedPatrolShifts;
    expect(created.created[0]).toMatchObject({
      day: '2026-03-14',
      startsAt: '2026-03-14T14:00:00.000Z',
      endsAt: '2026-03-14T22:00:00.000Z',
    });
    const repeat = (
      await send(chief, 'POST', '/api/v1/patrols/shifts', { teamId: team1.id, days: ['2026-03-14'] })
    ).json() as CreatedPatrolShifts;
    expect(repeat).toMatchObject({ created: [], skipped: ['2026-03-14'] });
    await send(chief, 'POST', '/api/v1/patrols/shifts', { teamId: team2.id, days: ['2026-03-14'] });
  });

  it('refuses check-ins outside the shift, off the rota, with forged, foreign or old codes, writing nothing', async () => {
    at('2026-03-14T21:59:00');
    const early = await checkIn(volA, { token: code.sp });
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'PATROL_OUTSIDE_SHIFT']);

    at('2026-03-14T22:30:00');
    const wrongTeam = await checkIn(volA, { token: code.dj });
    expect([wrongTeam.statusCode, wrongTeam.json().error.code]).toEqual([403, 'PATROL_NOT_ON_ROTA']);
    const forged = await checkIn(volA, { token: `${cp.sp?.id}.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` });
    expect([forged.statusCode, forged.json().error.code]).toEqual([400, 'PATROL_TOKEN_FORGED']);
    const swapped = await checkIn(volA, { token: code.sp?.replace(cp.sp?.id ?? '', cp.ny?.id ?? '') });
    expect(swapped.json().error.code).toBe('PATROL_TOKEN_FORGED');
    const foreign = await checkIn(volA, { token: code.sp, checkpointId: cp.ny?.id });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([400, 'PATROL_TOKEN_OTHER_CHECKPOINT']);
    const chiefNoTeam = await checkIn(chief, { token: code.sp });
    expect(chiefNoTeam.json().error.code).toBe('PATROL_NOT_ON_ROTA');
    expect(await countRows(t.deps, 'patrol_check_ins')).toBe(0);
    expect((await audits('patrol.check_in')).length).toBe(0);
  });

  it('checks in once per checkpoint and night, idempotent by clientId, and files 01:30 under the day before', async () => {
    at('2026-03-14T22:30:00');
    const preview = (await get(volA, `/api/v1/patrols/check-ins/preview?token=${code.sp}`)).json();
    expect(preview).toMatchObject({ checkpointName: '双坪村委会', teamName: '一片区巡逻队', problem: null });
    const first = await checkIn(volA, { token: code.sp, position: { lat: 31.87, lng: 111.2, accuracy: 12 } });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      shiftDay: '2026-03-14',
      personName: 'vol_a',
      teamName: '一片区巡逻队',
      position: { lat: 31.87, lng: 111.2, accuracy: 12 },
    });
    at('2026-03-14T23:00:00');
    const replay = await checkIn(volA, { token: code.sp });
    expect([replay.statusCode, replay.json().error.code]).toEqual([409, 'PATROL_CHECKIN_REPLAYED']);
    expect((await get(volA, `/api/v1/patrols/check-ins/preview?token=${code.sp}`)).json().problem).toBe(
      'PATROL_CHECKIN_REPLAYED',
    );

    const withClient = await checkIn(volA, { token: code.ny, clientId: 'phone-0001-a' });
    const retried = await checkIn(volA, { token: code.ny, clientId: 'phone-0001-a' });
    expect([withClient.statusCode, retried.statusCode]).toEqual([201, 201]);
    expect(retried.json().id).toBe(withClient.json().id);
    expect(await countRows(t.deps, 'patrol_check_ins')).toBe(2);

    at('2026-03-15T01:30:00');
    const late = await checkIn(volA, { token: code.ny2 });
    expect(late.statusCode).toBe(201);
    expect(late.json().shiftDay).toBe('2026-03-14');
    const byLeader = await checkIn(leader, { token: code.sp });
    expect(byLeader.statusCode).toBe(201);
    expect(byLeader.json().personId).toBe(person.leader);
    expect((await audits('patrol.check_in')).length).toBe(4);

    at('2026-03-15T06:00:00');
    expect((await checkIn(volB, { token: code.dj })).json().error.code).toBe('PATROL_OUTSIDE_SHIFT');
    at('2026-03-15T22:30:00');
    expect((await checkIn(volA, { token: code.sp })).json().error.code).toBe('PATROL_NOT_ON_ROTA');
    expect(await countRows(t.deps, 'patrol_check_ins')).toBe(4);
  });

  it('revokes the codes of an older print when a checkpoint is reissued', async () => {
    at('2026-03-15T05:00:00');
    const reissued = await send(chief, 'POST', `/api/v1/patrols/checkpoints/${cp.dj?.id}/reissue`);
    expect(reissued.json().version).toBe(2);
    const old = await checkIn(volB, { token: code.dj });
    expect([old.statusCode, old.json().error.code]).toEqual([410, 'PATROL_TOKEN_REVOKED']);
    const fresh = (await get(chief, `/api/v1/patrols/checkpoints/${cp.dj?.id}/code`)).json() as PatrolCheckpointCode;
    expect((await checkIn(volB, { token: fresh.token })).statusCode).toBe(201);
  });

  it('prints an A4 sheet with one QR code per active checkpoint', async () => {
    const res = await get(chief, '/api/v1/patrols/checkpoints/print');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body.match(/<svg/g)?.length).toBe(4);
    expect(res.body).toContain('南垭桥头');
    expect((await audits('patrol_checkpoint.print')).at(-1)?.detail).toContain('"count":4');
    expect((await get(volA, '/api/v1/patrols/checkpoints/print')).statusCode).toBe(403);
  });

  it('writes the shift log with a hazard and an incident found on patrol in one transaction', async () => {
    at('2026-03-15T07:00:00');
    const shifts = (await get(chief, `/api/v1/patrols/shifts?teamId=${team1.id}`)).json() as Page<{
      id: string;
      day: string;
      actions: string[];
      checkInCount: number;
    }>;
    const shift = shifts.items.find((s) => s.day === '2026-03-14');
    expect(shift?.checkInCount).toBe(4);
    const byVolunteer = await send(volA, 'POST', '/api/v1/patrols/logs', { shiftId: shift?.id, findings: [] });
    expect(byVolunteer.statusCode).toBe(403);
    const incomplete = await send(leader, 'POST', '/api/v1/patrols/logs', {
      shiftId: shift?.id,
      findings: [{ kind: 'incident', note: '有人打架' }],
    });
    expect([incomplete.statusCode, incomplete.json().error.code]).toEqual([400, 'PATROL_FINDING_INCOMPLETE']);
    const unknownClass = await send(leader, 'POST', '/api/v1/patrols/logs', {
      shiftId: shift?.id,
      findings: [
        { kind: 'suspect', note: '抓获盗窃嫌疑人一名' },
        { kind: 'incident', note: '有人打架', villageId: town.shuangping.id, classCode: '999999' },
      ],
    });
    expect([unknownClass.statusCode, unknownClass.json().error.code]).toEqual([400, 'INCIDENT_CLASS_UNKNOWN']);
    expect(await countRows(t.deps, 'patrol_logs')).toBe(0);
    expect(await countRows(t.deps, 'patrol_findings')).toBe(0);
    expect(await countRows(t.deps, 'incidents')).toBe(0);

    const written = await send(leader, 'POST', '/api/v1/patrols/logs', {
      shiftId: shift?.id,
      note: '巡逻正常结束',
      findings: [
        { kind: 'suspect', note: '抓获盗窃嫌疑人一名' },
        { kind: 'incident', note: '两人酒后争吵', villageId: town.shuangping.id, classCode: '020100' },
        { kind: 'hazard', title: '桥头护栏缺失', note: '南垭桥头护栏缺失两米', villageId: town.nanya.id },
      ],
    });
    expect(written.statusCode).toBe(201);
    const log = written.json() as PatrolLog;
    expect(log.findings.map((f) => f.kind)).toEqual(['suspect', 'incident', 'hazard']);
    const hazard = await t.deps.db
      .selectFrom('hazards')
      .selectAll()
      .where('id', '=', log.findings[2]?.hazardId ?? '')
      .executeTakeFirst();
    expect(hazard).toMatchObject({
      source: 'patrol',
      source_ref_kind: 'patrol_log',
      source_ref_id: log.id,
      jurisdiction_id: town.nanya.id,
      title: '桥头护栏缺失',
    });
    const incidentId = log.findings[1]?.incidentId;
    const incident = await t.deps.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incidentId ?? '')
      .executeTakeFirst();
    expect(incident).toMatchObject({ source: 'patrol', jurisdiction_id: town.shuangping.id });
    expect((await audits('patrol_log.create')).length).toBe(1);
    expect((await audits('incident.create')).length).toBe(1);
    const team2Shift = ((await get(chief, `/api/v1/patrols/shifts?teamId=${team2.id}`)).json() as Page<{ id: string }>)
      .items[0];
    // The auxiliary officer leading team 2 may report hazards in 段江村 only: the hazard is refused, and so the log.
    const refusedHazard = await send(leader2, 'POST', '/api/v1/patrols/logs', {
      shiftId: team2Shift?.id,
      findings: [
        { kind: 'suspect', note: '抓获嫌疑人' },
        { kind: 'hazard', note: '双坪村电线老化', villageId: town.shuangping.id },
      ],
    });
    expect(refusedHazard.statusCode).toBe(404);
    expect(await countRows(t.deps, 'patrol_logs')).toBe(1);
    expect(await countRows(t.deps, 'patrol_findings')).toBe(3);
    expect(await countRows(t.deps, 'hazards')).toBe(1);
    const twice = await send(chief, 'POST', '/api/v1/patrols/logs', { shiftId: shift?.id, findings: [] });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'PATROL_LOG_EXISTS']);
    const listed = (await get(office, '/api/v1/patrols/logs?finding=suspect')).json() as Page<PatrolLog>;
    expect(listed.items.map((l) => l.id)).toEqual([log.id]);
    const detail = (await get(chief, `/api/v1/patrols/shifts/${shift?.id}`)).json();
    expect(detail.checkIns).toHaveLength(4);
    expect(detail.log.id).toBe(log.id);
  });

  it('counts volunteer hours from first to last check-in per shift, per person and team', async () => {
    const hours = (await get(chief, '/api/v1/patrols/hours?month=2026-03')).json() as PatrolHours;
    const a = hours.people.find((p) => p.personId === person.a && p.teamId === team1.id);
    // 22:30 → 01:30 on the night of the 14th.
    expect(a).toMatchObject({ shifts: 1, minutes: 180, hours: 3 });
    const lead = hours.people.find((p) => p.personId === person.leader);
    expect(lead).toMatchObject({ shifts: 1, minutes: 0 });
    expect(hours.teams.find((team) => team.teamId === team1.id)).toMatchObject({ shifts: 2, minutes: 180, people: 2 });
    const year = (await get(chief, '/api/v1/patrols/hours?year=2026')).json() as PatrolHours;
    expect(year.teams).toEqual(hours.teams);
    const bad = await get(chief, '/api/v1/patrols/hours?month=2026-03&year=2026');
    expect(bad.statusCode).toBe(400);
  });

  it('exports hours with phones clear only for a caller who may unmask, audited', async () => {
    const clear = await get(chief, '/api/v1/patrols/hours/export.xlsx?month=2026-03');
    expect(clear.statusCode).toBe(200);
    const masked = await get(office, '/api/v1/patrols/hours/export.xlsx?month=2026-03');
    expect(masked.statusCode).toBe(200);
    const rows = await audits('patrol_hours.export');
    expect(rows.map((row) => JSON.parse(row.detail ?? '{}').clear)).toEqual([3, 0]);
    const logs = await get(office, '/api/v1/patrols/export.xlsx');
    expect(logs.statusCode).toBe(200);
    const checkIns = await get(office, '/api/v1/patrols/check-ins/export.xlsx');
    expect(checkIns.statusCode).toBe(200);
    expect((await audits('patrol.check_in.export')).length).toBe(1);
    const list = (await get(office, '/api/v1/patrols/check-ins?limit=2')).json() as Page<PatrolCheckIn>;
    expect(list.items).toHaveLength(2);
    expect(list.nextCursor).not.toBeNull();
  });

  it('removes a shift only while it has no check-in', async () => {
    const withCheckIns = (await get(chief, `/api/v1/patrols/shifts?teamId=${team1.id}`)).json() as Page<{
      id: string;
      checkInCount: number;
    }>;
    const busy = withCheckIns.items.find((s) => s.checkInCount > 0);
    const empty = withCheckIns.items.find((s) => s.checkInCount === 0);
    const refused = await send(chief, 'DELETE', `/api/v1/patrols/shifts/${busy?.id}`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([409, 'PATROL_SHIFT_HAS_CHECKINS']);
    expect((await send(chief, 'DELETE', `/api/v1/patrols/shifts/${empty?.id}`)).statusCode).toBe(204);
    expect((await audits('patrol_shift.delete')).length).toBe(1);
  });
});
