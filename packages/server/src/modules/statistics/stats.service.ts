import {
  addMonths,
  comparisonPeriods,
  countOfMonth,
  type Dashboard,
  type DashboardQuery,
  formatPeriodLabel,
  groupsOfPairs,
  type Permission,
  resolveStatsPeriod,
  STATS_COUNTER_KEYS,
  type StatsBreakdown,
  type StatsBreakdownRow,
  type StatsCounter,
  type StatsCounterKey,
  type StatsCounters,
  type StatsCountersQuery,
  type StatsDimension,
  type StatsFigure,
  type StatsHeat,
  type StatsPeriod,
  type StatsRate,
  type StatsScope,
  type StatsSnapshot,
  type StatsTrend,
  samePeriodLastYear,
  shanghaiDate,
  statsFigure,
  statsPeriodOf,
  statsRate,
  totalOfGroups,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { NO_PLACE } from '../../db/stats-grouping';
import { inScope, requireAccess, type Scope, scopeOf } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { findJurisdiction, listJurisdictionsByIds } from '../directory/jurisdictions.repository';
import type {
  StatsCounterValue,
  StatsCountQuery,
  StatsLabel,
  StatsMeasure,
  StatsPlace,
  StatsProvider,
  StatsRateMeasure,
} from './stats-provider';
import { STATS_PROVIDERS } from './stats-providers';

/** Which lists the caller may open from a figure: a drill is null for a measure whose list permission is absent. */
export type MayDrill = (permission: Permission) => boolean;
const NO_DRILLS: MayDrill = () => false;

export interface FiguresQuery {
  scope: Scope;
  period: StatsPeriod;
  measures: readonly string[];
  place?: StatsPlace | null | undefined;
  /** When stocks are taken; now when absent. */
  now?: string | undefined;
  /** Count only what was recorded before this instant (a snapshot "as of"); the period's end when absent. */
  until?: string | undefined;
  /** 同比 and 环比 (default true). */
  compare?: boolean | undefined;
  mayDrill?: MayDrill | undefined;
  /** One dashboard's counts, shared by its figures (absent: each count is its own query). */
  counts?: SharedCounts | undefined;
}

export interface BreakdownQuery extends Omit<FiguresQuery, 'measures' | 'compare'> {
  measure: string;
  dimension: StatsDimension;
}

interface Registered {
  provider: StatsProvider;
  measure: StatsMeasure;
}

const COUNTER_LABELS: Record<StatsCounterKey, StatsLabel> = {
  days_since_fraud: { zh: '距上一起电信网络诈骗案件天数', en: 'Days since the last telecom fraud case' },
  online_mediations: { zh: '线上调解纠纷（累计）', en: 'Disputes mediated online (to date)' },
  remote_reminders: { zh: '远程劝阻提醒', en: 'Remote reminders' },
};

/** What the dashboard breaks down, when the measure is registered: a later module's measures add their own here. */
const DASHBOARD_BREAKDOWNS: readonly [measure: string, dimension: StatsDimension][] = [
  ['incidents.received', 'class'],
  ['incidents.received', 'category'],
  ['incidents.received', 'village'],
  ['disputes.registered', 'category'],
  ['disputes.registered', 'risk'],
  ['disputes.registered', 'village'],
  ['disputes.overdue', 'risk'],
  ['disputes.overdue', 'village'],
  ['duty.entries', 'category'],
];
/** The measures of the 12-month trend and of the village × hour heat table. */
const DASHBOARD_TRENDS: readonly string[] = ['incidents.received', 'disputes.registered'];
const DASHBOARD_HEAT = 'incidents.received';
/** Breakdowns of a measure by two dimensions counted as one pair, each then folded out of it. */
const DASHBOARD_PAIRS: readonly [measure: string, first: StatsDimension, second: StatsDimension][] = [
  ['disputes.overdue', 'risk', 'village'],
];

/** Where a dashboard counts: the caller's scope, narrowed to a viewed place, and how the view is named. */
interface StatsView {
  scope: Scope;
  place: StatsPlace | null;
  header: StatsScope;
}

const PLACE_NONE: Record<'village' | 'district', StatsLabel> = {
  village: { zh: '不属任何村（社区）', en: 'Not in a village' },
  district: { zh: '未划入片区', en: 'Not in a district' },
};

/**
 * Statistics over the registered providers (`stats-providers.ts`): figures with 同比/环比, rates, breakdowns and the
 * frozen month snapshot a meeting keeps. Each count is one provider query; the scope is always the caller's
 * `stats.read` scope (a village sees its own figures only), narrowed to a place when one is viewed.
 */
export class StatsService {
  private readonly measures = new Map<string, Registered>();
  private readonly rateMeasures = new Map<string, StatsRateMeasure>();

  constructor(
    private readonly deps: Deps,
    private readonly providers: readonly StatsProvider[] = STATS_PROVIDERS,
  ) {
    for (const provider of providers) {
      for (const measure of provider.measures) this.measures.set(measure.key, { provider, measure });
      for (const rate of provider.rates ?? []) this.rateMeasures.set(rate.key, rate);
    }
  }

  /** Every measure key the providers offer, in registry order. */
  measureKeys(): string[] {
    return [...this.measures.keys()];
  }

  rateKeys(): string[] {
    return [...this.rateMeasures.keys()];
  }

  /** The counts of some measures in a period, each with last year's and the previous period's (one query each). */
  async figures(exec: Executor, query: FiguresQuery): Promise<StatsFigure[]> {
    const now = query.now ?? new Date().toISOString();
    const mayDrill = query.mayDrill ?? NO_DRILLS;
    const place = query.place ?? null;
    const { lastYear, previous } = comparisonPeriods(query.period, now);
    // Independent counts run together: on PostgreSQL they spread over the pool's connections.
    return Promise.all(
      query.measures.map(async (key) => {
        const { measure } = this.registered(key);
        const compare = (query.compare ?? true) && !measure.stock;
        const [current, lastYearCount, previousCount] = await Promise.all([
          this.total(exec, key, query, query.period, now),
          compare ? this.total(exec, key, query, lastYear, now) : undefined,
          compare ? this.total(exec, key, query, previous, now) : undefined,
        ]);
        const drills = mayDrill(measure.listPermission);
        return statsFigure(
          { measure: key, labelZh: measure.labelZh, labelEn: measure.labelEn },
          { current, lastYear: lastYearCount, previous: previousCount },
          {
            current: drills ? measure.drill({ period: query.period, place }) : null,
            lastYear: drills && compare ? measure.drill({ period: lastYear, place }) : null,
            previous: drills && compare ? measure.drill({ period: previous, place }) : null,
          },
        );
      }),
    );
  }

  /** Rates of the providers (resolution rate…) with their raw counts, compared with last year in 百分点. */
  async rates(
    exec: Executor,
    query: Omit<FiguresQuery, 'measures'> & { rates: readonly string[] },
  ): Promise<StatsRate[]> {
    const now = query.now ?? new Date().toISOString();
    const mayDrill = query.mayDrill ?? NO_DRILLS;
    const place = query.place ?? null;
    const { lastYear } = comparisonPeriods(query.period, now);
    const compare = query.compare ?? true;
    return Promise.all(
      query.rates.map(async (key) => {
        const rate = this.rateMeasures.get(key);
        if (!rate) throw new RangeError(`No rate ${key}`);
        const numerator = this.registered(rate.numerator).measure;
        const denominator = this.registered(rate.denominator).measure;
        const [num, den, lastNum, lastDen] = await Promise.all([
          this.total(exec, rate.numerator, query, query.period, now),
          this.total(exec, rate.denominator, query, query.period, now),
          compare ? this.total(exec, rate.numerator, query, lastYear, now) : 0,
          compare ? this.total(exec, rate.denominator, query, lastYear, now) : 0,
        ]);
        return statsRate(
          { measure: key, labelZh: rate.labelZh, labelEn: rate.labelEn },
          {
            numerator: num,
            denominator: den,
            lastYear: compare ? { numerator: lastNum, denominator: lastDen } : undefined,
          },
          {
            numerator: mayDrill(numerator.listPermission) ? numerator.drill({ period: query.period, place }) : null,
            denominator: mayDrill(denominator.listPermission)
              ? denominator.drill({ period: query.period, place })
              : null,
          },
        );
      }),
    );
  }

  /** One measure by one dimension in the period (one query), named and with each group's drill link. */
  async breakdown(exec: Executor, query: BreakdownQuery): Promise<StatsBreakdown> {
    const { provider, measure } = this.registered(query.measure);
    const now = query.now ?? new Date().toISOString();
    const place = query.place ?? null;
    const counts = await countWith(query.counts, exec, provider, query.measure, {
      scope: query.scope,
      from: query.period.from,
      to: minInstant(query.period.to, query.until),
      now,
      place,
      groupBy: query.dimension,
    });
    const keys = [...counts.keys()];
    const labels = await this.labels(exec, provider, query.dimension, keys);
    const drills = (query.mayDrill ?? NO_DRILLS)(measure.listPermission);
    const rows: StatsBreakdownRow[] = keys.map((key) => {
      const label = labels.get(key) ?? { zh: key, en: key };
      return {
        key,
        labelZh: label.zh,
        labelEn: label.en,
        count: counts.get(key) ?? 0,
        drill: drills
          ? measure.drill({ period: query.period, place, group: { dimension: query.dimension, key } })
          : null,
      };
    });
    const ordered = query.dimension === 'hour' || query.dimension === 'month';
    rows.sort((a, b) =>
      ordered
        ? Number(a.key.replace('-', '')) - Number(b.key.replace('-', ''))
        : b.count - a.count || cmp(a.key, b.key),
    );
    return {
      measure: query.measure,
      labelZh: measure.labelZh,
      labelEn: measure.labelEn,
      dimension: query.dimension,
      rows,
    };
  }

  /**
   * The dashboard of a period (domain.md §7): cards with 同比/环比 and raw counts, rates in 百分点, the 12-month
   * trend against last year, the village × hour heat table, breakdowns and counters, every number with the link to
   * the list behind it. `jurisdictionId` views a district or village inside the caller's scope (404 outside it).
   */
  async dashboard(
    ctx: RequestContext,
    query: DashboardQuery,
    now: string = new Date().toISOString(),
  ): Promise<Dashboard> {
    const { db } = this.deps;
    const resolved = resolveStatsPeriod(query, now);
    if (!resolved.ok) throw new AppError(resolved.code);
    const period = resolved.period;
    const compared = comparisonPeriods(period, now);
    const view = await this.view(db, ctx, query.jurisdictionId);
    const mayDrill = await this.drillPermissions(db, ctx, view.scope);
    const counts = new SharedCounts(db);
    const base = { scope: view.scope, place: view.place, period, now, mayDrill, counts };
    // The grouped counts start first (each call registers its count before its first await), so that the cards'
    // totals of the same records are summed from them instead of being counted again.
    for (const [measure, groupBy, thenBy] of DASHBOARD_PAIRS) {
      const registered = this.measures.get(measure);
      if (!registered) continue;
      const pair = { scope: view.scope, from: period.from, to: period.to, now, place: view.place, groupBy, thenBy };
      // Awaited through the breakdowns folded out of it; a failure surfaces there.
      counts.count(registered.provider, measure, pair).catch(() => undefined);
    }
    const [trend, heat, breakdowns, cards, rates, counters] = await Promise.all([
      Promise.all(
        DASHBOARD_TRENDS.filter((measure) => this.measures.has(measure)).map((measure) =>
          this.trend(db, { ...base, measure }),
        ),
      ),
      this.measures.has(DASHBOARD_HEAT) ? this.heat(db, { ...base, measure: DASHBOARD_HEAT }) : null,
      Promise.all(
        DASHBOARD_BREAKDOWNS.filter(([measure]) => this.measures.has(measure)).map(([measure, dimension]) =>
          this.breakdown(db, { ...base, measure, dimension }),
        ),
      ),
      this.figures(db, { ...base, measures: this.measureKeys() }),
      this.rates(db, { ...base, rates: this.rateKeys() }),
      this.counterList(db, view, now, mayDrill),
    ]);
    return {
      scope: view.header,
      period,
      periodLabelZh: formatPeriodLabel(period, 'zh'),
      periodLabelEn: formatPeriodLabel(period, 'en'),
      lastYearPeriod: compared.lastYear,
      previousPeriod: compared.previous,
      generatedAt: now,
      cards,
      rates,
      trend,
      heat,
      breakdowns,
      counters,
    };
  }

  /** The counters alone (the wall screen refreshes them often): a module that does not exist yet gives null. */
  async counters(
    ctx: RequestContext,
    query: StatsCountersQuery,
    now: string = new Date().toISOString(),
  ): Promise<StatsCounters> {
    const { db } = this.deps;
    const view = await this.view(db, ctx, query.jurisdictionId);
    const mayDrill = await this.drillPermissions(db, ctx, view.scope);
    return { scope: view.header, generatedAt: now, counters: await this.counterList(db, view, now, mayDrill) };
  }

  /** Twelve months ending with the period's last month, each against the same month last year (one query). */
  async trend(exec: Executor, query: Omit<BreakdownQuery, 'dimension'>): Promise<StatsTrend> {
    const { provider, measure } = this.registered(query.measure);
    const lastMonth = query.period.lastDay.slice(0, 7);
    const first = statsPeriodOf('month', addMonths(`${lastMonth}-01`, -11).slice(0, 7));
    const last = statsPeriodOf('month', lastMonth);
    if (!first || !last) throw new RangeError(`No trend to ${lastMonth}`);
    const span = { from: first.from, to: last.to };
    const lastYearFirst = samePeriodLastYear(first);
    const lastYearSpan = { from: lastYearFirst.from, to: samePeriodLastYear(last).to };
    const now = query.now ?? new Date().toISOString();
    const place = query.place ?? null;
    const count = (range: { from: string; to: string }) =>
      countWith(query.counts, exec, provider, query.measure, {
        scope: query.scope,
        ...range,
        now,
        place,
        groupBy: 'month',
      });
    // Last year's twelve months end where this year's begin: one count by month over the 24 months.
    const [current, previous] =
      lastYearSpan.to === span.from
        ? await count({ from: lastYearSpan.from, to: span.to }).then((both) => [both, both])
        : await Promise.all([count(span), count(lastYearSpan)]);
    const drills = (query.mayDrill ?? NO_DRILLS)(measure.listPermission);
    const months = [];
    for (let day = `${first.key}-01`; day <= last.firstDay; day = addMonths(day, 1)) {
      const month = statsPeriodOf('month', day.slice(0, 7));
      if (!month) continue;
      const lastYear = samePeriodLastYear(month);
      months.push({
        month: month.key,
        count: current.get(month.key) ?? 0,
        lastYear: previous.get(lastYear.key) ?? 0,
        drill: drills ? measure.drill({ period: month, place }) : null,
        lastYearDrill: drills ? measure.drill({ period: lastYear, place }) : null,
      });
    }
    return { measure: query.measure, labelZh: measure.labelZh, labelEn: measure.labelEn, months };
  }

  /** Villages × Beijing hours of one measure in the period (one query), each cell with its drill link. */
  async heat(exec: Executor, query: Omit<BreakdownQuery, 'dimension'>): Promise<StatsHeat> {
    const { provider, measure } = this.registered(query.measure);
    const place = query.place ?? null;
    const counts = await countWith(query.counts, exec, provider, query.measure, {
      scope: query.scope,
      from: query.period.from,
      to: minInstant(query.period.to, query.until),
      now: query.now ?? new Date().toISOString(),
      place,
      groupBy: 'village',
      thenBy: 'hour',
    });
    const byVillage = new Map<string, number[]>();
    for (const [key, count] of counts) {
      const [village = '', hour = ''] = key.split('|');
      const cells = byVillage.get(village) ?? new Array<number>(24).fill(0);
      cells[Number(hour)] = count;
      byVillage.set(village, cells);
    }
    const labels = await this.labels(exec, provider, 'village', [...byVillage.keys()]);
    const drills = (query.mayDrill ?? NO_DRILLS)(measure.listPermission);
    const rows = [...byVillage].map(([village, cells]) => {
      const label = labels.get(village) ?? { zh: village, en: village };
      return {
        key: village,
        labelZh: label.zh,
        labelEn: label.en,
        total: cells.reduce((sum, count) => sum + count, 0),
        cells: cells.map((count, hour) => ({
          hour,
          count,
          drill: drills
            ? measure.drill({
                period: query.period,
                place,
                group: { dimension: 'village', key: village },
                thenGroup: { dimension: 'hour', key: String(hour) },
              })
            : null,
        })),
      };
    });
    rows.sort((a, b) => b.total - a.total || cmp(a.labelZh, b.labelZh));
    return { measure: query.measure, labelZh: measure.labelZh, labelEn: measure.labelEn, rows };
  }

  /**
   * The figures of one month for one town as they stood at `asOf` (what was recorded before it), for a meeting to
   * keep: every measure with 同比/环比, every rate, and every measure by each of its dimensions. Runs on `exec` (the
   * meeting's unit of work) when given. The caller's `stats.read` must reach the whole town, else 404.
   */
  async monthSnapshot(
    ctx: RequestContext,
    townId: string,
    month: string,
    asOf: string,
    exec: Executor = this.deps.db,
  ): Promise<StatsSnapshot> {
    const actor = ctx.actor;
    if (!actor) throw new AppError('UNAUTHENTICATED');
    const statsScope = actor.permissions.has('stats.read') ? await scopeOf(exec, actor, 'stats.read') : null;
    if (!statsScope?.townIds.has(townId)) throw notFound();
    const period = statsPeriodOf('month', month);
    if (!period) throw new AppError('PERIOD_INVALID');
    if (period.firstDay > shanghaiDate(asOf)) throw new AppError('PERIOD_IN_FUTURE');
    const scope: Scope = { townIds: new Set([townId]), jurisdictionIds: new Set() };
    const mayDrill = await this.drillPermissions(exec, ctx, scope);
    const base = { scope, period, now: asOf, until: asOf, mayDrill };
    const breakdowns: StatsBreakdown[] = [];
    for (const [key, { measure }] of this.measures) {
      for (const dimension of measure.dimensions) {
        if (dimension !== 'month') breakdowns.push(await this.breakdown(exec, { ...base, measure: key, dimension }));
      }
    }
    return {
      townId,
      period,
      asOf,
      figures: await this.figures(exec, { ...base, measures: this.measureKeys() }),
      rates: await this.rates(exec, { ...base, rates: this.rateKeys() }),
      breakdowns,
    };
  }

  /**
   * The list permissions whose scope covers all of `scope`: only then does a list opened from a figure show every
   * record the figure counts (a department that reads only its assigned cases gets no links).
   */
  async drillPermissions(exec: Executor, ctx: RequestContext, scope: Scope): Promise<MayDrill> {
    const actor = ctx.actor;
    const allowed = new Set<Permission>();
    if (actor) {
      const permissions = new Set(
        [...this.measures.values()]
          .map(({ measure }) => measure.listPermission)
          .filter((p) => actor.permissions.has(p)),
      );
      for (const provider of this.providers) {
        for (const permission of provider.counterPermissions ?? []) {
          if (actor.permissions.has(permission)) permissions.add(permission);
        }
      }
      // The towns of the places a village-level scope names, for a list that reaches whole towns.
      const places = await listJurisdictionsByIds(exec, [...scope.jurisdictionIds]);
      const townOf = new Map(places.map((row) => [row.id, row.town_id]));
      for (const permission of permissions) {
        const list = await scopeOf(exec, actor, permission);
        if (list && covers(list, scope, townOf)) allowed.add(permission);
      }
    }
    return (permission) => allowed.has(permission);
  }

  /**
   * The caller's statistics scope and the view asked for: the whole scope, or a district or village inside it
   * (404 for any other place, or one outside the scope, as for a missing id).
   */
  private async view(exec: Executor, ctx: RequestContext, jurisdictionId: string | undefined): Promise<StatsView> {
    const scope = await requireAccess(exec, ctx, 'stats.read');
    if (jurisdictionId) {
      const place = await findJurisdiction(exec, jurisdictionId);
      const level =
        place?.level === 'district'
          ? 'district'
          : place?.level === 'village' || place?.level === 'community'
            ? 'village'
            : null;
      if (!place || !level || !inScope(scope, { townId: place.town_id, jurisdictionId: place.id })) throw notFound();
      return {
        scope,
        place: { level, id: place.id, path: place.path },
        header: { level, jurisdictionId: place.id, name: place.name },
      };
    }
    return { scope, place: null, header: await this.scopeHeader(exec, scope) };
  }

  /** How the whole of a scope is named: its town, the county over several towns, or its topmost place. */
  private async scopeHeader(exec: Executor, scope: Scope): Promise<StatsScope> {
    if (scope.townIds.size > 0) {
      const towns = await listJurisdictionsByIds(exec, [...scope.townIds]);
      const [town] = towns;
      if (towns.length === 1 && town) return { level: 'town', jurisdictionId: town.id, name: town.name };
      const counties = await listJurisdictionsByIds(exec, [
        ...new Set(towns.map((row) => row.parent_id).filter((id): id is string => id !== null)),
      ]);
      const [county] = counties;
      return counties.length === 1 && county
        ? { level: 'county', jurisdictionId: county.id, name: county.name }
        : { level: 'county', jurisdictionId: null, name: towns.map((row) => row.name).join('、') };
    }
    const places = await listJurisdictionsByIds(exec, [...scope.jurisdictionIds]);
    const top = places.sort((a, b) => a.path.length - b.path.length)[0];
    if (!top) return { level: 'village', jurisdictionId: null, name: '' };
    return { level: top.level === 'district' ? 'district' : 'village', jurisdictionId: top.id, name: top.name };
  }

  private async counterList(exec: Executor, view: StatsView, now: string, mayDrill: MayDrill): Promise<StatsCounter[]> {
    const values: Partial<Record<StatsCounterKey, StatsCounterValue>> = {};
    for (const provider of this.providers) {
      if (provider.counters)
        Object.assign(values, await provider.counters(exec, { scope: view.scope, place: view.place, now }));
    }
    return STATS_COUNTER_KEYS.map((key) => {
      const value = values[key];
      return {
        key,
        labelZh: COUNTER_LABELS[key].zh,
        labelEn: COUNTER_LABELS[key].en,
        value: value?.value ?? null,
        drill: value && mayDrill(value.listPermission) ? value.drill : null,
      };
    });
  }

  private registered(key: string): Registered {
    const found = this.measures.get(key);
    if (!found) throw new RangeError(`No statistics measure ${key}`);
    return found;
  }

  private async total(
    exec: Executor,
    key: string,
    query: Omit<FiguresQuery, 'measures'>,
    period: StatsPeriod,
    now: string,
  ): Promise<number> {
    const counts = await countWith(query.counts, exec, this.registered(key).provider, key, {
      scope: query.scope,
      from: period.from,
      to: minInstant(period.to, query.until),
      now,
      place: query.place ?? null,
    });
    return counts.get('') ?? 0;
  }

  private async labels(
    exec: Executor,
    provider: StatsProvider,
    dimension: StatsDimension,
    keys: readonly string[],
  ): Promise<ReadonlyMap<string, StatsLabel>> {
    switch (dimension) {
      case 'village':
      case 'district': {
        const rows = await listJurisdictionsByIds(
          exec,
          keys.filter((key) => key !== NO_PLACE),
        );
        const out = new Map<string, StatsLabel>(rows.map((row) => [row.id, { zh: row.name, en: row.name }]));
        out.set(NO_PLACE, PLACE_NONE[dimension]);
        return out;
      }
      case 'hour':
        return new Map(keys.map((key) => [key, { zh: `${key}时`, en: `${key.padStart(2, '0')}:00` }]));
      case 'month':
        return new Map(keys.map((key) => [key, { zh: `${key.slice(0, 4)}年${Number(key.slice(5))}月`, en: key }]));
      default:
        return provider.labels ? provider.labels(exec, dimension, keys) : new Map();
    }
  }
}

/**
 * Whether a list's scope holds every record a statistics scope can count: each of its towns whole, and each of its
 * places either named by the list or inside a town the list holds whole. Organisation reach (department staff)
 * never covers: such a list shows only the records assigned to the department.
 */
export function covers(list: Scope, stats: Scope, townOf: ReadonlyMap<string, string | null>): boolean {
  for (const town of stats.townIds) if (!list.townIds.has(town)) return false;
  for (const id of stats.jurisdictionIds) {
    const town = townOf.get(id);
    if (!list.jurisdictionIds.has(id) && !(town && list.townIds.has(town))) return false;
  }
  return !stats.assigned || stats.assigned.townIds.size === 0;
}

/**
 * The provider counts of one dashboard (one scope, place and `now`): a count asked twice (a rate's numerator is also
 * a card) runs once, and a count is taken from a grouped count of the same measure already running when that holds
 * exactly the same records: a total from the same range grouped by anything but month (the groups add up to the
 * total) or from a span grouped by month that holds the range as one whole month; a breakdown from the same range
 * grouped by a pair that has its dimension on one side.
 */
export class SharedCounts {
  private readonly runs = new Map<
    string,
    { key: string; query: StatsCountQuery; counts: Promise<Map<string, number>> }
  >();

  constructor(private readonly exec: Executor) {}

  count(provider: StatsProvider, key: string, query: StatsCountQuery): Promise<Map<string, number>> {
    const id = JSON.stringify([
      key,
      query.from,
      query.to,
      query.now,
      query.place?.id ?? null,
      query.groupBy ?? null,
      query.thenBy ?? null,
    ]);
    const known = this.runs.get(id);
    if (known) return known.counts;
    const counts = this.derived(key, query) ?? provider.count(this.exec, key, query);
    this.runs.set(id, { key, query, counts });
    return counts;
  }

  private derived(key: string, query: StatsCountQuery): Promise<Map<string, number>> | undefined {
    if (query.thenBy) return undefined;
    for (const run of this.runs.values()) {
      const grouped = run.query;
      if (run.key !== key || !grouped.groupBy || grouped.now !== query.now) continue;
      if ((grouped.place?.id ?? null) !== (query.place?.id ?? null)) continue;
      const sameRange = grouped.from === query.from && grouped.to === query.to;
      if (query.groupBy) {
        if (!sameRange || !grouped.thenBy) continue;
        if (grouped.groupBy === query.groupBy) return run.counts.then((pairs) => groupsOfPairs(pairs, 'first'));
        if (grouped.thenBy === query.groupBy) return run.counts.then((pairs) => groupsOfPairs(pairs, 'second'));
        continue;
      }
      if (grouped.groupBy !== 'month' && sameRange) {
        return run.counts.then((counts) => new Map([['', totalOfGroups(counts)]]));
      }
      if (grouped.groupBy === 'month' && !grouped.thenBy && countOfMonth(new Map(), grouped, query) !== undefined) {
        return run.counts.then((counts) => new Map([['', countOfMonth(counts, grouped, query) ?? 0]]));
      }
    }
    return undefined;
  }
}

function countWith(
  shared: SharedCounts | undefined,
  exec: Executor,
  provider: StatsProvider,
  key: string,
  query: StatsCountQuery,
): Promise<Map<string, number>> {
  return shared ? shared.count(provider, key, query) : provider.count(exec, key, query);
}

function minInstant(a: string, b: string | undefined): string {
  return b !== undefined && b < a ? b : a;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
