import {
  addDays,
  type KeyPerson,
  type KeyPersonDetail,
  type KeyPersonVisit,
  type Page,
  shanghaiDate,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { runKeyPersonReminders } from '../src/modules/key-persons/key-person-reminders';
import { UsersService } from '../src/modules/users/users.service';
import { testDialects } from './support/databases';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  SYSTEM,
  seedOtherTown,
  seedSmallTown,
  TEST_PASSWORD,
  validIdNumber,
} from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { PDF, PNG } from './support/upload-files';

const MISSING = '01900000-0000-7000-8000-000000000000';

describe.each(testDialects())('key persons on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const s: Record<string, Session> = {};
  const users: Record<string, string> = {};
  const people: Record<string, string> = {};
  const kp: Record<string, string> = {};
  const idNumber = validIdNumber('42062619800101001');
  let peopleBefore: { detail: string; list: string; search: string } = { detail: '', list: '', search: '' };

  const get = (who: string, url: string) => t.app.inject({ method: 'GET', url, headers: s[who]?.headers() });
  const send = (who: string, method: 'POST' | 'PUT', url: string, payload: object) =>
    t.app.inject({ method, url, headers: s[who]?.headers(), payload });
  const audits = async (action: string) =>
    Number(
      (
        await t.deps.db
          .selectFrom('audit_log')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('action', '=', action)
          .executeTakeFirstOrThrow()
      ).n,
    );
  const person = async (name: string, jurisdictionId: string, kind: 'staff' | 'resident', extra = {}) => {
    const row = newPersonRow(t.deps.cipher, { townId: town.town.id, jurisdictionId, name, kind, ...extra });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };
  const account = async (username: string, personId: string, role: 'officer' | 'auxiliary', on: string) => {
    const user = await t.deps.db.transaction().execute((tx) =>
      new UsersService(t.deps).provision(tx, SYSTEM, {
        username,
        displayName: username,
        password: TEST_PASSWORD,
        personId,
        roles: [{ role, jurisdictionId: on }],
      }),
    );
    return user.id;
  };
  const peopleView = async (who: string) => ({
    detail: (await get(who, `/api/v1/people/${people.zhang}`)).body,
    list: (await get(who, `/api/v1/people?jurisdictionId=${town.shuangping.id}`)).body,
    search: (await get(who, `/api/v1/people?q=${encodeURIComponent('张三')}`)).body,
  });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const townId = town.town.id;
    people.li = await person('李警官', town.district1.id, 'staff');
    people.wang = await person('王辅警', town.shuangping.id, 'staff');
    people.duan = await person('段辅警', town.duanjiang.id, 'staff');
    people.zhang = await person('张三', town.groups['双坪村']?.[0]?.id ?? '', 'resident', {
      idNumber,
      phone: '13800001234',
      address: '双坪村1组8号',
    });
    people.lisi = await person('李四', town.shuangping.id, 'resident');
    people.zhao = await person('赵五', town.duanjiang.id, 'resident');
    await createAssignmentRow(t.deps.db, {
      townId,
      personId: people.li,
      jurisdictionId: town.district1.id,
      duty: 'district_officer',
    });
    await createAssignmentRow(t.deps.db, {
      townId,
      personId: people.wang,
      jurisdictionId: town.shuangping.id,
      duty: 'village_auxiliary',
    });
    users.officer = await account('officer', people.li, 'officer', town.district1.id);
    users.aux = await account('aux', people.wang, 'auxiliary', town.shuangping.id);
    users.auxDuan = await account('aux_duan', people.duan, 'auxiliary', town.duanjiang.id);
    users.chief = (await createAccount(t.deps, 'chief', 'chief', townId)).id;
    users.chief2 = (await createAccount(t.deps, 'chief2', 'chief', townId)).id;
    users.zzb = (await createAccount(t.deps, 'zzb', 'zongzhiban', townId)).id;
    await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id);
    await createAccount(t.deps, 'dept', 'department', townId);
    await createAccount(t.deps, 'partner', 'partner', townId);
    for (const name of ['officer', 'aux', 'aux_duan', 'chief', 'chief2', 'zzb', 'cadre', 'dept', 'partner']) {
      s[name] = await loginAs(t.app, name);
    }
    peopleBefore = await peopleView('aux');
  });
  afterAll(() => t?.close());

  it('places people under control with the district officer and the village auxiliary by default', async () => {
    const police = await send('chief', 'POST', '/api/v1/key-persons', {
      personId: people.zhang,
      category: 'stability',
      level: 'high',
      basis: '多次越级上访并扬言报复',
    });
    expect(police.statusCode).toBe(201);
    const zhang = police.json<KeyPersonDetail>();
    expect(zhang).toMatchObject({
      group: 'police',
      name: '张三',
      villageId: town.shuangping.id,
      idNumberMasked: '420626********0011'.slice(0, 6) + zhang.idNumberMasked?.slice(6),
      phoneMasked: '138****1234',
      responsibleOfficer: { personId: people.li, name: '李警官' },
      responsibleAuxiliary: { personId: people.wang, name: '王辅警' },
      basis: '多次越级上访并扬言报复',
      status: 'active',
      visitStatus: 'on_schedule',
    });
    expect(zhang.idNumberMasked).not.toContain(idNumber.slice(6, 14));
    kp.zhang = zhang.id;
    const lisi = await send('chief', 'POST', '/api/v1/key-persons', {
      personId: people.lisi,
      category: 'released_prisoner',
      level: 'medium',
    });
    expect(lisi.statusCode).toBe(201);
    kp.lisi = lisi.json<KeyPersonDetail>().id;
    const zhao = await send('zzb', 'POST', '/api/v1/key-persons', {
      personId: people.zhao,
      category: 'community_correction',
      level: 'low',
    });
    expect(zhao.statusCode).toBe(201);
    kp.zhao = zhao.json<KeyPersonDetail>().id;
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const before = await countRows(t.deps, 'key_persons');
    const twice = await send('chief', 'POST', '/api/v1/key-persons', {
      personId: people.zhang,
      category: 'drugs',
      level: 'low',
    });
    expect(twice.json().error.code).toBe('KEY_PERSON_EXISTS');
    // The governance office may not read the police group: a police category is refused as for an unknown person.
    const zzbPolice = await send('zzb', 'POST', '/api/v1/key-persons', {
      personId: people.lisi,
      category: 'terrorism',
      level: 'high',
    });
    expect(zzbPolice.json().error.code).toBe('KEY_PERSON_PERSON_NOT_FOUND');
    const unknown = await send('chief', 'POST', '/api/v1/key-persons', {
      personId: MISSING,
      category: 'drugs',
      level: 'low',
    });
    expect(unknown.json().error.code).toBe('KEY_PERSON_PERSON_NOT_FOUND');
    const cadre = await send('cadre', 'POST', '/api/v1/key-persons', {
      personId: people.lisi,
      category: 'drug_user',
      level: 'low',
    });
    expect(cadre.statusCode).toBe(403);
    expect(await countRows(t.deps, 'key_persons')).toBe(before);
  });

  it('shows an auxiliary officer without the police group nothing of a police key person', async () => {
    const hidden = await get('aux', `/api/v1/key-persons/${kp.zhang}`);
    const missing = await get('aux', `/api/v1/key-persons/${MISSING}`);
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(missing.body);
    for (const path of ['visits', 'unmask', 'print']) {
      const method = path === 'unmask' ? 'POST' : 'GET';
      const a = await t.app.inject({
        method,
        url: `/api/v1/key-persons/${kp.zhang}/${path}`,
        headers: s.aux?.headers(),
      });
      const b = await t.app.inject({
        method,
        url: `/api/v1/key-persons/${MISSING}/${path}`,
        headers: s.aux?.headers(),
      });
      expect(a.statusCode).toBe(404);
      expect(a.body).toBe(b.body);
    }
    const list = (await get('aux', '/api/v1/key-persons')).json<Page<KeyPerson>>();
    expect(list.items.map((item) => item.id)).toEqual([kp.lisi]);
    const police = (await get('aux', '/api/v1/key-persons?group=police')).json<Page<KeyPerson>>();
    expect(police.items).toEqual([]);
  });

  it("shows an auxiliary officer with the governance group only his own village's governance key persons", async () => {
    const duan = (await get('aux_duan', '/api/v1/key-persons')).json<Page<KeyPerson>>();
    expect(duan.items.map((item) => item.id)).toEqual([kp.zhao]);
    expect((await get('aux_duan', `/api/v1/key-persons/${kp.lisi}`)).statusCode).toBe(404);
    expect((await get('aux', `/api/v1/key-persons/${kp.lisi}`)).statusCode).toBe(200);
  });

  it('shows the chief both groups and the officer those of his district', async () => {
    const chief = (await get('chief', '/api/v1/key-persons')).json<Page<KeyPerson>>();
    expect(chief.items.map((item) => item.id).sort()).toEqual([kp.zhang, kp.lisi, kp.zhao].sort());
    const officer = (await get('officer', '/api/v1/key-persons')).json<Page<KeyPerson>>();
    expect(officer.items.map((item) => item.id).sort()).toEqual([kp.zhang, kp.lisi].sort());
    const zzb = (await get('zzb', '/api/v1/key-persons')).json<Page<KeyPerson>>();
    expect(zzb.items.map((item) => item.id).sort()).toEqual([kp.lisi, kp.zhao].sort());
  });

  it('shows village cadres, departments and partner stations nothing', async () => {
    const missing = await get('chief', `/api/v1/key-persons/${MISSING}`);
    for (const who of ['cadre', 'dept', 'partner']) {
      expect((await get(who, '/api/v1/key-persons')).statusCode).toBe(403);
      expect((await get(who, '/api/v1/key-persons/export.xlsx')).statusCode).toBe(403);
      for (const id of [kp.zhang, kp.lisi]) {
        const res = await get(who, `/api/v1/key-persons/${id}`);
        expect(res.statusCode).toBe(404);
        expect(res.json().error).toEqual(missing.json().error);
      }
    }
  });

  it('never reveals the flag in the people directory, nor stores it in clear', async () => {
    expect(await peopleView('aux')).toEqual(peopleBefore);
    const rows = await t.deps.db.selectFrom('key_persons').selectAll().execute();
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      for (const value of Object.values(row)) {
        for (const id of [people.zhang, people.lisi, people.zhao]) expect(String(value)).not.toContain(id);
      }
      expect(String(row.basis_enc ?? '')).not.toContain('上访');
    }
    const personColumns = Object.keys(
      (await t.deps.db.selectFrom('persons').selectAll().where('id', '=', people.zhang).executeTakeFirstOrThrow()) ??
        {},
    );
    expect(personColumns.some((column) => column.includes('key'))).toBe(false);
    const keyPersonAudits = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', 'like', 'key_person.%')
      .execute();
    expect(keyPersonAudits.length).toBeGreaterThan(0);
    expect(JSON.stringify(keyPersonAudits)).not.toContain(people.zhang);
  });

  it('audits every read: list page, record, visits, print and export', async () => {
    const before = {
      list: await audits('key_person.list'),
      read: await audits('key_person.read'),
      visits: await audits('key_person.visit.list'),
      export: await audits('key_person.export'),
      print: await audits('key_person.print'),
    };
    await get('officer', '/api/v1/key-persons');
    await get('officer', `/api/v1/key-persons/${kp.zhang}`);
    await get('officer', `/api/v1/key-persons/${kp.zhang}/visits`);
    const printed = await get('officer', `/api/v1/key-persons/${kp.zhang}/print`);
    expect(printed.statusCode).toBe(200);
    expect(printed.body).toContain('重点人员管控档案');
    expect(printed.body).not.toContain(idNumber);
    expect(printed.body).not.toContain('13800001234');
    const exported = await get('officer', '/api/v1/key-persons/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.rawPayload.toString('latin1')).not.toContain(idNumber);
    expect({
      list: await audits('key_person.list'),
      read: await audits('key_person.read'),
      visits: await audits('key_person.visit.list'),
      export: await audits('key_person.export'),
      print: await audits('key_person.print'),
    }).toEqual({
      list: before.list + 1,
      read: before.read + 1,
      visits: before.visits + 1,
      export: before.export + 1,
      print: before.print + 1,
    });
  });

  it('unmasks for a holder of keyperson.unmask only, audited', async () => {
    const before = await audits('key_person.unmask');
    const clear = await send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/unmask`, {});
    expect(clear.statusCode).toBe(200);
    expect(clear.json()).toEqual({ idNumber, phone: '13800001234', address: '双坪村1组8号' });
    expect(await audits('key_person.unmask')).toBe(before + 1);
    const aux = await send('aux', 'POST', `/api/v1/key-persons/${kp.lisi}/unmask`, {});
    expect(aux.statusCode).toBe(403);
    expect(await audits('key_person.unmask')).toBe(before + 1);
  });

  it('logs visits and moves the due day on', async () => {
    const visit = await send('aux', 'POST', `/api/v1/key-persons/${kp.lisi}/visits`, {
      method: 'home',
      findings: '在家务农，情绪稳定',
    });
    expect(visit.statusCode).toBe(201);
    expect(visit.json<KeyPersonVisit>()).toMatchObject({
      method: 'home',
      visitorUserId: users.aux,
      actions: ['photo'],
    });
    const record = (await get('aux', `/api/v1/key-persons/${kp.lisi}`)).json<KeyPersonDetail>();
    expect(record.lastVisitOn).toBe(visit.json<KeyPersonVisit>().visitedOn);
    const future = await send('aux', 'POST', `/api/v1/key-persons/${kp.lisi}/visits`, {
      method: 'phone',
      visitedAt: '2099-01-01T08:00:00+08:00',
    });
    expect(future.json().error.code).toBe('TIME_IN_FUTURE');
    const typo = await send('aux', 'POST', `/api/v1/key-persons/${kp.lisi}/visits`, {
      method: 'phone',
      visitedAt: '2001-01-01T08:00:00+08:00',
    });
    expect([typo.statusCode, typo.json().error.code]).toEqual([400, 'KEY_PERSON_VISIT_BEFORE_CONTROL']);
    const bad = await send('aux', 'POST', `/api/v1/key-persons/${kp.lisi}/visits`, { method: 'letter' });
    expect(bad.statusCode).toBe(400);
    expect(await countRows(t.deps, 'key_person_visits')).toBe(1);
  });

  it('changes a level only on approval by someone other than the requester', async () => {
    const asked = await send('chief', 'POST', `/api/v1/key-persons/${kp.zhang}/requests`, {
      kind: 'level',
      toLevel: 'medium',
      reason: '近三月表现稳定',
    });
    expect(asked.statusCode).toBe(201);
    const request = asked.json<KeyPersonDetail>().pendingRequest;
    expect(request).toMatchObject({ kind: 'level', fromLevel: 'high', toLevel: 'medium', actions: [] });
    const again = await send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/requests`, {
      kind: 'remove',
      reason: '再次申请',
    });
    expect(again.json().error.code).toBe('KEY_PERSON_REQUEST_PENDING');
    const url = `/api/v1/key-persons/${kp.zhang}/requests/${request?.id}/decision`;
    const self = await send('chief', 'POST', url, { decision: 'approve' });
    expect(self.json().error.code).toBe('KEY_PERSON_SELF_APPROVAL');
    expect(self.statusCode).toBe(403);
    const officer = await send('officer', 'POST', url, { decision: 'approve' });
    expect(officer.statusCode).toBe(403);
    expect((await get('zzb', `/api/v1/key-persons/${kp.zhang}`)).statusCode).toBe(404);
    const zzb = await send('zzb', 'POST', url, { decision: 'approve' });
    expect(zzb.statusCode).toBe(404);
    const seen = (await get('chief2', `/api/v1/key-persons/${kp.zhang}`)).json<KeyPersonDetail>();
    expect(seen.pendingRequest?.actions).toEqual(['approve', 'reject']);
    const approved = await send('chief2', 'POST', url, { decision: 'approve', note: '同意' });
    expect(approved.statusCode).toBe(200);
    const after = approved.json<KeyPersonDetail>();
    expect(after).toMatchObject({ level: 'medium', pendingRequest: null });
    expect(after.history[0]).toMatchObject({ state: 'approved', decidedBy: users.chief2, decisionNote: '同意' });
    const twice = await send('chief2', 'POST', url, { decision: 'reject' });
    expect(twice.json().error.code).toBe('KEY_PERSON_REQUEST_DECIDED');
  });

  it('refuses a visit to a removed key person and writes nothing', async () => {
    const asked = await send('officer', 'POST', `/api/v1/key-persons/${kp.lisi}/requests`, {
      kind: 'remove',
      reason: '刑满释放满五年，表现良好',
    });
    const requestId = asked.json<KeyPersonDetail>().pendingRequest?.id;
    const removed = await send('zzb', 'POST', `/api/v1/key-persons/${kp.lisi}/requests/${requestId}/decision`, {
      decision: 'approve',
    });
    expect(removed.json<KeyPersonDetail>()).toMatchObject({ status: 'removed', actions: ['unmask'] });
    const before = await countRows(t.deps, 'key_person_visits');
    const visit = await send('aux', 'POST', `/api/v1/key-persons/${kp.lisi}/visits`, { method: 'phone' });
    expect(visit.statusCode).toBe(409);
    expect(visit.json().error.code).toBe('KEY_PERSON_REMOVED');
    expect(await countRows(t.deps, 'key_person_visits')).toBe(before);
    expect((await get('aux', '/api/v1/key-persons')).json<Page<KeyPerson>>().items).toEqual([]);
    const removedList = (await get('aux', '/api/v1/key-persons?status=removed')).json<Page<KeyPerson>>();
    expect(removedList.items.map((item) => item.id)).toEqual([kp.lisi]);
  });

  it('keeps the visit plans as a town setting changed by keyperson.approve holders', async () => {
    const plans = (await get('officer', '/api/v1/key-persons/visit-plans')).json();
    expect(plans.plans).toEqual({ high: 'weekly', medium: 'monthly', low: 'quarterly' });
    expect(plans.editable).toBe(false);
    const refused = await send('officer', 'PUT', '/api/v1/key-persons/visit-plans', {
      plans: { high: 'weekly', medium: 'biweekly', low: 'quarterly' },
    });
    expect(refused.statusCode).toBe(403);
    const before = (await get('chief', `/api/v1/key-persons/${kp.zhang}`)).json<KeyPersonDetail>();
    const changed = await send('zzb', 'PUT', '/api/v1/key-persons/visit-plans', {
      plans: { high: 'weekly', medium: 'biweekly', low: 'quarterly' },
    });
    expect(changed.statusCode).toBe(200);
    const after = (await get('chief', `/api/v1/key-persons/${kp.zhang}`)).json<KeyPersonDetail>();
    expect(after.nextVisitDue).not.toBe(before.nextVisitDue);
    expect(after.nextVisitDue && before.nextVisitDue && after.nextVisitDue < before.nextVisitDue).toBe(true);
  });

  it('counts a group in the monthly report only for a reader of that group across the town', async () => {
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const keysOf = async (who: string) => {
      const res = await get(who, `/api/v1/reports/monthly?month=${month}`);
      expect(res.statusCode, res.body).toBe(200);
      const section = res.json().sections.find((one: { key: string }) => one.key === 'key_persons');
      return (section.figures as { key: string; value: number }[]).map((figure) => `${figure.key}=${figure.value}`);
    };
    expect(await keysOf('chief')).toEqual([
      'key_persons.police.active=1',
      'key_persons.police.visits=0',
      'key_persons.police.overdue=0',
      'key_persons.governance.active=1',
      'key_persons.governance.visits=1',
      'key_persons.governance.overdue=0',
    ]);
    expect(await keysOf('zzb')).toEqual([
      'key_persons.governance.active=1',
      'key_persons.governance.visits=1',
      'key_persons.governance.overdue=0',
    ]);
    // The district officer reads key persons of his district only: no town totals.
    expect(await keysOf('officer')).toEqual([]);
  });

  it('reminds the responsible staff of an overdue visit at most once a day, naming no one', async () => {
    const row = await t.deps.db
      .selectFrom('key_persons')
      .select('next_visit_due')
      .where('id', '=', kp.zhang)
      .executeTakeFirstOrThrow();
    const dayAfter = new Date(`${row.next_visit_due}T12:00:00+08:00`);
    dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
    expect(await runKeyPersonReminders(t.deps, new Date(`${row.next_visit_due}T12:00:00+08:00`))).toBe(0);
    const first = await runKeyPersonReminders(t.deps, dayAfter);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await runKeyPersonReminders(t.deps, new Date(dayAfter.getTime() + 3_600_000))).toBe(0);
    const notes = await t.deps.db.selectFrom('notifications').selectAll().where('target_id', '=', kp.zhang).execute();
    // 王辅警 is the village auxiliary but does not hold the police group: a reminder would tell him the record exists.
    expect(notes.map((note) => note.user_id)).toEqual([users.officer]);
    expect(JSON.stringify(notes)).not.toContain('张三');
    const home = await t.app.inject({ method: 'GET', url: '/api/v1/home/today', headers: s.officer?.headers() });
    const overdue = home.json().groups.find((group: { key: string }) => group.key === 'key_person_visit_overdue');
    expect(overdue).toMatchObject({ total: 0, list: { path: '/key-persons', query: { overdue: 'true' } } });
    await t.deps.db
      .updateTable('key_persons')
      .set({ next_visit_due: '2026-01-01' })
      .where('id', '=', kp.zhang)
      .execute();
    const late = await t.app.inject({ method: 'GET', url: '/api/v1/home/today', headers: s.officer?.headers() });
    const group = late.json().groups.find((g: { key: string }) => g.key === 'key_person_visit_overdue');
    expect(group.total).toBe(1);
    expect(group.items[0]).toMatchObject({ id: kp.zhang, badges: ['overdue'], link: `/key-persons/${kp.zhang}` });
    expect(JSON.stringify(group)).not.toContain('张三');
    const auxHome = await t.app.inject({ method: 'GET', url: '/api/v1/home/today', headers: s.aux?.headers() });
    const auxGroup = auxHome.json().groups.find((g: { key: string }) => g.key === 'key_person_visit_overdue');
    expect(auxGroup.total).toBe(0);
    const cadreHome = await t.app.inject({ method: 'GET', url: '/api/v1/home/today', headers: s.cadre?.headers() });
    expect(cadreHome.json().groups.some((g: { key: string }) => g.key === 'key_person_visit_overdue')).toBe(false);
    const nextDay = new Date(dayAfter.getTime() + 24 * 3_600_000);
    expect(await runKeyPersonReminders(t.deps, nextDay)).toBe(first);
  });
  it('answers a person of another town living outside any village exactly as an unknown person', async () => {
    const otherTown = await seedOtherTown(t.deps, town);
    const row = newPersonRow(t.deps.cipher, {
      townId: otherTown.id,
      jurisdictionId: otherTown.id,
      name: '外镇人',
      kind: 'resident',
    });
    await insertPersonRow(t.deps.db, row);
    const body = (personId: string) => ({ personId, category: 'drugs', level: 'low' });
    const other = await send('chief', 'POST', '/api/v1/key-persons', body(row.id));
    const unknown = await send('chief', 'POST', '/api/v1/key-persons', body(MISSING));
    expect([other.statusCode, other.json().error.code]).toEqual([unknown.statusCode, unknown.json().error.code]);
  });

  it('of two approvals of one request at once, exactly one wins and the other is refused with a code', async () => {
    const asked = await send('chief', 'POST', `/api/v1/key-persons/${kp.zhang}/requests`, {
      kind: 'level',
      toLevel: 'low',
      reason: '稳定',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const url = `/api/v1/key-persons/${kp.zhang}/requests/${asked.json<KeyPersonDetail>().pendingRequest?.id}/decision`;
    const answers = await Promise.all([
      send('chief2', 'POST', url, { decision: 'approve' }),
      send('chief2', 'POST', url, { decision: 'reject' }),
    ]);
    const codes = answers.map((res) => (res.statusCode === 200 ? 200 : `${res.statusCode} ${res.json().error?.code}`));
    expect(codes.sort()).toEqual([200, '409 KEY_PERSON_REQUEST_DECIDED'].sort());
  });

  it('keeps the latest day of two visits logged at once, and refuses a photo that is not an image', async () => {
    // Placed under control a month ago, so that visits of the past days may be logged.
    await t.deps.db
      .updateTable('key_persons')
      .set({ since: shanghaiDate(new Date(Date.now() - 30 * 86_400_000)) })
      .where('id', '=', kp.zhang)
      .execute();
    const at = (day: number) => {
      const d = new Date(Date.now() - day * 86_400_000);
      return d.toISOString();
    };
    const answers = await Promise.all([
      send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/visits`, { method: 'home', visitedAt: at(0) }),
      send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/visits`, { method: 'phone', visitedAt: at(5) }),
    ]);
    expect(answers.map((res) => res.statusCode)).toEqual([201, 201]);
    const record = (await get('officer', `/api/v1/key-persons/${kp.zhang}`)).json<KeyPersonDetail>();
    expect(record.lastVisitOn).toBe(answers[0]?.json<KeyPersonVisit>().visitedOn);
    const visitId = answers[0]?.json<KeyPersonVisit>().id;
    const before = await countRows(t.deps, 'key_person_visit_photos');
    const pdf = multipart(PDF, { filename: 'photo.jpg', contentType: 'image/jpeg' });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/key-person-visits/${visitId}/photos`,
      headers: { ...s.officer?.headers(), ...pdf.headers },
      payload: pdf.payload,
    });
    expect(refused.statusCode).toBeGreaterThanOrEqual(400);
    expect(refused.statusCode).toBeLessThan(500);
    expect(await countRows(t.deps, 'key_person_visit_photos')).toBe(before);
    const png = multipart(PNG, { filename: 'photo.png', contentType: 'image/png' });
    const other = await t.app.inject({
      method: 'POST',
      url: `/api/v1/key-person-visits/${visitId}/photos`,
      headers: { ...s.aux?.headers(), ...png.headers },
      payload: png.payload,
    });
    const missing = await t.app.inject({
      method: 'POST',
      url: `/api/v1/key-person-visits/${MISSING}/photos`,
      headers: { ...s.aux?.headers(), ...png.headers },
      payload: png.payload,
    });
    expect([other.statusCode, other.body]).toEqual([missing.statusCode, missing.body]);
    const huge = await send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/visits`, {
      method: 'home',
      findings: 'x'.repeat(100_000),
    });
    expect([huge.statusCode, huge.json().error.code]).toEqual([400, 'VALIDATION_FAILED']);
  });
  it('counts a visit for its Beijing day: 23:59 for that day, 00:01 for the next', async () => {
    const day = shanghaiDate(new Date(Date.now() - 3 * 86_400_000));
    const late = await send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/visits`, {
      method: 'phone',
      visitedAt: `${day}T23:59:00+08:00`,
    });
    expect(late.json<KeyPersonVisit>().visitedOn).toBe(day);
    const early = await send('officer', 'POST', `/api/v1/key-persons/${kp.zhang}/visits`, {
      method: 'phone',
      visitedAt: `${day}T16:01:00Z`,
    });
    expect(early.json<KeyPersonVisit>().visitedOn).toBe(addDays(day, 1));
  });
});
