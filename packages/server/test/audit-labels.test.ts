import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIT_ACTION_LABELS } from '@fengqiao/domain';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every dotted action literal the server records: `action: '…'`, `action = '…'`, or either branch of a choice. */
function recordedActions(): Set<string> {
  const actions = new Set<string>();
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\baction\s*(?::|=(?!=))\s*([^,;\n]+)/g)) {
      for (const literal of (match[1] ?? '').matchAll(/'([a-z_]+(?:\.[a-z_]+)+)'/g)) actions.add(literal[1] ?? '');
    }
  }
  return actions;
}

describe('the audit viewer names every event the server records', () => {
  it('has a Chinese and English name for each recorded action', () => {
    const actions = recordedActions();
    expect(actions.size).toBeGreaterThan(30);
    const unnamed = [...actions].filter((action) => !AUDIT_ACTION_LABELS[action]);
    expect(unnamed).toEqual([]);
  });
});
