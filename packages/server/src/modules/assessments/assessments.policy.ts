import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds, requireAccess, rolesOver, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { findUserPersonId, type OfficerRow } from './assessments.repository';

/**
 * Who may see and act on a scorecard. assessment.read reaches the town (chief), the officer's districts (officer)
 * or the village (auxiliary officer); an auxiliary officer holding it only through that role sees their own
 * scorecard alone: a colleague's answers 404 exactly like a missing one. assessment.manage (the chief) adjusts,
 * signs off and sets the weights and targets.
 */
const READ: Permission = 'assessment.read';
const MANAGE: Permission = 'assessment.manage';

export function scopedOfficer(officer: OfficerRow): ScopedRecord {
  return { townId: officer.town_id, jurisdictionId: officer.village_id };
}

/** The scope of the scorecards a caller may list (FORBIDDEN without assessment.read anywhere). */
export function readScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** The town whose settings the caller manages: the one town of their assessment.manage reach. */
export async function manageTown(db: Executor, ctx: RequestContext): Promise<string> {
  const scope = await requireAccess(db, ctx, MANAGE);
  const [town] = [...scope.townIds].sort();
  if (town === undefined) throw new AppError('FORBIDDEN');
  return town;
}

/**
 * Returns, for a list of officers, the ones whose scorecard the caller may read (the ranking and the export
 * show those rows only).
 */
export async function readableOfficers(
  db: Executor,
  ctx: RequestContext,
  officers: readonly OfficerRow[],
): Promise<OfficerRow[]> {
  const out: OfficerRow[] = [];
  let ownPersonId: Promise<string | null> | undefined;
  for (const officer of officers) {
    const roles = await rolesOver(db, ctx, READ, scopedOfficer(officer));
    if (roles.length === 0) continue;
    if (roles.every((role) => role === 'auxiliary')) {
      ownPersonId ??= ctx.actor ? findUserPersonId(db, ctx.actor.userId) : Promise.resolve(null);
      if ((await ownPersonId) !== officer.person_id) continue;
    }
    out.push(officer);
  }
  return out;
}

/** NOT_FOUND, as for a missing person, unless the caller may read this officer's scorecard. */
export async function requireScorecardRead(
  db: Executor,
  ctx: RequestContext,
  officer: OfficerRow | undefined,
): Promise<OfficerRow> {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  if (!officer || (await readableOfficers(db, ctx, [officer])).length === 0) throw notFound();
  return officer;
}

/** Whether the caller may adjust and sign this officer's scorecard. */
export async function mayManage(db: Executor, ctx: RequestContext, officer: OfficerRow): Promise<boolean> {
  return (await rolesOver(db, ctx, MANAGE, scopedOfficer(officer))).length > 0;
}

/** FORBIDDEN unless the caller may adjust and sign this officer's scorecard (call after `requireScorecardRead`). */
export async function requireManage(db: Executor, ctx: RequestContext, officer: OfficerRow): Promise<void> {
  if (!(await mayManage(db, ctx, officer))) throw new AppError('FORBIDDEN');
}

/** Whether the caller may change the weights and targets (a list-level flag for the ranking's `configure`). */
export function mayConfigure(db: Executor, ctx: RequestContext): Promise<boolean> {
  return holds(db, ctx, MANAGE);
}
