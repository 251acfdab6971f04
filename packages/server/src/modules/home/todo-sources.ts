import type { TodayGroup, TodayModule } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { DisputesService } from '../disputes/disputes.service';
import { disputeTodos } from './dispute-todos';
import { hazardTodos } from './hazard-todos';
import { incidentTodos } from './incident-todos';
import { keyPersonTodos } from './key-person-todos';
import { meetingTodos } from './meeting-todos';
import { taskTodos } from './task-todos';
import { videoReminderTodos } from './video-reminder-todos';

/**
 * One module's contribution to the home page. A source asks its module's policy for the caller's scope, gives no
 * group at all when the caller may not use the module, and reads through the module's own list queries, so a
 * group shows exactly what the module's list would. Each source costs a fixed number of queries however many
 * records match (test/home.test.ts counts them).
 */
export interface TodoSource {
  module: TodayModule;
  items(exec: Executor, ctx: RequestContext, now: Date): Promise<TodayGroup[]>;
}

/** The registry: a later module (tasks, meetings, key-person visits…) adds its source with one line here. */
export function todoSources(deps: Deps): readonly TodoSource[] {
  return [
    taskTodos,
    disputeTodos(new DisputesService(deps)),
    incidentTodos,
    meetingTodos,
    hazardTodos,
    keyPersonTodos,
    videoReminderTodos,
  ];
}
