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
import { openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { intakeConfig, seedIntakeTown } from './bench-town';

const [mode, dataDir, seconds] = process.argv.slice(2);
if (!dataDir || (mode !== 'serve' && mode !== 'raw')) {
  throw new Error('usage: incident-intake-target.ts serve <dir> | raw <dir> <seconds>');
}
const config = intakeConfig(dataDir);
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
const villageIds = await seedIntakeTown(deps);
const app = await buildApp(config, handle, deps);
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const port = typeof address === 'object' && address ? address.port : 0;

// A clean exit on Ctrl-C (the parent sends SIGINT) lets `node --cpu-prof` write its profile.
process.once('SIGINT', process.exit.bind(process, 0));
process.on('message', () => process.send?.({ kind: 'cpu', usage: process.cpuUsage() }));
process.stdout.write(`READY ${port} ${JSON.stringify(villageIds)}\n`);
