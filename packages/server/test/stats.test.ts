import { type StatsPeriod, statsPeriodOf } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StatsService } from '../src/modules/statistics/stats.service';
import { scopeOf } from '../src/platform/access/access';
import type { RequestContext } from '../src/platform/context';
import { testDialects } from './support/databases';
import { insertDispute, insertMediationSession, insertResolvedStep } from './support/dispute-rows';
import { callerWith, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

function month(key: string): StatsPeriod {
  const period = statsPeriodOf('month', key);
  if (!period) throw new Error(key);
  return period;
}

const OCTOBER = month('2026-10');
const NOW = '2026-11-30T04:00:00.000Z';

describe.each(testDialects())('statistics core (%s)', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let stats: StatsService;
  let chief: RequestContext;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    stats = new StatsService(t.deps);
    chief = callerWith('chief-1', [{ role: 'chief', on: town.town }]);
    const db = t.deps.db;
    // October 2026: the last second of 31 October in Beijing counts, the first second of 1 November does not.
    await insertDispute(db, town.shuangping, '2026-10-31T15:59:59.000Z');
    await insertDispute(db, town.shuangping, '2026-10-31T16:00:00.000Z');
    const red = await insertDispute(db, town.groups.南垭村?.[0] ?? town.nanya, '2026-10-05T02:00:00.000Z', {
      risk_grade: 'red',
      state: 'RESOLVED',
    });
    await insertResolvedStep(db, red.id, '2026-10-20T02:00:00.000Z');
    const online = await insertDispute(db, town.duanjiang, '2026-10-10T02:00:00.000Z', { category: 'debt_loan' });
    await insertMediationSession(db, online, 'online', '2026-10-12T02:00:00.000Z');
    await insertMediationSession(db, online, 'on_site', '2026-09-12T02:00:00.000Z');
    await insertDispute(db, town.town, '2026-10-15T02:00:00.000Z');
    // September 2026: one; October 2025: four, two of them resolved within that October.
    await insertDispute(db, town.nanya, '2026-09-30T15:59:59.000Z');
    for (const day of ['02', '03', '04', '05']) {
      const row = await insertDispute(db, town.shuangping, `2025-10-${day}T02:00:00.000Z`);
      if (day < '04') await insertResolvedStep(db, row.id, `2025-10-${day}T08:00:00.000Z`);
    }
    // Overdue now, whatever the period.
    await insertDispute(db, town.nanya, '2026-08-01T02:00:00.000Z', { overdue: 1 });
  });
  afterAll(() => t.close());

  async function townScope(ctx: RequestContext) {
    const actor = ctx.actor;
    if (!actor) throw new Error('no actor');
    const scope = await scopeOf(t.deps.db, actor, 'stats.read');
    if (!scope) throw new Error('no scope');
    return scope;
  }

  it('counts a month between Shanghai midnights, with 同比 and 环比 in the words of compareCounts', async () => {
    const [registered, resolved] = await stats.figures(t.deps.db, {
      scope: await townScope(chief),
      period: OCTOBER,
      measures: ['disputes.registered', 'disputes.resolved'],
      now: NOW,
    });
    expect(registered).toMatchObject({
      measure: 'disputes.registered',
      current: 4,
      lastYear: 4,
      previous: 1,
      yoy: { kind: 'flat', textZh: '持平（4→4）' },
      mom: { kind: 'up', percent: 300, textZh: '上升300.0%（1→4）' },
    });
    expect(resolved).toMatchObject({
      current: 1,
      lastYear: 2,
      yoy: { kind: 'down', percent: -50, textZh: '下降50.0%（2→1）' },
      mom: { kind: 'new', textZh: '新增1起（上期为0）' },
    });
    // No drills unless the caller's lists are given.
    expect(registered?.drill).toBeNull();
  });

  it('sets a month still running against the same first days of last year and of the month before', async () => {
    // On 4 October: 1–4 October 2025 (three of its four) and 1–4 September 2026 (not the one of the 30th).
    const [registered] = await stats.figures(t.deps.db, {
      scope: await townScope(chief),
      period: OCTOBER,
      measures: ['disputes.registered'],
      now: '2026-10-04T04:00:00.000Z',
    });
    expect(registered).toMatchObject({ lastYear: 3, previous: 0 });
  });

  it('a stock is counted as it stands now, without comparisons', async () => {
    const [overdue] = await stats.figures(t.deps.db, {
      scope: await townScope(chief),
      period: OCTOBER,
      measures: ['disputes.overdue'],
      now: NOW,
    });
    expect(overdue).toMatchObject({ current: 1, lastYear: null, previous: null, yoy: null, mom: null });
  });

  it('a rate beside its raw counts, compared in 百分点', async () => {
    const [rate] = await stats.rates(t.deps.db, {
      scope: await townScope(chief),
      period: OCTOBER,
      rates: ['disputes.resolution_rate'],
      now: NOW,
    });
    expect(rate).toMatchObject({
      numerator: 1,
      denominator: 4,
      percent: 25,
      lastYearNumerator: 2,
      lastYearDenominator: 4,
      lastYearPercent: 50,
      change: { kind: 'down', points: -25, textZh: '下降25.0个百分点' },
    });
  });

  it('breaks down by village and district, a group counting for its village', async () => {
    const scope = await townScope(chief);
    const byVillage = await stats.breakdown(t.deps.db, {
      scope,
      period: OCTOBER,
      measure: 'disputes.registered',
      dimension: 'village',
      now: NOW,
    });
    expect(Object.fromEntries(byVillage.rows.map((row) => [row.labelZh, row.count]))).toEqual({
      双坪村: 1,
      南垭村: 1,
      段江村: 1,
      '不属任何村（社区）': 1,
    });
    const byDistrict = await stats.breakdown(t.deps.db, {
      scope,
      period: OCTOBER,
      measure: 'disputes.registered',
      dimension: 'district',
      now: NOW,
    });
    expect(byDistrict.rows.map((row) => [row.labelZh, row.count])).toEqual([
      ['片区一', 2],
      ['片区二', 1],
      ['未划入片区', 1],
    ]);
    const byRisk = await stats.breakdown(t.deps.db, {
      scope,
      period: OCTOBER,
      measure: 'disputes.registered',
      dimension: 'risk',
      now: NOW,
    });
    expect(byRisk.rows.map((row) => [row.labelZh, row.count])).toEqual([
      ['绿色', 3],
      ['红色', 1],
    ]);
    const byMonth = await stats.breakdown(t.deps.db, {
      scope,
      period: { ...OCTOBER, from: month('2026-09').from },
      measure: 'disputes.registered',
      dimension: 'month',
      now: NOW,
    });
    expect(byMonth.rows.map((row) => [row.key, row.count])).toEqual([
      ['2026-09', 1],
      ['2026-10', 4],
    ]);
  });

  it('a village auxiliary and a village cadre count their own village only', async () => {
    for (const role of ['auxiliary', 'village_cadre'] as const) {
      const ctx = callerWith(`${role}-1`, [{ role, on: town.shuangping }]);
      const [registered] = await stats.figures(t.deps.db, {
        scope: await townScope(ctx),
        period: OCTOBER,
        measures: ['disputes.registered'],
        now: NOW,
      });
      expect(registered, role).toMatchObject({ current: 1, lastYear: 4, previous: 0 });
    }
  });

  it('drills only into lists that hold every counted record', async () => {
    const mayDrill = async (ctx: RequestContext) => stats.drillPermissions(t.deps.db, ctx, await townScope(ctx));
    expect((await mayDrill(chief))('dispute.read')).toBe(true);
    const auxiliary = callerWith('aux-2', [{ role: 'auxiliary', on: town.shuangping }]);
    expect((await mayDrill(auxiliary))('dispute.read')).toBe(true);
    const cadre = callerWith('cadre-2', [{ role: 'village_cadre', on: town.shuangping }]);
    expect((await mayDrill(cadre))('dispute.read')).toBe(false);
    // An officer reads the whole town's disputes: a village-level statistics scope lies inside it.
    const both = callerWith('both-1', [
      { role: 'village_cadre', on: town.nanya },
      { role: 'officer', on: town.district1 },
    ]);
    expect((await mayDrill(both))('dispute.read')).toBe(true);
  });

  it('a month snapshot counts what was recorded before asOf, with drills for the caller', async () => {
    const snapshot = await stats.monthSnapshot(chief, town.town.id, '2026-10', '2026-10-20T00:00:00.000Z');
    expect(snapshot.period).toEqual(OCTOBER);
    const figure = (key: string) => snapshot.figures.find((f) => f.measure === key);
    expect(figure('disputes.registered')).toMatchObject({
      current: 3,
      lastYear: 4,
      drill: { path: '/disputes', query: { registeredFrom: '2026-10-01', registeredTo: '2026-10-31' } },
    });
    expect(figure('disputes.resolved')?.current).toBe(0);
    expect(figure('disputes.mediated_online')?.current).toBe(1);
    expect(snapshot.rates.map((rate) => rate.measure)).toEqual(['incidents.late_rate', 'disputes.resolution_rate']);
    const byCategory = snapshot.breakdowns.find(
      (b) => b.measure === 'disputes.registered' && b.dimension === 'category',
    );
    expect(byCategory?.rows.map((row) => [row.key, row.count])).toEqual([
      ['neighbour', 2],
      ['debt_loan', 1],
    ]);
  });

  it('a month snapshot needs statistics over the whole town, and a real month', async () => {
    const auxiliary = callerWith('aux-3', [{ role: 'auxiliary', on: town.shuangping }]);
    await expect(stats.monthSnapshot(auxiliary, town.town.id, '2026-10', NOW)).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(stats.monthSnapshot(chief, town.town.id, '2026-13', NOW)).rejects.toMatchObject({
      code: 'PERIOD_INVALID',
    });
    await expect(stats.monthSnapshot(chief, town.town.id, '2026-12', NOW)).rejects.toMatchObject({
      code: 'PERIOD_IN_FUTURE',
    });
  });
});
