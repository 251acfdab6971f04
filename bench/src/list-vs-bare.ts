// Benchmark (issues #2, #6): authenticated lists through the whole stack (session, access scope, Kysely on
// SQLite, audit where the rules ask for it, serialisation) against bare Fastify routes returning the same rows,
// measured in one run; and the cost of a login (argon2id, deliberately slow).
//   villages:   GET /api/v1/jurisdictions?level=village (50 rows)   vs a fixed list in a bare route
//   disputes:   GET /api/v1/disputes as 综治办 (first page, 50)      vs one raw SQL statement in a bare route
//   agreements: GET /api/v1/agreements?limit=50 as 综治办           vs one raw SQL statement in a bare route
// Run: npm run bench   (options: CONNECTIONS=50 DURATION=10 ONLY=villages,disputes,agreements
//                       PROFILE=<dir>: every target runs under node --cpu-prof and writes its profile there)
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_PASSWORD, LIST_LIMIT } from './settings';

const here = path.dirname(fileURLToPath(import.meta.url));
const connections = Number(process.env.CONNECTIONS ?? 50);
const duration = Number(process.env.DURATION ?? 10);
const only = new Set((process.env.ONLY ?? 'villages,disputes,agreements').split(','));
const profileDir = process.env.PROFILE ? path.resolve(process.env.PROFILE) : null;

interface Target {
  base: string;
  child: ChildProcess;
}

interface Measured {
  rps: number;
  p50: number;
  p99: number;
  /** Server CPU time (user + system) per request, in µs: steadier than req/s on a shared machine. */
  cpuUs: number;
}

async function start(...args: string[]): Promise<Target> {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, 'targets.ts'), ...args], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /READY (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`target ${args.join(' ')} exited ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

/** SIGINT, so that a target under --cpu-prof writes its profile before it exits. */
async function stop(target: Target): Promise<void> {
  const exited = new Promise((resolve) => target.child.once('exit', resolve));
  target.child.kill('SIGINT');
  await exited;
}

function cpuOf(target: Target): Promise<number> {
  return new Promise((resolve) => {
    target.child.once('message', (usage: NodeJS.CpuUsage) => resolve(usage.user + usage.system));
    target.child.send('cpu');
  });
}

async function load(target: Target, route: string, headers: Record<string, string> = {}): Promise<Measured> {
  const url = `${target.base}${route}`;
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const cpuBefore = await cpuOf(target);
  const result = await autocannon({ url, connections, duration, headers });
  const cpu = (await cpuOf(target)) - cpuBefore;
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses`);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuUs: cpu / Math.max(result.requests.total, 1),
  };
}

async function login(target: Target, username: string): Promise<{ cookie: string; times: number[] }> {
  const times: number[] = [];
  let cookie = '';
  for (let i = 0; i < 10; i++) {
    const t0 = performance.now();
    const res = await fetch(`${target.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: BENCH_PASSWORD }),
    });
    if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
    times.push(performance.now() - t0);
    cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  }
  return { cookie, times };
}

/** Fails the run when the app's list is not the size the bare route returns (an empty list is cheap). */
async function count(target: Target, route: string, cookie: string): Promise<number> {
  const body = (await (await fetch(`${target.base}${route}`, { headers: { cookie } })).json()) as
    | unknown[]
    | { items: unknown[] };
  return Array.isArray(body) ? body.length : body.items.length;
}

const rows: { name: string; bare: Measured; app: Measured; size: number }[] = [];
let loginTimes: number[] = [];

if (only.has('villages')) {
  const bare = await start('bare');
  const bareResult = await load(bare, '/bare');
  await stop(bare);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-'));
  const real = await start('real', dataDir);
  const session = await login(real, 'bench');
  loginTimes = session.times;
  const route = '/api/v1/jurisdictions?level=village';
  const size = await count(real, route, session.cookie);
  rows.push({ name: 'villages', bare: bareResult, app: await load(real, route, { cookie: session.cookie }), size });
  await stop(real);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const lists = [
  { name: 'disputes', route: '/api/v1/disputes', bare: '/bare/disputes' },
  { name: 'agreements', route: `/api/v1/agreements?limit=${LIST_LIMIT}`, bare: '/bare/agreements' },
].filter((list) => only.has(list.name));
if (lists.length > 0) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-demo-'));
  const demo = await start('demo', dataDir);
  const { cookie } = await login(demo, 'zongzhiban');
  const measured = [];
  for (const list of lists) {
    const size = await count(demo, list.route, cookie);
    measured.push({ ...list, size, app: await load(demo, list.route, { cookie }) });
  }
  await stop(demo);
  const bare = await start('bare-demo', dataDir);
  for (const list of measured) {
    if ((await count(bare, list.bare, '')) !== list.size) throw new Error(`${list.name}: bare and app sizes differ`);
    rows.push({ name: list.name, bare: await load(bare, list.bare), app: list.app, size: list.size });
  }
  await stop(bare);
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const pad = (text: string, width: number) => text.padEnd(width);
const lines = [`connections=${connections} duration=${duration}s node=${process.version}`];
for (const { name, bare, app, size } of rows) {
  const show = (m: Measured) =>
    `${m.rps.toFixed(0).padStart(6)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  cpu ${m.cpuUs.toFixed(0)} µs/req`;
  lines.push(`${pad(`${name} bare (${size} rows):`, 28)}${show(bare)}`);
  lines.push(`${pad(`${name} app:`, 28)}${show(app)}`);
  lines.push(
    `${pad(`${name} ratio app/bare:`, 28)}${(app.rps / bare.rps).toFixed(2)}  (goal ≥ 0.50; p99 goal < 20 ms)` +
      `  cpu bare/app ${(bare.cpuUs / app.cpuUs).toFixed(2)}`,
  );
}
if (loginTimes.length > 0) {
  loginTimes.sort((a, b) => a - b);
  lines.push(
    `login (argon2id, 10 sequential): median ${loginTimes[5]?.toFixed(1)} ms  max ${loginTimes[9]?.toFixed(1)} ms`,
  );
}
process.stdout.write(`${lines.join('\n')}\n`);
