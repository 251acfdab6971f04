import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/database';

/** An online, consistent copy of the SQLite database (VACUUM INTO). PostgreSQL backups use pg_dump. */
export async function backupDatabase(
  config: Config,
  handle: DatabaseHandle,
  target: string | undefined,
): Promise<void> {
  if (config.database.kind !== 'sqlite') throw new Error('backup: for PostgreSQL use pg_dump (docs/operations.md)');
  if (!target) throw new Error('backup: name the target file');
  const file = path.resolve(target);
  if (fs.existsSync(file)) throw new Error(`backup: ${file} already exists`);
  await sql`vacuum into ${file}`.execute(handle.db);
  process.stdout.write(`backup written to ${file}; keep the key file (${config.crypto.keyFile}) with it, separately\n`);
}
