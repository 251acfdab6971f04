import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compiledOnce } from '../src/db/compiled-query';
import type { Executor } from '../src/db/database';
import { testDialects } from './support/databases';
import { type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('queries compiled once on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
  });
  afterAll(async () => t.close());

  it('builds the query once per handle and answers each call with its own argument', async () => {
    let builds = 0;
    const byParent = compiledOnce((db: Executor, parentId) => {
      builds += 1;
      return db
        .selectFrom('jurisdictions')
        .select('name')
        .where('parent_id', '=', parentId)
        .where('level', '=', 'village')
        .orderBy('name');
    });
    const names = async (parentId: string) => (await byParent(t.deps.db, parentId)).map((row) => row.name);
    expect(await names(town.district1.id)).toEqual(['南垭村', '双坪村'].sort());
    expect(await names(town.district2.id)).toEqual(['段江村']);
    expect(await names('no-such-id')).toEqual([]);
    expect(builds).toBe(1);
    // A transaction shares its database's compiled query (the intake's run inside a unit of work).
    for (let i = 0; i < 2; i++) {
      const inTx = await t.deps.db.transaction().execute((tx) => byParent(tx, town.district2.id));
      expect(inTx.map((row) => row.name)).toEqual(['段江村']);
    }
    expect(builds).toBe(1);
  });

  it('refuses a query that ignores its argument rather than answer every call alike', async () => {
    const ignoring = compiledOnce((db: Executor) => db.selectFrom('jurisdictions').select('name'));
    await expect(ignoring(t.deps.db, town.town.id)).rejects.toThrow(/does not use its argument/);
  });
});
