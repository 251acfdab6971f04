import {
  ANTIFRAUD_ACTIVITY_TYPE_LABELS,
  ANTIFRAUD_ACTIVITY_TYPES,
  daysSinceLastCase,
  FRAUD_CASE_TYPE_LABELS,
  FRAUD_CASE_TYPES,
  type StatsDimension,
  shanghaiDate,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';
import { drillLink, PLACE_PARAMS } from '../statistics/drill-links';
import type { StatsCountQuery, StatsLabel, StatsMeasure, StatsProvider } from '../statistics/stats-provider';
import {
  type AntifraudGrouping,
  type AntifraudStatsFilter,
  countActivityGroups,
  countFraudCaseGroups,
  findLastFraudCaseDay,
} from './antifraud-stats.repository';
import { coverageTotals, villageCoverage } from './coverage';

/**
 * Anti-fraud figures: publicity activities and telecom-fraud cases held in the period (by type, the `category`
 * dimension, village, district and month), and the counter of days since the last case. Both registers are dated
 * by Shanghai day, and their lists filter by village and type over `from`/`to` days, so a district view has no drill
 * link. The app's coverage is a stock taken on a day, not a count of records: `antifraudCoverageOn` gives it to the
 * monthly report.
 */
const ACTIVITIES: StatsMeasure = {
  key: 'antifraud.activities',
  labelZh: '反诈宣传活动',
  labelEn: 'Anti-fraud publicity activities',
  listPermission: 'antifraud.read',
  dimensions: ['category', 'village', 'district', 'month'],
  drill: (target) =>
    target.place?.level === 'district' || target.group?.dimension === 'district'
      ? null
      : drillLink('/antifraud/activities', (from, to) => ({ from, to }), target, {
          village: PLACE_PARAMS.village,
          category: 'type',
        }),
};

const CASES: StatsMeasure = {
  key: 'antifraud.cases',
  labelZh: '电信网络诈骗案件',
  labelEn: 'Telecom-fraud cases',
  listPermission: 'antifraud.read',
  dimensions: ['category', 'village', 'district', 'month'],
  drill: (target) =>
    target.place?.level === 'district' || target.group?.dimension === 'district'
      ? null
      : drillLink('/antifraud/cases', (from, to) => ({ from, to }), target, {
          village: PLACE_PARAMS.village,
          category: 'type',
        }),
};

function groupingOf(dimension: StatsDimension | undefined): AntifraudGrouping | null {
  switch (dimension) {
    case undefined:
      return null;
    case 'category':
    case 'village':
    case 'district':
    case 'month':
      return dimension;
    default:
      throw new RangeError(`anti-fraud figures cannot be grouped by ${dimension}`);
  }
}

/** The Shanghai days [from, to) touches: the lists' inclusive `from`/`to`. */
function daysOf(q: StatsCountQuery): AntifraudStatsFilter {
  return {
    fromDay: shanghaiDate(q.from),
    toDay: shanghaiDate(new Date(Date.parse(q.to) - 1)),
    underPath: q.place?.path,
  };
}

export const antifraudStatsProvider: StatsProvider = {
  module: 'antifraud',
  measures: [ACTIVITIES, CASES],
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    const grouping = groupingOf(q.groupBy);
    if (q.thenBy) throw new RangeError(`anti-fraud figures have no pairs (${measureKey})`);
    let rows: { key: string; count: number }[];
    if (measureKey === ACTIVITIES.key) rows = await countActivityGroups(exec, q.scope, daysOf(q), grouping);
    else if (measureKey === CASES.key) rows = await countFraudCaseGroups(exec, q.scope, daysOf(q), grouping);
    else throw new RangeError(`No anti-fraud measure ${measureKey}`);
    return new Map(rows.map((row) => [row.key, row.count]));
  },
  async counters(exec, query) {
    const today = shanghaiDate(query.now);
    const lastCaseDay = await findLastFraudCaseDay(exec, query.scope, {
      untilDay: today,
      underPath: query.place?.path,
    });
    return {
      days_since_fraud: {
        value: daysSinceLastCase(lastCaseDay, today),
        // Days are not records: no list shows "that many", so the counter links nowhere (the cases tab shows it).
        drill: null,
        listPermission: 'antifraud.read',
      },
    };
  },
  async labels(_exec, dimension, keys) {
    const out = new Map<string, StatsLabel>();
    if (dimension !== 'category') return out;
    for (const key of keys) {
      const activity = ANTIFRAUD_ACTIVITY_TYPES.find((candidate) => candidate === key);
      if (activity) out.set(key, ANTIFRAUD_ACTIVITY_TYPE_LABELS[activity]);
      const fraud = FRAUD_CASE_TYPES.find((candidate) => candidate === key);
      if (fraud) out.set(key, FRAUD_CASE_TYPE_LABELS[fraud]);
    }
    return out;
  },
};

/**
 * The town's app coverage standing on a day and on the same day a year before, for the monthly report's rate (its
 * comparison, like every rate of the report, is with last year in 百分点).
 */
export async function antifraudCoverageOn(
  exec: Executor,
  scope: Scope,
  day: string,
  lastYearDay: string,
): Promise<{ numerator: number; denominator: number; lastYear: { numerator: number; denominator: number } }> {
  const totals = coverageTotals(await villageCoverage(exec, scope, day, lastYearDay));
  return {
    numerator: totals.installs,
    denominator: totals.base,
    lastYear: { numerator: totals.previousInstalls, denominator: totals.previousBase },
  };
}
