import {
  DEFAULT_INCIDENT_CLASSES,
  INCIDENT_CATEGORIES,
  INCIDENT_CATEGORY_LABELS,
  type StatsDimension,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { drillLink, type PeriodQuery, PLACE_PARAMS } from '../statistics/drill-links';
import type { StatsCountQuery, StatsLabel, StatsMeasure, StatsProvider } from '../statistics/stats-provider';
import type { IncidentFilter } from './incidents.repository';
import { countIncidentGroups, type IncidentGrouping, listIncidentClassNames } from './incidents-stats.repository';

/**
 * The incidents' figures (domain.md §7): received in the period by class, category, place and hour; those reached
 * late; those referred to people's mediation; and the open ones now. Each measure is a filter of the incident list
 * and its drill link the same filter as the list's query.
 */
interface IncidentMeasure extends StatsMeasure {
  filter(range: { from: string; to: string }): Partial<IncidentFilter>;
  query: PeriodQuery;
}

const PLACES: readonly StatsDimension[] = ['village', 'district'];
const DRILL_PARAMS = { ...PLACE_PARAMS, class: 'classCode', category: 'category', hour: 'hour' };

function measure(
  key: string,
  labelZh: string,
  labelEn: string,
  dimensions: readonly StatsDimension[],
  filter: IncidentMeasure['filter'],
  query: PeriodQuery,
  stock = false,
  pairs: readonly (readonly [StatsDimension, StatsDimension])[] = [],
): IncidentMeasure {
  return {
    key,
    labelZh,
    labelEn,
    listPermission: 'incident.read',
    dimensions,
    pairs,
    stock,
    filter,
    query,
    drill: (target) => drillLink('/incidents', query, target, DRILL_PARAMS),
  };
}

const received = (from: string, to: string) => ({ receivedFromAt: from, receivedBeforeAt: to });
const receivedQuery = (first: string, last: string) => ({ receivedFrom: first, receivedTo: last });

export const INCIDENT_MEASURES: readonly IncidentMeasure[] = [
  measure(
    'incidents.received',
    '接报警情',
    'Incidents received',
    ['class', 'category', 'hour', 'month', ...PLACES],
    ({ from, to }) => received(from, to),
    receivedQuery,
    false,
    [['village', 'hour']],
  ),
  measure(
    'incidents.late',
    '超时到场警情',
    'Reached late',
    ['class', 'category', ...PLACES],
    ({ from, to }) => ({ ...received(from, to), late: true }),
    (first, last) => ({ ...receivedQuery(first, last), late: 'true' }),
  ),
  measure(
    'incidents.referred',
    '移交人民调解',
    'Referred to mediation',
    ['class', ...PLACES],
    ({ from, to }) => ({ ...received(from, to), referred: true }),
    (first, last) => ({ ...receivedQuery(first, last), referred: 'true' }),
  ),
  measure(
    'incidents.open',
    '未办结警情（当前）',
    'Open now',
    ['class', 'category', ...PLACES],
    () => ({ open: true }),
    () => ({ open: 'true' }),
    true,
  ),
];

function groupingOf(dimension: StatsDimension | undefined, q: StatsCountQuery): IncidentGrouping | null {
  switch (dimension) {
    case undefined:
      return null;
    case 'class':
    case 'category':
    case 'village':
    case 'district':
    case 'hour':
      return { dimension };
    case 'month':
      return { dimension, from: q.from, to: q.to };
    default:
      throw new RangeError(`incidents cannot be grouped by ${dimension}`);
  }
}

export const incidentsStatsProvider: StatsProvider = {
  module: 'incidents',
  measures: INCIDENT_MEASURES,
  rates: [
    {
      key: 'incidents.late_rate',
      labelZh: '超时到场率',
      labelEn: 'Late arrival rate',
      numerator: 'incidents.late',
      denominator: 'incidents.received',
    },
  ],
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    const m = INCIDENT_MEASURES.find((candidate) => candidate.key === measureKey);
    if (!m) throw new RangeError(`No incident measure ${measureKey}`);
    if (q.groupBy && !m.dimensions.includes(q.groupBy)) throw new RangeError(`${measureKey} by ${q.groupBy}`);
    const { groupBy, thenBy } = q;
    if (thenBy && !m.pairs?.some(([first, second]) => first === groupBy && second === thenBy)) {
      throw new RangeError(`${measureKey} by ${groupBy} and ${thenBy}`);
    }
    const filter: IncidentFilter = {
      ...m.filter({ from: q.from, to: q.to }),
      underPaths: q.place ? [q.place.path] : [],
      now: q.now,
    };
    const rows = await countIncidentGroups(exec, q.scope, filter, groupingOf(groupBy, q), groupingOf(thenBy, q));
    return new Map(rows.map((row) => [row.key, row.count]));
  },
  async labels(exec, dimension, keys) {
    const out = new Map<string, StatsLabel>();
    if (dimension === 'category') {
      for (const key of keys) {
        const category = INCIDENT_CATEGORIES.find((candidate) => candidate === key);
        if (category) out.set(key, INCIDENT_CATEGORY_LABELS[category]);
      }
    }
    if (dimension === 'class') {
      for (const known of DEFAULT_INCIDENT_CLASSES) {
        if (keys.includes(known.code)) out.set(known.code, { zh: known.zh, en: known.en });
      }
      // A town's own codes are named by its code table (in Chinese only).
      for (const row of await listIncidentClassNames(
        exec,
        keys.filter((key) => !out.has(key)),
      )) {
        out.set(row.code, { zh: row.name, en: row.name });
      }
    }
    return out;
  },
};
