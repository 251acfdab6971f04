import type { Executor } from '../../db/database';
import { actionsChecker, requireAccess, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may do what with the night patrols. Reading follows `patrol.read` (the station and the town's offices the whole
 * town; a village cadre or a volunteer their own jurisdiction); teams, the rota and checkpoints follow
 * `patrol.manage` over the record's place; a check-in needs `patrol.checkin` over the checkpoint and, besides the
 * reach, a place in a team on that night's rota (checked by the check-in service). A shift's log is written by the
 * team's leader or a `patrol.manage` holder over the team. The presenters ask the same functions for `actions`.
 */

const READ = 'patrol.read';
const MANAGE = 'patrol.manage';
const CHECKIN = 'patrol.checkin';

export function scopedPatrol(place: { town_id: string; jurisdiction_id: string }): ScopedRecord {
  return { townId: place.town_id, jurisdictionId: place.jurisdiction_id };
}

/** The scope of what the caller may list (FORBIDDEN without patrol.read anywhere). */
export function patrolReadScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read the record. */
export async function requirePatrolRead(
  db: Executor,
  ctx: RequestContext,
  record: { town_id: string; jurisdiction_id: string } | null | undefined,
): Promise<void> {
  await requireAccess(db, ctx, READ, record ? scopedPatrol(record) : null);
}

/** Where the caller may manage teams, the rota and checkpoints (FORBIDDEN without patrol.manage anywhere). */
export function patrolManageScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, MANAGE);
}

/** FORBIDDEN unless the caller may manage this record (call after the read check, so a hidden one stays 404). */
export async function requirePatrolManage(
  db: Executor,
  ctx: RequestContext,
  record: { town_id: string; jurisdiction_id: string },
): Promise<void> {
  const check = await actionsChecker(db, ctx, { manage: MANAGE });
  if (!check(scopedPatrol(record)).includes('manage')) throw new AppError('FORBIDDEN');
}

/** NOT_FOUND unless the caller holds patrol.checkin over the checkpoint's village. */
export async function requirePatrolCheckIn(
  db: Executor,
  ctx: RequestContext,
  checkpoint: { town_id: string; jurisdiction_id: string },
): Promise<void> {
  await requireAccess(db, ctx, CHECKIN, scopedPatrol(checkpoint));
}

/** The actions of teams, shifts and checkpoints, resolved once per list. */
export async function patrolActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<{
  team: (team: { town_id: string; jurisdiction_id: string }) => string[];
  shift: (
    shift: {
      town_id: string;
      jurisdiction_id: string;
      leader_person_id: string;
      check_in_count: number;
      log_id: string | null;
    },
    callerPersonId: string | null,
  ) => string[];
  checkpoint: (checkpoint: { town_id: string; jurisdiction_id: string }) => string[];
}> {
  const check = await actionsChecker(db, ctx, { manage: MANAGE });
  const manages = (record: { town_id: string; jurisdiction_id: string }) =>
    check(scopedPatrol(record)).includes('manage');
  return {
    team: (team) => (manages(team) ? ['edit', 'members', 'rota'] : []),
    shift: (shift, callerPersonId) => {
      const actions: string[] = [];
      const manager = manages(shift);
      if (manager && shift.check_in_count === 0 && shift.log_id === null) actions.push('delete');
      if (shift.log_id === null && (manager || shift.leader_person_id === callerPersonId)) actions.push('log');
      return actions;
    },
    checkpoint: (checkpoint) => (manages(checkpoint) ? ['edit', 'reissue'] : []),
  };
}

/** FORBIDDEN unless the caller leads the team or manages it (call after the read check). */
export async function requirePatrolLogWriter(
  db: Executor,
  ctx: RequestContext,
  shift: { town_id: string; jurisdiction_id: string; leader_person_id: string },
  callerPersonId: string | null,
): Promise<void> {
  if (callerPersonId !== null && shift.leader_person_id === callerPersonId) return;
  await requirePatrolManage(db, ctx, shift);
}
