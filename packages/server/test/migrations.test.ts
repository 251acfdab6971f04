import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../src/db/database';
import { migrateToLatest, migratorOf } from '../src/db/migrate';
import { DISPUTE_CHILD_TABLES } from '../src/db/migrations/20261129-0005-dispute-children-scope';
import { createTestDatabase, type TestDatabase, testDialects } from './support/databases';

const AT = '2026-11-01T00:00:00.000Z';

/** One dispute with one row in every child table, written with the 0004 schema (no place on the children). */
async function seedBefore0005(handle: DatabaseHandle): Promise<void> {
  const db = handle.db;
  for (const [id, parent, level, path, town] of [
    ['j-town', null, 'town', '/j-town/', 'j-town'],
    ['j-village', 'j-town', 'village', '/j-town/j-village/', 'j-town'],
  ] as const) {
    await sql`insert into jurisdictions (id, parent_id, level, code, name, path, town_id, created_at, updated_at)
      values (${id}, ${parent}, ${level}, ${id}, ${id}, ${path}, ${town}, ${AT}, ${AT})`.execute(db);
  }
  await sql`insert into disputes (id, town_id, jurisdiction_id, number, category, source, summary, people_involved,
      tier, state, complexity, risk_grade, risk_reasons, incident_ids, tier_entered_at, search_text, party_keys,
      created_at, updated_at)
    values ('d1', 'j-town', 'j-village', 'N1', 'neighbour', 'walk_in', 's', 2, 'village', 'registered', 'simple',
      'green', '[]', '[]', ${AT}, 's', ' ', ${AT}, ${AT})`.execute(db);
  await sql`insert into mediations (id, dispute_id, track, initiated_by, started_at, status, mediator_ids, extensions,
      created_at) values ('m1', 'd1', 'people', 'party_request', ${AT}, 'open', '[]', '[]', ${AT})`.execute(db);
  await sql`insert into agreements (id, dispute_id, mediation_id, kind, party_ids, signatures, created_at, updated_at)
    values ('a1', 'd1', 'm1', 'written', '[]', '[]', ${AT}, ${AT})`.execute(db);
  await sql`insert into follow_ups (id, dispute_id, visited_at, whom, performed, satisfaction, created_at)
    values ('f1', 'd1', ${AT}, 'party', 1, 'satisfied', ${AT})`.execute(db);
  await sql`insert into dispute_attachments (id, dispute_id, file_name, stored_name, media_type, size, sha256,
      created_at) values ('t1', 'd1', 'a.jpg', 'x', 'image/jpeg', 1, 'h', ${AT})`.execute(db);
}

describe.each(testDialects())('migration 0005 on %s', (dialect) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    testDb = await createTestDatabase(dialect);
    handle = openDatabase(testDb.database);
    const { error } = await migratorOf(handle).migrateTo('20261128-0004-dispute-town-order');
    expect(error).toBeUndefined();
    await seedBefore0005(handle);
    expect(await migrateToLatest(handle)).toContain('20261129-0005-dispute-children-scope');
  });
  afterAll(async () => {
    await handle.close();
    await testDb.drop();
  });

  it.each(DISPUTE_CHILD_TABLES)('%s rows carry their dispute’s town and place', async (table) => {
    const rows = await sql<{ town_id: string; jurisdiction_id: string }>`
      select town_id, jurisdiction_id from ${sql.table(table)}`.execute(handle.db);
    expect(rows.rows).toEqual([{ town_id: 'j-town', jurisdiction_id: 'j-village' }]);
  });

  it.each(DISPUTE_CHILD_TABLES)('%s refuses a row without a place', async (table) => {
    const write = sql`update ${sql.table(table)} set town_id = null`.execute(handle.db);
    await expect(write).rejects.toThrow(/not.null|NOT NULL/i);
  });

  it.each(DISPUTE_CHILD_TABLES)('%s has an index starting with town_id', async (table) => {
    const first =
      dialect === 'sqlite'
        ? await sql<{ name: string }>`select ii.name from pragma_index_list(${table}) il,
            pragma_index_info(il.name) ii where ii.seqno = 0`.execute(handle.db)
        : await sql<{ name: string }>`select a.attname as name from pg_index i
            join pg_class c on c.oid = i.indrelid join pg_attribute a on a.attrelid = c.oid and a.attnum = i.indkey[0]
            where c.relname = ${table}`.execute(handle.db);
    expect(first.rows.map((row) => row.name)).toContain('town_id');
  });
});
