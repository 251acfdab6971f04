import {
  DISPUTE_ACTIONS,
  type DisputeAction,
  type DisputePosition,
  type MediationTrack,
  allowedActions as machineActions,
  mayWorkMediationTrack,
  type Permission,
  type Role,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import {
  actionsChecker,
  holds,
  requireAccess,
  rolesOver,
  type Scope,
  type ScopedRecord,
  scopeOf,
} from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may do what with a dispute and the records under it (mediations, agreements, follow-ups, attachments). The
 * services ask these functions before they act and the presenters ask the same ones for a record's `actions`, so a
 * button is shown exactly when the request behind it is allowed. Grants become scopes in platform/access only;
 * the rules about roles (the state machine, police-only mediation) are the domain's.
 */

/** The place and assignments of one dispute: enough to decide who may see or work it. */
export interface DisputePlace {
  town_id: string;
  jurisdiction_id: string;
  departmentIds: readonly string[];
}

const READ: Permission = 'dispute.read';
const CREATE: Permission = 'dispute.create';
/** Working a case: editing it, its parties, mediations, agreements, visits and attachments. */
const WORK: Permission = 'dispute.handle';
const UNMASK: Permission = 'dispute.unmask';
const EXPORT: Permission = 'dispute.export';

/** Which permission a state-machine action needs on top of the machine's roles: the office's steps need govern. */
const ACTION_PERMISSION: Record<DisputeAction, Permission> = {
  start_village_handling: WORK,
  resolve: WORK,
  village_fail: WORK,
  push_to_town: 'dispute.escalate',
  accept_at_town: 'dispute.govern',
  assign_departments: 'dispute.govern',
  form_taskforce: 'dispute.govern',
  escalate_county: 'dispute.govern',
  divert: 'dispute.govern',
  start_follow_up: WORK,
  close: WORK,
  reopen_for_remediation: WORK,
};

/** What a mediation offers while it is open to someone who may work its track. */
const OPEN_MEDIATION_ACTIONS = ['record_session', 'report_to_police', 'terminate', 'record_agreement'];

/** A dispute as platform/access sees it: its town and jurisdiction, and the departments it is assigned to. */
export function scopedDispute(place: DisputePlace): ScopedRecord {
  return { townId: place.town_id, jurisdictionId: place.jurisdiction_id, organizationIds: place.departmentIds };
}

/** The scope of the disputes a caller may list (FORBIDDEN without the permission anywhere). */
export function readScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** The scope of the disputes a caller may work (an officer's districts, an auxiliary's village): `mine=true`. */
export function workScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, WORK);
}

/** The scope of an export; which of its rows are in clear is `unmaskScope`. */
export function exportScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, EXPORT);
}

/**
 * Where the caller may see personal data in clear, for a list that decides row by row (the export): null when
 * nowhere. No role unmasks through its organisation, so a row's town and jurisdiction decide.
 */
export async function unmaskScope(db: Executor, ctx: RequestContext): Promise<Scope | null> {
  return ctx.actor?.permissions.has(UNMASK) ? scopeOf(db, ctx.actor, UNMASK) : null;
}

/** Where the caller may register new cases (FORBIDDEN without dispute.create anywhere). */
export function createScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, CREATE);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this dispute. */
export async function requireDisputeRead(db: Executor, ctx: RequestContext, place: DisputePlace | null): Promise<void> {
  await requireAccess(db, ctx, READ, place ? scopedDispute(place) : null);
}

/** FORBIDDEN unless the caller may work this dispute (call after `requireDisputeRead`). */
export async function requireDisputeWork(db: Executor, ctx: RequestContext, place: DisputePlace): Promise<void> {
  if ((await workRoles(db, ctx, place)).length === 0) throw new AppError('FORBIDDEN');
}

/** Whether the caller may see this dispute's personal data in clear (each unmask is audited by the service). */
export async function mayUnmask(db: Executor, ctx: RequestContext, place: DisputePlace): Promise<boolean> {
  return (await rolesOver(db, ctx, UNMASK, scopedDispute(place))).length > 0;
}

