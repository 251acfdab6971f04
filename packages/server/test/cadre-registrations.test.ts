import type { CadreCode, CadreRegistration, Hazard, Page } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertHazardRows } from '../src/modules/hazards/hazards.repository';
import { nowIso } from '../src/platform/ids';
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
import { hazardRow } from './support/hazard-rows';
import { createTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'Cadre@2026x';

describe.each(testDialects())('cadre self-registration on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherVillage: JurisdictionRow;
  let chief: Session;
  let officer: Session;
  let otherChief: Session;
  let aux: Session;

  const send = (s: Session | null, url: string, payload?: object) =>
    t.app.inject({ method: 'POST', url, headers: s ? s.headers() : {}, ...(payload ? { payload } : {}) });
  const get = (s: Session | null, url: string) => t.app.inject({ method: 'GET', url, headers: s ? s.headers() : {} });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

  /** Issues a code for a village and reads its text back from the print sheet, as a cadre scanning it would. */
  async function issue(villageId = town.shuangping.id): Promise<{ code: CadreCode; text: string }> {
    const created = await send(chief, '/api/v1/cadre-codes', { villageId });
    expect(created.statusCode).toBe(201);
    const code = created.json() as CadreCode;
    const sheet = await get(chief, `/api/v1/cadre-codes/${code.id}/print`);
    expect(sheet.statusCode).toBe(200);
    const text = /\/register\/cadre\/([A-Za-z0-9_-]+)/.exec(sheet.body)?.[1];
    if (!text) throw new Error('no link on the sheet');
    return { code, text };
  }

  let counter = 0;
  function registration(text: string, villageId = town.shuangping.id, overrides: object = {}) {
    counter += 1;
    return {
      code: text,
      villageId,
      displayName: '张村委',
      phone: '13912345678',
      position: 'committee_director',
      username: `cadre${counter}`,
      password: PASSWORD,
      ...overrides,
    };
  }

  beforeAll(async () => {
    t = await createTestApp(dialect, { loginRateLimit: 1000 });
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    otherVillage = await seedOtherVillage(t.deps, otherTown);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    // On his district, as the station's officers often are: cadre.approve still reaches the whole town.
    await createAccount(t.deps, 'officer', 'officer', town.district2.id);
    await createAccount(t.deps, 'otherchief', 'chief', otherTown.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    otherChief = await loginAs(t.app, 'otherchief');
    aux = await loginAs(t.app, 'aux');
  });
  afterAll(() => t?.close());

  it('registers into a pending account, refuses its login, and after approval lets it in scoped to its village', async () => {
    const { code, text } = await issue();
    expect(code).toMatchObject({ villageName: '双坪村', state: 'active', actions: ['print', 'revoke'] });
    const place = await get(null, `/api/v1/cadre-registration/${text}`);
    expect(place.json()).toEqual({ townName: '马良镇', villageId: town.shuangping.id, villageName: '双坪村' });

    const body = registration(text);
    const created = await send(null, '/api/v1/cadre-registrations', body);
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    const user = await t.deps.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', body.username)
      .executeTakeFirstOrThrow();
    expect(user.status).toBe('pending');
    const grants = await t.deps.db.selectFrom('user_roles').selectAll().where('user_id', '=', user.id).execute();
    expect(grants.map((g) => [g.role, g.jurisdiction_id])).toEqual([['village_cadre', town.shuangping.id]]);
    const stored = await t.deps.db
      .selectFrom('cadre_registrations')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.phone_enc).not.toContain('13912345678');
    expect(stored.phone_bidx).toBe(t.deps.cipher.blindIndex('13912345678'));

    // The right password says "pending"; a wrong one says what any wrong password says.
    const pending = await send(null, '/api/v1/auth/login', { username: body.username, password: PASSWORD });
    expect([pending.statusCode, pending.json().error.code]).toEqual([403, 'ACCOUNT_PENDING']);
    const wrong = await send(null, '/api/v1/auth/login', { username: body.username, password: 'Wrong@2026x' });
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'INVALID_CREDENTIALS']);

    const list = (await get(chief, '/api/v1/cadre-registrations?status=pending')).json() as Page<CadreRegistration>;
    const listed = list.items.find((r) => r.id === id);
    expect(listed).toMatchObject({ phoneMasked: '139****5678', status: 'pending', actions: ['approve', 'refuse'] });
    expect(JSON.stringify(list)).not.toContain('13912345678');

    const approved = await send(officer, `/api/v1/cadre-registrations/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'approved', decidedByName: 'officer', actions: [] });
    expect((await audits('cadre.registration.approve')).map((a) => a.target_id)).toContain(id);

    const cadre = await loginAs(t.app, body.username, PASSWORD);
    const me = (await get(cadre, '/api/v1/auth/me')).json() as { roles: { role: string; jurisdictionId: string }[] };
    expect(me.roles).toEqual([expect.objectContaining({ role: 'village_cadre', jurisdictionId: town.shuangping.id })]);
    // The grant reaches its own village's hazards only.
    const mine = hazardRow(town.shuangping, nowIso(), { title: '双坪村隐患' });
    const theirs = hazardRow(town.duanjiang, nowIso(), { title: '段江村隐患' });
    await insertHazardRows(t.deps.db, [mine, theirs]);
    const hazards = (await get(cadre, '/api/v1/hazards')).json() as Page<Hazard>;
    expect(hazards.items.map((h) => h.id)).toEqual([mine.id]);
    expect((await get(cadre, `/api/v1/hazards/${theirs.id}`)).statusCode).toBe(404);
  });

  it('refuses a code of another village, and writes nothing', async () => {
    const { text } = await issue(town.shuangping.id);
    const [users, registrations] = [await countRows(t.deps, 'users'), await countRows(t.deps, 'cadre_registrations')];
    const res = await send(null, '/api/v1/cadre-registrations', registration(text, town.nanya.id));
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'CADRE_CODE_WRONG_VILLAGE']);
    expect(await countRows(t.deps, 'users')).toBe(users);
    expect(await countRows(t.deps, 'cadre_registrations')).toBe(registrations);
  });

  it('refuses forged, revoked and expired codes with their codes', async () => {
    const forged = 'A'.repeat(24);
    const place = await get(null, `/api/v1/cadre-registration/${forged}`);
    expect([place.statusCode, place.json().error.code]).toEqual([404, 'CADRE_CODE_INVALID']);
    const res = await send(null, '/api/v1/cadre-registrations', registration(forged));
    expect([res.statusCode, res.json().error.code]).toEqual([404, 'CADRE_CODE_INVALID']);

    const revoked = await issue();
    const revoke = await send(chief, `/api/v1/cadre-codes/${revoked.code.id}/revoke`);
    expect(revoke.json()).toMatchObject({ state: 'revoked', actions: [] });
    const afterRevoke = await send(null, '/api/v1/cadre-registrations', registration(revoked.text));
    expect([afterRevoke.statusCode, afterRevoke.json().error.code]).toEqual([404, 'CADRE_CODE_INVALID']);
    expect((await audits('cadre.code.revoke')).map((a) => a.target_id)).toContain(revoked.code.id);

    const expired = await issue();
    await t.deps.db
      .updateTable('cadre_codes')
      .set({ expires_at: '2020-01-01T00:00:00.000Z' })
      .where('id', '=', expired.code.id)
      .execute();
    const afterExpiry = await send(null, '/api/v1/cadre-registrations', registration(expired.text));
    expect([afterExpiry.statusCode, afterExpiry.json().error.code]).toEqual([410, 'CADRE_CODE_EXPIRED']);
    expect((await get(null, `/api/v1/cadre-registration/${expired.text}`)).statusCode).toBe(410);
    expect((await get(chief, `/api/v1/cadre-codes/${expired.code.id}/print`)).statusCode).toBe(410);
    const listed = (await get(chief, '/api/v1/cadre-codes?state=expired')).json() as Page<CadreCode>;
    expect(listed.items.map((c) => c.id)).toEqual([expired.code.id]);
  });

  it('refuses a taken username, a bad phone and a weak password, writing nothing', async () => {
    const { text } = await issue();
    const registrations = await countRows(t.deps, 'cadre_registrations');
    const taken = await send(null, '/api/v1/cadre-registrations', registration(text, undefined, { username: 'chief' }));
    expect([taken.statusCode, taken.json().error.code]).toEqual([409, 'USERNAME_TAKEN']);
    const phone = await send(null, '/api/v1/cadre-registrations', registration(text, undefined, { phone: '1234567' }));
    expect([phone.statusCode, phone.json().error.code]).toEqual([400, 'INVALID_MOBILE']);
    const weak = await send(null, '/api/v1/cadre-registrations', registration(text, undefined, { password: 'abc' }));
    expect([weak.statusCode, weak.json().error.code]).toEqual([400, 'WEAK_PASSWORD']);
    expect(await countRows(t.deps, 'cadre_registrations')).toBe(registrations);
  });

  it('decides a registration once, even when two approvals race', async () => {
    const { text } = await issue();
    const { id } = (await send(null, '/api/v1/cadre-registrations', registration(text))).json() as { id: string };
    const results = await Promise.all([
      send(chief, `/api/v1/cadre-registrations/${id}/approve`),
      send(officer, `/api/v1/cadre-registrations/${id}/approve`),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(results.find((r) => r.statusCode === 409)?.json().error.code).toBe('CADRE_REGISTRATION_DECIDED');
    const refuse = await send(chief, `/api/v1/cadre-registrations/${id}/refuse`, { reason: '重复申请' });
    expect(refuse.statusCode).toBe(409);
    expect((await audits('cadre.registration.approve')).filter((a) => a.target_id === id)).toHaveLength(1);
  });

  it('refuses a registration with its reason: the account stays unusable and loses its grant', async () => {
    const { text } = await issue();
    const body = registration(text);
    const { id } = (await send(null, '/api/v1/cadre-registrations', body)).json() as { id: string };
    const refused = await send(chief, `/api/v1/cadre-registrations/${id}/refuse`, { reason: '非本村干部' });
    expect(refused.json()).toMatchObject({ status: 'refused', refusalReason: '非本村干部' });
    const user = await t.deps.db
      .selectFrom('users')
      .selectAll()
      .where('username', '=', body.username)
      .executeTakeFirstOrThrow();
    expect(user.status).toBe('disabled');
    expect(await t.deps.db.selectFrom('user_roles').selectAll().where('user_id', '=', user.id).execute()).toEqual([]);
    const login = await send(null, '/api/v1/auth/login', { username: body.username, password: PASSWORD });
    expect(login.json().error.code).toBe('ACCOUNT_DISABLED');
    expect((await audits('cadre.registration.refuse')).map((a) => a.target_id)).toContain(id);
  });

  it('records the registration in the audit trail and tells the station’s approvers', async () => {
    const { text } = await issue();
    const { id } = (await send(null, '/api/v1/cadre-registrations', registration(text))).json() as { id: string };
    const [row] = (await audits('cadre.registration.create')).filter((a) => a.target_id === id);
    expect(row).toMatchObject({ username: 'cadre-registration', user_id: null });
    expect(row?.detail).not.toContain('13912345678');
    const notified = await t.deps.db
      .selectFrom('notifications as n')
      .innerJoin('users as u', 'u.id', 'n.user_id')
      .select('u.username')
      .where('n.kind', '=', 'cadre_registration.pending')
      .where('n.target_id', '=', id)
      .orderBy('u.username')
      .execute();
    expect(notified.map((n) => n.username)).toEqual(['chief', 'officer']);
    expect((await audits('cadre.code.create')).length).toBeGreaterThan(0);
    expect((await audits('cadre.code.print')).length).toBeGreaterThan(0);
  });

  it('keeps codes and registrations inside the station’s town, and a pending account out of the users module', async () => {
    const { code, text } = await issue();
    const { id } = (await send(null, '/api/v1/cadre-registrations', registration(text))).json() as { id: string };
    expect((await send(otherChief, `/api/v1/cadre-registrations/${id}/approve`)).statusCode).toBe(404);
    expect((await send(otherChief, `/api/v1/cadre-codes/${code.id}/revoke`)).statusCode).toBe(404);
    expect((await get(otherChief, `/api/v1/cadre-codes/${code.id}/print`)).statusCode).toBe(404);
    const otherList = (await get(otherChief, '/api/v1/cadre-registrations')).json() as Page<CadreRegistration>;
    expect(otherList.items).toEqual([]);
    const outside = await send(chief, '/api/v1/cadre-codes', { villageId: otherVillage.id });
    expect([outside.statusCode, outside.json().error.code]).toEqual([404, 'CADRE_VILLAGE_NOT_FOUND']);
    const notVillage = await send(chief, '/api/v1/cadre-codes', { villageId: town.district1.id });
    expect(notVillage.statusCode).toBe(404);
    expect((await get(aux, '/api/v1/cadre-registrations')).statusCode).toBe(403);
    expect((await send(aux, '/api/v1/cadre-codes', { villageId: town.shuangping.id })).statusCode).toBe(403);

    await createAccount(t.deps, 'sysadmin', 'sysadmin', town.county.id);
    const sys = await loginAs(t.app, 'sysadmin');
    const pendingUser = await t.deps.db
      .selectFrom('cadre_registrations')
      .select('user_id')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const enable = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${pendingUser.user_id}`,
      headers: sys.headers(),
      payload: { status: 'active' },
    });
    expect([enable.statusCode, enable.json().error.code]).toEqual([403, 'ACCOUNT_PENDING']);
    const makePending = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/users/${pendingUser.user_id}`,
      headers: sys.headers(),
      payload: { status: 'pending' },
    });
    expect(makePending.statusCode).toBe(400);
    const user = (await get(sys, `/api/v1/users/${pendingUser.user_id}`)).json() as {
      status: string;
      actions: string[];
    };
    expect(user.status).toBe('pending');
    expect(user.actions).not.toContain('enable');
  });

  it('exports the registrations with phones masked and the codes without their text, each in one audit row', async () => {
    const { text } = await issue();
    await send(null, '/api/v1/cadre-registrations', registration(text, undefined, { phone: '13712340000' }));
    const res = await get(chief, '/api/v1/cadre-registrations/export.xlsx?status=pending');
    expect(res.statusCode, res.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const phones: string[] = [];
    workbook.getWorksheet('村干部注册申请')?.eachRow((row, index) => {
      if (index > 1) phones.push(String(row.getCell(4).value));
    });
    expect(phones).toContain('137****0000');
    expect(phones.join()).not.toContain('13712340000');
    const pending = await t.deps.db
      .selectFrom('cadre_registrations')
      .where('status', '=', 'pending')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(phones).toHaveLength(Number(pending.n));
    const [exported] = await audits('cadre.registration.export');
    expect(JSON.parse(exported?.detail ?? '{}')).toMatchObject({ count: phones.length, clear: 0 });

    const codes = await get(officer, '/api/v1/cadre-codes/export.xlsx');
    expect(codes.statusCode).toBe(200);
    const codeBook = new ExcelJS.Workbook();
    await codeBook.xlsx.load(codes.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    codeBook.getWorksheet('村干部注册码')?.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.value));
      });
    });
    expect(cells).toContain('双坪村');
    expect(cells.join()).not.toContain(text);
    expect(await audits('cadre.code.export')).toHaveLength(1);
    expect((await get(aux, '/api/v1/cadre-registrations/export.xlsx')).statusCode).toBe(403);
  });
});
