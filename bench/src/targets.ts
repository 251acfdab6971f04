// Started as a child process by list-vs-bare.ts; prints READY <port> once it listens.
//   bare                 a bare Fastify route returning a fixed list of 50 village-shaped objects
//   real [dir]           the real app on a fresh SQLite database in <dir> with one town of 50 villages
//   demo <dir>           the real app on the Maliang demo town, seeded into <dir> when it is empty
//   bare-demo <dir>      bare Fastify routes answering the dispute and agreement lists of <dir>'s demo
//                        database with one raw SQL statement each
// The parent asks for the process's CPU time over IPC (message 'cpu') to report CPU per request.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import Fastify from 'fastify';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { hasAnyJurisdiction, seedMaliang } from '../../packages/server/src/demo/maliang';
import { createJurisdictionRow } from '../../packages/server/src/modules/directory/jurisdictions.repository';
import { UsersService } from '../../packages/server/src/modules/users/users.service';
import { benchVillage, createBenchTown } from './bench-town';
import { BENCH_PASSWORD, LIST_LIMIT } from './settings';

const VILLAGES = 50;

async function listen(app: ReturnType<typeof Fastify>): Promise<number> {
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

async function bare(): Promise<number> {
  const app = Fastify({ logger: false });
  // The same fields and values the app answers with (ids, parent, town and the chief's actions), so both
  // write the same bytes.
  const id = (n: number) => `0190a0b0-0000-7000-8000-${String(n).padStart(12, '0')}`;
  const items = Array.from({ length: VILLAGES }, (_, i) => ({
    id: id(i + 2),
    parentId: id(1),
    level: 'village',
    code: `420626104${String(200 + i).padStart(3, '0')}`,
    name: `第${i + 1}村`,
    townId: id(0),
    population: 1000,
    households: 300,
    note: null,
    actions: ['update', 'create_child'],
  }));
  app.get('/bare', async () => ({ items }));
  return listen(app);
}

function appConfig(dataDir: string) {
  return {
    ...loadConfig({ FENGQIAO_DATA_DIR: dataDir, FENGQIAO_LOG_LEVEL: 'silent', FENGQIAO_WEB_DIST: '/none' }),
    adminMfaRequired: false,
  };
}

async function real(dataDir: string): Promise<number> {
  const config = appConfig(dataDir);
  const handle = openDatabase(config.database);
  await migrateToLatest(handle);
  const deps = createDeps(config, handle);
  await deps.db.transaction().execute(async (tx) => {
    const { town, district } = await createBenchTown(tx);
    for (let i = 0; i < VILLAGES; i++) {
      await createJurisdictionRow(tx, {
        parent: district,
        level: 'village',
        ...benchVillage(i),
        population: 1000,
        households: 300,
      });
    }
    await new UsersService(deps).provision(
      tx,
      { actor: null, ip: null, requestId: null },
      {
        username: 'bench',
        displayName: 'bench',
        password: BENCH_PASSWORD,
        roles: [{ role: 'chief', jurisdictionId: town.id }],
      },
    );
  });
  return listen(await buildApp(config, handle, deps));
}

async function demo(dataDir: string): Promise<number> {
  const config = appConfig(dataDir);
  const handle = openDatabase(config.database);
  await migrateToLatest(handle);
  const deps = createDeps(config, handle);
  if (!(await hasAnyJurisdiction(deps))) await seedMaliang(deps, BENCH_PASSWORD);
  return listen(await buildApp(config, handle, deps));
}

/**
 * The same rows as the two lists, each from one prepared statement: the dispute page (the columns the list shows)
 * with its place name, party names and departments; the agreement page with its parties (masked). No session,
 * scope, audit or actions; the app's query plans (EXISTS for agreements), so only the stack differs.
 */
async function bareDemo(dataDir: string): Promise<number> {
  const { database } = appConfig(dataDir);
  if (database.kind !== 'sqlite') throw new Error('bare-demo reads the SQLite demo database');
  const sqlite = new SQLite(database.file, { readonly: true });
  const town = sqlite.prepare(`select id from jurisdictions where level = 'town'`).pluck().get();
  const disputes = sqlite.prepare(`
    select d.id, d.number, d.town_id, d.jurisdiction_id, d.category, d.source, d.summary, d.address_masked,
      d.occurred_on, d.people_involved, d.grievance_started_on, d.tier, d.state, d.complexity, d.risk_grade,
      d.risk_reasons, d.deadline_at, d.overdue, d.incident_ids, d.created_at, d.updated_at, j.name as jurisdiction_name,
      (select json_group_array(p.name) from dispute_parties p where p.dispute_id = d.id) as party_names,
      (select json_group_array(dd.organization_id) from dispute_departments dd where dd.dispute_id = d.id) as departments
    from disputes d join jurisdictions j on j.id = d.jurisdiction_id
    where d.town_id = ? order by d.id desc limit ?`);
  const agreements = sqlite.prepare(`
    select a.*,
      (select json_group_array(json_object('id', p.id, 'role', p.role, 'name', p.name, 'sex', p.sex,
         'ethnicity', p.ethnicity, 'age', p.age, 'occupation', p.occupation, 'idNumber', p.id_number_masked,
         'phone', p.phone_masked, 'address', p.address_masked, 'agent', p.agent))
       from dispute_parties p where p.dispute_id = a.dispute_id) as parties
    from agreements a
    where exists (select 1 from disputes d where d.id = a.dispute_id and d.town_id = ?) order by a.id desc limit ?`);
  const app = Fastify({ logger: false });
  app.get('/bare/disputes', async () => ({ items: disputes.all(town, LIST_LIMIT), nextCursor: null }));
  app.get('/bare/agreements', async () => agreements.all(town, LIST_LIMIT));
  return listen(app);
}

const [kind, dir] = process.argv.slice(2);
const port =
  kind === 'bare'
    ? await bare()
    : kind === 'demo' && dir
      ? await demo(dir)
      : kind === 'bare-demo' && dir
        ? await bareDemo(dir)
        : await real(dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-')));
// A clean exit on Ctrl-C (the parent sends SIGINT) lets `node --cpu-prof` write its profile.
process.once('SIGINT', process.exit.bind(process, 0));
process.on('message', () => process.send?.(process.cpuUsage()));
process.stdout.write(`READY ${port}\n`);
