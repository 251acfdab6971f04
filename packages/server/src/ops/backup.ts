import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { z } from 'zod';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/database';
import { Refused } from './refused';

/**
 * A backup is a directory: the database, the attachment files and the audit anchors, with a manifest of
 * SHA-256 sums that `restore` checks before writing anything. It never holds the keyring: a backup that
 * leaks must not carry the key to its personal data (docs/operations.md, "Backup and restore").
 */
const MANIFEST = 'manifest.json';
const DATABASE = 'fengqiao.db';
const ANCHORS = 'audit-anchors.jsonl';
const FILES = 'files';

const entrySchema = z.object({
  // Relative, and no segment starts with a dot: a manifest cannot steer a copy outside the data directory.
  path: z.string().regex(/^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}(\/[A-Za-z0-9_-][A-Za-z0-9._-]{0,63})*$/),
  bytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
const manifestSchema = z.object({
  format: z.literal('fengqiao-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: entrySchema,
  anchors: entrySchema.nullable(),
  files: z.array(entrySchema),
  /** The key ids the keyring held at backup time: restore needs a keyring with them. */
  keyIds: z.array(z.string()),
});
type Manifest = z.infer<typeof manifestSchema>;
type Entry = z.infer<typeof entrySchema>;

/** Where uploads live (FileStore's root). */
function filesRoot(config: Config): string {
  return path.join(config.dataDir, FILES);
}

function requireSqlite(
  config: Config,
  command: string,
): asserts config is Config & {
  database: { kind: 'sqlite'; file: string };
} {
  if (config.database.kind !== 'sqlite') {
    throw new Refused(
      `${command}: for PostgreSQL use pg_dump/pg_restore and copy ${filesRoot(config)} (docs/operations.md)`,
    );
  }
}

function sha256(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

function copyPrivate(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true, mode: 0o700 });
  fs.copyFileSync(from, to, fs.constants.COPYFILE_EXCL);
  fs.chmodSync(to, 0o600);
}

function entry(file: string, name: string): Entry {
  return { path: name, bytes: fs.statSync(file).size, sha256: sha256(file) };
}

/** Stored attachment names relative to the files root; half-written `.part` files are left out. */
function listFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !e.name.endsWith('.part'))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function keyIds(config: Config): string[] {
  const file = config.crypto.keyFile;
  const json = config.crypto.keyringJson ?? (fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null);
  if (json === null) return [];
  try {
    const parsed = z.object({ keys: z.record(z.string(), z.unknown()) }).safeParse(JSON.parse(json));
    return parsed.success ? Object.keys(parsed.data.keys).sort() : [];
  } catch {
    return [];
  }
}

/**
 * Backs up a running installation into a new directory. Order matters for consistency without stopping the
 * server: the anchors first (so none names a row the database copy lacks), then the database (`VACUUM INTO`,
 * a consistent snapshot), then the files; an upload's file is written before its row commits and files are
 * never deleted, so every file the copied database names is there.
 */
export async function backupData(
  config: Config,
  handle: DatabaseHandle,
  target: string | undefined,
): Promise<Manifest> {
  requireSqlite(config, 'backup');
  if (!target) throw new Refused('backup: name the target directory, e.g. fengqiao backup /backup/fengqiao-2026-11-29');
  const dir = path.resolve(target);
  if (fs.existsSync(dir)) throw new Refused(`backup: ${dir} already exists`);
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });

  let anchors: Entry | null = null;
  if (fs.existsSync(config.audit.anchorFile)) {
    copyPrivate(config.audit.anchorFile, path.join(dir, ANCHORS));
    anchors = entry(path.join(dir, ANCHORS), ANCHORS);
  }
  const databaseCopy = path.join(dir, DATABASE);
  await sql`vacuum into ${databaseCopy}`.execute(handle.db);
  fs.chmodSync(databaseCopy, 0o600);
  const files: Entry[] = [];
  const root = filesRoot(config);
  for (const name of listFiles(root)) {
    const copy = path.join(dir, FILES, ...name.split('/'));
    copyPrivate(path.join(root, ...name.split('/')), copy);
    files.push(entry(copy, name));
  }
  const manifest: Manifest = {
    format: 'fengqiao-backup',
    version: 1,
    createdAt: new Date().toISOString(),
    database: entry(databaseCopy, DATABASE),
    anchors,
    files,
    keyIds: keyIds(config),
  };
  fs.writeFileSync(path.join(dir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** The data directory may hold nothing yet but the keyring, which the operator puts back first. */
function refuseNonEmpty(config: Config & { database: { kind: 'sqlite'; file: string } }): void {
  const taken = [config.database.file, config.audit.anchorFile, filesRoot(config)].filter((p) => fs.existsSync(p));
  if (fs.existsSync(config.dataDir)) {
    const keyDir = path.dirname(config.crypto.keyFile);
    for (const name of fs.readdirSync(config.dataDir)) {
      if (path.join(config.dataDir, name) !== keyDir) taken.push(path.join(config.dataDir, name));
    }
  }
  if (taken.length > 0) {
    throw new Refused(
      `restore: the data directory is not empty (${[...new Set(taken)].join(', ')}); restore into an empty one`,
    );
  }
}

/**
 * Restores a backup into an empty data directory. Every sum is checked before anything is written, so a damaged
 * backup leaves the directory empty. Answers what the keyring must hold for the restored data to be readable.
 */
export function restoreData(
  config: Config,
  source: string | undefined,
): { manifest: Manifest; missingKeyIds: string[] } {
  requireSqlite(config, 'restore');
  if (!source) throw new Refused('restore: name the backup directory');
  const dir = path.resolve(source);
  const manifestFile = path.join(dir, MANIFEST);
  if (!fs.existsSync(manifestFile)) throw new Refused(`restore: ${dir} has no ${MANIFEST}; not a fengqiao backup`);
  const parsed = manifestSchema.safeParse(JSON.parse(fs.readFileSync(manifestFile, 'utf8')));
  if (!parsed.success) throw new Refused(`restore: ${manifestFile} is not a fengqiao backup manifest`);
  const manifest = parsed.data;
  refuseNonEmpty(config);

  const copies: { from: string; to: string; expected: Entry }[] = [
    { from: path.join(dir, DATABASE), to: config.database.file, expected: manifest.database },
    ...(manifest.anchors
      ? [{ from: path.join(dir, ANCHORS), to: config.audit.anchorFile, expected: manifest.anchors }]
      : []),
    ...manifest.files.map((f) => ({
      from: path.join(dir, FILES, ...f.path.split('/')),
      to: path.join(filesRoot(config), ...f.path.split('/')),
      expected: f,
    })),
  ];
  for (const { from, expected } of copies) {
    if (!fs.existsSync(from) || sha256(from) !== expected.sha256) {
      throw new Refused(`restore: ${from} is missing or does not match the manifest; nothing was restored`);
    }
  }
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  for (const { from, to } of copies) copyPrivate(from, to);
  const present = new Set(keyIds(config));
  return { manifest, missingKeyIds: manifest.keyIds.filter((id) => !present.has(id)) };
}
