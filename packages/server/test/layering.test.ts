import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

function relative(file: string): string {
  return path.relative(SRC, file).split(path.sep).join('/');
}

/** Every relative import of a file, resolved to a path under src/. */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1] ?? '');
  return specifiers.map((s) => relative(path.resolve(path.dirname(file), s)));
}

const QUERY_BUILDERS = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql`/;

describe('layering (docs/architecture.md)', () => {
  it('the platform imports no module', () => {
    const offenders = sourceFiles(path.join(SRC, 'platform')).flatMap((file) =>
      importsOf(file)
        .filter((target) => target.startsWith('modules/'))
        .map((target) => `${relative(file)} imports ${target}`),
    );
    expect(offenders).toEqual([]);
  });

  it('only repositories build SQL in modules/ and platform/', () => {
    const files = [...sourceFiles(path.join(SRC, 'modules')), ...sourceFiles(path.join(SRC, 'platform'))];
    const offenders = files
      .filter((file) => !file.endsWith('.repository.ts'))
      .filter((file) => QUERY_BUILDERS.test(fs.readFileSync(file, 'utf8')))
      .map(relative);
    expect(offenders).toEqual([]);
  });

  it('the checks see the files they guard', () => {
    expect(sourceFiles(path.join(SRC, 'platform')).length).toBeGreaterThan(10);
    expect(importsOf(path.join(SRC, 'platform/auth/auth.service.ts'))).toContain('platform/auth/accounts.repository');
    expect(QUERY_BUILDERS.test("await db.selectFrom('users')")).toBe(true);
    expect(QUERY_BUILDERS.test('await sql`select 1`.execute(db)')).toBe(true);
  });
});