/** The roles with which the caller may take a state-machine action here; the domain's machine decides with them. */
export function actionRoles(
  db: Executor,
  ctx: RequestContext,
  action: DisputeAction,
  place: DisputePlace,
): Promise<Role[]> {
  return rolesOver(db, ctx, ACTION_PERMISSION[action], scopedDispute(place));
}

/**
 * ROLE_NOT_ALLOWED unless the caller may run a mediation of this track on the dispute (police mediation: an officer
 * or the chief). Call after `requireDisputeWork`.
 */
export async function requireMediationTrack(
  db: Executor,
  ctx: RequestContext,
  track: MediationTrack,
  place: DisputePlace,
): Promise<void> {
  if (!(await mayWorkMediation(db, ctx, track, place))) throw new AppError('ROLE_NOT_ALLOWED');
}

/** Whether the caller may work a mediation of this track, and the agreements under it, on this dispute. */
export async function mayWorkMediation(
  db: Executor,
  ctx: RequestContext,
  track: MediationTrack,
  place: DisputePlace,
): Promise<boolean> {
  return mayWorkMediationTrack(track, await workRoles(db, ctx, place));
}

/**
 * The `actions` of a dispute: the state-machine actions the caller's roles allow at its position, `edit` for whoever
 * may work it, `mediate_police` for whoever may also run police mediation on it, `unmask` and `export` for whoever
 * may do those.
 */
export async function disputeActions(
  db: Executor,
  ctx: RequestContext,
  position: DisputePosition,
  place: DisputePlace,
): Promise<string[]> {
  const byPermission = new Map<Permission, DisputeAction[]>();
  for (const permission of new Set(Object.values(ACTION_PERMISSION))) {
    byPermission.set(permission, machineActions(position, await rolesOver(db, ctx, permission, scopedDispute(place))));
  }
  const actions: string[] = DISPUTE_ACTIONS.filter((action) =>
    byPermission.get(ACTION_PERMISSION[action])?.includes(action),
  );
  if ((await workRoles(db, ctx, place)).length > 0) actions.push('edit');
  if (await mayWorkMediation(db, ctx, 'police', place)) actions.push('mediate_police');
  if (await mayUnmask(db, ctx, place)) actions.push('unmask');
  if (await holds(db, ctx, EXPORT)) actions.push('export');
  return actions;
}

/** The `actions` of a mediation: the open mediation's steps for whoever may work its track. */
export async function mediationActions(
  db: Executor,
  ctx: RequestContext,
  mediation: { track: MediationTrack; status: string },
  place: DisputePlace,
): Promise<string[]> {
  if (mediation.status !== 'open' || !(await mayWorkMediation(db, ctx, mediation.track, place))) return [];
  return mediation.track === 'people' ? [...OPEN_MEDIATION_ACTIONS, 'extend'] : [...OPEN_MEDIATION_ACTIONS];
}

/** The `actions` of an agreement: print and export for every reader; the rest for whoever may work its track. */
export async function agreementActions(
  db: Executor,
  ctx: RequestContext,
  agreement: { track: MediationTrack | null; kind: string; effective: boolean },
  place: DisputePlace,
): Promise<string[]> {
  const actions = ['print', 'export'];
  const works = agreement.track !== null && (await mayWorkMediation(db, ctx, agreement.track, place));
  if (works && !agreement.effective && agreement.kind === 'written') actions.push('sign', 'mark_effective');
  if (works && agreement.effective) actions.push('record_performance');
  return actions;
}

function workRoles(db: Executor, ctx: RequestContext, place: DisputePlace): Promise<Role[]> {
  return rolesOver(db, ctx, WORK, scopedDispute(place));
}

/** Whether the caller may read each of many disputes, the scope resolved once (a page of links to them). */
export async function disputeReadChecker(db: Executor, ctx: RequestContext): Promise<(place: DisputePlace) => boolean> {
  const allowed = await actionsChecker(db, ctx, { read: READ });
  return (place) => allowed(scopedDispute(place)).length > 0;
}
