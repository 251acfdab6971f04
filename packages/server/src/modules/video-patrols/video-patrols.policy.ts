import { mayRetryReminder, type VideoReminderState } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may do what with the video patrols. Plans and rounds are the town's records: `videopatrol.read` reads them,
 * `videopatrol.manage` changes plans, `videopatrol.run` starts rounds and records results. A result and its reminder
 * carry the camera's village, so a village's auxiliary officer or cadre (assigned reach) reads and answers exactly
 * the reminders of his village (`videopatrol.respond`); anything else answers 404 like a missing id. The presenters
 * ask the same checkers for `actions`.
 */

const READ = 'videopatrol.read';
const RUN = 'videopatrol.run';
const MANAGE = 'videopatrol.manage';
const RESPOND = 'videopatrol.respond';

type Placed = { town_id: string; jurisdiction_id: string };

export function scopedVideoPatrol(record: Placed): ScopedRecord {
  return { townId: record.town_id, jurisdictionId: record.jurisdiction_id };
}

/** The scope of what the caller may list (FORBIDDEN without videopatrol.read anywhere). */
export function videoPatrolReadScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read the record. */
export async function requireVideoPatrolRead(
  db: Executor,
  ctx: RequestContext,
  record: Placed | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, READ, record ? scopedVideoPatrol(record) : null);
}

/** Where the caller may manage plans (FORBIDDEN without videopatrol.manage anywhere). */
export function videoPatrolManageScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, MANAGE);
}

/** Where the caller may start rounds (FORBIDDEN without videopatrol.run anywhere). */
export function videoPatrolRunScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, RUN);
}

async function requireHeld(
  db: Executor,
  ctx: RequestContext,
  permission: typeof RUN | typeof MANAGE | typeof RESPOND,
  record: Placed,
): Promise<void> {
  const check = await actionsChecker(db, ctx, { held: permission });
  if (!check(scopedVideoPatrol(record)).includes('held')) throw new AppError('FORBIDDEN');
}

/** FORBIDDEN unless the caller manages the plan's town (call after the read check, so a hidden plan stays 404). */
export function requireVideoPatrolManage(db: Executor, ctx: RequestContext, record: Placed): Promise<void> {
  return requireHeld(db, ctx, MANAGE, record);
}

/** FORBIDDEN unless the caller may run rounds over the record (call after the read check). */
export function requireVideoPatrolRun(db: Executor, ctx: RequestContext, record: Placed): Promise<void> {
  return requireHeld(db, ctx, RUN, record);
}

/** FORBIDDEN unless the caller may record a reminder's outcome in its village (call after the read check). */
export function requireVideoReminderRespond(db: Executor, ctx: RequestContext, record: Placed): Promise<void> {
  return requireHeld(db, ctx, RESPOND, record);
}

/** The actions of plans, rounds and reminders, resolved once per list. */
export async function videoPatrolActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<{
  plan: (plan: Placed & { active: number }) => string[];
  round: (round: Placed & { state: string; result_count: number; camera_count: number }) => string[];
  reminder: (reminder: Placed & { state: VideoReminderState; next_attempt_id: string | null }) => string[];
}> {
  const check = await actionsChecker(db, ctx, { manage: MANAGE, run: RUN, respond: RESPOND });
  return {
    plan: (plan) => {
      const held = check(scopedVideoPatrol(plan));
      return [
        ...(held.includes('manage') ? ['edit'] : []),
        ...(held.includes('run') && plan.active === 1 ? ['start'] : []),
      ];
    },
    round: (round) => {
      if (round.state !== 'open' || !check(scopedVideoPatrol(round)).includes('run')) return [];
      return round.result_count >= round.camera_count ? ['finish'] : ['record'];
    },
    reminder: (reminder) => {
      const held = check(scopedVideoPatrol(reminder));
      return [
        ...(held.includes('respond') && reminder.state === 'pending' ? ['outcome'] : []),
        ...(held.includes('run') && mayRetryReminder(reminder.state, reminder.next_attempt_id !== null)
          ? ['retry']
          : []),
      ];
    },
  };
}
