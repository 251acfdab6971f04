import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgres } from '../src/db/dialect';
import { verifyAuditChain } from '../src/platform/audit/audit.service';
import { testDialects } from './support/databases';
import { createAccount, loginAs, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('audit log on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'auditor', 'auditor', town.county.id);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chief', password: 'Wrong@12345' },
    });
    await loginAs(t.app, 'chief');
  });
  afterAll(async () => t.close());

  it('records login success and failure, viewable by the audit administrator only', async () => {
    const auditor = await loginAs(t.app, 'auditor');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/audit?username=chief', headers: auditor.headers() });
    expect(res.statusCode).toBe(200);
    const actions = res.json().items.map((i: { action: string }) => i.action);
    expect(actions).toContain('auth.login');
    expect(actions).toContain('auth.login_failed');
    const failed = res.json().items.find((i: { action: string }) => i.action === 'auth.login_failed');
    expect(failed.outcome).toBe('failure');
    expect(failed.ip).toBeTruthy();

    const chief = await loginAs(t.app, 'chief');
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/audit', headers: chief.headers() });
    expect(refused.statusCode).toBe(403);
  });

  it('pages with a cursor and filters by action and time', async () => {
    const auditor = await loginAs(t.app, 'auditor');
    const first = await t.app.inject({ method: 'GET', url: '/api/v1/audit?limit=2', headers: auditor.headers() });
    const page1 = first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.nextCursor).toBeTruthy();
    const second = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?limit=2&cursor=${page1.nextCursor}`,
      headers: auditor.headers(),
    });
    expect(second.json().items[0].seq).toBeLessThan(page1.items[1].seq);
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const none = await t.app.inject({
      method: 'GET',
      url: `/api/v1/audit?from=${encodeURIComponent(future)}`,
      headers: auditor.headers(),
    });
    expect(none.json().items).toHaveLength(0);
    const bad = await t.app.inject({ method: 'GET', url: '/api/v1/audit?cursor=garbage', headers: auditor.headers() });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses UPDATE and DELETE on the audit table itself', async () => {
    await expect(sql`update audit_log set action = 'x' where seq = 1`.execute(t.deps.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`delete from audit_log where seq = 1`.execute(t.deps.db)).rejects.toThrow(/append-only/);
  });

  it('audit-verify finds the first changed, deleted or reordered row', async () => {
    expect((await verifyAuditChain(t.deps.db)).problem).toBeNull();
    const tamper = async (statement: string) => {
      if (isPostgres(t.deps.db)) {
        await sql.raw('alter table audit_log disable trigger audit_log_append_only').execute(t.deps.db);
        await sql.raw(statement).execute(t.deps.db);
        await sql.raw('alter table audit_log enable trigger audit_log_append_only').execute(t.deps.db);
      } else {
        await sql.raw('drop trigger audit_log_no_update').execute(t.deps.db);
        await sql.raw('drop trigger audit_log_no_delete').execute(t.deps.db);
        await sql.raw(statement).execute(t.deps.db);
        await sql
          .raw(
            `create trigger audit_log_no_update before update on audit_log begin select raise(abort, 'audit_log is append-only'); end`,
          )
          .execute(t.deps.db);
        await sql
          .raw(
            `create trigger audit_log_no_delete before delete on audit_log begin select raise(abort, 'audit_log is append-only'); end`,
          )
          .execute(t.deps.db);
      }
    };
    await tamper(`update audit_log set detail = '{"reason":"hidden"}' where seq = 3`);
    expect((await verifyAuditChain(t.deps.db)).problem).toEqual({ seq: 3, problem: 'hash' });
  });
});

describe.each(testDialects())('audit-verify on deletion and reordering (%s)', (dialect) => {
  it('names the first missing row and the first row out of order', async () => {
    for (const statement of [
      'delete from audit_log where seq = 2',
      'update audit_log set seq = seq + 100 where seq = 2',
    ]) {
      const t = await createTestApp(dialect);
      const town = await seedSmallTown(t.deps);
      await createAccount(t.deps, 'a1', 'chief', town.town.id);
      await createAccount(t.deps, 'a2', 'chief', town.town.id);
      await createAccount(t.deps, 'a3', 'chief', town.town.id);
      const trigger = isPostgres(t.deps.db)
        ? ['alter table audit_log disable trigger audit_log_append_only']
        : ['drop trigger audit_log_no_update', 'drop trigger audit_log_no_delete'];
      for (const s of trigger) await sql.raw(s).execute(t.deps.db);
      await sql.raw(statement).execute(t.deps.db);
      const result = await verifyAuditChain(t.deps.db);
      expect(result.problem?.seq).toBe(2);
      await t.close();
    }
  });
});
