import crypto from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { KyselyPlugin } from 'kysely';
import { type AppOptions, buildApp, createDeps } from '../../src/app';
import { type Config, loadConfig } from '../../src/config';
import { type DatabaseHandle, openDatabase } from '../../src/db/database';
import { migrateToLatest } from '../../src/db/migrate';
import type { Deps } from '../../src/platform/deps';
import type { MediaServer } from '../../src/platform/media/media-server';
import { createTestDatabase, type TestDialect } from './databases';
import { createFakeMediaServer } from './fake-media-server';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  handle: DatabaseHandle;
  config: Config;
  close(): Promise<void>;
}

export async function createTestApp(
  dialect: TestDialect,
  overrides: Partial<Config> = {},
  env: NodeJS.ProcessEnv = {},
  options: AppOptions & {
    /** The media server; default: the in-memory fake, or the real adapter when env names a Janus (real-janus.ts). */
    media?: MediaServer;
  } = {},
  /** Kysely plugins on the app's database handle (query counting). */
  plugins: readonly KyselyPlugin[] = [],
): Promise<TestApp> {
  const testDb = await createTestDatabase(dialect);
  const keyring = JSON.stringify({ active: 'k1', keys: { k1: crypto.randomBytes(32).toString('base64') } });
  const base = loadConfig({
    FENGQIAO_DATA_DIR: testDb.dataDir,
    FENGQIAO_KEYRING: keyring,
    FENGQIAO_LOG_LEVEL: 'silent',
    FENGQIAO_ARGON2_MEMORY_KIB: '1024',
    FENGQIAO_WEB_DIST: '/nonexistent',
    ...env,
  });
  // Administrators' TOTP requirement is tested on its own; elsewhere it would only add set-up noise.
  const config: Config = { ...base, database: testDb.database, adminMfaRequired: false, ...overrides };
  const opened = openDatabase(config.database);
  const handle = { ...opened, db: plugins.reduce((db, plugin) => db.withPlugin(plugin), opened.db) };
  await migrateToLatest(handle);
  const built = createDeps(config, handle);
  const media = options.media ?? (config.media.janusUrl === undefined ? createFakeMediaServer() : built.media);
  if (media !== built.media) await built.media.close();
  const deps: Deps = { ...built, media };
  const app = await buildApp(config, handle, deps, options);
  await app.ready();
  return {
    app,
    deps,
    handle,
    config,
    close: async () => {
      await app.close();
      await handle.close();
      await testDb.drop();
    },
  };
}
