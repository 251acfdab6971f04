import type { Permission } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { actionsChecker, inScope, type Scope, type ScopedRecord, scopeOf } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import { AppError } from '../../platform/errors';

/**
 * Who may do what in the camera registry. camera.read over a camera's village reads it (metadata only; which cameras
 * one may watch is camera-visibility.ts); camera.manage edits it and its consents, imports and exports; camera.grant
 * over the town keeps groups and grants. A camera outside the read scope answers CAMERA_NOT_FOUND like a missing one;
 * one read but not managed answers FORBIDDEN.
 */

export function scopedCamera(camera: { town_id: string; village_id: string }): ScopedRecord {
  return { townId: camera.town_id, jurisdictionId: camera.village_id };
}

const EMPTY: Scope = { townIds: new Set<string>(), jurisdictionIds: new Set<string>() };

/** The caller's scope for a permission, empty without it. */
export async function cameraScope(db: Executor, ctx: RequestContext, permission: Permission): Promise<Scope> {
  const actor = requireActor(ctx);
  return (actor.permissions.has(permission) ? await scopeOf(db, actor, permission) : null) ?? EMPTY;
}

/** camera.read somewhere, else FORBIDDEN; the scope to list by. */
export async function requireCameraList(db: Executor, ctx: RequestContext): Promise<Scope> {
  const actor = requireActor(ctx);
  const scope = actor.permissions.has('camera.read') ? await scopeOf(db, actor, 'camera.read') : null;
  if (!scope) throw new AppError('FORBIDDEN');
  return scope;
}

export async function requireCameraRead<C extends { town_id: string; village_id: string }>(
  db: Executor,
  ctx: RequestContext,
  camera: C | undefined,
): Promise<C> {
  const scope = await cameraScope(db, ctx, 'camera.read');
  if (!camera || !inScope(scope, scopedCamera(camera))) throw new AppError('CAMERA_NOT_FOUND');
  return camera;
}

export async function requireCameraManage<C extends { town_id: string; village_id: string }>(
  db: Executor,
  ctx: RequestContext,
  camera: C | undefined,
): Promise<C> {
  const found = await requireCameraRead(db, ctx, camera);
  const scope = await cameraScope(db, ctx, 'camera.manage');
  if (!inScope(scope, scopedCamera(found))) throw new AppError('FORBIDDEN');
  return found;
}

export const CAMERA_ACTIONS = { update: 'camera.manage', addConsent: 'camera.manage' } as const;

/** Per camera, the actions the caller may take: one call resolves the scopes for a whole page. */
export async function cameraActions(db: Executor, ctx: RequestContext) {
  const check = await actionsChecker(db, ctx, CAMERA_ACTIONS);
  const unmask = await actionsChecker(db, ctx, { unmaskOwner: 'person.unmask' });
  return (camera: {
    town_id: string;
    village_id: string;
    kind: string;
    owner_person_id: string | null;
    owner_jurisdiction_id: string | null;
  }): string[] => {
    const actions = check(scopedCamera(camera)).filter((action) => action !== 'addConsent' || camera.kind !== 'public');
    if (camera.owner_person_id && camera.owner_jurisdiction_id) {
      actions.push(...unmask({ townId: camera.town_id, jurisdictionId: camera.owner_jurisdiction_id }));
    }
    return actions;
  };
}

/** The towns whose camera groups the caller reads (camera.read or camera.grant with town reach). */
export async function groupTowns(db: Executor, ctx: RequestContext): Promise<Set<string>> {
  const read = await cameraScope(db, ctx, 'camera.read');
  const grant = await cameraScope(db, ctx, 'camera.grant');
  return new Set([...read.townIds, ...grant.townIds]);
}

/** The towns where the caller keeps groups and grants. */
export async function grantTowns(db: Executor, ctx: RequestContext): Promise<Set<string>> {
  return new Set((await cameraScope(db, ctx, 'camera.grant')).townIds);
}
