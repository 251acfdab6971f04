import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './support/test-app';

const ASSET = 'assets/LoginPage-CEzvXUVL.js';
const SCRIPT = `export const page = ${JSON.stringify('登录'.repeat(2000))};\n`;

function fakeBuild(): string {
  const dist = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>枫桥</title><div id="root"></div>');
  fs.writeFileSync(path.join(dist, ASSET), SCRIPT);
  fs.writeFileSync(path.join(dist, `${ASSET}.br`), zlib.brotliCompressSync(SCRIPT));
  fs.writeFileSync(path.join(dist, `${ASSET}.gz`), zlib.gzipSync(SCRIPT));
  fs.writeFileSync(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dist;
}

// Asset delivery and response compression do not touch the database: one dialect is enough.
describe('web app delivery on a township link', () => {
  let t: TestApp;
  let dist: string;

  beforeAll(async () => {
    dist = fakeBuild();
    t = await createTestApp('sqlite', {}, { FENGQIAO_WEB_DIST: dist });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('serves a hashed asset precompressed with brotli, cached for a year as immutable', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/${ASSET}`, headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(res.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(res.headers['content-type'])).toMatch(/javascript/);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(SCRIPT);
  });

  it('falls back to the gzip copy, then to the plain file', async () => {
    const gz = await t.app.inject({ method: 'GET', url: `/${ASSET}`, headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await t.app.inject({ method: 'GET', url: `/${ASSET}`, headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('makes the browser revalidate index.html and unhashed files, on the root and on client routes', async () => {
    for (const url of ['/', '/disputes/0190a1b2-0000-7000-8000-000000000000', '/favicon.svg']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-cache');
    }
  });

  it('compresses API JSON above the threshold and leaves small answers alone', async () => {
    const big = await t.app.inject({ method: 'GET', url: '/api/openapi.json', headers: { 'accept-encoding': 'br' } });
    expect(big.headers['content-encoding']).toBe('br');
    const spec = JSON.parse(zlib.brotliDecompressSync(big.rawPayload).toString());
    expect(spec.openapi).toBe('3.1.0');
    expect(big.rawPayload.length).toBeLessThan(JSON.stringify(spec).length / 4);
    const small = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.json().status).toBe('ok');
  });

  it('never inflates a compressed request body', async () => {
    const login = zlib.gzipSync(JSON.stringify({ username: 'nobody', password: 'Wrong@2026' }));
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' },
      payload: login,
    });
    // Inflated, this body would reach the login check and fail there; left compressed it is not JSON.
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).not.toBe('INVALID_CREDENTIALS');
  });
});
