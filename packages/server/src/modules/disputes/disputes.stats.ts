import {
  type DrillLink,
  disputeCategoryLabel,
  dueSoonUntil,
  RISK_GRADE_LABELS,
  RISK_GRADES,
  type StatsDimension,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { drillLink, type PeriodQuery, PLACE_PARAMS } from '../statistics/drill-links';
import type {
  DrillTarget,
  StatsCountQuery,
  StatsLabel,
  StatsMeasure,
  StatsPlace,
  StatsProvider,
} from '../statistics/stats-provider';
import type { DisputeFilter } from './disputes.repository';
import { countDisputeGroups, type DisputeGrouping } from './disputes-stats.repository';

/**
 * The disputes' figures (domain.md §7): a flow counts the cases of the period by the time of its event (registered,
 * resolved, mediated online); a stock (overdue) counts the cases as they stand now. Each measure is a filter of the
 * dispute list, and its drill link is the same filter written as the list's query, so the two cannot disagree.
 */
type DisputeMeasureKey =
  | 'disputes.registered'
  | 'disputes.resolved'
  | 'disputes.registered_resolved'
  | 'disputes.red'
  | 'disputes.overdue'
  | 'disputes.mediated_online';

interface DisputeMeasure extends StatsMeasure {
  key: DisputeMeasureKey;
  /** The list filter of the measure within [from, to) at `now`. */
  filter(range: { from: string; to: string; now: string }): Partial<DisputeFilter>;
  /** The same as the list's query for the period's days. */
  query: PeriodQuery;
}

const PLACES: readonly StatsDimension[] = ['village', 'district'];

function measure(
  key: DisputeMeasureKey,
  labelZh: string,
  labelEn: string,
  dimensions: readonly StatsDimension[],
  filter: DisputeMeasure['filter'],
  query: DisputeMeasure['query'],
  stock = false,
  pairs: readonly (readonly [StatsDimension, StatsDimension])[] = [],
): DisputeMeasure {
  return {
    key,
    labelZh,
    labelEn,
    listPermission: 'dispute.read',
    dimensions,
    pairs,
    stock,
    filter,
    query,
    drill: (target) => drillOf(query, target),
  };
}

const registered = (from: string, to: string) => ({ registered: { fromAt: from, beforeAt: to } });

export const DISPUTE_MEASURES: readonly DisputeMeasure[] = [
  measure(
    'disputes.registered',
    '矛盾纠纷排查登记',
    'Disputes registered',
    ['category', 'risk', 'month', ...PLACES],
    ({ from, to }) => registered(from, to),
    (first, last) => ({ registeredFrom: first, registeredTo: last }),
  ),
  measure(
    'disputes.resolved',
    '矛盾纠纷化解',
    'Disputes resolved',
    ['category', 'risk', ...PLACES],
    ({ from, to }) => ({ resolved: { fromAt: from, beforeAt: to } }),
    (first, last) => ({ resolvedFrom: first, resolvedTo: last }),
  ),
  measure(
    'disputes.registered_resolved',
    '本期登记且已化解',
    'Registered in the period and resolved',
    ['category', 'risk', ...PLACES],
    ({ from, to }) => ({ ...registered(from, to), resolved: { fromAt: null, beforeAt: to } }),
    (first, last) => ({ registeredFrom: first, registeredTo: last, resolvedTo: last }),
  ),
  measure(
    'disputes.red',
    '红色预警纠纷',
    'Red-graded disputes',
    ['category', ...PLACES],
    ({ from, to }) => ({ ...registered(from, to), risk: 'red' as const }),
    (first, last) => ({ registeredFrom: first, registeredTo: last, risk: 'red' }),
  ),
  measure(
    'disputes.overdue',
    '超期未化解（当前）',
    'Overdue now',
    ['category', 'risk', ...PLACES],
    () => ({ open: true, overdue: true }),
    () => ({ open: 'true', overdue: 'true' }),
    true,
    // The dashboard breaks the overdue cases down by risk and by village: both from one count of the pair.
    [['risk', 'village']],
  ),
  measure(
    'disputes.mediated_online',
    '线上调解纠纷',
    'Disputes mediated online',
    ['category', ...PLACES],
    ({ from, to }) => ({ onlineIn: { fromAt: from, beforeAt: to } }),
    (first, last) => ({ onlineFrom: first, onlineTo: last }),
  ),
];

const DRILL_PARAMS = { ...PLACE_PARAMS, category: 'category', risk: 'risk' };

function drillOf(query: PeriodQuery, target: DrillTarget): DrillLink | null {
  return drillLink('/disputes', query, target, DRILL_PARAMS);
}

function filterOf(m: DisputeMeasure, q: StatsCountQuery): DisputeFilter {
  return {
    ...m.filter({ from: q.from, to: q.to, now: q.now }),
    underPaths: placePaths(q.place),
    now: q.now,
    dueSoonUntil: dueSoonUntil(q.now),
  };
}

function placePaths(place: StatsPlace | null): string[] {
  return place ? [place.path] : [];
}

function groupingOf(dimension: StatsDimension | undefined, q: StatsCountQuery): DisputeGrouping | null {
  switch (dimension) {
    case undefined:
      return null;
    case 'category':
    case 'risk':
    case 'village':
    case 'district':
      return { dimension };
    case 'month':
      return { dimension, from: q.from, to: q.to };
    default:
      throw new RangeError(`disputes cannot be grouped by ${dimension}`);
  }
}

export const disputesStatsProvider: StatsProvider = {
  module: 'disputes',
  measures: DISPUTE_MEASURES,
  rates: [
    {
      key: 'disputes.resolution_rate',
      labelZh: '化解率',
      labelEn: 'Resolution rate',
      numerator: 'disputes.registered_resolved',
      denominator: 'disputes.registered',
    },
  ],
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    const m = DISPUTE_MEASURES.find((candidate) => candidate.key === measureKey);
    if (!m) throw new RangeError(`No dispute measure ${measureKey}`);
    if (q.groupBy && !m.dimensions.includes(q.groupBy)) throw new RangeError(`${measureKey} by ${q.groupBy}`);
    const { groupBy, thenBy } = q;
    if (thenBy && !m.pairs?.some(([first, second]) => first === groupBy && second === thenBy)) {
      throw new RangeError(`${measureKey} by ${groupBy} and ${thenBy}`);
    }
    const rows = await countDisputeGroups(exec, q.scope, filterOf(m, q), groupingOf(groupBy, q), groupingOf(thenBy, q));
    return new Map(rows.map((row) => [row.key, row.count]));
  },
  counterPermissions: ['dispute.read'],
  async counters(exec, q) {
    const filter: DisputeFilter = {
      online: true,
      underPaths: placePaths(q.place),
      now: q.now,
      dueSoonUntil: dueSoonUntil(q.now),
    };
    const rows = await countDisputeGroups(exec, q.scope, filter, null);
    const query: Record<string, string> = { online: 'true' };
    if (q.place) query[PLACE_PARAMS[q.place.level]] = q.place.id;
    return {
      online_mediations: {
        value: rows[0]?.count ?? 0,
        drill: { path: '/disputes', query },
        listPermission: 'dispute.read',
      },
    };
  },
  async labels(_exec, dimension, keys) {
    const out = new Map<string, StatsLabel>();
    for (const key of keys) {
      if (dimension === 'category') out.set(key, disputeCategoryLabel(key));
      const grade = dimension === 'risk' ? RISK_GRADES.find((candidate) => candidate === key) : undefined;
      if (grade) out.set(key, RISK_GRADE_LABELS[grade]);
    }
    return out;
  },
};
