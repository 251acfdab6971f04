import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearFailedLogins } from '../src/platform/auth/accounts.repository';
import { totpNow } from '../src/platform/auth/mfa';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type SmallTown, seedSmallTown, TEST_PASSWORD } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('accounts and sessions on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { FENGQIAO_LOCKOUT_THRESHOLD: '3', FENGQIAO_LOGIN_RATE_LIMIT: '1000' });
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'locky', 'officer', town.district1.id);
    await createAccount(t.deps, 'sys', 'sysadmin', town.county.id);
    await createAccount(t.deps, 'sec', 'secadmin', town.county.id);
    await createAccount(t.deps, 'mfa', 'chief', town.town.id);
    await createAccount(t.deps, 'guesser', 'officer', town.district1.id);
    await createAccount(t.deps, 'mover', 'officer', town.district2.id);
  });
  afterAll(async () => t.close());

  it('stores passwords as argon2id hashes', async () => {
    const row = await t.deps.db
      .selectFrom('users')
      .select('password_hash')
      .where('username', '=', 'chief')
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$')).toBe(true);
  });

  it('logs in, returns me with permissions and a CSRF token, and sets an httpOnly SameSite cookie', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chief', password: TEST_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'fq_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const me = res.json();
    expect(me.username).toBe('chief');
    expect(me.permissions).toContain('person.unmask');
    expect(me.csrfToken.length).toBeGreaterThan(20);
    const again = await t.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: `fq_session=${cookie?.value}` },
    });
    expect(again.json().username).toBe('chief');
  });

  it('answers a wrong password and an unknown user alike, with both messages', async () => {
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chief', password: 'Nope@12345' },
    });
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'nobody', password: 'Nope@12345' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.json().error.messageZh).toBe('用户名或密码错误');
  });

  it('locks an account after the configured number of failures, even for the right password', async () => {
    const attempt = (password: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'locky', password } });
    expect((await attempt('Bad@123456')).statusCode).toBe(401);
    expect((await attempt('Bad@123456')).statusCode).toBe(401);
    const third = await attempt('Bad@123456');
    expect(third.statusCode).toBe(423);
    expect(third.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(third.json().error.details.lockedUntil).toBeTruthy();
    const right = await attempt(TEST_PASSWORD);
    expect(right.statusCode).toBe(423);

    const sec = await loginAs(t.app, 'sec');
    const user = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'locky')
      .executeTakeFirstOrThrow();
    const unlock = await t.app.inject({
      method: 'POST',
      url: `/api/v1/users/${user.id}/unlock`,
      headers: sec.headers(),
    });
    expect(unlock.statusCode).toBe(200);
    expect((await attempt(TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses state changes without the CSRF token, or with a forged one', async () => {
    const s = await loginAs(t.app, 'chief');
    const missing = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_INVALID');
    const forged = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': 'forged-token-forged-token-xx' },
    });
    expect(forged.json().error.code).toBe('CSRF_INVALID');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(me.statusCode).toBe(200);
  });

  it('expires an idle session with SESSION_EXPIRED and deletes it', async () => {
    const s = await loginAs(t.app, 'chief');
    const stale = new Date(Date.now() - (t.config.session.idleMinutes + 1) * 60_000).toISOString();
    await t.deps.db.updateTable('sessions').set({ last_seen_at: stale }).execute();
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: s.cookie } });
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('logs out everywhere', async () => {
    const a = await loginAs(t.app, 'chief');
    const b = await loginAs(t.app, 'chief');
    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout-all', headers: a.headers() });
    expect(out.statusCode).toBe(204);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: b.cookie } });
    expect(res.statusCode).toBe(401);
  });

  it('forces a password change after 90 days and enforces the policy', async () => {
    const old = new Date(Date.now() - 91 * 86_400_000).toISOString();
    await t.deps.db.updateTable('users').set({ password_changed_at: old }).where('username', '=', 'chief').execute();
    const s = await loginAs(t.app, 'chief');
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/jurisdictions', headers: s.headers() });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: s.headers() });
    expect(me.json().mustChangePassword).toBe(true);
    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: s.headers(),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'password' },
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.code).toBe('WEAK_PASSWORD');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: s.headers(),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Better#Pass2027' },
    });
    expect(ok.statusCode).toBe(204);
    const open = await t.app.inject({ method: 'GET', url: '/api/v1/jurisdictions', headers: s.headers() });
    expect(open.statusCode).toBe(200);
  });

  it('counts wrong current passwords on the change-password route like failed logins, and locks', async () => {
    const s = await loginAs(t.app, 'guesser');
    const change = (currentPassword: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: s.headers(),
        payload: { currentPassword, newPassword: 'Better#Pass2027' },
      });
    const codes = [];
    for (const guess of ['Guess@00001', 'Guess@00002', 'Guess@00003'])
      codes.push((await change(guess)).json().error.code);
    expect(codes).toEqual(['INVALID_CREDENTIALS', 'INVALID_CREDENTIALS', 'ACCOUNT_LOCKED']);
    const right = await change(TEST_PASSWORD);
    expect([right.statusCode, right.json().error.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'guesser', password: TEST_PASSWORD },
    });
    expect([login.statusCode, login.json().error.code]).toEqual([423, 'ACCOUNT_LOCKED']);
    const failures = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'auth.password_change')
      .where('outcome', '=', 'failure')
      .where('username', '=', 'guesser')
      .execute();
    expect(failures.map((row) => JSON.parse(row.detail ?? '{}').reason).sort()).toEqual([
      'bad_current',
      'bad_current',
      'bad_current',
      'locked',
    ]);
  });

  it('ends the other sessions when a password is changed, and keeps the one that changed it', async () => {
    const here = await loginAs(t.app, 'mover');
    const elsewhere = await loginAs(t.app, 'mover');
    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: here.headers(),
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'Moved#Pass2027' },
    });
    expect(ok.statusCode).toBe(204);
    const me = (session: { cookie: string }) =>
      t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: session.cookie } });
    expect((await me(here)).statusCode).toBe(200);
    expect([(await me(elsewhere)).statusCode, (await me(elsewhere)).json().error.code]).toEqual([
      401,
      'UNAUTHENTICATED',
    ]);
  });

  it('enrols TOTP with a QR code and recovery codes, then requires it at login', async () => {
    const s = await loginAs(t.app, 'mfa');
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrol',
      headers: s.headers(),
      payload: { password: TEST_PASSWORD },
    });
    expect(enrol.statusCode).toBe(200);
    const { secret, qrDataUrl, otpauthUrl } = enrol.json();
    expect(qrDataUrl.startsWith('data:image/png;base64,')).toBe(true);
    expect(otpauthUrl).toContain('otpauth://totp/');
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: s.headers(),
      payload: { code: '000000' },
    });
    expect(bad.json().error.code).toBe('MFA_INVALID');
    const verify = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: s.headers(),
      payload: { code: totpNow(secret) },
    });
    expect(verify.statusCode).toBe(200);
    const { recoveryCodes } = verify.json();
    expect(recoveryCodes).toHaveLength(10);

    const login = (extra: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'mfa', password: TEST_PASSWORD, ...extra },
      });
    expect((await login({})).json().error.code).toBe('MFA_REQUIRED');
    expect((await login({ totp: '123456' })).json().error.code).toBe('MFA_INVALID');
    expect((await login({ totp: totpNow(secret) })).statusCode).toBe(200);
    expect((await login({ recoveryCode: recoveryCodes[0] })).statusCode).toBe(200);
    expect((await login({ recoveryCode: recoveryCodes[0] })).json().error.code).toBe('MFA_INVALID');
  });

  it('starts TOTP set-up only for a body with the current password, which counts like a login', async () => {
    await createAccount(t.deps, 'enroller', 'officer', town.district1.id);
    const s = await loginAs(t.app, 'enroller');
    const enrol = (payload: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa/enrol',
        headers: s.headers({ 'content-type': 'application/json' }),
        payload,
      });
    for (const body of ['null', '[]', '"x"', '{}', '{"password":42}']) {
      const res = await enrol(body);
      expect([res.statusCode, res.json().error.code], body).toEqual([400, 'VALIDATION_FAILED']);
    }
    const wrong = await enrol(JSON.stringify({ password: 'Wrong@12345' }));
    expect([wrong.statusCode, wrong.json().error.code]).toEqual([401, 'INVALID_CREDENTIALS']);
    const row = await t.deps.db
      .selectFrom('users')
      .select(['failed_logins', 'mfa_pending_secret_enc'])
      .where('username', '=', 'enroller')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_logins: 1, mfa_pending_secret_enc: null });
    const started = await enrol(JSON.stringify({ password: TEST_PASSWORD }));
    expect(started.statusCode).toBe(200);
    expect(started.json().otpauthUrl).toContain('otpauth://totp/');
  });

  it('keeps the three administrator roles separate', async () => {
    const sec = await loginAs(t.app, 'sec');
    const user = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'chief')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${user.id}/roles`,
      headers: sec.headers(),
      payload: {
        roles: [
          { role: 'chief', jurisdictionId: town.town.id },
          { role: 'auditor', jurisdictionId: town.county.id },
        ],
      },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('ROLE_CONFLICT');
    const sys = await loginAs(t.app, 'sys');
    const bySys = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${user.id}/roles`,
      headers: sys.headers(),
      payload: { roles: [{ role: 'chief', jurisdictionId: town.town.id }] },
    });
    expect(bySys.statusCode).toBe(403);
  });

  it('creates accounts (system admin), refuses duplicates and weak passwords, writes nothing on error', async () => {
    const sys = await loginAs(t.app, 'sys');
    const create = (username: string, password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: sys.headers(),
        payload: { username, displayName: '新用户', password },
      });
    const ok = await create('newbie', 'Welcome@2026x');
    expect(ok.statusCode).toBe(201);
    expect(ok.json().actions).toContain('reset_password');
    expect((await create('newbie', 'Welcome@2026x')).json().error.code).toBe('USERNAME_TAKEN');
    expect((await create('weakling', 'abc')).json().error.code).toBe('WEAK_PASSWORD');
    expect((await create('Bad Name!', 'Welcome@2026x')).statusCode).toBe(400);
    const weakling = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'weakling')
      .executeTakeFirst();
    expect(weakling).toBeUndefined();
  });

  it('replays a POST with the same Idempotency-Key and refuses the key for a different body', async () => {
    const sys = await loginAs(t.app, 'sys');
    const send = (username: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: sys.headers({ 'idempotency-key': 'retry-key-0001' }),
        payload: { username, displayName: '重试', password: 'Retry@2026x' },
      });
    const first = await send('retry1');
    const second = await send('retry1');
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers['idempotent-replay']).toBe('true');
    expect((await send('retry2')).json().error.code).toBe('IDEMPOTENCY_CONFLICT');
  });
});

