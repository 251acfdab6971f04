import { type CadreCode, formatBeijingDateTime } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const LIMIT = 3;

/** Attacks on cadre self-registration found in the issue #12 review, each kept as the test that proves it closed. */
describe.each(testDialects())('cadre self-registration under review on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  const lines: string[] = [];

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });

  async function issue(): Promise<{ code: CadreCode; text: string; sheet: string }> {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cadre-codes',
      headers: chief.headers(),
      payload: { villageId: town.shuangping.id },
    });
    expect(created.statusCode).toBe(201);
    const code = created.json() as CadreCode;
    const sheet = await get(chief, `/api/v1/cadre-codes/${code.id}/print`);
    const text = /\/register\/cadre\/([A-Za-z0-9_-]+)/.exec(sheet.body)?.[1];
    if (!text) throw new Error('no link on the sheet');
    return { code, text, sheet: sheet.body };
  }

  beforeAll(async () => {
    t = await createTestApp(
      dialect,
      { loginRateLimit: LIMIT },
      { FENGQIAO_LOG_LEVEL: 'trace' },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    chief = await loginAs(t.app, 'chief');
  });
  afterAll(() => t?.close());

  it('limits the public routes per address: one address guessing codes does not lock out another', async () => {
    const guess = (remoteAddress: string) =>
      t.app.inject({ method: 'GET', url: '/api/v1/cadre-registration/AAAAAAAAAAAAAAAAAAAAAAAA', remoteAddress });
    const statuses: number[] = [];
    for (let i = 0; i <= LIMIT; i += 1) statuses.push((await guess('10.0.0.7')).statusCode);
    expect(statuses).toEqual([...Array(LIMIT).fill(404), 429]);
    expect((await guess('10.0.0.8')).statusCode).toBe(404);
    const posts: number[] = [];
    for (let i = 0; i <= LIMIT; i += 1) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/cadre-registrations',
        remoteAddress: '10.0.0.9',
        payload: { code: 'AAAAAAAAAAAAAAAAAAAAAAAA' },
      });
      posts.push(res.statusCode);
    }
    expect(posts).toEqual([...Array(LIMIT).fill(400), 429]);
  });

  it('keeps the code out of the audit trail and the logs, and prints the expiry the code really has', async () => {
    const before = lines.length;
    const { code, text, sheet } = await issue();
    const place = await t.app.inject({ method: 'GET', url: `/api/v1/cadre-registration/${text}` });
    expect(place.statusCode).toBe(200);
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cadre-registrations',
      payload: {
        code: text,
        villageId: town.shuangping.id,
        displayName: '张村委',
        phone: '13912345678',
        position: 'committee_director',
        username: 'cadre-review',
        password: 'Cadre@2026x',
      },
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const audit = await t.deps.db.selectFrom('audit_log').selectAll().execute();
    expect(JSON.stringify(audit)).not.toContain(text);
    expect(lines.slice(before).filter((line) => line.includes(text))).toEqual([]);
    // The expiry is an instant (issue time + the configured days), printed as that instant in Beijing time.
    expect(sheet).toContain(`有效期至：${formatBeijingDateTime(code.expiresAt)}`);
  });
});
