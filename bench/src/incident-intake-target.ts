// Started as a child process by incident-intake.ts.
//   incident-intake-target.ts serve <dir>       the real app on a fresh SQLite database in <dir>: one town of 50
//                                               villages with six police officers and an auxiliary officer per
//                                               village (who intake notifies); prints READY <port> <village ids>
//   incident-intake-target.ts raw <dir> <s>     the raw-insert baseline on the database the app filled (rawInserts),
//                                               for <s> seconds; prints RAW <json>
// Over IPC the parent asks the app for 'cpu' (the process's CPU time). The baseline runs in a process of its own
// once the app has stopped, so a profile of the app holds the app only.
import crypto from 'node:crypto';
import SQLite from 'better-sqlite3';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { createJurisdictionRow } from '../../packages/server/src/modules/directory/jurisdictions.repository';
import { UsersService } from '../../packages/server/src/modules/users/users.service';
import { INTAKE_PASSWORD, INTAKE_VILLAGES } from './incident-intake-settings';

const [mode, dataDir, seconds] = process.argv.slice(2);
if (!dataDir || (mode !== 'serve' && mode !== 'raw')) {
  throw new Error('usage: incident-intake-target.ts serve <dir> | raw <dir> <seconds>');
}
const config = {
  ...loadConfig({
    FENGQIAO_DATA_DIR: dataDir,
    FENGQIAO_LOG_LEVEL: 'silent',
    FENGQIAO_WEB_DIST: '/none',
    // Accounts are made once at start-up; the measured requests never hash a password.
    FENGQIAO_ARGON2_MEMORY_KIB: '1024',
  }),
  adminMfaRequired: false,
};
if (config.database.kind !== 'sqlite') throw new Error('the intake benchmark runs on SQLite');
const file = config.database.file;

/**
 * The baseline: the incident row and its party row the app wrote last, inserted again with fresh ids and number
 * through one prepared better-sqlite3 statement each, one transaction per intake (each is acknowledged only once
 * committed, as over HTTP), with the app's pragmas; for `seconds`.
 */
function rawInserts(seconds: number): { inserts: number; cpuUs: number } {
  const sqlite = new SQLite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  const incident = sqlite.prepare('select * from incidents order by id desc limit 1').get() as Record<string, unknown>;
  const party = sqlite.prepare('select * from incident_parties where incident_id = ?').get(incident.id) as Record<
    string,
    unknown
  >;
  const insertOf = (table: string, row: Record<string, unknown>) =>
    sqlite.prepare(
      `insert into ${table} (${Object.keys(row).join(', ')}) values (${Object.keys(row)
        .map((key) => `@${key}`)
        .join(', ')})`,
    );
  const insertIncident = insertOf('incidents', incident);
  const insertParty = insertOf('incident_parties', party);
  const intake = sqlite.transaction((n: number) => {
    const id = crypto.randomUUID();
    insertIncident.run({ ...incident, id, number: `RAW-${n}` });
    insertParty.run({ ...party, id: crypto.randomUUID(), incident_id: id });
  });
  const cpuBefore = process.cpuUsage();
  const end = performance.now() + seconds * 1000;
  let n = 0;
  while (performance.now() < end) intake(n++);
  const cpu = process.cpuUsage(cpuBefore);
  sqlite.close();
  return { inserts: n, cpuUs: (cpu.user + cpu.system) / Math.max(n, 1) };
}

if (mode === 'raw') {
  process.stdout.write(`RAW ${JSON.stringify(rawInserts(Number(seconds ?? 10)))}\n`);
  process.exit(0);
}

const handle = openDatabase(config.database);
await migrateToLatest(handle);
const deps = createDeps(config, handle);
const villageIds: string[] = [];
await deps.db.transaction().execute(async (tx) => {
  const county = await createJurisdictionRow(tx, {
    parent: null,
    level: 'county',
    code: '420626000000',
    name: '保康县',
  });
  const town = await createJurisdictionRow(tx, { parent: county, level: 'town', code: '420626104000', name: '马良镇' });
  const district = await createJurisdictionRow(tx, { parent: town, level: 'district', code: 'P01', name: '片区' });
  const users = new UsersService(deps);
  const system = { actor: null, ip: null, requestId: null };
  const account = (username: string, role: 'chief' | 'officer' | 'auxiliary', jurisdictionId: string) =>
    users.provision(tx, system, {
      username,
      displayName: username,
      password: INTAKE_PASSWORD,
      roles: [{ role, jurisdictionId }],
    });
  await account('bench', 'chief', town.id);
  for (let i = 1; i <= 6; i++) await account(`officer${i}`, 'officer', district.id);
  for (let i = 0; i < INTAKE_VILLAGES; i++) {
    const village = await createJurisdictionRow(tx, {
      parent: district,
      level: 'village',
      code: `420626104${String(200 + i).padStart(3, '0')}`,
      name: `第${i + 1}村`,
    });
    villageIds.push(village.id);
    await account(`aux${i + 1}`, 'auxiliary', village.id);
  }
});
const app = await buildApp(config, handle, deps);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

// A clean exit on Ctrl-C (the parent sends SIGINT) lets `node --cpu-prof` write its profile.
process.once('SIGINT', process.exit.bind(process, 0));
process.on('message', () => process.send?.({ kind: 'cpu', usage: process.cpuUsage() }));
process.stdout.write(`READY ${port} ${JSON.stringify(villageIds)}\n`);
