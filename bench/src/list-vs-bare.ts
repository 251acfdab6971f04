// Benchmark (issue #2): an authenticated list of 50 villages through the whole stack (session,
// access scope, Kysely on SQLite, zod serialisation) against a bare Fastify route returning the
// same JSON, measured in one run; and the cost of a login (argon2id, deliberately slow).
// Run: npm run bench   (options: CONNECTIONS=50 DURATION=10)
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { BENCH_PASSWORD } from './targets';

const here = path.dirname(fileURLToPath(import.meta.url));
const connections = Number(process.env.CONNECTIONS ?? 50);
const duration = Number(process.env.DURATION ?? 10);

async function start(kind: 'bare' | 'real'): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'targets.ts'), kind], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (chunk) => {
      out += String(chunk);
      const match = /READY (\d+)/.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`target ${kind} exited ${code}`)));
  });
  return { port, child };
}

async function load(url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections, duration: 2, headers }); // warm-up
  const result = await autocannon({ url, connections, duration, headers });
  if (result.non2xx > 0) throw new Error(`${url}: ${result.non2xx} non-2xx responses`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

const bare = await start('bare');
const bareResult = await load(`http://127.0.0.1:${bare.port}/bare`);
bare.child.kill();

const real = await start('real');
const base = `http://127.0.0.1:${real.port}`;
const loginTimes: number[] = [];
let cookie = '';
for (let i = 0; i < 10; i++) {
  const t0 = performance.now();
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: BENCH_PASSWORD }),
  });
  loginTimes.push(performance.now() - t0);
  cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}
const listResult = await load(`${base}/api/v1/jurisdictions?level=village`, { cookie });
real.child.kill();

loginTimes.sort((a, b) => a - b);
const ratio = listResult.rps / bareResult.rps;
const lines = [
  `connections=${connections} duration=${duration}s node=${process.version}`,
  `bare Fastify route (50 items):        ${bareResult.rps.toFixed(0)} req/s  p50 ${bareResult.p50} ms  p99 ${bareResult.p99} ms`,
  `authenticated list (50 villages):     ${listResult.rps.toFixed(0)} req/s  p50 ${listResult.p50} ms  p99 ${listResult.p99} ms`,
  `ratio list/bare:                      ${ratio.toFixed(2)}  (goal ≥ 0.50; p99 goal < 20 ms)`,
  `login (argon2id, 10 sequential):      median ${loginTimes[5]?.toFixed(1)} ms  max ${loginTimes[9]?.toFixed(1)} ms`,
];
process.stdout.write(`${lines.join('\n')}\n`);
