import { CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../src/db/database';
import { listAgreementRows } from '../src/modules/disputes/agreements.repository';
import { listDisputeViews } from '../src/modules/disputes/disputes.repository';
import { listPartyNames } from '../src/modules/disputes/parties.repository';
import { listIncidentViews } from '../src/modules/incidents/incidents.repository';
import type { Scope } from '../src/platform/access/access';
import { testDialects } from './support/databases';
import { type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/**
 * The statements behind the busiest lists (issue #6, docs/BENCHMARKS.md): they read only what a page shows, and on
 * SQLite they walk an index in list order and stop at the limit instead of sorting every row of the town.
 */
describe.each(testDialects())('list query plans on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let scope: Scope;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    scope = { townIds: new Set([town.town.id]), jurisdictionIds: new Set() };
  });
  afterAll(async () => t.close());

  /** The SQL statements one repository call sends. */
  async function statementsOf(run: (db: Executor) => Promise<unknown>): Promise<CompiledQuery[]> {
    const nodes: { node: RootOperationNode; queryId: Parameters<KyselyPlugin['transformQuery']>[0]['queryId'] }[] = [];
    const capture: KyselyPlugin = {
      transformQuery: (args) => {
        nodes.push(args);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const db = t.deps.db.withPlugin(capture);
    await run(db);
    return nodes.map(({ node, queryId }) => db.getExecutor().compileQuery(node, queryId));
  }

  async function planOf(query: CompiledQuery): Promise<string[]> {
    const result = await t.deps.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    return result.rows.map((row) => row.detail);
  }

  const lists: [string, (db: Executor) => Promise<unknown>][] = [
    [
      'disputes',
      (db) => {
        const now = new Date().toISOString();
        return listDisputeViews(db, scope, { now, dueSoonUntil: now, after: null, order: 'newest', limit: 51 });
      },
    ],
    ['party names', (db) => listPartyNames(db, ['0190a0b0-0000-7000-8000-000000000001'])],
    ['agreements', (db) => listAgreementRows(db, scope, { before: null, limit: 50 })],
    ['incidents', (db) => listIncidentViews(db, scope, { now: new Date().toISOString(), after: null, limit: 51 })],
  ];

  it.each(lists.filter(([name]) => name !== 'agreements'))(
    'the %s list names its columns (no ciphertext, no search keys)',
    async (_n, run) => {
      const [statement, ...more] = await statementsOf(run);
      expect(more).toEqual([]);
      expect(statement?.sql).not.toMatch(/\*|_enc|_bidx|search_text|party_keys/);
    },
  );

  it.runIf(dialect === 'sqlite').each(lists)('SQLite answers the %s list without sorting the town', async (_n, run) => {
    const [statement] = await statementsOf(run);
    if (!statement) throw new Error('no statement');
    const plan = await planOf(statement);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
