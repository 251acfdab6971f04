import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';

const mode = (file: string) => fs.statSync(file).mode & 0o777;

// File modes concern SQLite only: PostgreSQL keeps its files under its own account.
describe('SQLite database files', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-db-'));
    dirs.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the database, its -wal and -shm files 0600 in a 0700 directory', async () => {
    const file = path.join(tempDir(), 'data', 'fengqiao.db');
    const handle = openDatabase({ kind: 'sqlite', file });
    try {
      await sql`create table t (x integer)`.execute(handle.db);
      await sql`insert into t values (1)`.execute(handle.db);
      expect(mode(path.dirname(file))).toBe(0o700);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    } finally {
      await handle.close();
    }
  });

  it('tightens a database file left readable by others by an earlier version', async () => {
    const file = path.join(tempDir(), 'fengqiao.db');
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.writeFileSync(f, '', { mode: 0o644 });
    fs.chmodSync(file, 0o644);
    const handle = openDatabase({ kind: 'sqlite', file });
    try {
      await sql`create table t (x integer)`.execute(handle.db);
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f)]).toEqual([f, 0o600]);
    } finally {
      await handle.close();
    }
  });
});
