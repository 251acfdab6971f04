// The statistics dashboard at scale (issue #9, "Performance"): one town × 5 years of disputes, incidents and duty
// entries on SQLite and PostgreSQL, and a county of 20 towns on PostgreSQL (BENCH_DATABASE_URL=postgres://…, a fresh
// database created and dropped here). GET /api/v1/stats/dashboard through the whole app (app.inject: session, scope,
// every provider query, serialisation), against the raw aggregate query of its biggest figure in the same run: the
// month's incidents by village × Beijing hour, one hand-written statement.
// Run (from bench/): npm run bench:stats   (options: BENCH_YEARS=5 BENCH_RUNS=40 BENCH_COUNTY_TOWNS=20 ONLY=town|county)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { type Db, openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import type { DutyLogsTable, IncidentsTable } from '../../packages/server/src/db/schema';
import { timedId } from '../../packages/server/src/demo/dispute-case-builder';
import { pick, seededRandom } from '../../packages/server/src/demo/random';
import type { StatsCountQuery } from '../../packages/server/src/modules/statistics/stats-provider';
import { STATS_PROVIDERS } from '../../packages/server/src/modules/statistics/stats-providers';
import { UsersService } from '../../packages/server/src/modules/users/users.service';
import { scaleConfig, timeCalls, withPostgres } from './bench-kit';
import { createPlaces, fastLoad, generateDisputes, type ScaleOptions, type ScalePlaces } from './disputes-scale-data';

const PASSWORD = 'Celiang#2026';
const years = Number(process.env.BENCH_YEARS ?? 5);
const runs = Number(process.env.BENCH_RUNS ?? 40);
const countyTowns = Number(process.env.BENCH_COUNTY_TOWNS ?? 20);
const only = process.env.ONLY;
/** PROFILE=1: after each case, replay one dashboard's provider counts one at a time and print the slowest. */
const profile = process.env.PROFILE === '1';
/** Per town and year: about what a rural town of 30,000 people records. */
const DISPUTES_PER_YEAR = 2000;
const INCIDENTS_PER_YEAR = 3000;
const DUTY_PER_YEAR = 2500;

const CLASSES = [
  ['020201', '邻里纠纷', 'public_order'],
  ['010100', '盗窃', 'criminal'],
  ['030100', '交通事故', 'traffic'],
  ['050100', '群众求助', 'help'],
  ['100100', '投诉', 'complaint'],
] as const;
const DUTY_TYPES = ['patrol', 'mediation', 'publicity', 'intelligence', 'key_person', 'video_patrol'] as const;

function time(fn: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  return timeCalls(fn, 5, runs);
}

