import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';

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
