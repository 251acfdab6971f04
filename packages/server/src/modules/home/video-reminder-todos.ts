import { TODAY_ITEMS_SHOWN, type TodayGroup, todayTitle } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds, requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { listPendingVideoReminderViews } from '../video-patrols/video-patrols.repository';
import type { TodoSource } from './todo-sources';

/**
 * Remote reminders awaiting their outcome, for those who record it (videopatrol.respond): the town's for the station,
 * the village's for its auxiliary officer and cadres, oldest first, as the reminder list's `state=pending` shows
 * them. Shown to every responder, empty or not. Three reads.
 */
export const videoReminderTodos: TodoSource = {
  module: 'video_patrols',
  async items(exec: Executor, ctx: RequestContext): Promise<TodayGroup[]> {
    if (!(await holds(exec, ctx, 'videopatrol.respond'))) return [];
    const scope = await requireAccess(exec, ctx, 'videopatrol.respond');
    const { rows, total } = await listPendingVideoReminderViews(exec, scope, TODAY_ITEMS_SHOWN);
    return [
      {
        key: 'video_reminder_pending',
        module: 'video_patrols',
        badge: 'awaiting_outcome',
        total,
        items: rows.map((row) => ({
          id: row.id,
          number: null,
          title: todayTitle(`${row.camera_name}：${row.message}`),
          place: row.village_name,
          dueOn: null,
          at: row.sent_at,
          badges: ['awaiting_outcome'],
          link: `/video-patrols/reminders/${row.id}`,
        })),
        list: { path: '/video-patrols/reminders', query: { state: 'pending' } },
      },
    ];
  },
};