/** Incidents and duty entries spread evenly over the years, in time order, in batches of 500 rows. */
async function generateRecords(db: Db, places: ScalePlaces, options: ScaleOptions, userId: string): Promise<void> {
  const random = seededRandom(20_261_130);
  const endMs = options.now.getTime();
  const startMs = endMs - options.years * 365 * 24 * 3_600_000;
  for (const [perYear, make] of [
    [INCIDENTS_PER_YEAR, 'incident'],
    [DUTY_PER_YEAR, 'duty'],
  ] as const) {
    const total = options.towns * options.years * perYear;
    const step = (endMs - startMs) / total;
    let incidents: IncidentsTable[] = [];
    let duty: DutyLogsTable[] = [];
    const flush = async () => {
      if (incidents.length) await db.insertInto('incidents').values(incidents).execute();
      if (duty.length) await db.insertInto('duty_logs').values(duty).execute();
      incidents = [];
      duty = [];
    };
    for (let i = 0; i < total; i++) {
      const at = Math.floor(startMs + i * step + random() * step);
      const iso = new Date(at).toISOString();
      const town = places.towns[i % places.towns.length];
      if (!town) throw new Error('no town');
      const village = pick(random, places.villages.get(town.id) ?? []);
      const id = timedId(at, random);
      if (make === 'incident') {
        const [code, name, category] = pick(random, [...CLASSES]);
        const ageDays = (endMs - at) / 86_400_000;
        const open = ageDays < 10 && random() < 0.5;
        incidents.push({
          id,
          town_id: town.id,
          jurisdiction_id: village.id,
          number: `B${i}`,
          source: 'phone',
          class_code: code,
          class_name: name,
          category,
          dispute: code === '020201' ? 1 : 0,
          summary: name,
          address_enc: null,
          address_bidx: null,
          address_masked: null,
          latitude: null,
          longitude: null,
          state: open ? 'HANDLING' : 'CLOSED',
          disposition: null,
          case_kind: null,
          case_number: null,
          department_id: null,
          duplicate_of_id: null,
          dispute_id: null,
          responsible_officer_id: null,
          received_at: iso,
          dispatched_at: iso,
          acked_at: iso,
          arrived_at: iso,
          handling_at: iso,
          feedback_at: null,
          reviewed_at: null,
          closed_at: open ? null : iso,
          arrival_target_minutes: 30,
          arrival_deadline_at: new Date(at + 30 * 60_000).toISOString(),
          arrival_late: random() < 0.05 ? 1 : 0,
          feedback: null,
          search_text: name,
          party_keys: '',
          created_by: null,
          created_at: iso,
          updated_at: iso,
        });
      } else {
        duty.push({
          id,
          town_id: town.id,
          jurisdiction_id: village.id,
          type: pick(random, [...DUTY_TYPES]),
          occurred_at: iso,
          occurred_on: new Date(at + 8 * 3_600_000).toISOString().slice(0, 10),
          officer_user_id: userId,
          officer_person_id: null,
          officer_name: '民警',
          place: null,
          note: null,
          created_at: iso,
        });
      }
      if (incidents.length + duty.length >= 500) await flush();
    }
    await flush();
  }
  // Each settled case's step into RESOLVED, and an online session for about one case in sixteen.
  await sql`insert into dispute_timeline (id, dispute_id, at, event, actor_id, actor_name, from_state, to_state,
      from_tier, to_tier, reason, explanation, route, department_ids, ref_id)
    select d.id || '-r', d.id, d.updated_at, 'resolve', null, null, 'VILLAGE_HANDLING', 'RESOLVED', d.tier, d.tier,
      null, null, null, '[]', null
    from disputes d where d.state in ('RESOLVED', 'FOLLOW_UP', 'CLOSED')`.execute(db);
  await sql`insert into mediations (id, dispute_id, town_id, jurisdiction_id, track, initiated_by, started_at, status,
      ended_at, mediator_ids, responsible_officer_id, extensions, termination_reason, other_routes_explained,
      reported_to_police, created_at)
    select d.id || '-m', d.id, d.town_id, d.jurisdiction_id, 'people', 'party', d.created_at, 'agreed', null, '[]',
      null, '[]', null, null, 0, d.created_at
    from disputes d where substr(d.id, length(d.id), 1) in ('0', '1')`.execute(db);
  await sql`insert into mediation_sessions (id, mediation_id, mode, started_at, ended_at, location, participants,
      invitees_consented, record, reported_to_police, created_at)
    select m.id || '-s', m.id, case when substr(m.dispute_id, length(m.dispute_id), 1) = '0' then 'online' else 'on_site' end,
      m.started_at, m.started_at, null, '[]', 1, '调解', 0, m.created_at
    from mediations m where m.id like '%-m'`.execute(db);
}

