import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { Config } from '../config';
import type { Database } from './schema';
import { withStatementCache } from './statement-cache';

export type Db = Kysely<Database>;
export type Tx = Transaction<Database>;
/** A repository accepts either the root handle or an open transaction. */
export type Executor = Db | Tx;
export type DialectKind = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Db;
  kind: DialectKind;
  close(): Promise<void>;
}

export function openDatabase(database: Config['database']): DatabaseHandle {
  if (database.kind === 'sqlite') {
    ownerOnly(database.file);
    const sqlite = new SQLite(database.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    return { db, kind: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: database.url, max: 10 });
  // An idle connection the server ends (a restart, a failover, an administrator) must not take the process down:
  // the pool drops it and opens a new one on the next query.
  pool.on('error', (error) => process.stderr.write(`database: idle connection closed: ${error.message}\n`));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, kind: 'postgres', close: () => db.destroy() };
}

/**
 * The database holds the whole case file, so it is readable by its owner only, like the key file: the directory
 * 0700, the file 0600 before SQLite opens it. SQLite gives its -wal and -shm files the database file's mode; files
 * an earlier version left readable by others are tightened.
 */
function ownerOnly(file: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const f of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(f) && (fs.statSync(f).mode & 0o077) !== 0) fs.chmodSync(f, 0o600);
  }
}
