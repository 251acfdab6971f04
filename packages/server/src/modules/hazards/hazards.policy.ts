import {
  type HazardAction,
  type HazardAssigneeKind,
  type HazardRights,
  type HazardState,
  type HazardVerifierSide,
  hazardActions,
  mayRectifyHazard,
  mayVerifyHazard,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import {
  inScope,
  requireAccess,
  rolesOver,
  type Scope,
  type ScopedRecord,
  scopeOf,
} from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import { notFound } from '../../platform/errors';
import type { HazardVisibility } from './hazards.repository';

/**
 * Who may do what with hazards. `hazard.read` reads them (the town; a village's readers the hazards of their village;
 * department staff those assigned to their department), and the reporter reads his own always. `hazard.report` over
 * the village reports one; `hazard.assign` assigns it; `hazard.rectify` — held by the assigned village's cadres and
 * auxiliary officer, or by the assigned department's staff (`mayRectifyHazard`) — adds rectification photos and
 * closes the rectification; `hazard.verify` on the reporter's side (`mayVerifyHazard`) verifies or sends back. The
 * presenters ask these same functions for `actions`, so a button shows exactly when its request would be allowed.
 */

export interface HazardPlace {
  town_id: string;
  jurisdiction_id: string;
  reported_by: string | null;
  assignee_kind: HazardAssigneeKind | null;
  assignee_organization_id: string | null;
  verifier_side: HazardVerifierSide;
  state: HazardState;
}

/** A hazard as platform/access sees it: its village, assigned to its department when it has one. */
export function scopedHazard(hazard: {
  town_id: string;
  jurisdiction_id: string;
  assignee_organization_id: string | null;
}): ScopedRecord {
  return {
    townId: hazard.town_id,
    jurisdictionId: hazard.jurisdiction_id,
    organizationIds: hazard.assignee_organization_id ? [hazard.assignee_organization_id] : [],
  };
}

const EMPTY: Scope = { townIds: new Set<string>(), jurisdictionIds: new Set<string>() };

/** The caller's view of hazards: their hazard.read scope (empty without it) and their own reports. */
export async function hazardVisibility(db: Executor, ctx: RequestContext): Promise<HazardVisibility> {
  const actor = requireActor(ctx);
  const scope = (actor.permissions.has('hazard.read') ? await scopeOf(db, actor, 'hazard.read') : null) ?? EMPTY;
  return { scope, reporterUserId: actor.userId };
}

/** Where the caller may report hazards: FORBIDDEN without hazard.report, NOT_FOUND for a village outside it. */
export async function requireHazardReport(db: Executor, ctx: RequestContext, village: ScopedRecord): Promise<Scope> {
  await requireAccess(db, ctx, 'hazard.report');
  return requireAccess(db, ctx, 'hazard.report', village);
}

export interface HazardPolicy {
  mayRead(hazard: HazardPlace): boolean;
  rights(hazard: HazardPlace): Promise<HazardRights>;
  actions(hazard: HazardPlace): Promise<HazardAction[]>;
  /** Whether the caller holds hazard.verify over the hazard at all (to tell a wrong side from no right). */
  holdsVerify(hazard: HazardPlace): Promise<boolean>;
  /** Whether the caller holds hazard.rectify over the hazard at all (to tell a wrong assignee from no right). */
  holdsRectify(hazard: HazardPlace): Promise<boolean>;
}

/**
 * Reading and the rights over hazards. The roles behind each right come from `rolesOver`, whose grant scopes are
 * cached per caller, so a page of hazards costs no query per row.
 */
export async function hazardPolicy(db: Executor, ctx: RequestContext): Promise<HazardPolicy> {
  const visibility = await hazardVisibility(db, ctx);
  const rights = async (hazard: HazardPlace): Promise<HazardRights> => {
    const record = scopedHazard(hazard);
    const [assign, rectify, verify] = await Promise.all([
      rolesOver(db, ctx, 'hazard.assign', record),
      rolesOver(db, ctx, 'hazard.rectify', record),
      rolesOver(db, ctx, 'hazard.verify', record),
    ]);
    return {
      assign: assign.length > 0,
      rectify: mayRectifyHazard(hazard.assignee_kind, rectify),
      verify: mayVerifyHazard(hazard.verifier_side, verify),
    };
  };
  return {
    mayRead: (hazard) =>
      hazard.reported_by === visibility.reporterUserId || inScope(visibility.scope, scopedHazard(hazard)),
    rights,
    actions: async (hazard) => hazardActions(hazard.state, await rights(hazard)),
    holdsVerify: async (hazard) => (await rolesOver(db, ctx, 'hazard.verify', scopedHazard(hazard))).length > 0,
    holdsRectify: async (hazard) => (await rolesOver(db, ctx, 'hazard.rectify', scopedHazard(hazard))).length > 0,
  };
}

/** NOT_FOUND, exactly as for a missing id, unless the caller may read this hazard. */
export async function requireHazardRead<T extends HazardPlace>(
  db: Executor,
  ctx: RequestContext,
  hazard: T | null | undefined,
): Promise<{ hazard: T; policy: HazardPolicy }> {
  const policy = await hazardPolicy(db, ctx);
  if (!hazard || !policy.mayRead(hazard)) throw notFound();
  return { hazard, policy };
}

/**
 * Who adds photos of the report itself: the reporter, or someone who may report hazards in its village. A reader
 * who only rectifies (a department's staff) shows his work as rectification photos, never as the report's evidence.
 */
export async function requireReportPhotoRight(
  db: Executor,
  ctx: RequestContext,
  hazard: {
    reported_by: string | null;
    town_id: string;
    jurisdiction_id: string;
    assignee_organization_id: string | null;
  },
): Promise<void> {
  if (hazard.reported_by !== null && hazard.reported_by === requireActor(ctx).userId) return;
  await requireHazardReport(db, ctx, scopedHazard(hazard));
}
