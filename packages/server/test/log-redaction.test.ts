import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeLoggedError } from '../src/platform/http/log-redaction';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const ID_NUMBER = '11010519491231002X';
const MOBILE = '13812345678';

interface Operation {
  parameters?: { in: string; name: string }[];
}

describe.each(testDialects())('personal data kept out of the logs on %s', (dialect) => {
  let t: TestApp;
  let chief: Session;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(
      dialect,
      {},
      { FENGQIAO_LOG_LEVEL: 'trace' },
      { logStream: { write: (line: string) => void lines.push(line) } },
    );
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    chief = await loginAs(t.app, 'chief');
    const person = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: chief.headers(),
      payload: { jurisdictionId: town.shuangping.id, name: '张三', idNumber: ID_NUMBER, phone: MOBILE },
    });
    expect(person.statusCode, person.body).toBe(201);
  });
  afterAll(async () => t.close());

  it('logs no ID number or mobile from any GET route with a query string, nor from paths or bodies', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, Operation>> };
    const searchable = Object.entries(spec.paths).flatMap(([path, methods]) => {
      const query = (methods.get?.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      return path.startsWith('/api/v1/') && query.length > 0 ? [{ path, query }] : [];
    });
    // The list and search routes, found from what the server registers so a new one is covered by itself.
    expect(searchable.map((r) => r.path)).toEqual(expect.arrayContaining(['/api/v1/people', '/api/v1/disputes']));
    const before = lines.length;
    const statuses = new Set<number>();
    for (const value of [ID_NUMBER, MOBILE]) {
      for (const { path, query } of searchable) {
        const url = path.replace(/\{\w+\}/g, value);
        for (const name of query) {
          const res = await t.app.inject({ method: 'GET', url: `${url}?${name}=${value}`, headers: chief.headers() });
          statuses.add(res.statusCode);
        }
      }
      const bad = await t.app.inject({
        method: 'POST',
        url: '/api/v1/people',
        headers: chief.headers(),
        payload: { jurisdictionId: 'nowhere', name: '李四', idNumber: value, phone: value },
      });
      statuses.add(bad.statusCode);
    }
    const people = await t.app.inject({ method: 'GET', url: `/api/v1/people?q=${MOBILE}`, headers: chief.headers() });
    expect((people.json() as { items: unknown[] }).items).toHaveLength(1);
    expect(statuses).toContain(200);
    const logged = lines.slice(before);
    expect(logged.some((line) => line.includes('"url":"/api/v1/people?q='))).toBe(true);
    expect(logged.filter((line) => line.includes(ID_NUMBER) || line.includes(MOBILE))).toEqual([]);
  });

  it('logs no registration code nor party link token from the paths that carry them', async () => {
    const code = 'Zq8rT2vXw9LmN4pK7sHd1yBc';
    const before = lines.length;
    for (const url of [
      `/api/v1/cadre-registration/${code}`,
      `/api/v1/cadre-registration/${code}?x=1`,
      `/register/cadre/${code}`,
      `/join/${code}`,
    ]) {
      await t.app.inject({ method: 'GET', url });
    }
    const logged = lines.slice(before);
    expect(logged.some((line) => line.includes('"url":"/api/v1/cadre-registration/*"'))).toBe(true);
    expect(logged.filter((line) => line.includes(code))).toEqual([]);
  });

  it('masks ID numbers and mobiles in logged errors and keeps no driver detail', () => {
    const cause = Object.assign(new Error(`duplicate key ${MOBILE}`), { detail: `Key (x)=(${ID_NUMBER})` });
    const error = Object.assign(new Error(`no person ${ID_NUMBER}`, { cause }), { code: 'X1' });
    const logged = JSON.stringify(serializeLoggedError(error));
    expect(logged).not.toContain(ID_NUMBER);
    expect(logged).not.toContain(MOBILE);
    expect(logged).toContain('110105********002X');
    expect(logged).toContain('138****5678');
    expect(logged).toContain('"code":"X1"');
  });
});