describe.each(testDialects())('administrator TOTP requirement on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, { adminMfaRequired: true });
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'sys', 'sysadmin', town.county.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
  });
  afterAll(async () => t.close());

  it('holds an administrator without TOTP to the set-up routes, and lets others through', async () => {
    const sys = await loginAs(t.app, 'sys');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: sys.headers() });
    expect(me.json().mustEnrolMfa).toBe(true);
    const users = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: sys.headers() });
    expect(users.statusCode).toBe(403);
    expect(users.json().error.code).toBe('MFA_ENROLMENT_REQUIRED');
    const enrol = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enrol',
      headers: sys.headers(),
      payload: { password: TEST_PASSWORD },
    });
    const code = totpNow(enrol.json().secret);
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/mfa/verify', headers: sys.headers(), payload: { code } });
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: sys.headers() });
    expect(after.statusCode).toBe(200);
    const chief = await loginAs(t.app, 'chief');
    const open = await t.app.inject({ method: 'GET', url: '/api/v1/jurisdictions', headers: chief.headers() });
    expect(open.statusCode).toBe(200);
  });
});

describe.each(testDialects())('login lockout under concurrent attempts on %s', (dialect) => {
  const THRESHOLD = 20;
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { FENGQIAO_LOCKOUT_THRESHOLD: String(THRESHOLD) });
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'target', 'officer', town.district1.id);
    await createAccount(t.deps, 'changer', 'officer', town.district1.id);
  });
  afterAll(async () => t.close());

  it('counts every one of 20 simultaneous wrong passwords and locks, so the right one is refused', async () => {
    // One address per attempt, so the per-address login rate limit stays out of the way.
    const attempts = await Promise.all(
      Array.from({ length: THRESHOLD }, (_, i) =>
        t.app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username: 'target', password: 'Wrong@12345' },
          remoteAddress: `10.1.0.${i + 1}`,
        }),
      ),
    );
    expect(attempts.map((r) => r.statusCode).sort()).toEqual([...Array(THRESHOLD - 1).fill(401), 423]);
    const row = await t.deps.db
      .selectFrom('users')
      .select(['failed_logins', 'locked_until'])
      .where('username', '=', 'target')
      .executeTakeFirstOrThrow();
    expect(row.failed_logins).toBe(THRESHOLD);
    expect((row.locked_until ?? '') > new Date().toISOString()).toBe(true);
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'target', password: TEST_PASSWORD },
      remoteAddress: '10.1.1.1',
    });
    expect([right.statusCode, right.json().error.code]).toEqual([423, 'ACCOUNT_LOCKED']);
  });

  it('rate-limits the change-password route per address, like the login', async () => {
    const s = await loginAs(t.app, 'changer');
    const statuses: number[] = [];
    for (let i = 0; i <= THRESHOLD; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/password',
        headers: s.headers(),
        payload: { currentPassword: `Guess@${10_000 + i}`, newPassword: 'Better#Pass2027' },
      });
      statuses.push(res.statusCode);
    }
    expect(statuses).toEqual([...Array(THRESHOLD - 1).fill(401), 423, 429]);
  });

  it('starts a new count once a lock has run out', async () => {
    const past = new Date(Date.now() - 60_000).toISOString();
    await t.deps.db.updateTable('users').set({ locked_until: past }).where('username', '=', 'target').execute();
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'target', password: 'Wrong@12345' },
      remoteAddress: '10.1.1.2',
    });
    expect(wrong.json().error.code).toBe('INVALID_CREDENTIALS');
    const row = await t.deps.db
      .selectFrom('users')
      .select(['id', 'failed_logins', 'locked_until'])
      .where('username', '=', 'target')
      .executeTakeFirstOrThrow();
    expect([row.failed_logins, row.locked_until]).toEqual([1, null]);
  });

  it('does not let a right password finishing after a lock clear it', async () => {
    const user = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'target')
      .executeTakeFirstOrThrow();
    const until = new Date(Date.now() + 60_000).toISOString();
    await t.deps.db.updateTable('users').set({ locked_until: until }).where('id', '=', user.id).execute();
    expect(await clearFailedLogins(t.deps.db, user.id, { last_login_at: new Date().toISOString() })).toBe(false);
    await t.deps.db.updateTable('users').set({ locked_until: null }).where('id', '=', user.id).execute();
    expect(await clearFailedLogins(t.deps.db, user.id, { last_login_at: new Date().toISOString() })).toBe(true);
  });
});
