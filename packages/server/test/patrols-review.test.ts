import type {
  PatrolCheckpoint,
  PatrolCheckpointCode,
  PatrolHours,
  PatrolTeam,
  PatrolTeamDetail,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Shanghai wall-clock time as a Date. */
const sh = (local: string) => new Date(`${local}+08:00`);

/** The edges an attacker and an auditor probe: exact shift bounds, the year's end, altered codes, races, scope. */
describe.each(testDialects())('night patrols under review on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let otherChief: Session;
  let volA: Session;
  let volC: Session;
  let leader: Session;
  const person: Record<string, string> = {};
  let team: PatrolTeam;
  let cp: PatrolCheckpoint;
  let otherCp: PatrolCheckpoint;
  let token = '';
  let otherToken = '';

  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const checkIn = (s: Session, payload: object) => send(s, 'POST', '/api/v1/patrols/check-ins', payload);
  const at = (local: string) => vi.setSystemTime(sh(local));
  const addPerson = async (name: string, townId: string, jurisdictionId: string, phone: string) => {
    const row = newPersonRow(t.deps.cipher, { townId, jurisdictionId, name, kind: 'resident', phone });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };
  const linkAccount = (userId: string, personId: string) =>
    t.deps.db.updateTable('users').set({ person_id: personId }).where('id', '=', userId).execute();

  // Sessions last a week at most; the scenarios span a month, so everyone logs in again after a jump.
  const logInAll = async () => {
    chief = await loginAs(t.app, 'chief');
    otherChief = await loginAs(t.app, 'chief_other');
    volA = await loginAs(t.app, 'vol_a');
    volC = await loginAs(t.app, 'vol_c');
    leader = await loginAs(t.app, 'leader');
  };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-30T20:00:00');
    t = await createTestApp(dialect, {}, { FENGQIAO_SESSION_IDLE_MINUTES: '1440', FENGQIAO_SESSION_MAX_HOURS: '168' });
    town = await seedSmallTown(t.deps);
    const other = await seedOtherTown(t.deps, town);
    const otherVillage = await seedOtherVillage(t.deps, other);
    person.leader = await addPerson('王队长', town.town.id, town.shuangping.id, '13800000001');
    person.a = await addPerson('张志愿', town.town.id, town.shuangping.id, '13900000001');
    person.c = await addPerson('钱志愿', town.town.id, town.shuangping.id, '13900000003');
    await createAssignmentRow(t.deps.db, {
      townId: town.town.id,
      personId: person.leader,
      jurisdictionId: town.district1.id,
      duty: 'district_officer',
    });
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'chief_other', 'chief', other.id);
    await linkAccount((await createAccount(t.deps, 'vol_a', 'patrol', town.town.id)).id, person.a);
    await linkAccount((await createAccount(t.deps, 'vol_c', 'patrol', town.town.id)).id, person.c);
    await linkAccount((await createAccount(t.deps, 'leader', 'officer', town.district1.id)).id, person.leader);
    await logInAll();

    team = (
      await send(chief, 'POST', '/api/v1/patrols/teams', {
        name: '一片区巡逻队',
        leaderPersonId: person.leader,
        areaIds: [town.district1.id],
      })
    ).json();
    await send(chief, 'POST', `/api/v1/patrols/teams/${team.id}/members`, { personId: person.a });
    await send(chief, 'POST', `/api/v1/patrols/teams/${team.id}/members`, { personId: person.c });
    cp = (
      await send(chief, 'POST', '/api/v1/patrols/checkpoints', { name: '双坪村委会', villageId: town.shuangping.id })
    ).json();
    token = ((await get(chief, `/api/v1/patrols/checkpoints/${cp.id}/code`)).json() as PatrolCheckpointCode).token;
    otherCp = (
      await send(otherChief, 'POST', '/api/v1/patrols/checkpoints', { name: '外镇路口', villageId: otherVillage.id })
    ).json();
    otherToken = (
      (await get(otherChief, `/api/v1/patrols/checkpoints/${otherCp.id}/code`)).json() as PatrolCheckpointCode
    ).token;
    const rota = await send(chief, 'POST', '/api/v1/patrols/shifts', {
      teamId: team.id,
      days: ['2026-11-30', '2026-12-31'],
    });
    expect(rota.statusCode).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    vi.useRealTimers();
  });

  it('refuses altered codes with stable codes, and another town’s code as a missing checkpoint', async () => {
    at('2026-11-30T22:30:00');
    const [id, version, signature] = token.split('.');
    const variants = [
      token.slice(0, -3),
      `${id?.toUpperCase()}.${version}.${signature}`,
      `${id}.${version}.${signature?.toUpperCase()}`,
      `${token}=`,
      `${token}==`,
      ` ${token}`,
      `${id}.${version}.${otherToken.split('.')[2]}`,
      `${id}.02.${signature}`,
    ];
    for (const variant of variants) {
      const res = await checkIn(volA, { token: variant });
      expect([variant, res.statusCode]).toEqual([variant, 400]);
    }
    const long = await checkIn(volA, { token: `${token}${'A'.repeat(5000)}` });
    expect(long.statusCode).toBe(400);
    const foreign = await checkIn(volA, { token: otherToken });
    expect(foreign.statusCode).toBe(404);
    for (const position of [
      { lat: 91, lng: 1 },
      { lat: 'x', lng: 1 },
      { lat: null, lng: 1 },
      { lat: 1, lng: 181 },
    ]) {
      expect((await checkIn(volA, { token, position })).statusCode).toBe(400);
    }
    expect(await countRows(t.deps, 'patrol_check_ins')).toBe(0);
  });

  it('keeps the A4 sheet and codes to patrol.manage holders of the checkpoint’s town', async () => {
    const sheet = await get(otherChief, '/api/v1/patrols/checkpoints/print');
    expect(sheet.statusCode).toBe(200);
    expect(sheet.body).not.toContain('双坪村委会');
    const sheetOfVillage = await get(otherChief, `/api/v1/patrols/checkpoints/print?villageId=${town.shuangping.id}`);
    expect(sheetOfVillage.body).not.toContain('双坪村委会');
    expect((await get(otherChief, `/api/v1/patrols/checkpoints/${cp.id}/code`)).statusCode).toBe(404);
    expect((await get(volA, '/api/v1/patrols/checkpoints/print')).statusCode).toBe(403);
    // Who took a code out of the platform is on record; a refused request leaves no row.
    const codeRows = await t.deps.db
      .selectFrom('audit_log')
      .select('target_id')
      .where('action', '=', 'patrol_checkpoint.code')
      .execute();
    expect(codeRows.map((row) => row.target_id).sort()).toEqual([cp.id, otherCp.id].sort());
    expect(
      (await get(leader, `/api/v1/patrols/teams/${team.id}`)).json().members.map((m: { phone: string }) => m.phone),
    ).toEqual(expect.arrayContaining(['139****0001']));
  });

  it('takes check-ins from 22:00:00 to 05:59:59 Beijing time, not a second outside', async () => {
    at('2026-11-30T21:59:59');
    expect((await checkIn(volA, { token })).json().error?.code).toBe('PATROL_OUTSIDE_SHIFT');
    at('2026-11-30T22:00:00');
    expect((await checkIn(volA, { token })).statusCode).toBe(201);
    at('2026-12-01T06:00:00');
    expect((await checkIn(volC, { token })).json().error?.code).toBe('PATROL_OUTSIDE_SHIFT');
    at('2026-12-01T05:59:59');
    const late = await checkIn(volC, { token });
    expect([late.statusCode, late.json().shiftDay]).toEqual([201, '2026-11-30']);
  });

  it('files a night that begins on 30 November under November, and one on 31 December under that year', async () => {
    at('2026-12-01T05:30:00');
    const second = await send(chief, 'POST', '/api/v1/patrols/checkpoints', {
      name: '南垭桥头',
      villageId: town.nanya.id,
    });
    const code2 = (
      (await get(chief, `/api/v1/patrols/checkpoints/${second.json().id}/code`)).json() as PatrolCheckpointCode
    ).token;
    expect((await checkIn(volA, { token: code2 })).statusCode).toBe(201);
    const nov = (await get(chief, '/api/v1/patrols/hours?month=2026-11')).json() as PatrolHours;
    expect(nov.people.find((p) => p.personId === person.a)).toMatchObject({ shifts: 1, minutes: 450 });
    const dec = (await get(chief, '/api/v1/patrols/hours?month=2026-12')).json() as PatrolHours;
    expect(dec.people).toEqual([]);

    at('2026-12-31T23:59:59');
    await logInAll();
    expect((await checkIn(volA, { token })).statusCode).toBe(201);
    at('2027-01-01T00:00:01');
    const newYear = await checkIn(volA, { token: code2 });
    expect([newYear.statusCode, newYear.json().shiftDay]).toEqual([201, '2026-12-31']);
    const y2026 = (await get(chief, '/api/v1/patrols/hours?year=2026')).json() as PatrolHours;
    expect(y2026.people.find((p) => p.personId === person.a)).toMatchObject({ shifts: 2 });
    const y2027 = (await get(chief, '/api/v1/patrols/hours?year=2027')).json() as PatrolHours;
    expect(y2027.people).toEqual([]);
  });

  it('refuses a removed member, and lets exactly one of two racing duplicate check-ins land', async () => {
    at('2027-01-01T01:00:00');
    const detail = (await get(chief, `/api/v1/patrols/teams/${team.id}`)).json() as PatrolTeamDetail;
    const memberC = detail.members.find((m) => m.personId === person.c);
    expect((await send(chief, 'DELETE', `/api/v1/patrols/teams/${team.id}/members/${memberC?.id}`)).statusCode).toBe(
      204,
    );
    expect((await checkIn(volC, { token })).json().error?.code).toBe('PATROL_NOT_ON_ROTA');

    const before = await countRows(t.deps, 'patrol_check_ins');
    const race = await Promise.all([checkIn(leader, { token }), checkIn(leader, { token })]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(await countRows(t.deps, 'patrol_check_ins')).toBe(before + 1);
  });

  it('leaves nothing behind when a finding after a hazard is refused', async () => {
    at('2027-01-01T07:00:00');
    const shifts = (await get(chief, `/api/v1/patrols/shifts?teamId=${team.id}`)).json() as {
      items: { id: string; day: string }[];
    };
    const shift = shifts.items.find((s) => s.day === '2026-11-30');
    const tables = ['incidents', 'hazards', 'patrol_logs', 'patrol_findings', 'audit_log'] as const;
    const before = await Promise.all(tables.map((table) => countRows(t.deps, table)));
    const refused = await send(leader, 'POST', '/api/v1/patrols/logs', {
      shiftId: shift?.id,
      findings: [
        { kind: 'hazard', note: '段江码头护栏缺失', villageId: town.duanjiang.id },
        { kind: 'incident', note: '两人酒后争吵', villageId: town.shuangping.id, classCode: '999999' },
      ],
    });
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'INCIDENT_CLASS_UNKNOWN']);
    expect(await Promise.all(tables.map((table) => countRows(t.deps, table)))).toEqual(before);
    const written = await send(leader, 'POST', '/api/v1/patrols/logs', {
      shiftId: shift?.id,
      findings: [{ kind: 'incident', note: '两人酒后争吵', villageId: town.shuangping.id, classCode: '020100' }],
    });
    expect(written.statusCode).toBe(201);
  });

  it('answers racing additions of one member and of one rota night without a 500', async () => {
    at('2027-01-01T08:00:00');
    await logInAll();
    const newcomer = await addPerson('孙志愿', town.town.id, town.shuangping.id, '13900000009');
    const members = await Promise.all([
      send(chief, 'POST', `/api/v1/patrols/teams/${team.id}/members`, { personId: newcomer }),
      send(chief, 'POST', `/api/v1/patrols/teams/${team.id}/members`, { personId: newcomer }),
    ]);
    expect(members.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(members.find((r) => r.statusCode === 409)?.json().error.code).toBe('PATROL_MEMBER_EXISTS');
    const shiftsBefore = await countRows(t.deps, 'patrol_shifts');
    const rota = await Promise.all([
      send(chief, 'POST', '/api/v1/patrols/shifts', { teamId: team.id, days: ['2027-01-05'] }),
      send(chief, 'POST', '/api/v1/patrols/shifts', { teamId: team.id, days: ['2027-01-05'] }),
    ]);
    expect(rota.every((r) => r.statusCode < 500)).toBe(true);
    expect(await countRows(t.deps, 'patrol_shifts')).toBe(shiftsBefore + 1);
  });

  it('answers two racing logs for one night with one log and a 409, never a 500', async () => {
    at('2027-01-01T07:00:00');
    const shifts = (await get(chief, `/api/v1/patrols/shifts?teamId=${team.id}`)).json() as {
      items: { id: string; day: string }[];
    };
    const shift = shifts.items.find((s) => s.day === '2026-12-31');
    const before = await countRows(t.deps, 'patrol_logs');
    const race = await Promise.all([
      send(leader, 'POST', '/api/v1/patrols/logs', { shiftId: shift?.id, findings: [{ kind: 'nothing' }] }),
      send(chief, 'POST', '/api/v1/patrols/logs', { shiftId: shift?.id, findings: [{ kind: 'nothing' }] }),
    ]);
    expect(race.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(race.find((r) => r.statusCode === 409)?.json().error.code).toBe('PATROL_LOG_EXISTS');
    expect(await countRows(t.deps, 'patrol_logs')).toBe(before + 1);
  });

  it('refuses a client id reused at another checkpoint instead of answering with the first check-in', async () => {
    at('2027-01-05T12:00:00');
    await logInAll();
    await send(chief, 'POST', '/api/v1/patrols/shifts', { teamId: team.id, days: ['2027-01-05'] });
    const second = (
      await send(chief, 'POST', '/api/v1/patrols/checkpoints', { name: '双坪桥头', villageId: town.shuangping.id })
    ).json() as PatrolCheckpoint;
    const secondToken = (
      (await get(chief, `/api/v1/patrols/checkpoints/${second.id}/code`)).json() as PatrolCheckpointCode
    ).token;
    at('2027-01-05T22:30:00');
    const first = await checkIn(volA, { token, clientId: 'phone-0001' });
    expect(first.json()).toMatchObject({ checkpointId: cp.id });
    const before = await countRows(t.deps, 'patrol_check_ins');
    const reused = await checkIn(volA, { token: secondToken, clientId: 'phone-0001' });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().error.code).toBe('PATROL_CHECKIN_REPLAYED');
    expect(await countRows(t.deps, 'patrol_check_ins')).toBe(before);
    // The phone's genuine retry at the first checkpoint still gets its check-in back.
    const retry = await checkIn(volA, { token, clientId: 'phone-0001' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json().checkpointId).toBe(cp.id);
  });

  it('lets a member whose account was made after he joined the team check in', async () => {
    at('2027-01-06T12:00:00');
    await logInAll();
    const late = await addPerson('孙志愿', town.town.id, town.shuangping.id, '13900000009');
    expect((await send(chief, 'POST', `/api/v1/patrols/teams/${team.id}/members`, { personId: late })).statusCode).toBe(
      201,
    );
    await linkAccount((await createAccount(t.deps, 'vol_late', 'patrol', town.town.id)).id, late);
    await send(chief, 'POST', '/api/v1/patrols/shifts', { teamId: team.id, days: ['2027-01-06'] });
    at('2027-01-06T22:30:00');
    const volLate = await loginAs(t.app, 'vol_late');
    const res = await checkIn(volLate, { token, clientId: 'late-00001' });
    expect(res.statusCode).toBe(201);
    expect(res.json().personId).toBe(late);
  });
});
