import {
  MEETING_ACTIONS,
  type MeetingAction,
  type MeetingState,
  meetingStepAllowed,
  type TaskSides,
  taskActions,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import {
  actionsChecker,
  inScope,
  requireAccess,
  type Scope,
  type ScopedRecord,
  scopeOf,
} from '../../platform/access/access';
import { findUserOrganizationId } from '../../platform/access/access.repository';
import { type RequestContext, requireActor } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import type { TaskVisibility } from './tasks.repository';

/**
 * Who may do what with meetings and tasks. Meetings are the town's: `meeting.read` reads them, `meeting.manage`
 * prepares, holds and closes them, `task.assign` adds their tasks. A task is read through `task.read` (the town; a
 * village's readers the tasks of their village; department staff the tasks owned by their department) and by its
 * owner always. The owner side (the owning account, or any staff of the owning department) gives feedback and
 * reports the task done; the assigning side (any holder of `task.assign` over the task's town, so the chief can
 * confirm what an officer assigned) confirms, sends back, edits and cancels. The presenters ask these same
 * functions for `actions`, so a button shows exactly when its request would be allowed.
 */

/** A meeting (or a town) as platform/access sees it: the town's record. */
function scopedMeeting(meeting: { town_id: string }): ScopedRecord {
  return { townId: meeting.town_id, jurisdictionId: meeting.town_id };
}

/** A task as platform/access sees it: its village (or town), owned by its department when it has one. */
function scopedTask(task: {
  town_id: string;
  jurisdiction_id: string;
  owner_organization_id: string | null;
}): ScopedRecord {
  return {
    townId: task.town_id,
    jurisdictionId: task.jurisdiction_id,
    organizationIds: task.owner_organization_id ? [task.owner_organization_id] : [],
  };
}

export function meetingReadScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, 'meeting.read');
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this meeting. */
export async function requireMeetingRead(
  db: Executor,
  ctx: RequestContext,
  meeting: { town_id: string } | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, 'meeting.read', meeting ? scopedMeeting(meeting) : null);
}

/** Where the caller may prepare meetings (FORBIDDEN without meeting.manage anywhere). */
export function meetingManageScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, 'meeting.manage');
}

/** Where the caller may assign tasks (FORBIDDEN without task.assign anywhere). */
export function taskAssignScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, 'task.assign');
}

/**
 * The town a new meeting or task belongs to: the one named (NOT_FOUND when out of the scope, as for a missing id),
 * or the caller's only town; MEETING_TOWN_REQUIRED when the caller reaches several and named none.
 */
export function townOf(scope: Scope, townId: string | undefined): string {
  if (townId) {
    if (!scope.townIds.has(townId)) throw notFound();
    return townId;
  }
  const [only, ...more] = [...scope.townIds];
  if (!only || more.length > 0) throw new AppError('MEETING_TOWN_REQUIRED');
  return only;
}

/** MEETING_STATE_INVALID unless the meeting's state allows the step (a closed meeting takes no more tasks). */
export function meetingStepAllowedOrThrow(state: MeetingState, action: MeetingAction): void {
  if (!meetingStepAllowed(state, action)) throw new AppError('MEETING_STATE_INVALID');
}

/** The `actions` of meetings, resolved once per list: the manager's steps, task assignment, print for any reader. */
export async function meetingActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(meeting: { town_id: string; state: MeetingState }) => MeetingAction[]> {
  const check = await actionsChecker(db, ctx, { manage: 'meeting.manage', assign: 'task.assign' });
  return (meeting) => {
    const held = check(scopedMeeting(meeting));
    return MEETING_ACTIONS.filter((action) => {
      if (!meetingStepAllowed(meeting.state, action)) return false;
      if (action === 'print') return true;
      if (action === 'assignTask') return held.includes('assign');
      return held.includes('manage');
    });
  };
}

/** FORBIDDEN unless the caller may take `action` on this meeting now (call after requireMeetingRead). */
export async function requireMeetingAction(
  db: Executor,
  ctx: RequestContext,
  meeting: { town_id: string; state: MeetingState },
  action: MeetingAction,
): Promise<void> {
  const allowed = (await meetingActionsChecker(db, ctx))(meeting);
  if (allowed.includes(action)) return;
  const manages = (await actionsChecker(db, ctx, { manage: 'meeting.manage' }))(scopedMeeting(meeting)).length > 0;
  throw new AppError(manages ? 'MEETING_STATE_INVALID' : 'FORBIDDEN');
}

/**
 * The caller's view of tasks: their task.read scope (empty without the permission: an owner reads their own tasks
 * whatever their role) and their owner identities.
 */
export async function taskVisibility(db: Executor, ctx: RequestContext): Promise<TaskVisibility> {
  const actor = requireActor(ctx);
  const scope = (actor.permissions.has('task.read') ? await scopeOf(db, actor, 'task.read') : null) ?? {
    townIds: new Set<string>(),
    jurisdictionIds: new Set<string>(),
  };
  return { scope, ownerUserId: actor.userId, ownerOrganizationId: await findUserOrganizationId(db, actor.userId) };
}

type TaskPlace = {
  town_id: string;
  jurisdiction_id: string;
  owner_user_id: string | null;
  owner_organization_id: string | null;
};

export interface TaskPolicy {
  mayRead(task: TaskPlace): boolean;
  sides(task: TaskPlace): TaskSides;
  actions(task: TaskPlace & { state: Parameters<typeof taskActions>[0] }): string[];
}

/** Reading and the two sides of tasks, resolved once per list. */
export async function taskPolicy(db: Executor, ctx: RequestContext): Promise<TaskPolicy> {
  const visibility = await taskVisibility(db, ctx);
  const assign = await actionsChecker(db, ctx, { assign: 'task.assign' });
  const isOwner = (task: TaskPlace) =>
    task.owner_user_id === visibility.ownerUserId ||
    (task.owner_organization_id !== null && task.owner_organization_id === visibility.ownerOrganizationId);
  const sides = (task: TaskPlace): TaskSides => ({
    owner: isOwner(task),
    assigner: assign(scopedTask(task)).length > 0,
  });
  return {
    mayRead: (task) => isOwner(task) || inScope(visibility.scope, scopedTask(task)),
    sides,
    actions: (task) => taskActions(task.state, sides(task)),
  };
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this task. */
export async function requireTaskRead<T extends TaskPlace>(
  db: Executor,
  ctx: RequestContext,
  task: T | null | undefined,
): Promise<{ task: T; policy: TaskPolicy }> {
  const policy = await taskPolicy(db, ctx);
  if (!task || !policy.mayRead(task)) throw notFound();
  return { task, policy };
}