async function runEngine(label: string, databaseUrl: string | null, towns: number): Promise<string[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-stats-'));
  const config = scaleConfig(dataDir, databaseUrl);
  const options: ScaleOptions = {
    towns,
    years,
    perTownPerYear: DISPUTES_PER_YEAR,
    villagesPerTown: 20,
    now: new Date(),
  };
  const handle = openDatabase(config.database);
  try {
    await migrateToLatest(handle);
    const deps = createDeps(config, handle);
    const { db } = deps;
    const t0 = performance.now();
    const places = await createPlaces(db, options);
    const town = places.towns[0];
    if (!town) throw new Error('no town');
    const system = { actor: null, ip: null, requestId: null };
    const users = new UsersService(deps);
    const chief = await db.transaction().execute(async (tx) => {
      const user = await users.provision(tx, system, {
        username: 'chief1',
        displayName: '第1镇所长',
        password: PASSWORD,
        roles: [{ role: 'chief', jurisdictionId: town.id }],
      });
      // A county-level reader (no role is granted on a county to read figures): a chief's grant in every town.
      await users.provision(tx, system, {
        username: 'county1',
        displayName: '县局',
        password: PASSWORD,
        roles: places.towns.map((row) => ({ role: 'chief' as const, jurisdictionId: row.id })),
      });
      return user;
    });
    if (handle.kind === 'sqlite') await fastLoad(db, true);
    const disputes = await generateDisputes(db, places, options, () => undefined);
    await generateRecords(db, places, options, chief.id);
    if (handle.kind === 'sqlite') await fastLoad(db, false);
    await sql.raw('analyze').execute(db);
    const loadSeconds = (performance.now() - t0) / 1000;

    const app = await buildApp(config, handle, deps);
    const cookieOf = async (username: string) => {
      const login = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: PASSWORD },
      });
      if (login.statusCode !== 200) throw new Error(`login ${login.statusCode} ${login.body}`);
      return String(login.headers['set-cookie'] ?? '').split(';')[0] ?? '';
    };
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const from = new Date(Date.parse(`${month}-01T00:00:00+08:00`)).toISOString();
    const raw = (townIds: readonly string[]) =>
      sql`select case when j.level = 'group' then j.parent_id else j.id end as village,
          (cast(substr(i.received_at, 12, 2) as integer) + 8) % 24 as hour, count(*) as n
        from incidents i join jurisdictions j on j.id = i.jurisdiction_id
        where i.town_id in (${sql.join(townIds)}) and i.received_at >= ${from}
        group by 1, 2`.execute(db);
    const cases = [
      {
        label: 'town dashboard (month)',
        user: 'chief1',
        url: `/api/v1/stats/dashboard?period=month&key=${month}`,
        towns: [town.id],
      },
      {
        label: 'town dashboard (year to date)',
        user: 'chief1',
        url: '/api/v1/stats/dashboard?period=ytd',
        towns: [town.id],
      },
      ...(towns > 1
        ? [
            {
              label: `county dashboard, ${towns} towns (month)`,
              user: 'county1',
              url: `/api/v1/stats/dashboard?period=month&key=${month}`,
              towns: places.towns.map((row) => row.id),
            },
          ]
        : []),
    ];
    const lines = [
      `${label}: ${towns} town(s) × ${years} years: ${disputes} disputes, ${towns * years * INCIDENTS_PER_YEAR} incidents, ${towns * years * DUTY_PER_YEAR} duty entries; loaded in ${loadSeconds.toFixed(0)} s`,
    ];
    for (const c of cases) {
      const cookie = await cookieOf(c.user);
      const first = await app.inject({ method: 'GET', url: c.url, headers: { cookie } });
      if (first.statusCode !== 200) throw new Error(`${c.url}: ${first.statusCode} ${first.body.slice(0, 300)}`);
      const api = await time(() => app.inject({ method: 'GET', url: c.url, headers: { cookie } }));
      if (profile)
        lines.push(...(await profileCounts(db, () => app.inject({ method: 'GET', url: c.url, headers: { cookie } }))));
      const bare = await time(() => raw(c.towns));
      lines.push(
        `  ${c.label.padEnd(36)} api p50 ${api.p50.toFixed(1).padStart(6)} ms  p95 ${api.p95.toFixed(1).padStart(6)} ms` +
          `  raw p50 ${bare.p50.toFixed(2).padStart(6)} ms  p95 ${bare.p95.toFixed(2).padStart(6)} ms` +
          `  ratio p95 ${(api.p95 / Math.max(bare.p95, 0.01)).toFixed(1)}×`,
      );
    }
    await app.close();
    return lines;
  } finally {
    await handle.close().catch(() => undefined);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The provider counts one dashboard makes, replayed one at a time (median of 5), slowest first. */
async function profileCounts(db: Db, request: () => Promise<unknown>): Promise<string[]> {
  const calls: { provider: (typeof STATS_PROVIDERS)[number]; key: string; query: StatsCountQuery }[] = [];
  const originals = STATS_PROVIDERS.map((provider) => provider.count);
  STATS_PROVIDERS.forEach((provider, index) => {
    const original = originals[index];
    if (!original) return;
    (provider as { count: typeof original }).count = (exec, key, query) => {
      calls.push({ provider, key, query });
      return original.call(provider, exec, key, query);
    };
  });
  const t0 = performance.now();
  await request();
  const wall = performance.now() - t0;
  STATS_PROVIDERS.forEach((provider, index) => {
    const original = originals[index];
    if (original) (provider as { count: typeof original }).count = original;
  });
  const timed: { label: string; ms: number }[] = [];
  for (const { provider, key, query } of calls) {
    const samples: number[] = [];
    for (let i = 0; i < 5; i++) {
      const s0 = performance.now();
      await provider.count(db, key, query);
      samples.push(performance.now() - s0);
    }
    samples.sort((a, b) => a - b);
    const group = [query.groupBy, query.thenBy].filter(Boolean).join('×') || 'total';
    timed.push({ label: `${key} ${group} ${query.from.slice(0, 10)}..${query.to.slice(0, 10)}`, ms: samples[2] ?? 0 });
  }
  timed.sort((a, b) => b.ms - a.ms);
  const sum = timed.reduce((total, row) => total + row.ms, 0);
  return [
    `    profile: ${calls.length} counts, ${sum.toFixed(1)} ms one at a time (dashboard ${wall.toFixed(1)} ms)`,
    ...timed.map((row) => `      ${row.ms.toFixed(2).padStart(7)} ms  ${row.label}`),
  ];
}

const out = [
  `runs=${runs} node=${process.version} (goals: one town p95 < 100 ms, county of 20 towns on PostgreSQL < 300 ms)`,
];
const pgUrl = process.env.BENCH_DATABASE_URL;
if (only !== 'county') {
  out.push(...(await runEngine('sqlite', null, 1)));
  if (pgUrl?.startsWith('postgres'))
    out.push(...(await withPostgres(pgUrl, 'fengqiao_bench_stats', (url) => runEngine('postgres', url, 1))));
}
if (only !== 'town' && pgUrl?.startsWith('postgres')) {
  out.push(...(await withPostgres(pgUrl, 'fengqiao_bench_stats', (url) => runEngine('postgres', url, countyTowns))));
}
process.stdout.write(`${out.join('\n')}\n`);
