import { CompiledQuery, type KyselyPlugin, type RootOperationNode } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CameraRow, insertCameraRows, listCameraViews } from '../src/modules/cameras/cameras.repository';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const CAMERAS = 1_200;

/**
 * Issue #11's figure: the registry list of 1,200 cameras filtered by village and status answers under 50 ms of server
 * time. The indexes on (village or town, status, name, id) serve the filter in list order, so no engine sorts the town.
 */
describe.each(testDialects())('the 1,200-camera registry list on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let monitor: Session;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'monitor', 'monitor', town.town.id);
    monitor = await loginAs(t.app, 'monitor');
    const villages = [town.shuangping, town.nanya, town.duanjiang];
    const source = t.deps.cipher.encrypt(JSON.stringify({ kind: 'gb28181' }));
    const now = new Date().toISOString();
    const rows: CameraRow[] = Array.from({ length: CAMERAS }, (_, i) => ({
      id: newId(),
      town_id: town.town.id,
      village_id: villages[i % villages.length]?.id ?? town.shuangping.id,
      device_id: `42062604001320${String(i + 1).padStart(6, '0')}`,
      name: `点位${String(i).padStart(4, '0')}`,
      kind: i % 10 < 1 ? 'public' : 'household',
      address: null,
      lat: null,
      lng: null,
      owner_person_id: null,
      venue_id: null,
      source_kind: 'gb28181',
      source_enc: source,
      status: i % 7 === 0 ? 'offline' : 'online',
      last_seen_at: now,
      status_checked_at: now,
      active: 1,
      created_at: now,
      updated_at: now,
    }));
    await insertCameraRows(t.deps.db, rows);
  });
  afterAll(async () => t.close());

  it('answers a page filtered by village and status under 50 ms of server time', async () => {
    const url = `/api/v1/cameras?villageId=${town.nanya.id}&status=offline&limit=50`;
    const times: number[] = [];
    for (let i = 0; i < 7; i++) {
      const started = process.hrtime.bigint();
      const res = await t.app.inject({ method: 'GET', url, headers: monitor.headers() });
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.length).toBe(50);
    }
    times.sort((a, b) => a - b);
    // The machine is shared (several test runs at once): the second fastest of seven is the server's own cost, free
    // of the first request's warm-up and of other processes' bursts. docs/BENCHMARKS.md has the spread.
    expect(times[1]).toBeLessThan(50);
  });

  it.runIf(dialect === 'sqlite')('walks a status index in list order', async () => {
    const nodes: Parameters<KyselyPlugin['transformQuery']>[0][] = [];
    const capture: KyselyPlugin = {
      transformQuery: (args) => {
        nodes.push(args);
        return args.node;
      },
      transformResult: async (args) => args.result,
    };
    const db = t.deps.db.withPlugin(capture);
    await listCameraViews(
      db,
      { townIds: new Set([town.town.id]), jurisdictionIds: new Set() },
      {
        villageId: town.nanya.id,
        status: 'offline',
        after: null,
        limit: 51,
      },
    );
    const [first] = nodes;
    if (!first) throw new Error('no statement');
    const node: RootOperationNode = first.node;
    const query = db.getExecutor().compileQuery(node, first.queryId);
    const plan = await t.deps.db.executeQuery<{ detail: string }>(
      CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
    );
    const text = plan.rows.map((row) => row.detail).join('\n');
    expect(text).toMatch(/USING INDEX cameras_(village|town)_status_name \((village|town)_id=\? AND status=\?\)/);
    expect(text).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});
