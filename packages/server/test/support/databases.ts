import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Config } from '../../src/config';

export type TestDialect = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when FENGQIAO_TEST_DATABASE_URL is set, and required when FENGQIAO_REQUIRE_PG=1. */
export function testDialects(): TestDialect[] {
  const url = process.env.FENGQIAO_TEST_DATABASE_URL;
  if (!url && process.env.FENGQIAO_REQUIRE_PG === '1') {
    throw new Error('FENGQIAO_REQUIRE_PG=1 but FENGQIAO_TEST_DATABASE_URL is not set');
  }
  return url ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase {
  database: Config['database'];
  dataDir: string;
  drop(): Promise<void>;
}

/** A fresh, empty database for one test file: a temp SQLite file, or a new PostgreSQL database. */
export async function createTestDatabase(dialect: TestDialect): Promise<TestDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-test-'));
  if (dialect === 'sqlite') {
    return {
      database: { kind: 'sqlite', file: path.join(dataDir, 'test.db') },
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const adminUrl = process.env.FENGQIAO_TEST_DATABASE_URL ?? '';
  const name = `fq_test_${crypto.randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString() },
    dataDir,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await dropWithRetries(c, name);
      } finally {
        await c.end();
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * `with (force)` cannot end a backend of another role, such as an autovacuum worker that has just started on the
 * busy test database (42501), and a backend may still be leaving (55006): wait a moment and try again.
 */
async function dropWithRetries(c: pg.Client, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await c.query(`drop database if exists ${name} with (force)`);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 20 || (code !== '42501' && code !== '55006')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}
