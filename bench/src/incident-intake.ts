// Benchmark (issue #8, "Performance"): incident intake over HTTP — POST /api/v1/incidents with the session cookie and
// CSRF token, through access, validation, the class code table, PII encryption and blind indexes, search text,
// the repeat check, the timeline, the audit row and the notifications of the town's police and the village's
// auxiliary officer — at 20 connections on SQLite, against a raw better-sqlite3 insert of the same incident and
// party rows measured in the same run on the same database file (in its own process once the app has stopped).
// Every request is a different call: its own party (ID number and phone), and one of 400 addresses, so once 400
// calls have come in nearly every intake finds earlier ones at its address and writes the links.
// Run (from bench/): npm run bench:intake   (options: CONNECTIONS=20 DURATION=10 PROFILE=<dir>: the target runs
//                                            under node --cpu-prof and writes its profile there)
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeIdCheckChar } from '@fengqiao/domain';
import autocannon from 'autocannon';
import { INTAKE_PASSWORD } from './incident-intake-settings';

const here = path.dirname(fileURLToPath(import.meta.url));
const connections = Number(process.env.CONNECTIONS ?? 20);
const duration = Number(process.env.DURATION ?? 10);
const profileDir = process.env.PROFILE ? path.resolve(process.env.PROFILE) : null;

interface Target {
  base: string;
  child: ChildProcess;
  villageIds: string[];
}

const script = path.join(here, 'incident-intake-target.ts');

async function start(dataDir: string): Promise<Target> {
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, 'serve', dataDir], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /READY (\d+) (\[.*\])\n/.exec(out);
      if (match) {
        resolve({ base: `http://127.0.0.1:${match[1]}`, child, villageIds: JSON.parse(match[2] ?? '[]') as string[] });
      }
    });
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

function cpuOf(target: Target): Promise<number> {
  return new Promise((resolve) => {
    target.child.once('message', (reply: { usage: NodeJS.CpuUsage }) => resolve(reply.usage.user + reply.usage.system));
    target.child.send('cpu');
  });
}

/** The raw-insert baseline in a process of its own, on the database the app has filled. */
async function raw(dataDir: string, seconds: number): Promise<{ inserts: number; cpuUs: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, 'raw', dataDir, String(seconds)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout?.on('data', (chunk) => {
    out += String(chunk);
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const match = /RAW (\{.*\})/.exec(out);
  if (!match) throw new Error(`raw baseline: ${out}`);
  return JSON.parse(match[1] ?? '{}') as { inserts: number; cpuUs: number };
}

async function login(target: Target): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${target.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: INTAKE_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

let serial = 0;
/** A new call each time: a resident ID number and mobile of its own, a village and one of 400 addresses. */
function intakeBody(villageIds: readonly string[]): string {
  serial += 1;
  // A real birth date (days after 1950-01-01) and a sequence number, so every caller's ID is different and valid.
  const born = new Date(Date.UTC(1950, 0, 1) + (serial % 18_000) * 86_400_000).toISOString().slice(0, 10);
  const first17 = `420626${born.replaceAll('-', '')}${String(Math.floor(serial / 18_000) % 1000).padStart(3, '0')}`;
  const village = villageIds[serial % villageIds.length] ?? '';
  return JSON.stringify({
    source: 'dispatch_110',
    classCode: '020201',
    jurisdictionId: village,
    summary: `报警称与邻居因排水沟发生争吵，请求民警到场处理（第${serial}起）`,
    address: `马良镇第${(serial % villageIds.length) + 1}村${serial % 8}组${serial % 400}号`,
    parties: [
      {
        role: 'caller',
        name: '张三',
        idNumber: `${first17}${computeIdCheckChar(first17)}`,
        phone: `139${String(serial % 100_000_000).padStart(8, '0')}`,
      },
    ],
  });
}

async function load(target: Target, session: { cookie: string; csrf: string }, seconds: number) {
  const headers = { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' };
  return autocannon({
    url: `${target.base}/api/v1/incidents`,
    connections,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        headers,
        setupRequest: (request) => ({ ...request, body: intakeBody(target.villageIds) }),
      },
    ],
  });
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-intake-'));
const target = await start(dataDir);
// The target must not outlive a failed run.
process.once('exit', () => target.child.kill('SIGINT'));
const session = await login(target);
const probe = await fetch(`${target.base}/api/v1/incidents`, {
  method: 'POST',
  headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
  body: intakeBody(target.villageIds),
});
if (probe.status !== 201) throw new Error(`intake probe: ${probe.status} ${await probe.text()}`);

await load(target, session, 2); // warm-up
const cpuBefore = await cpuOf(target);
const result = await load(target, session, duration);
const cpuUs = ((await cpuOf(target)) - cpuBefore) / Math.max(result.requests.total, 1);
if (result.non2xx > 0 || result.errors > 0) {
  throw new Error(`intake: ${result.non2xx} non-2xx responses, ${result.errors} errors`);
}
const stopped = new Promise((resolve) => target.child.once('exit', resolve));
target.child.kill('SIGINT');
await stopped;
const baseline = await raw(dataDir, duration);
const rawRate = baseline.inserts / duration;
fs.rmSync(dataDir, { recursive: true, force: true });

const intakeRate = result.requests.total / duration;
process.stdout.write(
  `${[
    `connections=${connections} duration=${duration}s node=${process.version} load=${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
    `intake over HTTP: ${intakeRate.toFixed(0)} acknowledged/s (${result.requests.total} in ${duration} s)  ` +
      `p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  cpu ${cpuUs.toFixed(0)} µs/intake`,
    `raw better-sqlite3 insert (incident + party row, one transaction each): ${rawRate.toFixed(0)}/s  ` +
      `cpu ${baseline.cpuUs.toFixed(1)} µs/insert`,
    `ratio intake/raw: ${(intakeRate / rawRate).toFixed(3)}  (goal: ≥ 1,000 intakes/s)`,
  ].join('\n')}\n`,
);
