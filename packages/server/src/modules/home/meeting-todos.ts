import { TODAY_ITEMS_SHOWN, type TodayGroup, todayTitle, todayWeek } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { meetingReadScope } from '../meetings/meetings.policy';
import { listMeetingViews } from '../meetings/meetings.repository';
import type { TodoSource } from './todo-sources';

/**
 * More meetings than a town (or the towns of a county grant) holds in a week: the week's meetings are read in one
 * query and counted as read, without a count query of their own.
 */
const WEEK_MEETINGS_READ = 50;

/**
 * Meetings this week (Monday to Sunday, Shanghai) for whoever may read meetings: those not cancelled, the earliest
 * first, since the home page asks what comes next. One read.
 */
export const meetingTodos: TodoSource = {
  module: 'meetings',
  async items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]> {
    if (!(await holds(exec, ctx, 'meeting.read'))) return [];
    const scope = await meetingReadScope(exec, ctx);
    const week = todayWeek(now);
    const rows = await listMeetingViews(exec, scope, {
      fromDay: week.from,
      toDay: week.to,
      after: null,
      limit: WEEK_MEETINGS_READ,
    });
    const held = rows
      .filter((row) => row.state !== 'cancelled')
      .sort((a, b) => a.starts_at.localeCompare(b.starts_at) || a.id.localeCompare(b.id));
    return [
      {
        key: 'meeting_this_week',
        module: 'meetings',
        badge: 'this_week',
        total: held.length,
        items: held.slice(0, TODAY_ITEMS_SHOWN).map((row) => ({
          id: row.id,
          number: null,
          title: todayTitle(row.title),
          place: row.place,
          dueOn: null,
          at: row.starts_at,
          badges: ['this_week'],
          link: `/meetings/${row.id}`,
        })),
        list: { path: '/meetings', query: { from: week.from, to: week.to } },
      },
    ];
  },
};
