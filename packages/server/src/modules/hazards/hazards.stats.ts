import { HAZARD_SOURCE_LABELS, HAZARD_SOURCES, type StatsDimension, shanghaiDate } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { drillLink, type PeriodQuery, PLACE_PARAMS } from '../statistics/drill-links';
import type { StatsCountQuery, StatsLabel, StatsMeasure, StatsProvider } from '../statistics/stats-provider';
import { countHazardGroups, type HazardGrouping, type HazardStatsFilter } from './hazards-stats.repository';

/**
 * The hazards' figures (domain.md §8): found (reported in the period), fixed (verified in the period), and overdue
 * now (open past the last day, a stock). Each is a filter of the hazard list and its drill link is the same filter
 * written as the list's query, so "45 hazards fixed" opens the 45.
 */
type HazardMeasureKey = 'hazards.found' | 'hazards.fixed' | 'hazards.overdue';

interface HazardMeasure extends StatsMeasure {
  key: HazardMeasureKey;
  filter(q: StatsCountQuery): HazardStatsFilter;
}

const DRILL_PARAMS = { ...PLACE_PARAMS, category: 'source' };

function measure(
  key: HazardMeasureKey,
  labelZh: string,
  labelEn: string,
  dimensions: readonly StatsDimension[],
  filter: HazardMeasure['filter'],
  query: PeriodQuery,
  stock = false,
): HazardMeasure {
  return {
    key,
    labelZh,
    labelEn,
    listPermission: 'hazard.read',
    dimensions,
    stock,
    filter,
    drill: (target) => drillLink('/hazards', query, target, DRILL_PARAMS),
  };
}

const PLACES: readonly StatsDimension[] = ['village', 'district'];

export const HAZARD_MEASURES: readonly HazardMeasure[] = [
  measure(
    'hazards.found',
    '发现安全隐患',
    'Hazards found',
    ['category', 'month', ...PLACES],
    (q) => ({ kind: 'found', fromAt: q.from, beforeAt: q.to, underPath: q.place?.path }),
    (first, last) => ({ from: first, to: last }),
  ),
  measure(
    'hazards.fixed',
    '整改安全隐患',
    'Hazards fixed',
    ['category', 'month', ...PLACES],
    (q) => ({ kind: 'fixed', fromAt: q.from, beforeAt: q.to, underPath: q.place?.path }),
    (first, last) => ({ fixedFrom: first, fixedTo: last }),
  ),
  measure(
    'hazards.overdue',
    '逾期未整改隐患（当前）',
    'Hazards overdue now',
    ['category', ...PLACES],
    (q) => ({ kind: 'overdue', today: shanghaiDate(q.now), underPath: q.place?.path }),
    () => ({ overdue: 'true' }),
    true,
  ),
];

function groupingOf(dimension: StatsDimension | undefined, q: StatsCountQuery): HazardGrouping | null {
  switch (dimension) {
    case undefined:
      return null;
    case 'category':
    case 'village':
    case 'district':
      return { dimension };
    case 'month':
      return { dimension, from: q.from, to: q.to };
    default:
      throw new RangeError(`hazards cannot be grouped by ${dimension}`);
  }
}

export const hazardsStatsProvider: StatsProvider = {
  module: 'hazards',
  measures: HAZARD_MEASURES,
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    const found = HAZARD_MEASURES.find((candidate) => candidate.key === measureKey);
    if (!found) throw new RangeError(`No hazard measure ${measureKey}`);
    const rows = await countHazardGroups(exec, q.scope, found.filter(q), groupingOf(q.groupBy, q));
    return new Map(rows.map((row) => [row.key, row.count]));
  },
  async labels(_exec, dimension, keys) {
    const out = new Map<string, StatsLabel>();
    if (dimension !== 'category') return out;
    for (const key of keys) {
      const source = HAZARD_SOURCES.find((candidate) => candidate === key);
      if (source) out.set(key, HAZARD_SOURCE_LABELS[source]);
    }
    return out;
  },
};
