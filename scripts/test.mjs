#!/usr/bin/env node
// `npm test`: type check, lint, unit and integration tests (SQLite, and PostgreSQL when
// FENGQIAO_TEST_DATABASE_URL is set), the web build, then browser tests in Chromium.
// Ends with one line "tests: N passed, N failed" summed over every vitest run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const results = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fengqiao-test-')), 'results');
fs.mkdirSync(results);
let passed = 0;
let failed = 0;

function run(title, command, args, env = {}) {
  process.stdout.write(`\n▶ ${title}\n`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function vitest(title, projects, file) {
  const out = path.join(results, file);
  const args = [
    'vitest',
    'run',
    ...projects.flatMap((p) => ['--project', p]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${out}`,
  ];
  const ok = run(title, 'npx', args);
  if (fs.existsSync(out)) {
    const report = JSON.parse(fs.readFileSync(out, 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  return ok;
}

const browser = process.env.FENGQIAO_CHROMIUM ?? '/usr/bin/chromium';
const haveBrowser = fs.existsSync(browser);
if (process.env.FENGQIAO_REQUIRE_PG === '1' && !process.env.FENGQIAO_TEST_DATABASE_URL) {
  process.stderr.write('FENGQIAO_REQUIRE_PG=1 but FENGQIAO_TEST_DATABASE_URL is not set\n');
  process.exit(1);
}

const steps = [
  () => run('type check', 'npm', ['run', '--silent', 'typecheck']),
  () => run('lint (biome)', 'npx', ['biome', 'check', '.']),
  () => vitest('unit and integration tests', ['domain', 'server', 'web'], 'unit.json'),
  () => run('web build', 'npm', ['run', '--silent', 'build']),
  () => {
    if (!haveBrowser) {
      if (process.env.FENGQIAO_REQUIRE_E2E === '1') {
        process.stderr.write(`FENGQIAO_REQUIRE_E2E=1 but no browser at ${browser} (apt-get install chromium)\n`);
        return false;
      }
      process.stdout.write(`\n▶ browser tests skipped: no ${browser} (apt-get install -y chromium fonts-noto-cjk)\n`);
      return true;
    }
    return vitest('browser tests (Chromium)', ['e2e'], 'e2e.json');
  },
];

let ok = true;
for (const step of steps) ok = step() && ok;
process.stdout.write(`\ntests: ${passed} passed, ${failed} failed\n`);
process.exit(ok && failed === 0 ? 0 : 1);
