import { beijingDateStamp, computeIdCheckChar } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runDeadlineReminders } from '../src/modules/disputes/deadline-reminders';
import { testDialects } from './support/databases';
import { downloadName } from './support/downloads';
import {
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedDepartments,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const LAND = '国土所';
const JUSTICE = '司法所';
const COURT = '法庭';
const ZHANG_ID = `42062619800101001${computeIdCheckChar('42062619800101001')}`;

interface DisputeBody {
  id: string;
  number: string;
  state: string;
  tier: string;
  riskGrade: string;
  riskReasons: { code: string }[];
  assignedDepartmentIds: string[];
  parties: { id: string; name: string; idNumber: string | null }[];
  timeline: { event: string; fromState: string | null; toState: string | null; toTier: string | null }[];
  actions: string[];
}

describe.each(testDialects())('disputes on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let otherAux: Session;
  let zongzhiban: Session;
  let chief: Session;
  let landStaff: Session;
  let courtStaff: Session;
  const departments: Record<string, string> = {};
  const staffPeople: Record<string, string> = {};

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const act = (s: Session, id: string, action: string, payload: object = {}) =>
    send(s, 'POST', `/api/v1/disputes/${id}/actions/${action}`, payload);
  const count = async (table: 'disputes' | 'dispute_parties') =>
    (await t.deps.db.selectFrom(table).select('id').execute()).length;
  const auditActions = async () =>
    (await t.deps.db.selectFrom('audit_log').select(['action', 'outcome']).execute()).map((row) => row.action);

  const register = async (s: Session, extra: object = {}) => {
    const res = await send(s, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'forest_land',
      source: 'screening',
      summary: '双坪村张三与李四山林地界纠纷',
      address: '双坪村1组18号',
      parties: [
        { role: 'applicant', name: '张三', idNumber: ZHANG_ID, phone: '13812345678' },
        { role: 'respondent', name: '李四' },
      ],
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as DisputeBody;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const seeded = await seedDepartments(t.deps, town, [LAND, JUSTICE, COURT]);
    Object.assign(departments, seeded.departments);
    Object.assign(staffPeople, seeded.staffPeople);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id);
    await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    const land = await createAccount(t.deps, 'land', 'department', town.town.id);
    const court = await createAccount(t.deps, 'court', 'department', town.town.id);
    await t.deps.db.updateTable('users').set({ person_id: staffPeople[LAND] }).where('id', '=', land.id).execute();
    await t.deps.db.updateTable('users').set({ person_id: staffPeople[COURT] }).where('id', '=', court.id).execute();
    aux = await loginAs(t.app, 'aux');
    otherAux = await loginAs(t.app, 'aux_nanya');
    zongzhiban = await loginAs(t.app, 'zzb');
    chief = await loginAs(t.app, 'chief');
    landStaff = await loginAs(t.app, 'land');
    courtStaff = await loginAs(t.app, 'court');
  });
  afterAll(async () => t.close());

  it('runs a whole lifecycle village → town → task force → resolved → follow-up → closed', async () => {
    const created = await register(aux);
    expect(created.number).toMatch(/^420626104-\d{4}-\d{5}$/);
    expect(created).toMatchObject({ state: 'DISCOVERED', tier: 'village' });
    expect(created.actions).toContain('start_village_handling');
    expect(created.parties[0]?.idNumber).not.toContain('19800101');
    const id = created.id;

    expect((await act(aux, id, 'start_village_handling')).statusCode).toBe(200);
    const noReason = await act(aux, id, 'village_fail');
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('REASON_REQUIRED');
    expect((await act(aux, id, 'village_fail', { reason: '双方分歧大' })).statusCode).toBe(200);

    const byAux = await act(aux, id, 'accept_at_town');
    expect(byAux.statusCode).toBe(403);
    expect(byAux.json().error.code).toBe('ROLE_NOT_ALLOWED');
    const accepted = await act(zongzhiban, id, 'accept_at_town');
    expect(accepted.json()).toMatchObject({ state: 'TOWN_ACCEPTED', tier: 'town' });

    expect((await get(landStaff, `/api/v1/disputes/${id}`)).statusCode).toBe(404);
    const assigned = await act(zongzhiban, id, 'assign_departments', {
      departmentIds: [departments[LAND], departments[JUSTICE]],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    expect((assigned.json() as DisputeBody).assignedDepartmentIds).toHaveLength(2);

    expect((await get(landStaff, `/api/v1/disputes/${id}`)).statusCode).toBe(200);
    expect((await get(courtStaff, `/api/v1/disputes/${id}`)).statusCode).toBe(404);
    const landList = (await get(landStaff, '/api/v1/disputes')).json() as { items: { id: string }[] };
    expect(landList.items.map((item) => item.id)).toEqual([id]);
    expect(((await get(courtStaff, '/api/v1/disputes')).json() as { items: unknown[] }).items).toEqual([]);

    const oneDepartment = await act(zongzhiban, id, 'form_taskforce', {
      departmentIds: [departments[LAND]],
      taskforceMembers: [{ personId: staffPeople[LAND], departmentId: departments[LAND] }],
    });
    expect(oneDepartment.json().error.code).toBe('TASKFORCE_DEPARTMENTS_REQUIRED');
    const taskforce = await act(zongzhiban, id, 'form_taskforce', {
      departmentIds: [departments[LAND], departments[COURT]],
      taskforceMembers: [
        { personId: staffPeople[LAND], departmentId: departments[LAND] },
        { personId: staffPeople[COURT], departmentId: departments[COURT] },
      ],
    });
    expect(taskforce.statusCode, taskforce.body).toBe(200);
    expect(taskforce.json()).toMatchObject({ state: 'TASKFORCE', tier: 'taskforce', number: created.number });

    expect((await act(landStaff, id, 'resolve', { reason: '现场勘界，双方认可' })).statusCode).toBe(200);
    expect((await act(landStaff, id, 'start_follow_up')).statusCode).toBe(200);
    const closed = await act(zongzhiban, id, 'close');
    expect(closed.statusCode, closed.body).toBe(200);
    const final = closed.json() as DisputeBody;
    expect(final).toMatchObject({ state: 'CLOSED', tier: 'taskforce', number: created.number });
    expect(final.timeline.map((entry) => entry.event)).toEqual([
      'registered',
      'start_village_handling',
      'village_fail',
      'accept_at_town',
      'assign_departments',
      'form_taskforce',
      'resolve',
      'start_follow_up',
      'close',
    ]);
    expect(final.timeline[3]).toMatchObject({ fromState: 'VILLAGE_FAILED', toState: 'TOWN_ACCEPTED', toTier: 'town' });
    expect(final.actions.filter((action) => !['edit', 'unmask', 'export'].includes(action))).toEqual([]);
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const before = [await count('disputes'), await count('dispute_parties')];
    const cases: [object, string][] = [
      [{ category: 'no_such_category' }, 'DISPUTE_CATEGORY_UNKNOWN'],
      [{ jurisdictionId: town.nanya.id }, 'JURISDICTION_UNKNOWN'],
      [{ jurisdictionId: 'missing' }, 'JURISDICTION_UNKNOWN'],
      [{ parties: [{ role: 'applicant', name: '王五', idNumber: '420626198001010010' }] }, 'INVALID_ID_NUMBER'],
    ];
    for (const [extra, code] of cases) {
      const res = await send(aux, 'POST', '/api/v1/disputes', {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'walk_in',
        summary: '邻里纠纷',
        ...extra,
      });
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
      expect(res.json().error.code).toBe(code);
    }
    expect([await count('disputes'), await count('dispute_parties')]).toEqual(before);
    const fresh = await register(aux);
    const wrong = await act(aux, fresh.id, 'close');
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json().error.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('hides another village’s disputes from its auxiliary officer (404, as for a missing id)', async () => {
    const mine = await register(aux);
    expect((await get(otherAux, `/api/v1/disputes/${mine.id}`)).statusCode).toBe(404);
    expect((await get(otherAux, '/api/v1/disputes/missing')).statusCode).toBe(404);
    expect((await act(otherAux, mine.id, 'start_village_handling')).statusCode).toBe(404);
    const list = (await get(otherAux, '/api/v1/disputes')).json() as { items: { id: string }[] };
    expect(list.items.map((item) => item.id)).not.toContain(mine.id);
  });

  it('finds disputes by Chinese substrings, pinyin and initials', async () => {
    const made = await register(aux, {
      summary: '鸡冠河村田埂边界纠纷',
      parties: [{ role: 'applicant', name: '欧阳明' }],
    });
    const ids = async (q: string) =>
      (
        (await get(chief, `/api/v1/disputes?q=${encodeURIComponent(q)}`)).json() as { items: { id: string }[] }
      ).items.map((item) => item.id);
    expect(await ids('田埂边界')).toContain(made.id);
    expect(await ids('田埂')).toContain(made.id);
    expect(await ids('埂')).toContain(made.id);
    expect(await ids('欧阳明')).toContain(made.id);
    expect(await ids('ouyangming')).toContain(made.id);
    expect(await ids('oym')).toContain(made.id);
    expect(await ids('山林地界')).not.toContain(made.id);
  });

  it('audits every read of personal data, unmask and export; exports masked without dispute.unmask', async () => {
    const made = await register(aux);
    await get(aux, `/api/v1/disputes/${made.id}`);
    const party = made.parties[0];
    if (!party) throw new Error('no party');
    const refused = await send(aux, 'POST', `/api/v1/disputes/${made.id}/parties/${party.id}/unmask`, {
      field: 'idNumber',
    });
    expect(refused.statusCode).toBe(403);
    const shown = await send(chief, 'POST', `/api/v1/disputes/${made.id}/parties/${party.id}/unmask`, {
      field: 'idNumber',
    });
    expect(shown.json()).toEqual({ field: 'idNumber', value: ZHANG_ID });
    const file = await get(zongzhiban, '/api/v1/disputes/export.xlsx?category=forest_land');
    expect(file.statusCode).toBe(200);
    const today = beijingDateStamp(new Date());
    expect(file.headers['content-disposition']).toContain(`filename="disputes-${today}.xlsx"`);
    expect(downloadName(file)).toBe(`矛盾纠纷台账_马良镇_${today}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(file.rawPayload).buffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBeGreaterThan(1);
    // Dates are Beijing days written in Chinese: no cell holds a UTC instant.
    const cells: string[] = [];
    sheet?.eachRow((r) => r.eachCell((cell) => cells.push(cell.text)));
    expect(cells.filter((text) => /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text))).toEqual([]);
    expect(cells.some((text) => /\d{4}年\d{1,2}月\d{1,2}日/.test(text))).toBe(true);
    // 李四 has no ID number or phone: the cells list 张三's alone, with no 、 left over for the empty one.
    const row = sheet?.getRows(2, sheet.rowCount - 1)?.find((r) => r.getCell(1).text === made.number);
    expect(row?.getCell(8).text).toBe('张三、李四');
    expect(row?.getCell(9).text).toBe(ZHANG_ID);
    expect(row?.getCell(10).text).toBe('13812345678');
    expect((await get(aux, '/api/v1/disputes/export.xlsx')).statusCode).toBe(403);
    const actions = await auditActions();
    for (const action of ['dispute.create', 'dispute.read', 'dispute.list', 'dispute.unmask', 'dispute.export']) {
      expect(actions).toContain(action);
    }
    const denied = await t.deps.db
      .selectFrom('audit_log')
      .select('outcome')
      .where('action', '=', 'dispute.unmask')
      .execute();
    expect(denied.map((row) => row.outcome).sort()).toEqual(['denied', 'success']);
  });

  it('grades risk with reasons and alerts the chief and the governance office when a case turns red', async () => {
    const before = ((await get(chief, '/api/v1/notifications/unread-count')).json() as { unread: number }).unread;
    const green = await register(aux, { grievanceStartedOn: undefined });
    expect(green.riskGrade).toBe('green');
    const red = await send(aux, 'PATCH', `/api/v1/disputes/${green.id}`, { riskFlags: { threats: true } });
    expect(red.json().riskGrade).toBe('red');
    expect((red.json() as DisputeBody).riskReasons.map((reason) => reason.code)).toContain('THREATS');
    expect((red.json() as DisputeBody).timeline.map((entry) => entry.event)).toContain('risk_regraded');
    const list = (await get(chief, '/api/v1/notifications')).json() as {
      items: { kind: string; targetId: string }[];
      unread: number;
    };
    expect(list.unread).toBe(before + 1);
    expect(list.items.some((item) => item.kind === 'dispute.risk_red' && item.targetId === green.id)).toBe(true);
    const office = (await get(zongzhiban, '/api/v1/notifications')).json() as { items: { targetId: string }[] };
    expect(office.items.some((item) => item.targetId === green.id)).toBe(true);
    const history = await t.deps.db
      .selectFrom('dispute_risk_history')
      .select('grade')
      .where('dispute_id', '=', green.id)
      .execute();
    expect(history.map((row) => row.grade)).toEqual(['green', 'red']);
    const read = await send(chief, 'POST', '/api/v1/notifications/read', {});
    expect(read.json()).toEqual({ unread: 0 });
  });

  it('sends deadline reminders once, however often the job runs, and flags overdue cases', async () => {
    const made = await register(aux, { complexity: 'simple' });
    const later = new Date(Date.now() + 10 * 24 * 3_600_000);
    expect(await runDeadlineReminders(t.deps, later)).toBeGreaterThan(0);
    expect(await runDeadlineReminders(t.deps, later)).toBe(0);
    const reminders = await t.deps.db
      .selectFrom('notifications')
      .select(['kind', 'body'])
      .where('target_id', '=', made.id)
      .execute();
    // Ten days on, the case is past both thresholds: only the latest one applies.
    expect(reminders.map((row) => row.kind)).toEqual(['dispute.deadline_reached']);
    // The deadline a person reads is Beijing time, not the stored UTC text.
    for (const row of reminders) expect(row.body).toMatch(/^期限 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/);
    const overdue = (await get(aux, '/api/v1/disputes?overdue=true')).json() as {
      items: { id: string; overdue: boolean }[];
    };
    expect(overdue.items.find((item) => item.id === made.id)?.overdue).toBe(true);
  });

  it('sends one reminder per case, for the latest threshold reached, and each threshold once', async () => {
    const now = new Date();
    const hoursFromNow = (hours: number) => new Date(now.getTime() + hours * 3_600_000).toISOString();
    const longOverdue = await register(aux);
    const dueTomorrow = await register(aux);
    const place = async (id: string, deadline: string, entered: string) =>
      t.deps.db
        .updateTable('disputes')
        .set({ deadline_at: deadline, tier_entered_at: entered })
        .where('id', '=', id)
        .execute();
    await place(longOverdue.id, hoursFromNow(-16 * 30 * 24), hoursFromNow(-17 * 30 * 24));
    await place(dueTomorrow.id, hoursFromNow(20), hoursFromNow(-5 * 24));
    const kinds = async (id: string) =>
      (await t.deps.db.selectFrom('notifications').select(['kind', 'title']).where('target_id', '=', id).execute()).map(
        (row) => `${row.kind} ${row.title}`,
      );

    await runDeadlineReminders(t.deps, now);
    expect(await kinds(longOverdue.id)).toEqual([`dispute.deadline_reached 纠纷已到办理期限 ${longOverdue.number}`]);
    expect(await kinds(dueTomorrow.id)).toEqual([`dispute.deadline_soon 纠纷即将到期 ${dueTomorrow.number}`]);
    expect(await runDeadlineReminders(t.deps, now)).toBe(0);
    expect(await kinds(longOverdue.id)).toHaveLength(1);
    expect(await kinds(dueTomorrow.id)).toHaveLength(1);
  });
});
