// Disputes at county scale (issue #3, "Performance (benchmark)"): towns × years of disputes generated into a fresh
// SQLite file and, when BENCH_DATABASE_URL=postgres://… is set, a fresh PostgreSQL database created and dropped
// here; then a filtered list page and text searches through the app (app.inject: the whole handler with session,
// scope, audit row and serialisation, no network), against a raw `select … limit 50` of the same filter.
// Run: npm run bench:disputes   (options: BENCH_TOWNS=20 BENCH_YEARS=5 BENCH_PER_TOWN_YEAR=2000 BENCH_RUNS=200)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { type Db, openDatabase } from '../../packages/server/src/db/database';
import { likePrefix, likeSql } from '../../packages/server/src/db/dialect';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { disputeTextMatch } from '../../packages/server/src/db/text-search';
import { UsersService } from '../../packages/server/src/modules/users/users.service';
import { scaleConfig, timeCalls, withPostgres } from './bench-kit';
import { createPlaces, fastLoad, generateDisputes, type ScaleOptions } from './disputes-scale-data';

const PASSWORD = 'Celiang#2026';
const options: ScaleOptions = {
  towns: Number(process.env.BENCH_TOWNS ?? 20),
  years: Number(process.env.BENCH_YEARS ?? 5),
  perTownPerYear: Number(process.env.BENCH_PER_TOWN_YEAR ?? 2000),
  villagesPerTown: 20,
  now: new Date(),
};
const runs = Number(process.env.BENCH_RUNS ?? 200);

interface Case {
  label: string;
  url: string;
  raw: (db: Db) => Promise<unknown[]>;
}

function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  return timeCalls(fn, 20, runs);
}

async function runEngine(label: string, databaseUrl: string | null): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-disputes-'));
  const config = scaleConfig(dataDir, databaseUrl);
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const deps = createDeps(config, handle);
    const { db } = deps;
    const t0 = performance.now();
    const places = await createPlaces(db, options);
    const town = places.towns[0];
    const village = town ? places.villages.get(town.id)?.[3] : undefined;
    if (!town || !village) throw new Error('no places');
    await db.transaction().execute((tx) =>
      new UsersService(deps).provision(
        tx,
        { actor: null, ip: null, requestId: null },
        {
          username: 'chief1',
          displayName: '第1镇所长',
          password: PASSWORD,
          roles: [{ role: 'chief', jurisdictionId: town.id }],
        },
      ),
    );
    if (handle.kind === 'sqlite') await fastLoad(db, true);
    const count = await generateDisputes(db, places, options, (done) => {
      if (done % 50_000 === 0) process.stderr.write(`  ${label}: ${done} disputes\n`);
    });
    if (handle.kind === 'sqlite') await fastLoad(db, false);
    // Fresh statistics, as a database that has grown in production would have them.
    await sql.raw('analyze').execute(db);
    const loadSeconds = (performance.now() - t0) / 1000;

    const app = await buildApp(config, handle, deps);
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'chief1', password: PASSWORD },
    });
    if (login.statusCode !== 200) throw new Error(`login ${login.statusCode} ${login.body}`);
    const cookie = String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    const base = (d: Db) =>
      d
        .selectFrom('disputes as d')
        .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
        .selectAll('d')
        .where('d.town_id', '=', town.id);
    const cases: Case[] = [
      {
        label: 'list tier=town state=ASSIGNED village risk=red',
        url: `/api/v1/disputes?tier=town&state=ASSIGNED&villageId=${village.id}&risk=red&limit=50`,
        raw: (d) =>
          base(d)
            .where('d.tier', '=', 'town')
            .where('d.state', '=', 'ASSIGNED')
            .where('d.risk_grade', '=', 'red')
            .where(likeSql('j.path', likePrefix(village.path)))
            .orderBy('d.id', 'desc')
            .limit(50)
            .execute(),
      },
      {
        label: 'list state=CLOSED (first page)',
        url: '/api/v1/disputes?state=CLOSED&limit=50',
        raw: (d) => base(d).where('d.state', '=', 'CLOSED').orderBy('d.id', 'desc').limit(50).execute(),
      },
      {
        label: 'board figures (counts over the town)',
        url: '/api/v1/disputes/board',
        raw: (d) =>
          d
            .selectFrom('disputes as d')
            .select(['d.tier', 'd.state', 'd.risk_grade', sql<number>`count(*)`.as('n')])
            .where('d.town_id', '=', town.id)
            .groupBy(['d.tier', 'd.state', 'd.risk_grade'])
            .execute(),
      },
      {
        label: 'list order=urgency (first page)',
        url: '/api/v1/disputes?order=urgency&limit=50',
        raw: (d) =>
          base(d)
            .orderBy(sql`case when d.risk_grade = 'red' then 0 else 3 end`)
            .orderBy('d.id', 'desc')
            .limit(50)
            .execute(),
      },
      ...[
        ['search 3+ chars 排水沟堵塞', '排水沟堵塞'],
        ['search 2 chars 山林', '山林'],
        ['search pinyin initials wjh', 'wjh'],
      ].map(([caseLabel, q]) => ({
        label: caseLabel ?? '',
        url: `/api/v1/disputes?q=${encodeURIComponent(q ?? '')}&limit=50`,
        raw: (d: Db) =>
          base(d)
            .where(disputeTextMatch(d, q ?? ''))
            .orderBy('d.id', 'desc')
            .limit(50)
            .execute(),
      })),
    ];
    const lines = [`${label}: ${count} disputes in ${options.towns} towns, loaded in ${loadSeconds.toFixed(1)} s`];
    for (const c of cases) {
      const first = await app.inject({ method: 'GET', url: c.url, headers: { cookie } });
      if (first.statusCode !== 200) throw new Error(`${c.url}: ${first.statusCode} ${first.body.slice(0, 300)}`);
      const items = (JSON.parse(first.body) as { items?: unknown[] }).items?.length ?? 1;
      const api = await time(() => app.inject({ method: 'GET', url: c.url, headers: { cookie } }));
      const raw = await time(() => c.raw(db));
      lines.push(
        `  ${c.label.padEnd(48)} rows ${String(items).padStart(2)}  api p50 ${api.p50.toFixed(1).padStart(6)} ms  p95 ${api.p95
          .toFixed(1)
          .padStart(
            6,
          )} ms  raw p50 ${raw.p50.toFixed(2).padStart(6)} ms  p95 ${raw.p95.toFixed(2).padStart(6)} ms  ratio p95 ${(
          api.p95 / Math.max(raw.p95, 0.01)
        ).toFixed(1)}×`,
      );
    }
    await app.close();
    return lines;
  } finally {
    await handle.close().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const out = [`runs=${runs} node=${process.version} (goals: list p95 < 50 ms, search p95 < 150 ms)`];
out.push(...(await runEngine('sqlite', null)));
const pgUrl = process.env.BENCH_DATABASE_URL;
if (pgUrl?.startsWith('postgres'))
  out.push(...(await withPostgres(pgUrl, 'fengqiao_bench', (url) => runEngine('postgres', url))));
process.stdout.write(`${out.join('\n')}\n`);
