import {
  type CountedRecord,
  countRecords,
  NO_GROUP,
  type StatsDimension,
  statsPeriodOf,
  statsPeriodSchema,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { incidentsStatsProvider } from '../src/modules/incidents/incidents.stats';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { type SmallTown, seedSmallTown } from './support/fixtures';
import { incidentRow } from './support/incident-rows';
import { createTestApp, type TestApp } from './support/test-app';

/** A seeded generator (mulberry32): the same records on every run and engine. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let r = Math.imul(state ^ (state >>> 15), 1 | state);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASSES = [
  { code: '020201', category: 'public_order' },
  { code: '010100', category: 'criminal' },
  { code: '030100', category: 'traffic' },
] as const;

/**
 * The SQL of the incidents provider against the domain's counting rules (`countRecords`), over 400 seeded incidents
 * spread over two years, every place level and every minute of the day, many on a Shanghai midnight or a second
 * before one: every dimension and the village × hour pairs must agree.
 */
describe.each(testDialects())('statistics SQL equals the domain rules (%s)', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const records: CountedRecord[] = [];
  const scope = () => ({ townIds: new Set([town.town.id]), jurisdictionIds: new Set<string>() });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const places: { row: JurisdictionRow; villageId: string | null; districtId: string | null }[] = [
      { row: town.town, villageId: null, districtId: null },
      { row: town.district1, villageId: null, districtId: town.district1.id },
      { row: town.shuangping, villageId: town.shuangping.id, districtId: town.district1.id },
      { row: town.nanya, villageId: town.nanya.id, districtId: town.district1.id },
      { row: town.duanjiang, villageId: town.duanjiang.id, districtId: town.district2.id },
      ...Object.values(town.groups)
        .flat()
        .map((row) => ({
          row,
          villageId: row.parent_id,
          districtId: row.parent_id === town.duanjiang.id ? town.district2.id : town.district1.id,
        })),
    ];
    const random = seeded(20261130);
    const start = Date.parse('2025-01-01T00:00:00+08:00');
    const span = Date.parse('2027-01-01T00:00:00+08:00') - start;
    for (let i = 0; i < 400; i += 1) {
      const place = places[Math.floor(random() * places.length)] ?? places[0];
      const kind = CLASSES[Math.floor(random() * CLASSES.length)] ?? CLASSES[0];
      let at = start + Math.floor(random() * span);
      // One in four on a Shanghai midnight, or the second before one.
      if (random() < 0.25) at = at - ((at + 8 * 3_600_000) % 86_400_000) - (random() < 0.5 ? 1000 : 0);
      const receivedAt = new Date(at).toISOString();
      if (!place) continue;
      await insertIncidentRow(
        t.deps.db,
        incidentRow(
          {
            id: newId(),
            townId: town.town.id,
            jurisdictionId: place.row.id,
            number: `R${i}`,
            receivedAt,
          },
          { class_code: kind.code, category: kind.category },
        ),
      );
      records.push({
        at: receivedAt,
        classCode: kind.code,
        category: kind.category,
        villageId: place.villageId,
        districtId: place.districtId,
      });
    }
  });
  afterAll(() => t.close());

  const periods = [
    ['month', '2026-03'],
    ['quarter', '2025-Q4'],
    ['year', '2026'],
    ['week', '2026-W01'],
    ['ytd', '2026-07-31'],
  ] as const;
  const dimensions: StatsDimension[] = ['class', 'category', 'village', 'district', 'hour', 'month'];

  it.each(periods)('%s %s: the total and every grouping', async (kind, key) => {
    const period = statsPeriodSchema.parse(statsPeriodOf(kind, key));
    for (const groupBy of [undefined, ...dimensions]) {
      const counted = await incidentsStatsProvider.count(t.deps.db, 'incidents.received', {
        scope: scope(),
        from: period.from,
        to: period.to,
        now: '2027-01-01T00:00:00.000Z',
        place: null,
        groupBy,
      });
      expect(Object.fromEntries(counted), `${kind} ${key} by ${groupBy}`).toEqual(
        Object.fromEntries(countRecords(records, period, groupBy)),
      );
    }
  });

  it('village × hour pairs', async () => {
    const period = statsPeriodSchema.parse(statsPeriodOf('year', '2026'));
    const counted = await incidentsStatsProvider.count(t.deps.db, 'incidents.received', {
      scope: scope(),
      from: period.from,
      to: period.to,
      now: '2027-01-01T00:00:00.000Z',
      place: null,
      groupBy: 'village',
      thenBy: 'hour',
    });
    const expected = new Map<string, number>();
    for (const [village, hours] of [...countRecords(records, period, 'village').keys()].map(
      (village) =>
        [
          village,
          countRecords(
            records.filter((r) => (r.villageId ?? NO_GROUP) === village),
            period,
            'hour',
          ),
        ] as const,
    )) {
      for (const [hour, n] of hours) expected.set(`${village}|${hour}`, n);
    }
    expect(Object.fromEntries(counted)).toEqual(Object.fromEntries(expected));
  });
});
