// Benchmark (issue #10, "Performance"): the whole town's volunteers checking in at shift start — 200 phones posting
// POST /api/v1/patrols/check-ins at the same instant, each with its own session (cookie and CSRF token) and the
// token of the checkpoint, on SQLite: every request must be acknowledged (201), the p95 must stay under 200 ms, and
// the database must hold exactly one check-in per request (none lost, none doubled). ROUNDS rounds, each at a new
// checkpoint (the same person at the same checkpoint twice in a shift would be a replay), then one more round that
// repeats the first with the same clientIds: all answered 201 with the first check-ins, nothing written.
// Run (from bench/): npm run bench:patrols   (options: VOLUNTEERS=200 ROUNDS=5)
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_PASSWORD } from './settings';

const here = path.dirname(fileURLToPath(import.meta.url));
const volunteers = Number(process.env.VOLUNTEERS ?? 200);
const rounds = Number(process.env.ROUNDS ?? 5);

interface Target {
  base: string;
  child: ChildProcess;
  tokens: string[];
}

function start(dataDir: string): Promise<Target> {
  const script = path.join(here, 'patrol-checkins-target.ts');
  // BENCH_PROF=<dir> writes a CPU profile of the server process there (where a check-in's time goes).
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROF}`] : []),
      '--import',
      'tsx',
      script,
      dataDir,
      String(volunteers),
      String(rounds),
    ],
    {
      stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /READY (\d+) (\[.*\])\n/.exec(out);
      if (match) resolve({ base: `http://127.0.0.1:${match[1]}`, child, tokens: JSON.parse(match[2] ?? '[]') });
    });
    child.once('exit', (code) => reject(new Error(`target exited ${code}`)));
  });
}

function stored(target: Target): Promise<number> {
  return new Promise((resolve) => {
    target.child.once('message', (reply: { count: number }) => resolve(reply.count));
    target.child.send('count');
  });
}

async function login(target: Target, username: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${target.base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: BENCH_PASSWORD }),
  });
  if (!res.ok) throw new Error(`login ${username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, csrf: csrfToken };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** All phones at once: every request started before any is awaited. */
async function burst(
  target: Target,
  sessions: readonly { cookie: string; csrf: string }[],
  token: string,
  round: number,
): Promise<{ statuses: Map<number, number>; ms: number[]; wallMs: number }> {
  const began = performance.now();
  const results = await Promise.all(
    sessions.map(async (session, i) => {
      const t0 = performance.now();
      const res = await fetch(`${target.base}/api/v1/patrols/check-ins`, {
        method: 'POST',
        headers: { cookie: session.cookie, 'x-csrf-token': session.csrf, 'content-type': 'application/json' },
        body: JSON.stringify({
          token,
          clientId: `bench-${round}-${String(i).padStart(4, '0')}`,
          position: { lat: 31.72, lng: 111.43, accuracy: 15 },
        }),
      });
      await res.arrayBuffer();
      return { status: res.status, ms: performance.now() - t0 };
    }),
  );
  const statuses = new Map<number, number>();
  for (const r of results) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
  return { statuses, ms: results.map((r) => r.ms).sort((a, b) => a - b), wallMs: performance.now() - began };
}

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-patrols-'));
const target = await start(dataDir);
try {
  const sessions = [];
  for (let i = 0; i < volunteers; i++) sessions.push(await login(target, `vol${String(i).padStart(3, '0')}`));
  console.log(`${volunteers} volunteers logged in; ${rounds} rounds of ${volunteers} simultaneous check-ins`);
  const all: number[] = [];
  let acknowledged = 0;
  for (let round = 0; round < rounds; round++) {
    const { statuses, ms, wallMs } = await burst(target, sessions, target.tokens[round] ?? '', round);
    acknowledged += statuses.get(201) ?? 0;
    all.push(...ms);
    console.log(
      `round ${round + 1}: ${JSON.stringify(Object.fromEntries(statuses))} p50 ${percentile(ms, 50).toFixed(0)} ms, ` +
        `p95 ${percentile(ms, 95).toFixed(0)} ms, max ${percentile(ms, 100).toFixed(0)} ms, all answered in ${wallMs.toFixed(0)} ms`,
    );
  }
  const retry = await burst(target, sessions, target.tokens[0] ?? '', 0);
  const count = await stored(target);
  all.sort((a, b) => a - b);
  console.log(
    `retry of round 1 with the same clientIds: ${JSON.stringify(Object.fromEntries(retry.statuses))}, ` +
      `p95 ${percentile(retry.ms, 95).toFixed(0)} ms`,
  );
  console.log(
    `acknowledged ${acknowledged}/${volunteers * rounds}; stored ${count} (expected ${volunteers * rounds}); ` +
      `p50 ${percentile(all, 50).toFixed(0)} ms, p95 ${percentile(all, 95).toFixed(0)} ms, p99 ${percentile(all, 99).toFixed(0)} ms`,
  );
  if (acknowledged !== volunteers * rounds || count !== volunteers * rounds) process.exitCode = 1;
} finally {
  target.child.kill('SIGTERM');
  fs.rmSync(dataDir, { recursive: true, force: true });
}
