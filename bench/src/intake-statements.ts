// Where an intake's time goes, statement by statement (issue #8): the intake benchmark's town, then N intakes one
// after another through app.inject (no network, no concurrency), timing every better-sqlite3 statement by its SQL.
// Prints CPU and SQL time per intake and the statements that cost most, with how many times each runs per intake.
// Run (from bench/): npx tsx src/intake-statements.ts   (options: N=1000 TOP=25)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { computeIdCheckChar } from '@fengqiao/domain';
import SQLite from 'better-sqlite3';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { intakeConfig, seedIntakeTown } from './bench-town';
import { INTAKE_PASSWORD } from './incident-intake-settings';

// Every better-sqlite3 statement shares one prototype: wrapping its methods times the app's statements unchanged.
const probe = new SQLite(':memory:');
const proto = Object.getPrototypeOf(probe.prepare('select 1')) as Record<string, (...a: unknown[]) => unknown>;
const stats = new Map<string, { n: number; t: number }>();
for (const m of ['all', 'run', 'get', 'iterate']) {
  const orig = proto[m] as (...a: unknown[]) => unknown;
  proto[m] = function (this: { source: string }, ...args: unknown[]) {
    const t0 = performance.now();
    try {
      return orig.apply(this, args);
    } finally {
      const s = stats.get(this.source) ?? { n: 0, t: 0 };
      s.n++;
      s.t += performance.now() - t0;
      stats.set(this.source, s);
    }
  };
}
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'qt-'));
const config = intakeConfig(dataDir);
const handle = openDatabase(config.database);
await migrateToLatest(handle);
const deps = createDeps(config, handle);
const villages = await seedIntakeTown(deps);
const app = await buildApp(config, handle, deps);
await app.ready();
const login = await app.inject({
  method: 'POST',
  url: '/api/v1/auth/login',
  payload: { username: 'bench', password: INTAKE_PASSWORD },
});
const cookie = `fq_session=${login.cookies.find((c) => c.name === 'fq_session')?.value}`;
const csrf = (login.json() as { csrfToken: string }).csrfToken;
let serial = 0;
const body = () => {
  serial++;
  const born = new Date(Date.UTC(1950, 0, 1) + (serial % 18000) * 86400000).toISOString().slice(0, 10);
  const f = `420626${born.replaceAll('-', '')}${String(Math.floor(serial / 18000) % 1000).padStart(3, '0')}`;
  return {
    source: 'dispatch_110',
    classCode: '020201',
    jurisdictionId: villages[serial % villages.length],
    summary: `报警（第${serial}起）`,
    address: `马良镇第${(serial % villages.length) + 1}村${serial % 8}组${serial % 400}号`,
    parties: [
      {
        role: 'caller',
        name: '张三',
        idNumber: `${f}${computeIdCheckChar(f)}`,
        phone: `139${String(serial).padStart(8, '0')}`,
      },
    ],
  };
};
const N = Number(process.env.N ?? 2000);
for (let i = 0; i < 300; i++)
  await app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: body(),
  });
stats.clear();
const c0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < N; i++) {
  const r = await app.inject({
    method: 'POST',
    url: '/api/v1/incidents',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: body(),
  });
  if (r.statusCode !== 201) throw new Error(r.body);
}
const wall = performance.now() - t0;
const cpu = process.cpuUsage(c0);
const rows = [...stats.entries()].sort((a, b) => b[1].t - a[1].t);
const totalQ = rows.reduce((s, [, v]) => s + v.t, 0);
console.log(
  `wall ${((wall / N) * 1000).toFixed(0)} µs/intake, cpu ${((cpu.user + cpu.system) / N).toFixed(0)} µs/intake, sql ${((totalQ / N) * 1000).toFixed(0)} µs/intake, statements/intake ${(rows.reduce((s, [, v]) => s + v.n, 0) / N).toFixed(1)}`,
);
for (const [sqlText, v] of rows.slice(0, Number(process.env.TOP ?? 25)))
  console.log(
    `${((v.t / N) * 1000).toFixed(1).padStart(7)} µs  ${(v.n / N).toFixed(2)}x  ${sqlText.replace(/\s+/g, ' ').slice(0, 200)}`,
  );
await app.close();
fs.rmSync(dataDir, { recursive: true, force: true });
