// Started as a child process by list-vs-bare.ts: serves either a bare Fastify route or the real
// app (on a fresh SQLite database with one town of 50 villages), then prints READY <port>.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { buildApp, createDeps } from '../../packages/server/src/app';
import { loadConfig } from '../../packages/server/src/config';
import { openDatabase } from '../../packages/server/src/db/database';
import { migrateToLatest } from '../../packages/server/src/db/migrate';
import { createJurisdictionRow } from '../../packages/server/src/modules/directory/jurisdictions.repository';
import { UsersService } from '../../packages/server/src/modules/users/users.service';

export const BENCH_PASSWORD = 'Celiang#2026';
const VILLAGES = 50;

async function bare(): Promise<number> {
  const app = Fastify({ logger: false });
  const items = Array.from({ length: VILLAGES }, (_, i) => ({
    id: `0190a0b0-0000-7000-8000-${String(i).padStart(12, '0')}`,
    parentId: null,
    level: 'village',
    code: `420626104${String(200 + i).padStart(3, '0')}`,
    name: `第${i + 1}村`,
    townId: null,
    population: 1000,
    households: 300,
    note: null,
    actions: [],
  }));
  app.get('/bare', async () => ({ items }));
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

async function real(): Promise<number> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-bench-'));
  const config = {
    ...loadConfig({ FENGQIAO_DATA_DIR: dataDir, FENGQIAO_LOG_LEVEL: 'silent', FENGQIAO_WEB_DIST: '/none' }),
    adminMfaRequired: false,
  };
  const handle = openDatabase(config.database);
  await migrateToLatest(handle);
  const deps = createDeps(config, handle);
  await deps.db.transaction().execute(async (tx) => {
    const county = await createJurisdictionRow(tx, {
      parent: null,
      level: 'county',
      code: '420626000000',
      name: '保康县',
    });
    const town = await createJurisdictionRow(tx, {
      parent: county,
      level: 'town',
      code: '420626104000',
      name: '马良镇',
    });
    const district = await createJurisdictionRow(tx, { parent: town, level: 'district', code: 'P01', name: '片区' });
    for (let i = 0; i < VILLAGES; i++) {
      await createJurisdictionRow(tx, {
        parent: district,
        level: 'village',
        code: `420626104${String(200 + i).padStart(3, '0')}`,
        name: `第${i + 1}村`,
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
  const app = await buildApp(config, handle, deps);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return typeof address === 'object' && address ? address.port : 0;
}

const port = process.argv[2] === 'bare' ? await bare() : await real();
// A clean exit on Ctrl-C lets `node --cpu-prof` write its profile.
process.once('SIGINT', process.exit.bind(process, 0));
process.stdout.write(`READY ${port}\n`);
