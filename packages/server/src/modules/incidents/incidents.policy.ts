import {
  allowedIncidentActions,
  INCIDENT_ACTIONS,
  type IncidentAction,
  type IncidentState,
  type Permission,
  type Role,
  TERMINAL_INCIDENT_STATES,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, requireAccess, rolesOver, type Scope, type ScopedRecord } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may do what with an incident. The services ask these functions before they act and the presenters ask the
 * same ones for a record's `actions`, so a button is shown exactly when its request is allowed. Which roles may take
 * which step is the domain's (INCIDENT_ACTION_RULES); here each step also needs its permission over the incident's
 * place, so an auxiliary officer works only the village's incidents and another village's incident is not found.
 */

/** The place of one incident: enough to decide who may see or work it. */
export interface IncidentPlace {
  town_id: string;
  jurisdiction_id: string;
}

const READ: Permission = 'incident.read';
const CREATE: Permission = 'incident.create';
/** Working an incident: its field steps, dispositions and parties. */
const HANDLE: Permission = 'incident.handle';
const UNMASK: Permission = 'incident.unmask';

/** The permission each step needs on top of the machine's roles: review, sending back and closing are reviews. */
const ACTION_PERMISSION: Record<IncidentAction, Permission> = {
  dispatch: HANDLE,
  acknowledge: HANDLE,
  arrive: HANDLE,
  start_handling: HANDLE,
  handle_on_scene: HANDLE,
  open_case: HANDLE,
  mediate_on_spot: HANDLE,
  refer_people_mediation: HANDLE,
  refer_department: HANDLE,
  mark_invalid: HANDLE,
  mark_duplicate: HANDLE,
  return_for_more: 'incident.review',
  review: 'incident.review',
  close: 'incident.review',
};

export function scopedIncident(place: IncidentPlace): ScopedRecord {
  return { townId: place.town_id, jurisdictionId: place.jurisdiction_id };
}

/** The scope of the incidents a caller may list (FORBIDDEN without incident.read anywhere). */
export function readScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, READ);
}

/** Where the caller may record new incidents (FORBIDDEN without incident.create anywhere). */
export function createScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  return requireAccess(db, ctx, CREATE);
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this incident. */
export async function requireIncidentRead(
  db: Executor,
  ctx: RequestContext,
  place: IncidentPlace | null,
): Promise<void> {
  await requireAccess(db, ctx, READ, place ? scopedIncident(place) : null);
}

/** Whether the caller may read this incident: for another module's link to it (out of reach = missing). */
export async function mayReadIncident(db: Executor, ctx: RequestContext, place: IncidentPlace): Promise<boolean> {
  return (await rolesOver(db, ctx, READ, scopedIncident(place))).length > 0;
}

/** FORBIDDEN unless the caller may work this incident (call after `requireIncidentRead`). */
export async function requireIncidentWork(db: Executor, ctx: RequestContext, place: IncidentPlace): Promise<void> {
  if ((await rolesOver(db, ctx, HANDLE, scopedIncident(place))).length === 0) throw new AppError('FORBIDDEN');
}

/** Whether the caller may see this incident's personal data in clear (each unmask is audited by the service). */
export async function mayUnmask(db: Executor, ctx: RequestContext, place: IncidentPlace): Promise<boolean> {
  return (await rolesOver(db, ctx, UNMASK, scopedIncident(place))).length > 0;
}

/**
 * The roles with which the caller may take a step here; the domain's machine decides with them. A referral to
 * people's mediation registers a dispute, so it also needs dispute.create over the place through the same role.
 */
export async function actionRoles(
  db: Executor,
  ctx: RequestContext,
  action: IncidentAction,
  place: IncidentPlace,
): Promise<Role[]> {
  const roles = await rolesOver(db, ctx, ACTION_PERMISSION[action], scopedIncident(place));
  if (action !== 'refer_people_mediation') return roles;
  const registering = await rolesOver(db, ctx, 'dispute.create', scopedIncident(place));
  return roles.filter((role) => registering.includes(role));
}

/**
 * The `actions` of an incident: the steps the caller's roles allow in its state, `add_party` for whoever may work
 * it until it is closed, and `unmask` for whoever may see its personal data. Scopes are cached per caller, so a page costs no queries.
 */
export async function incidentActions(
  db: Executor,
  ctx: RequestContext,
  state: IncidentState,
  place: IncidentPlace,
): Promise<string[]> {
  const actions: string[] = [];
  for (const action of INCIDENT_ACTIONS) {
    if (allowedIncidentActions(state, await actionRoles(db, ctx, action, place)).includes(action)) actions.push(action);
  }
  const open = !TERMINAL_INCIDENT_STATES.includes(state);
  if (open && (await rolesOver(db, ctx, HANDLE, scopedIncident(place))).length > 0) actions.push('add_party');
  if (await mayUnmask(db, ctx, place)) actions.push('unmask');
  return actions;
}

/** Whether the caller may read each of many incidents, the scope resolved once (a page of links to them). */
export async function incidentReadChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(place: IncidentPlace) => boolean> {
  const allowed = await actionsChecker(db, ctx, { read: READ });
  return (place) => allowed(scopedIncident(place)).length > 0;
}
