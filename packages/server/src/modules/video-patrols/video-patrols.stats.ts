import type { Executor } from '../../db/database';
import type { StatsCountQuery, StatsMeasure, StatsProvider } from '../statistics/stats-provider';
import {
  countVideoPatrolFindingGroups,
  countVideoPatrolRoundGroups,
  countVideoReminderGroups,
  countVideoRemindersToDate,
  type VideoPatrolStatsFilter,
} from './video-patrols-stats.repository';

/**
 * The video patrols' figures: rounds done (finished) by their scheduled time, findings by their round's time, and
 * remote reminders by when they were sent (a finding's reminder once, however often it was retried), in total or by
 * month; and the `remote_reminders` counter (reminders to date). No drill links: the round list is the town's and
 * filters by Shanghai day, not by place, and the reminder list shows every attempt, so no link could show exactly
 * the rows counted.
 */
const ROUNDS: StatsMeasure = {
  key: 'video_patrols.rounds',
  labelZh: '视频巡查',
  labelEn: 'Video patrol rounds',
  listPermission: 'videopatrol.read',
  dimensions: ['month'],
  drill: () => null,
};

const FINDINGS: StatsMeasure = {
  key: 'video_patrols.findings',
  labelZh: '视频巡查发现问题',
  labelEn: 'Video patrol findings',
  listPermission: 'videopatrol.read',
  dimensions: ['month'],
  drill: () => null,
};

const REMINDERS: StatsMeasure = {
  key: 'video_patrols.reminders',
  labelZh: '远程喊话提醒',
  labelEn: 'Remote reminders',
  listPermission: 'videopatrol.read',
  dimensions: ['month'],
  drill: () => null,
};

export const videoPatrolsStatsProvider: StatsProvider = {
  module: 'video_patrols',
  measures: [ROUNDS, FINDINGS, REMINDERS],
  async count(exec: Executor, measureKey: string, q: StatsCountQuery): Promise<Map<string, number>> {
    if (q.groupBy !== undefined && q.groupBy !== 'month') {
      throw new RangeError(`video patrol figures cannot be grouped by ${q.groupBy}`);
    }
    const filter: VideoPatrolStatsFilter = {
      fromAt: q.from,
      beforeAt: q.to,
      underPath: q.place?.path,
      byMonth: q.groupBy === 'month' ? { from: q.from, to: q.to } : undefined,
    };
    const rows =
      measureKey === ROUNDS.key
        ? await countVideoPatrolRoundGroups(exec, q.scope, filter)
        : measureKey === FINDINGS.key
          ? await countVideoPatrolFindingGroups(exec, q.scope, filter)
          : measureKey === REMINDERS.key
            ? await countVideoReminderGroups(exec, q.scope, filter)
            : null;
    if (!rows) throw new RangeError(`No video patrol measure ${measureKey}`);
    // A total is the group '' (no rows when nothing matched).
    if (q.groupBy === undefined) return new Map([['', rows.reduce((sum, row) => sum + row.count, 0)]]);
    return new Map(rows.map((row) => [row.key, row.count]));
  },
  counterPermissions: ['videopatrol.read'],
  async counters(exec, q) {
    return {
      remote_reminders: {
        value: await countVideoRemindersToDate(exec, q.scope, { asOf: q.now, underPath: q.place?.path }),
        drill: null,
        listPermission: 'videopatrol.read',
      },
    };
  },
};
