import { type Dashboard, type DrillLink, type DutyType, type StatsCounters, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { StatsService } from '../src/modules/statistics/stats.service';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { insertDispute, insertMediationSession, insertResolvedStep } from './support/dispute-rows';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { insertHazard } from './support/hazard-rows';
import { incidentRow } from './support/incident-rows';
import { seedPatrolRecords } from './support/patrol-fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** The API list each web route of a drill link reads. */
const LIST_API: Record<string, string> = {
  '/incidents': '/api/v1/incidents',
  '/disputes': '/api/v1/disputes',
  '/duty': '/api/v1/duty-logs',
  '/hazards': '/api/v1/hazards',
  '/antifraud/activities': '/api/v1/antifraud/activities',
  '/antifraud/cases': '/api/v1/antifraud/cases',
};

describe.each(testDialects())('GET /stats/dashboard (%s)', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let auxiliary: Session;
  let otherVillage: JurisdictionRow;
  let serial = 0;

  async function incident(place: JurisdictionRow, receivedAt: string, overrides: Record<string, unknown> = {}) {
    serial += 1;
    // Reached in time unless the test says otherwise: an incident never reached is late once its target passes.
    const arrivedAt = new Date(Date.parse(receivedAt) + 10 * 60_000).toISOString();
    const row = incidentRow(
      {
        id: newId(),
        townId: place.town_id ?? place.id,
        jurisdictionId: place.id,
        number: `（2026）马警字第${serial}号`,
        receivedAt,
      },
      { state: 'ON_SCENE', arrived_at: arrivedAt, ...overrides },
    );
    await insertIncidentRow(t.deps.db, row);
    return row;
  }

  async function duty(place: JurisdictionRow, type: DutyType, occurredAt: string, officerUserId: string) {
    await t.deps.db
      .insertInto('duty_logs')
      .values({
        id: newId(),
        town_id: place.town_id ?? place.id,
        jurisdiction_id: place.id,
        type,
        occurred_at: occurredAt,
        occurred_on: shanghaiDate(occurredAt),
        officer_user_id: officerUserId,
        officer_person_id: null,
        officer_name: '值班民警',
        place: null,
        note: null,
        created_at: occurredAt,
      })
      .execute();
  }

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const other = await seedOtherTown(t.deps, town);
    otherVillage = await seedOtherVillage(t.deps, other);
    const chiefUser = await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    chief = await loginAs(t.app, 'chief');
    auxiliary = await loginAs(t.app, 'aux');
    const group = town.groups.南垭村?.[0] ?? town.nanya;
    // October 2026, Beijing time: 23:59:59 on the 31st counts, 00:00 on 1 November does not.
    await incident(town.shuangping, '2026-10-31T15:59:59.000Z');
    await incident(town.shuangping, '2026-10-31T16:00:00.000Z');
    await incident(town.shuangping, '2026-10-03T01:30:00.000Z', { class_code: '010100', category: 'criminal' });
    await incident(group, '2026-10-04T13:10:00.000Z', { arrival_late: 1, state: 'CLOSED' });
    await incident(town.duanjiang, '2026-10-05T13:59:00.000Z', { dispute_id: null });
    await incident(town.town, '2026-10-06T02:00:00.000Z');
    await incident(otherVillage, '2026-10-06T02:00:00.000Z');
    for (const day of ['01', '02', '03', '04']) await incident(town.nanya, `2025-10-${day}T02:00:00.000Z`);
    await incident(town.nanya, '2026-09-15T02:00:00.000Z');
    // Disputes: one registered on the last second, one referred from an incident, resolved, online.
    const red = await insertDispute(t.deps.db, group, '2026-10-31T15:59:59.000Z', { risk_grade: 'red' });
    await insertResolvedStep(t.deps.db, red.id, '2026-10-31T15:59:59.000Z');
    const online = await insertDispute(t.deps.db, town.duanjiang, '2026-10-02T02:00:00.000Z');
    await insertMediationSession(t.deps.db, online, 'online', '2026-10-03T02:00:00.000Z');
    await insertDispute(t.deps.db, town.shuangping, '2026-10-09T02:00:00.000Z', { category: 'debt_loan' });
    await insertDispute(t.deps.db, town.shuangping, '2026-06-09T02:00:00.000Z', { overdue: 1 });
    await insertDispute(t.deps.db, town.shuangping, '2025-10-09T02:00:00.000Z');
    await insertDispute(t.deps.db, otherVillage, '2026-10-09T02:00:00.000Z');
    await duty(town.shuangping, 'patrol', '2026-10-09T02:00:00.000Z', chiefUser.id);
    await duty(town.shuangping, 'mediation', '2026-10-10T02:00:00.000Z', chiefUser.id);
    await duty(town.nanya, 'patrol', '2026-10-31T15:59:59.000Z', chiefUser.id);
    // Hazards: found and fixed on the last second of October, found on 1 November, one overdue now, one elsewhere.
    const fixed = { state: 'verified', verified_at: '2026-10-31T15:59:59.000Z' } as const;
    await insertHazard(t.deps.db, town.shuangping, '2026-10-31T15:59:59.000Z', fixed);
    await insertHazard(t.deps.db, town.nanya, '2026-10-31T16:00:00.000Z', { source: 'inspection' });
    await insertHazard(t.deps.db, town.duanjiang, '2026-10-12T02:00:00.000Z', { due_on: '2026-10-20' });
    await insertHazard(t.deps.db, otherVillage, '2026-10-12T02:00:00.000Z', fixed);
    // Night patrols at October's edges: 30 September's shift and its check-ins after midnight belong to September.
    await seedPatrolRecords(
      t.deps,
      town,
      chiefUser.id,
      ['2025-10-12', '2026-09-30', '2026-10-01', '2026-10-31'],
      (i) => (i === 0 ? 0 : 2 - (i % 2)),
    );
  });
  afterAll(() => t.close());

  async function dashboard(session: Session, query: string): Promise<Dashboard> {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/stats/dashboard?${query}`,
      headers: session.headers(),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Dashboard;
  }

  /** How many records the list a drill link opens shows, page by page. */
  async function listed(session: Session, drill: DrillLink): Promise<number> {
    const api = LIST_API[drill.path];
    if (!api) throw new Error(`no list for ${drill.path}`);
    let count = 0;
    let cursor: string | null = null;
    do {
      const params = new URLSearchParams({ ...drill.query, limit: '200', ...(cursor ? { cursor } : {}) });
      const res = await t.app.inject({ method: 'GET', url: `${api}?${params}`, headers: session.headers() });
      expect(res.statusCode, `${api}?${params} ${res.body}`).toBe(200);
      const page = res.json() as { items: unknown[]; nextCursor: string | null };
      count += page.items.length;
      cursor = page.nextCursor;
    } while (cursor);
    return count;
  }

  /** Every number of a dashboard with its drill link. */
  function numbers(d: Dashboard): { what: string; count: number; drill: DrillLink | null }[] {
    return [
      ...d.cards.flatMap((c) => [
        { what: `${c.measure} current`, count: c.current, drill: c.drill },
        ...(c.lastYear === null ? [] : [{ what: `${c.measure} last year`, count: c.lastYear, drill: c.lastYearDrill }]),
        ...(c.previous === null ? [] : [{ what: `${c.measure} previous`, count: c.previous, drill: c.previousDrill }]),
      ]),
      ...d.rates.flatMap((r) => [
        { what: `${r.measure} numerator`, count: r.numerator, drill: r.drill },
        { what: `${r.measure} denominator`, count: r.denominator, drill: r.denominatorDrill },
      ]),
      ...d.breakdowns.flatMap((b) =>
        b.rows.map((row) => ({
          what: `${b.measure} by ${b.dimension} ${row.key}`,
          count: row.count,
          drill: row.drill,
        })),
      ),
      ...d.trend.flatMap((tr) =>
        tr.months.flatMap((m) => [
          { what: `${tr.measure} ${m.month}`, count: m.count, drill: m.drill },
          { what: `${tr.measure} ${m.month} last year`, count: m.lastYear, drill: m.lastYearDrill },
        ]),
      ),
      ...(d.heat?.rows ?? []).flatMap((row) =>
        row.cells
          .filter((cell) => cell.count > 0 || cell.hour % 6 === 0)
          .map((cell) => ({ what: `heat ${row.labelZh} ${cell.hour}`, count: cell.count, drill: cell.drill })),
      ),
      ...d.counters.map((c) => ({ what: `counter ${c.key}`, count: c.value ?? 0, drill: c.drill })),
    ];
  }

  it('counts October between Shanghai midnights, with 同比 and 环比 and raw counts', async () => {
    const d = await dashboard(chief, 'period=month&key=2026-10');
    expect(d.scope).toEqual({ level: 'town', jurisdictionId: town.town.id, name: '马良镇' });
    expect(d.periodLabelZh).toBe('2026年10月');
    const card = (measure: string) => d.cards.find((c) => c.measure === measure);
    expect(card('incidents.received')).toMatchObject({
      current: 5,
      lastYear: 4,
      previous: 1,
      yoy: { textZh: '上升25.0%（4→5）' },
      mom: { textZh: '上升400.0%（1→5）' },
    });
    expect(card('incidents.late')).toMatchObject({
      current: 1,
      lastYear: 0,
      yoy: { textZh: '新增1起（上年同期为0）' },
    });
    expect(card('disputes.registered')).toMatchObject({ current: 3, lastYear: 1 });
    expect(card('disputes.overdue')).toMatchObject({ current: 1, yoy: null, mom: null });
    expect(card('duty.entries')).toMatchObject({ current: 3, lastYear: 0 });
    const rate = d.rates.find((r) => r.measure === 'disputes.resolution_rate');
    expect(rate).toMatchObject({ numerator: 1, denominator: 3, percent: 33.3, lastYearPercent: 0 });
    expect(rate?.change?.textZh).toBe('提高33.3个百分点');
    expect(d.trend.map((tr) => tr.months.length)).toEqual([12, 12]);
    expect(d.trend[0]?.months.at(-1)).toMatchObject({ month: '2026-10', count: 5, lastYear: 4 });
    const shuangping = d.heat?.rows.find((row) => row.key === town.shuangping.id);
    // 15:59:59Z is 23:59:59 in Beijing; 01:30Z is 09:30.
    expect(shuangping?.cells[23]?.count).toBe(1);
    expect(shuangping?.cells[9]?.count).toBe(1);
    expect(d.counters).toEqual([
      expect.objectContaining({ key: 'days_since_fraud', value: null, drill: null }),
      expect.objectContaining({ key: 'online_mediations', value: 1 }),
      expect.objectContaining({ key: 'remote_reminders', value: 0, drill: null }),
    ]);
  });

  it('every number opens a list that shows exactly that many records', async () => {
    const d = await dashboard(chief, 'period=month&key=2026-10');
    const checked = numbers(d);
    // Only records of the town itself, in no village, have no link: no list filter names "no village".
    const unlinked = checked.filter((n) => n.drill === null && !n.what.startsWith('counter ')).map((n) => n.what);
    expect(unlinked.length).toBeGreaterThan(0);
    // And the night patrols' figures: their lists reach the whole town for readers whose statistics reach a village;
    // the video patrols' likewise (the round list filters by day, not place; the reminder list shows every attempt).
    expect(unlinked.filter((what) => !/village none|heat 不属任何村|^(video_)?patrols\./.test(what))).toEqual([]);
    const mismatches: string[] = [];
    for (const n of checked) {
      if (n.drill && (await listed(chief, n.drill)) !== n.count) mismatches.push(`${n.what}: ${n.count}`);
    }
    expect(mismatches).toEqual([]);
  });

  it('a district view and a village auxiliary count their part only, and their drills agree too', async () => {
    const district = await dashboard(chief, `period=month&key=2026-10&jurisdictionId=${town.district2.id}`);
    expect(district.scope).toEqual({ level: 'district', jurisdictionId: town.district2.id, name: '片区二' });
    expect(district.cards.find((c) => c.measure === 'incidents.received')?.current).toBe(1);
    const own = await dashboard(auxiliary, 'period=month&key=2026-10');
    expect(own.scope).toMatchObject({ level: 'village', jurisdictionId: town.shuangping.id, name: '双坪村' });
    expect(own.cards.find((c) => c.measure === 'incidents.received')?.current).toBe(2);
    expect(own.cards.find((c) => c.measure === 'disputes.registered')?.current).toBe(1);
    for (const [session, d] of [
      [chief, district],
      [auxiliary, own],
    ] as const) {
      const mismatches: string[] = [];
      for (const n of numbers(d)) {
        if (n.drill && (await listed(session, n.drill)) !== n.count) mismatches.push(`${n.what}: ${n.count}`);
      }
      expect(mismatches).toEqual([]);
    }
  });

  it('shares its counts without changing one: each card, rate and breakdown equals its figure counted on its own', async () => {
    // The dashboard sums a card's total from a breakdown or a month of the trend of the same records, and counts a
    // rate's terms once with the cards; the service's figures without sharing count every number in its own query.
    const service = new StatsService(t.deps);
    const views = [
      ['period=month&key=2026-10', null],
      ['period=month&key=2026-09', null],
      ['period=quarter&key=2026-Q4', null],
      ['period=ytd&key=2026-10-31', null],
      ['period=week&key=2026-W40', null],
      ['period=range&from=2026-10-01&to=2026-10-31', null],
      ['period=month&key=2026-10', town.district2],
      ['period=month&key=2026-10', town.shuangping],
    ] as const;
    for (const [query, place] of views) {
      const d = await dashboard(chief, place ? `${query}&jurisdictionId=${place.id}` : query);
      const base = {
        scope: { townIds: new Set([town.town.id]), jurisdictionIds: new Set<string>() },
        period: d.period,
        now: d.generatedAt,
        place: place
          ? {
              level: place.level === 'district' ? ('district' as const) : ('village' as const),
              id: place.id,
              path: place.path,
            }
          : null,
      };
      const figures = await service.figures(t.deps.db, { ...base, measures: service.measureKeys() });
      const rates = await service.rates(t.deps.db, { ...base, rates: service.rateKeys() });
      const counts = (rows: readonly object[], keys: readonly string[]) =>
        rows.map((row) => Object.fromEntries(keys.map((key) => [key, (row as Record<string, unknown>)[key]])));
      const cardKeys = ['measure', 'current', 'lastYear', 'previous'];
      const rateKeys = ['measure', 'numerator', 'denominator', 'lastYearNumerator', 'lastYearDenominator', 'percent'];
      expect(counts(d.cards, cardKeys), query).toEqual(counts(figures, cardKeys));
      expect(counts(d.rates, rateKeys), query).toEqual(counts(rates, rateKeys));
      for (const b of d.breakdowns) {
        const alone = await service.breakdown(t.deps.db, { ...base, measure: b.measure, dimension: b.dimension });
        expect(counts(b.rows, ['key', 'count']), `${query} ${b.measure} by ${b.dimension}`).toEqual(
          counts(alone.rows, ['key', 'count']),
        );
      }
      expect(
        d.cards.some((card) => card.current > 0),
        query,
      ).toBe(true);
    }
  });

  it('views no place outside the caller’s scope: 404 as for a missing one', async () => {
    for (const [session, id] of [
      [auxiliary, town.nanya.id],
      [auxiliary, town.district1.id],
      [chief, otherVillage.id],
      [chief, town.town.id],
      [chief, 'no-such-place'],
    ] as const) {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/stats/dashboard?jurisdictionId=${id}`,
        headers: session.headers(),
      });
      expect(res.statusCode, id).toBe(404);
    }
  });

  it.each([
    ['period=month&key=2026-13', 'PERIOD_INVALID'],
    ['period=fortnight', 'PERIOD_INVALID'],
    ['period=range&from=2026-10-01', 'PERIOD_INVALID'],
    ['period=range&from=2026-10-10&to=2026-10-01', 'PERIOD_REVERSED'],
    ['period=year&key=2999', 'PERIOD_IN_FUTURE'],
    ['period=range&from=2999-01-01&to=2999-01-02', 'PERIOD_IN_FUTURE'],
  ])('refuses %s with 400 %s and writes nothing', async (query, code) => {
    const audit = await countRows(t.deps, 'audit_log');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/stats/dashboard?${query}`,
      headers: chief.headers(),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ error: { code } });
    expect(await countRows(t.deps, 'audit_log')).toBe(audit);
  });

  it('counters: computed from records, null when there is nothing to count from', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/stats/counters', headers: auxiliary.headers() });
    expect(res.statusCode).toBe(200);
    const body = res.json() as StatsCounters;
    expect(body.counters.map((c) => [c.key, c.value])).toEqual([
      ['days_since_fraud', null],
      ['online_mediations', 0],
      ['remote_reminders', 0],
    ]);
  });
});
