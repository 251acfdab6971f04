import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, seedSmallTown, TEST_PASSWORD } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const NEW_PASSWORD = 'Taken#Over2027';

/** 三权分立 on the account routes: who may manage whose account (packages/domain accounts/account-management.ts). */
describe.each(testDialects())('who manages whose account on %s', (dialect) => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let sys: Session;
  let sec: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const town = await seedSmallTown(t.deps);
    const accounts = [
      ['sys', 'sysadmin', town.county.id],
      ['sys2', 'sysadmin', town.county.id],
      ['sec', 'secadmin', town.county.id],
      ['sec2', 'secadmin', town.county.id],
      ['aud', 'auditor', town.county.id],
      ['officer', 'officer', town.district1.id],
      ['patrol', 'patrol', town.town.id],
    ] as const;
    for (const [username, role, jurisdictionId] of accounts) {
      ids[username] = (await createAccount(t.deps, username, role, jurisdictionId)).id;
    }
    sys = await loginAs(t.app, 'sys');
    sec = await loginAs(t.app, 'sec');
  });
  afterAll(async () => t.close());

  const reset = (s: Session, username: string) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${ids[username]}/password-reset`,
      headers: s.headers(),
      payload: { newPassword: NEW_PASSWORD },
    });
  const patch = (s: Session, username: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/users/${ids[username]}`, headers: s.headers(), payload });
  const passwordHash = async (username: string) =>
    (
      await t.deps.db
        .selectFrom('users')
        .select('password_hash')
        .where('username', '=', username)
        .executeTakeFirstOrThrow()
    ).password_hash;

  it('refuses the system administrator the security administrator’s password, so he cannot log in as them', async () => {
    const before = await passwordHash('sec2');
    const res = await reset(sys, 'sec2');
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'FORBIDDEN']);
    expect(await passwordHash('sec2')).toBe(before);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'sec2', password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(401);
    const audits = await t.deps.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'user.password_reset')
      .execute();
    expect(audits).toEqual([]);
  });

  it('refuses the system administrator every administrator account: reset, disable, enable, edit', async () => {
    const refused: string[] = [];
    for (const target of ['sys2', 'sec2', 'aud']) {
      for (const res of [
        await reset(sys, target),
        await patch(sys, target, { status: 'disabled' }),
        await patch(sys, target, { status: 'active' }),
        await patch(sys, target, { displayName: '改名' }),
      ]) {
        refused.push(`${target} ${res.statusCode} ${res.json().error?.code}`);
      }
    }
    expect(refused).toEqual(['sys2', 'sec2', 'aud'].flatMap((target) => Array(4).fill(`${target} 403 FORBIDDEN`)));
    const statuses = await t.deps.db.selectFrom('users').select(['username', 'status', 'display_name']).execute();
    for (const row of statuses) expect([row.status, row.display_name]).toEqual(['active', row.username]);
  });

  it('lets the system administrator reset, disable, enable and edit ordinary accounts', async () => {
    expect((await reset(sys, 'patrol')).statusCode).toBe(204);
    expect((await patch(sys, 'patrol', { displayName: '巡逻队员甲' })).statusCode).toBe(200);
    const disabled = await patch(sys, 'patrol', { status: 'disabled' });
    expect([disabled.statusCode, disabled.json().status]).toEqual([200, 'disabled']);
    expect((await patch(sys, 'patrol', { status: 'active' })).json().status).toBe('active');
  });

  it('lets the security administrator alone manage the administrators’ accounts, and not ordinary ones', async () => {
    expect((await reset(sec, 'aud')).statusCode).toBe(204);
    expect((await patch(sec, 'aud', { status: 'disabled' })).json().status).toBe('disabled');
    expect((await patch(sec, 'aud', { status: 'active' })).json().status).toBe('active');
    expect((await reset(sec, 'sys2')).statusCode).toBe(204);
    expect((await patch(sec, 'sec2', { displayName: '安全员乙' })).statusCode).toBe(200);
    const ordinary = await reset(sec, 'officer');
    expect([ordinary.statusCode, ordinary.json().error.code]).toEqual([403, 'FORBIDDEN']);
    const disable = await patch(sec, 'officer', { status: 'disabled' });
    expect([disable.statusCode, disable.json().error.code]).toEqual([403, 'FORBIDDEN']);
  });

  it('lets nobody change their own roles, status or password through the account routes', async () => {
    const self = await loginAs(t.app, 'sec2', TEST_PASSWORD);
    const answers = [
      await reset(sec, 'sec'),
      await patch(sec, 'sec', { status: 'disabled' }),
      await t.app.inject({
        method: 'PUT',
        url: `/api/v1/users/${ids.sec}/roles`,
        headers: sec.headers(),
        payload: { roles: [{ role: 'auditor', jurisdictionId: (await grantOf('sec')).jurisdiction_id }] },
      }),
      await t.app.inject({ method: 'POST', url: `/api/v1/users/${ids.sec}/unlock`, headers: sec.headers() }),
      await reset(sys, 'sys'),
      await patch(sys, 'sys', { status: 'disabled' }),
      await reset(self, 'sec2'),
    ];
    expect(answers.map((res) => `${res.statusCode} ${res.json().error?.code}`)).toEqual(
      Array(answers.length).fill('403 FORBIDDEN'),
    );
    expect((await patch(sec, 'sec', { displayName: '安全员' })).statusCode).toBe(200);
  });

  it('lists on each account only the actions its viewer may take', async () => {
    const actionsSeenBy = async (s: Session) => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/users?limit=200', headers: s.headers() });
      return Object.fromEntries(
        (res.json().items as { username: string; actions: string[] }[]).map((u) => [u.username, u.actions]),
      );
    };
    const bySys = await actionsSeenBy(sys);
    expect(bySys.patrol).toEqual(['update', 'disable', 'reset_password']);
    for (const admin of ['sys', 'sys2', 'sec', 'sec2', 'aud']) expect(bySys[admin], admin).toEqual([]);
    const bySec = await actionsSeenBy(sec);
    expect(bySec.patrol).toEqual(['set_roles']);
    expect(bySec.aud).toEqual(['update', 'disable', 'reset_password', 'set_roles']);
    expect(bySec.sec).toEqual(['update']);
  });

  async function grantOf(username: string) {
    return t.deps.db
      .selectFrom('user_roles')
      .select('jurisdiction_id')
      .where('user_id', '=', ids[username] ?? '')
      .executeTakeFirstOrThrow();
  }
});
