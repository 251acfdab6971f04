import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('HTTP conventions on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect, { loginRateLimit: 5 });
    const town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
  });
  afterAll(async () => t.close());

  it('answers /api/health with status, database and version', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', database: { kind: dialect, ok: true }, version: expect.any(String) });
  });

  it('publishes OpenAPI 3.1 and a browsable docs page', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toBe('3.1.0');
    expect(Object.keys(spec.paths)).toContain('/api/v1/people/{id}/unmask');
    expect(spec.paths['/api/v1/auth/login'].post.requestBody).toBeDefined();
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('swagger');
  });

  it('sends security headers with a same-origin CSP and a request id on every response', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'trace-123' } });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toBe('trace-123');
    const other = await t.app.inject({ method: 'GET', url: '/api/nothing-here' });
    expect(other.headers['x-request-id']).toMatch(/\S+/);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('ROUTE_NOT_FOUND');
  });

  it('refuses wrong types, missing fields and over-long strings with VALIDATION_FAILED in both languages', async () => {
    const s = await loginAs(t.app, 'chief');
    const cases = [
      { jurisdictionId: 42, name: '张三' },
      { name: '张三' },
      { jurisdictionId: 'x', name: '张'.repeat(41) },
    ];
    for (const payload of cases) {
      const res = await t.app.inject({ method: 'POST', url: '/api/v1/people', headers: s.headers(), payload });
      expect(res.statusCode).toBe(400);
      const error = res.json().error;
      expect(error.code).toBe('VALIDATION_FAILED');
      expect(error.messageZh).toBe('请求内容不符合要求');
      expect(error.details.issues.length).toBeGreaterThan(0);
    }
    const broken = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: s.headers({ 'content-type': 'application/json' }),
      payload: '{"name":',
    });
    expect(broken.statusCode).toBe(400);
    expect(broken.json().error.code).toBe('VALIDATION_FAILED');
    const count = await t.deps.db
      .selectFrom('persons')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });

  it('rate-limits login attempts per address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'nobody', password: 'Wrong@12345' },
        remoteAddress: '10.9.8.7',
      });
      statuses.push(res.statusCode);
      if (res.statusCode === 429) expect(res.json().error.code).toBe('RATE_LIMITED');
    }
    expect(statuses.slice(0, 5).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(5)).toEqual([429, 429]);
  });

  it('answers UNAUTHENTICATED without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/people' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'UNAUTHENTICATED', messageZh: '请先登录' });
  });

  it("answers Fastify's own refusals in our error shape", async () => {
    const s = await loginAs(t.app, 'chief');
    const shape = (res: { statusCode: number; json(): { error: { code: string; messageZh: string } } }) => [
      res.statusCode,
      res.json().error.code,
      typeof res.json().error.messageZh,
    ];
    const longParam = await t.app.inject({ method: 'GET', url: `/api/v1/people/${'a'.repeat(200)}` });
    expect(shape(longParam)).toEqual([414, 'URL_TOO_LONG', 'string']);
    const badUrl = await t.app.inject({ method: 'GET', url: '/api/v1/people/%E0%A4%A' });
    expect(shape(badUrl)).toEqual([400, 'URL_INVALID', 'string']);
    const mediaType = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: s.headers({ 'content-type': 'application/xml' }),
      payload: '<person><name>张三</name></person>',
    });
    expect(shape(mediaType)).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE', 'string']);
    const tooLarge = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: s.headers({ 'content-type': 'application/json' }),
      payload: JSON.stringify({ name: '张三', note: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(shape(tooLarge)).toEqual([413, 'FILE_TOO_LARGE', 'string']);
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: s.headers({ 'content-type': 'application/json' }),
      payload: '{"name":',
    });
    expect(shape(badJson)).toEqual([400, 'VALIDATION_FAILED', 'string']);
  });

  it('answers headers too large for Node itself with 431 in our error shape', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => {
        received += chunk.toString('utf8');
      });
      socket.on('close', () => resolve(received));
      socket.on('error', reject);
      socket.write(`GET /api/health HTTP/1.1\r\nHost: x\r\nX-Filler: ${'a'.repeat(64 * 1024)}\r\n\r\n`);
    });
    const [head = '', body = ''] = raw.split('\r\n\r\n');
    expect(head).toMatch(/^HTTP\/1\.1 431 /);
    expect(head.toLowerCase()).toContain('content-type: application/json');
    expect(Number(/content-length: (\d+)/i.exec(head)?.[1])).toBe(Buffer.byteLength(body));
    expect(JSON.parse(body).error).toMatchObject({ code: 'HEADERS_TOO_LARGE', messageZh: '请求头过大' });
  });
});
