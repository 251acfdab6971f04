import fs from 'node:fs';
import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isPostgres, missingAuditTriggers } from '../src/db/dialect';
import type { AuditLogTable } from '../src/db/schema';
import { rotateKey } from '../src/ops/rotate-key';
import { anchorAuditChain, verifyAuditChain } from '../src/platform/audit/audit.service';
import { readAnchors } from '../src/platform/audit/audit-anchor';
import { auditChainKeys, GENESIS_HASH, legacyRowHash } from '../src/platform/audit/audit-chain';
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
    const login = res.json().items.find((i: { action: string }) => i.action === 'auth.login');
    // The auditor reads who acted: the account's name and roles, not only an id.
    expect(login.actorName).toBeTruthy();
    expect(login.actorName).not.toBe(login.userId);
    expect(login.actorRoles).toContain('chief');
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

/** Runs statements with the append-only triggers out of the way, as someone holding the database file could. */
async function withoutTriggers(t: TestApp, work: () => Promise<void>): Promise<void> {
  const db = t.deps.db;
  if (isPostgres(db)) {
    await sql.raw('alter table audit_log disable trigger audit_log_append_only').execute(db);
    await work();
    await sql.raw('alter table audit_log enable trigger audit_log_append_only').execute(db);
    return;
  }
  await sql.raw('drop trigger audit_log_no_update').execute(db);
  await sql.raw('drop trigger audit_log_no_delete').execute(db);
  await work();
  for (const op of ['update', 'delete']) {
    await sql
      .raw(
        `create trigger audit_log_no_${op} before ${op} on audit_log begin select raise(abort, 'audit_log is append-only'); end`,
      )
      .execute(db);
  }
}

async function allRows(t: TestApp): Promise<AuditLogTable[]> {
  return t.deps.db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}

/** Rewrites rows from `fromSeq` on and recomputes their chain the way the unkeyed chain was made. */
async function rewriteChain(t: TestApp, fromSeq: number, change: (row: AuditLogTable) => AuditLogTable): Promise<void> {
  const rows = await allRows(t);
  let prev = rows.find((r) => r.seq === fromSeq - 1)?.hash ?? GENESIS_HASH;
  await withoutTriggers(t, async () => {
    for (const row of rows.filter((r) => r.seq >= fromSeq)) {
      const changed = { ...change(row), prev_hash: prev };
      const hash = legacyRowHash(changed);
      await t.deps.db
        .updateTable('audit_log')
        .set({ username: changed.username, detail: changed.detail, chain: changed.chain, prev_hash: prev, hash })
        .where('seq', '=', row.seq)
        .execute();
      prev = hash;
    }
  });
}

