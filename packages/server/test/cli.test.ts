import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../src/db/database';
import { createTestDatabase, testDialects } from './support/databases';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bin/fengqiao.js');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-cli-'));

function fengqiao(args: string[], env: Record<string, string> = {}, input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { PATH: process.env.PATH ?? '', FENGQIAO_DATA_DIR: dataDir, FENGQIAO_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    ...(input === undefined ? {} : { input }),
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** Runs `fengqiao serve` until `during` is done, then stops it with SIGTERM as a supervisor would. */
async function serving(during: (base: string) => Promise<void>): Promise<void> {
  const port = await freePort();
  const child = spawn(process.execPath, [bin, 'serve'], {
    env: { PATH: process.env.PATH ?? '', FENGQIAO_DATA_DIR: dataDir, FENGQIAO_LOG_LEVEL: 'silent', PORT: String(port) },
  });
  let out = '';
  child.stdout.on('data', (chunk) => {
    out += String(chunk);
  });
  const exited = once(child, 'exit');
  for (let i = 0; i < 600 && !out.includes('running'); i++) await new Promise((r) => setTimeout(r, 100));
  try {
    await during(`http://127.0.0.1:${port}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

// Each case starts the real command (tsx compiles on start), several times: slow on a busy two-core machine.
const CLI_TIMEOUT = 120_000;

describe('the fengqiao command (SQLite)', () => {
  it(
    'refuses to start on a bad setting and names the variable',
    () => {
      const result = fengqiao(['migrate'], { PORT: 'eighty' });
      expect(result.code).toBe(2);
      expect(result.err).toContain('PORT');
      const suite = fengqiao(['migrate'], { FENGQIAO_CRYPTO_SUITE: 'rot13' });
      expect(suite.err).toContain('FENGQIAO_CRYPTO_SUITE');
    },
    CLI_TIMEOUT,
  );

  it(
    'migrates, creates the first administrator with a 0600 key file, and verifies the audit chain',
    () => {
      expect(fengqiao(['migrate']).code).toBe(0);
      const created = fengqiao(
        [
          'create-user',
          '--username',
          'admin',
          '--role',
          'sysadmin',
          '--jurisdiction-code',
          '420626000000',
          '--jurisdiction-name',
          '保康县',
        ],
        {},
        'Kaishi#2026pass\n',
      );
      expect(created.err).toBe('');
      expect(created.code).toBe(0);
      const keyFile = path.join(dataDir, 'keys', 'keyring.json');
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      const weak = fengqiao(
        ['create-user', '--username', 'weak', '--role', 'sysadmin', '--jurisdiction-code', '420626000000'],
        {
          FENGQIAO_NEW_USER_PASSWORD: 'short',
        },
      );
      expect(weak.code).toBe(1);
      const verified = fengqiao(['audit-verify']);
      expect(verified.code).toBe(0);
      expect(verified.out).toContain('intact');
      expect(verified.out).toContain('no anchor file');
      const anchored = fengqiao(['audit-verify', '--write-anchor']);
      expect(anchored.code).toBe(0);
      expect(anchored.out).toContain('anchor written');
      expect(fs.statSync(path.join(dataDir, 'audit-anchors.jsonl')).mode & 0o777).toBe(0o600);
    },
    CLI_TIMEOUT,
  );

  it(
    'serve anchors the audit chain: the rows written while it ran are anchored when it stops',
    async () => {
      const anchorFile = path.join(dataDir, 'audit-anchors.jsonl');
      const lines = () => fs.readFileSync(anchorFile, 'utf8').trim().split('\n').length;
      const before = lines();
      await serving(async (base) => {
        const res = await fetch(`${base}/api/v1/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'admin', password: 'Kaishi#2026pass' }),
        });
        expect(res.status).toBe(200);
      });
      expect(lines()).toBe(before + 1);
      const verified = fengqiao(['audit-verify']);
      expect(verified.code).toBe(0);
      expect(verified.out).toContain(`matches ${before + 1} anchors`);
    },
    CLI_TIMEOUT,
  );

  it(
    'audit-verify exits 1 and names the first changed row',
    () => {
      const db = new Database(path.join(dataDir, 'fengqiao.db'));
      db.exec('drop trigger audit_log_no_update');
      db.prepare("update audit_log set username = 'mallory' where seq = 1").run();
      db.close();
      const result = fengqiao(['audit-verify']);
      expect(result.code).toBe(1);
      expect(result.err).toContain('seq=1');
      expect(result.err).toContain('audit_log_no_update');
    },
    CLI_TIMEOUT,
  );

  it(
    'rotates the key and keeps every value readable',
    () => {
      const before = JSON.parse(fs.readFileSync(path.join(dataDir, 'keys', 'keyring.json'), 'utf8'));
      const result = fengqiao(['rotate-key']);
      expect(result.code).toBe(0);
      const after = JSON.parse(fs.readFileSync(path.join(dataDir, 'keys', 'keyring.json'), 'utf8'));
      expect(after.active).not.toBe(before.active);
      expect(Object.keys(after.keys)).toContain(before.active);
    },
    CLI_TIMEOUT,
  );
});

