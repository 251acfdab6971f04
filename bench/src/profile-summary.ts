// Summarises a .cpuprofile written by `PROFILE=<dir> npm run bench`: the top functions by self time, and self
// time grouped by where the code lives (our server, Kysely, better-sqlite3 and SQLite, Fastify, …).
// Run: npx tsx src/profile-summary.ts <file.cpuprofile> [top=25]
import fs from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const [file, topArg] = process.argv.slice(2);
if (!file) throw new Error('usage: profile-summary.ts <file.cpuprofile> [top]');
const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
for (const [i, id] of profile.samples.entries()) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const idle = [...self.entries()]
  .filter(([id]) => ['(idle)', '(program)', '(garbage collector)'].includes(byId.get(id)?.callFrame.functionName ?? ''))
  .reduce((sum, [, t]) => sum + t, 0);

const GROUPS: [string, RegExp][] = [
  ['server (our code)', /packages\/server\/src\//],
  ['domain (our code)', /packages\/domain\/src\//],
  ['kysely', /node_modules\/kysely\//],
  ['better-sqlite3 / SQLite', /node_modules\/better-sqlite3\//],
  [
    'fastify and plugins',
    /node_modules\/(@fastify|fastify|find-my-way|light-my-request|avvio|fast-json-stringify|helmet)/,
  ],
  ['zod', /node_modules\/zod\//],
  ['node internals', /^node:|^internal\//],
];
const groupOf = (node: ProfileNode) => {
  const { url, functionName } = node.callFrame;
  if (!url) return functionName.startsWith('(') ? functionName : 'native (no url)';
  return GROUPS.find(([, pattern]) => pattern.test(url))?.[0] ?? 'other modules';
};
const perFunction = new Map<string, number>();
const perGroup = new Map<string, number>();
for (const [id, t] of self) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*packages\//, '')}:${lineNumber + 1}` : '';
  const key = `${functionName || '(anonymous)'} ${where}`;
  perFunction.set(key, (perFunction.get(key) ?? 0) + t);
  perGroup.set(groupOf(node), (perGroup.get(groupOf(node)) ?? 0) + t);
}
const busy = total - idle;
const pct = (t: number) => `${((100 * t) / busy).toFixed(1).padStart(5)} %`;
const lines = [`${file}: ${(busy / 1e6).toFixed(2)} s busy of ${(total / 1e6).toFixed(2)} s (shares of busy time)`];
lines.push('', 'by group:');
for (const [group, t] of [...perGroup].sort((a, b) => b[1] - a[1])) {
  if (group !== '(idle)') lines.push(`  ${pct(t)}  ${group}`);
}
lines.push('', 'top functions by self time:');
const top = Number(topArg ?? 25);
for (const [key, t] of [...perFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  if (!key.startsWith('(idle)')) lines.push(`  ${pct(t)}  ${key}`);
}
process.stdout.write(`${lines.join('\n')}\n`);
