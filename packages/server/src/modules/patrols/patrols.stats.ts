import type { Executor } from '../../db/database';
import type { StatsCountQuery, StatsMeasure, StatsProvider } from '../statistics/stats-provider';
import {
  countPatrolCheckInGroups,
  countPatrolFindingGroups,
  countPatrolShiftGroups,
  type PatrolStatsFilter,
} from './patrols-stats.repository';

/**
 * The night patrols' figures: patrols done (shifts with their log), check-ins, and patrols that caught a suspect
 * (logs with a `suspect` finding), in the period by the shift's start (a shift from 22:00 on the 31st belongs to that
 * month, and so do its check-ins after midnight), in total or by month. No drill links: the patrol lists reach the
 * whole town for readers whose statistics reach one village (an auxiliary officer), and they filter by team, not by
 * place, so no link could show exactly the rows counted. The log list's `from`/`to` and `finding=suspect` give the
 * same rows for a town-wide reader.
 */
const SHIFTS: StatsMeasure = {
  key: 'patrols.shifts',
  labelZh: '夜间巡防',
  labelEn: 'Night patrols',
  listPermission: 'patrol.read',
  dimensions: ['month'],
  drill: () => null,
};

const CHECKINS: StatsMeasure = {
  key: 'patrols.checkins',
  labelZh: '巡逻签到',
  labelEn: 'Patrol check-ins',
  listPermission: 'patrol.read',
  dimensions: ['month'],
  drill: () => null,
};

const SUSPECTS: StatsMeasure = {
  key: 'patrols.suspects',
  labelZh: '巡防抓获嫌疑人',
  labelEn: 'Suspects caught on patrol',
  listPermission: 'patrol.read',
  dimensions: ['month'],
  drill: () => null,
};

export const patrolsStatsProvider: StatsProvider = {
  module: 'patrols',
  measures: [SHIFTS, CHECKINS, SUSPECTS],
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    if (q.groupBy !== undefined && q.groupBy !== 'month') {
      throw new RangeError(`patrol figures cannot be grouped by ${q.groupBy}`);
    }
    const filter: PatrolStatsFilter = {
      fromAt: q.from,
      beforeAt: q.to,
      underPath: q.place?.path,
      byMonth: q.groupBy === 'month' ? { from: q.from, to: q.to } : undefined,
    };
    const rows =
      measureKey === SHIFTS.key
        ? await countPatrolShiftGroups(exec, q.scope, filter)
        : measureKey === CHECKINS.key
          ? await countPatrolCheckInGroups(exec, q.scope, filter)
          : measureKey === SUSPECTS.key
            ? await countPatrolFindingGroups(exec, q.scope, { ...filter, kind: 'suspect' })
            : null;
    if (!rows) throw new RangeError(`No patrol measure ${measureKey}`);
    // A total is the group '' (no rows when nothing matched).
    if (q.groupBy === undefined) return new Map([['', rows.reduce((sum, row) => sum + row.count, 0)]]);
    return new Map(rows.map((row) => [row.key, row.count]));
  },
};
