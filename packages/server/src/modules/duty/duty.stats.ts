import { DUTY_TYPE_LABELS, DUTY_TYPES, type StatsDimension } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { drillLink, PLACE_PARAMS } from '../statistics/drill-links';
import type { StatsCountQuery, StatsLabel, StatsMeasure, StatsProvider } from '../statistics/stats-provider';
import { countDutyGroups, type DutyGrouping } from './duty-stats.repository';

/**
 * The joint-duty log's figure: entries in the period, by type (the `category` dimension), village, district and
 * month. The duty list filters by village and type over `from`/`to` days, so a district view has no drill link.
 */
const DUTY_ENTRIES: StatsMeasure = {
  key: 'duty.entries',
  labelZh: '警治联勤记录',
  labelEn: 'Joint duty entries',
  listPermission: 'duty.read',
  dimensions: ['category', 'village', 'district', 'month'],
  drill: (target) =>
    target.place?.level === 'district' || target.group?.dimension === 'district'
      ? null
      : drillLink('/duty', (from, to) => ({ from, to }), target, { village: PLACE_PARAMS.village, category: 'type' }),
};

function groupingOf(dimension: StatsDimension | undefined, q: StatsCountQuery): DutyGrouping | null {
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
      throw new RangeError(`duty entries cannot be grouped by ${dimension}`);
  }
}

export const dutyStatsProvider: StatsProvider = {
  module: 'duty',
  measures: [DUTY_ENTRIES],
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    if (measureKey !== DUTY_ENTRIES.key) throw new RangeError(`No duty measure ${measureKey}`);
    const rows = await countDutyGroups(
      exec,
      q.scope,
      { fromAt: q.from, beforeAt: q.to, underPath: q.place?.path },
      groupingOf(q.groupBy, q),
    );
    return new Map(rows.map((row) => [row.key, row.count]));
  },
  async labels(_exec, dimension, keys) {
    const out = new Map<string, StatsLabel>();
    if (dimension !== 'category') return out;
    for (const key of keys) {
      const type = DUTY_TYPES.find((candidate) => candidate === key);
      if (type) out.set(key, DUTY_TYPE_LABELS[type]);
    }
    return out;
  },
};