describe.each(testDialects())('keyed audit chain and its anchors (%s)', (dialect) => {
  let t: TestApp;
  let townId = '';
  let rows = 0;

  beforeEach(async () => {
    t = await createTestApp(dialect);
    townId = (await seedSmallTown(t.deps)).town.id;
    for (const name of ['a1', 'a2', 'a3']) await createAccount(t.deps, name, 'chief', townId);
    rows = (await allRows(t)).length;
  });
  afterEach(async () => t.close());

  it('keys new rows, so a row rewritten with recomputed plain SHA-256 hashes is detected', async () => {
    expect(new Set((await allRows(t)).map((r) => r.chain))).toEqual(new Set(['hmac-sha256:k1']));
    expect((await verifyAuditChain(t.deps.db)).problem).toBeNull();
    await rewriteChain(t, 3, (row) => (row.seq === 3 ? { ...row, detail: '{"reason":"hidden"}' } : row));
    expect((await verifyAuditChain(t.deps.db)).problem).toEqual({ seq: 3, problem: 'hash' });
  });

  it('refuses unkeyed rows after keyed ones, and a chain rebuilt unkeyed from the start against the anchor', async () => {
    const anchorFile = t.config.audit.anchorFile;
    expect((await anchorAuditChain(t.deps.db, anchorFile)).anchor?.seq).toBe(rows);
    await rewriteChain(t, 3, (row) => ({ ...row, chain: null }));
    expect((await verifyAuditChain(t.deps.db)).problem).toEqual({ seq: 3, problem: 'unkeyed' });
    await rewriteChain(t, 1, (row) => ({ ...row, chain: null }));
    const { anchors } = readAnchors(anchorFile, auditChainKeys(t.deps.db));
    expect((await verifyAuditChain(t.deps.db, { anchors })).problem).toEqual({ seq: rows, problem: 'anchor' });
    expect((await anchorAuditChain(t.deps.db, anchorFile)).problem).toContain(`seq=${rows} (anchor)`);
  });

  it('detects the newest rows cut off against the anchor, and refuses a forged anchor line', async () => {
    const anchorFile = t.config.audit.anchorFile;
    await anchorAuditChain(t.deps.db, anchorFile);
    expect(fs.statSync(anchorFile).mode & 0o777).toBe(0o600);
    await withoutTriggers(t, async () => {
      await t.deps.db
        .deleteFrom('audit_log')
        .where('seq', '>', rows - 2)
        .execute();
    });
    expect((await verifyAuditChain(t.deps.db)).problem).toBeNull();
    const { anchors } = readAnchors(anchorFile, auditChainKeys(t.deps.db));
    expect((await verifyAuditChain(t.deps.db, { anchors })).problem).toEqual({ seq: rows - 1, problem: 'truncated' });
    expect((await anchorAuditChain(t.deps.db, anchorFile)).problem).toContain('truncated');

    const line = fs.readFileSync(anchorFile, 'utf8').replace(`"seq":${rows}`, `"seq":${rows - 2}`);
    fs.writeFileSync(anchorFile, line);
    expect(readAnchors(anchorFile, auditChainKeys(t.deps.db)).problem).toContain('wrong MAC');
  });

  it('appends an anchor only when the chain has grown, and checks only the rows since the last one', async () => {
    const anchorFile = t.config.audit.anchorFile;
    expect((await anchorAuditChain(t.deps.db, anchorFile)).anchor?.seq).toBe(rows);
    expect((await anchorAuditChain(t.deps.db, anchorFile)).anchor).toBeNull();
    await createAccount(t.deps, 'a4', 'chief', townId);
    const grown = await anchorAuditChain(t.deps.db, anchorFile);
    expect(grown.anchor?.seq).toBeGreaterThan(rows);
    expect(readAnchors(anchorFile, auditChainKeys(t.deps.db)).anchors).toHaveLength(2);
  });

  it('names a dropped or disabled append-only trigger', async () => {
    const db = t.deps.db;
    expect(await missingAuditTriggers(db)).toEqual([]);
    if (isPostgres(db)) {
      await expect(sql.raw('truncate audit_log').execute(db)).rejects.toThrow(/append-only/);
      await sql.raw('alter table audit_log disable trigger audit_log_append_only').execute(db);
      expect(await missingAuditTriggers(db)).toEqual(['audit_log_append_only']);
      await sql.raw('drop trigger audit_log_no_truncate on audit_log').execute(db);
      expect(await missingAuditTriggers(db)).toEqual(['audit_log_append_only', 'audit_log_no_truncate']);
    } else {
      await sql.raw('drop trigger audit_log_no_delete').execute(db);
      expect(await missingAuditTriggers(db)).toEqual(['audit_log_no_delete']);
      await sql.raw('drop trigger audit_log_no_update').execute(db);
      await sql.raw('create trigger audit_log_no_update before update on audit_log begin select 1; end').execute(db);
      expect(await missingAuditTriggers(db)).toEqual(['audit_log_no_update', 'audit_log_no_delete']);
    }
  });

  it('accepts rows from before keying only at the start of the chain', async () => {
    const fresh = await createTestApp(dialect);
    try {
      let prev = GENESIS_HASH;
      for (const seq of [1, 2]) {
        const row: Omit<AuditLogTable, 'hash'> = {
          seq,
          at: new Date().toISOString(),
          user_id: null,
          username: 'cli',
          action: 'system.old',
          target_type: null,
          target_id: null,
          outcome: 'success',
          ip: null,
          request_id: null,
          detail: null,
          prev_hash: prev,
          chain: null,
        };
        prev = legacyRowHash(row);
        await fresh.deps.db
          .insertInto('audit_log')
          .values({ ...row, hash: prev })
          .execute();
      }
      const town = await seedSmallTown(fresh.deps);
      await createAccount(fresh.deps, 'b1', 'chief', town.town.id);
      const report = await verifyAuditChain(fresh.deps.db);
      expect(report.problem).toBeNull();
      expect(report.unkeyedRows).toBe(2);
    } finally {
      await fresh.close();
    }
  });

  it('keeps rows verifiable across a key rotation', async () => {
    await rotateKey(t.config, t.handle);
    await createAccount(t.deps, 'after', 'chief', townId);
    expect(new Set((await allRows(t)).map((r) => r.chain))).toEqual(new Set(['hmac-sha256:k1', 'hmac-sha256:k2']));
    expect((await verifyAuditChain(t.deps.db)).problem).toBeNull();
  });
});

describe.each(testDialects())('audit chain under the gm suite (%s)', (dialect) => {
  it('keys the chain with HMAC-SM3 and detects a rewritten row', async () => {
    const t = await createTestApp(dialect, {}, { FENGQIAO_CRYPTO_SUITE: 'gm' });
    try {
      const town = await seedSmallTown(t.deps);
      for (const name of ['g1', 'g2', 'g3']) await createAccount(t.deps, name, 'chief', town.town.id);
      expect(new Set((await allRows(t)).map((r) => r.chain))).toEqual(new Set(['hmac-sm3:k1']));
      expect((await verifyAuditChain(t.deps.db)).problem).toBeNull();
      expect((await anchorAuditChain(t.deps.db, t.config.audit.anchorFile)).problem).toBeNull();
      await rewriteChain(t, 2, (row) => (row.seq === 2 ? { ...row, username: 'mallory' } : row));
      expect((await verifyAuditChain(t.deps.db)).problem).toEqual({ seq: 2, problem: 'hash' });
    } finally {
      await t.close();
    }
  });
});