describe('the fengqiao command on the wrong directory', () => {
  it(
    'refuses a missing database for every command that reads data, naming the path, and creates nothing',
    () => {
      const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-empty-'));
      try {
        const database = path.join(empty, 'fengqiao.db');
        for (const args of [
          ['audit-verify'],
          ['backup', path.join(empty, 'backup')],
          ['rotate-key'],
          ['seed'],
          ['create-user', '--username', 'admin', '--role', 'sysadmin', '--jurisdiction-code', '420626000000'],
        ]) {
          const result = fengqiao(args, { FENGQIAO_DATA_DIR: empty, FENGQIAO_NEW_USER_PASSWORD: 'Kaishi#2026pass' });
          expect(result.code, args[0]).toBe(2);
          expect(result.err).toContain(database);
        }
        expect(fs.readdirSync(empty)).toEqual([]);
      } finally {
        fs.rmSync(empty, { recursive: true, force: true });
      }
    },
    CLI_TIMEOUT,
  );

  it('starts the demo from the repository root, so its data lands in ./data/demo as the README says', () => {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
    const scripts = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).scripts;
    expect(scripts.start).toMatch(/&& node packages\/server\/bin\/fengqiao\.js demo$/);
    expect(fs.readFileSync(path.join(root, 'README.md'), 'utf8')).toContain('creates `./data/demo/`');
  });
});

describe.each(testDialects())('the fengqiao command on a database without the schema (%s)', (dialect) => {
  it(
    'audit-verify refuses it (exit 2) and leaves it as it was',
    async () => {
      const empty = await createTestDatabase(dialect);
      try {
        const url = empty.database.kind === 'sqlite' ? `sqlite:${empty.database.file}` : empty.database.url;
        const result = fengqiao(['audit-verify'], { DATABASE_URL: url, FENGQIAO_DATA_DIR: empty.dataDir });
        expect(result.code).toBe(2);
        expect(result.err).toContain('no Fengqiao database at');
        if (empty.database.kind === 'sqlite') {
          expect(fs.existsSync(empty.database.file)).toBe(false);
        } else {
          expect(result.err).toContain(':***@');
          const handle = openDatabase(empty.database);
          expect(await handle.db.introspection.getTables()).toEqual([]);
          await handle.close();
        }
      } finally {
        await empty.drop();
      }
    },
    CLI_TIMEOUT,
  );
});

describe('fengqiao backup and restore (SQLite)', () => {
  it(
    'backs up into a new directory without the keyring, and restores only into an empty data directory',
    () => {
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-backup-'));
      const source = path.join(work, 'source');
      const target = path.join(work, 'backup');
      const restored = path.join(work, 'restored');
      try {
        const keyring = JSON.stringify({ active: 'k1', keys: { k1: Buffer.alloc(32, 7).toString('base64') } });
        const env = { FENGQIAO_DATA_DIR: source, FENGQIAO_KEYRING: keyring };
        expect(fengqiao(['migrate'], env).code).toBe(0);
        expect(
          fengqiao(
            [
              'create-user',
              '--username',
              'admin',
              '--role',
              'sysadmin',
              '--jurisdiction-code',
              '420626000000',
              '--jurisdiction-name',
              '保康县',
            ],
            { ...env, FENGQIAO_NEW_USER_PASSWORD: 'Kaishi#2026pass' },
          ).code,
        ).toBe(0);
        expect(fengqiao(['audit-verify', '--write-anchor'], env).code).toBe(0);
        const made = fengqiao(['backup', target], env);
        expect(made.err).toBe('');
        expect(made.code).toBe(0);
        expect(made.out).toContain('NOT');
        expect(fs.readdirSync(target).sort()).toEqual(['audit-anchors.jsonl', 'fengqiao.db', 'manifest.json']);
        for (const file of fs.readdirSync(target)) {
          expect(fs.readFileSync(path.join(target, file)).includes(Buffer.alloc(32, 7).toString('base64'))).toBe(false);
        }
        expect(fengqiao(['backup', target], env).code).toBe(2);

        const onto = fengqiao(['restore', target], env);
        expect(onto.code).toBe(2);
        expect(onto.err).toContain('not empty');
        const done = fengqiao(['restore', target], { FENGQIAO_DATA_DIR: restored });
        expect(done.code).toBe(0);
        expect(done.out).toContain('keyring is not here');
        expect(fs.statSync(path.join(restored, 'fengqiao.db')).mode & 0o777).toBe(0o600);
        expect(fengqiao(['restore', target], { FENGQIAO_DATA_DIR: restored }).code).toBe(2);
        expect(fengqiao(['audit-verify'], { FENGQIAO_DATA_DIR: restored }).code).toBe(2);
        const verified = fengqiao(['audit-verify'], { FENGQIAO_DATA_DIR: restored, FENGQIAO_KEYRING: keyring });
        expect(verified.out).toContain('intact');
        expect(verified.out).toContain('matches 1 anchors');
      } finally {
        fs.rmSync(work, { recursive: true, force: true });
      }
    },
    CLI_TIMEOUT * 2,
  );
});
