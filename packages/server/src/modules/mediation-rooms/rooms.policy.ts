import type { Permission, Role } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, rolesOver, type Scope, type ScopedRecord, scopeOf } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { listDepartmentIds } from '../disputes/disputes.repository';

/**
 * Who may do what with an online mediation room. A room belongs to its dispute: reading it takes dispute.read over
 * the dispute (department staff through their assignment too) or room.join over the dispute's place — village cadres
 * have no dispute.read, and room.join over the village is what lets them in. Hosting (admit, remove, the 笔录, close)
 * takes room.host; joining room.join or room.host. A room out of reach answers ROOM_NOT_FOUND, exactly like a missing
 * id; a room the caller may read but not act on answers FORBIDDEN.
 */

const READ: Permission = 'dispute.read';
const JOIN: Permission = 'room.join';
const HOST: Permission = 'room.host';

/** The room's place: its dispute's town and jurisdiction. */
export interface RoomPlace {
  town_id: string;
  jurisdiction_id: string;
  dispute_id: string;
}

/** What a host may do in an open room; `join` for whoever may join it. */
export const ROOM_HOST_ACTIONS = ['admit', 'remove', 'save_record', 'close', 'invite', 'share_draft', 'recording'];

function scoped(place: RoomPlace, departmentIds: readonly string[] = []): ScopedRecord {
  return { townId: place.town_id, jurisdictionId: place.jurisdiction_id, organizationIds: departmentIds };
}

async function reaches(db: Executor, ctx: RequestContext, permission: Permission, place: RoomPlace) {
  return (await rolesOver(db, ctx, permission, scoped(place))).length > 0;
}

/** Whether the caller may read the room: room.join, room.host, or dispute.read over the dispute. */
export async function mayReadRoom(db: Executor, ctx: RequestContext, place: RoomPlace): Promise<boolean> {
  if ((await reaches(db, ctx, JOIN, place)) || (await reaches(db, ctx, HOST, place))) return true;
  if (!ctx.actor?.permissions.has(READ)) return false;
  const departments = (await listDepartmentIds(db, [place.dispute_id])).get(place.dispute_id) ?? [];
  return (await rolesOver(db, ctx, READ, scoped(place, departments))).length > 0;
}

/** ROOM_NOT_FOUND unless the caller may read the room (a missing room answers the same). */
export async function requireRoomRead(db: Executor, ctx: RequestContext, place: RoomPlace | null | undefined) {
  if (!ctx.actor) throw new AppError('UNAUTHENTICATED');
  if (!place || !(await mayReadRoom(db, ctx, place))) throw new AppError('ROOM_NOT_FOUND');
}

export function mayHostRoom(db: Executor, ctx: RequestContext, place: RoomPlace): Promise<boolean> {
  return reaches(db, ctx, HOST, place);
}

/** The roles through which the caller may join the room: room.join's and room.host's whose grant reaches it. */
export async function joinRoles(db: Executor, ctx: RequestContext, place: RoomPlace): Promise<Role[]> {
  const roles = new Set([
    ...(await rolesOver(db, ctx, JOIN, scoped(place))),
    ...(await rolesOver(db, ctx, HOST, scoped(place))),
  ]);
  return [...roles];
}

/** ROOM_NOT_FOUND unless readable, then FORBIDDEN unless the caller holds room.host over it. */
export async function requireRoomHost(db: Executor, ctx: RequestContext, place: RoomPlace | null | undefined) {
  await requireRoomRead(db, ctx, place);
  if (!place || !(await mayHostRoom(db, ctx, place))) throw new AppError('FORBIDDEN');
}

/** ROOM_NOT_FOUND unless readable, then FORBIDDEN unless the caller may join it; the roles he joins with. */
export async function requireRoomJoin(
  db: Executor,
  ctx: RequestContext,
  place: RoomPlace | null | undefined,
): Promise<Role[]> {
  await requireRoomRead(db, ctx, place);
  const roles = place ? await joinRoles(db, ctx, place) : [];
  if (roles.length === 0) throw new AppError('FORBIDDEN');
  return roles;
}

/** Where the caller may list rooms: the union of his room.join and room.host scopes (FORBIDDEN without either). */
export async function roomListScope(db: Executor, ctx: RequestContext): Promise<Scope> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const scopes: Scope[] = [];
  for (const permission of [JOIN, HOST]) {
    const scope = actor.permissions.has(permission) ? await scopeOf(db, actor, permission) : null;
    if (scope) scopes.push(scope);
  }
  if (scopes.length === 0) throw new AppError('FORBIDDEN');
  return {
    townIds: new Set(scopes.flatMap((s) => [...s.townIds])),
    jurisdictionIds: new Set(scopes.flatMap((s) => [...s.jurisdictionIds])),
  };
}

/** Decides the actions of many rooms with the scopes resolved once (a page of rooms). */
export async function roomActionsChecker(
  db: Executor,
  ctx: RequestContext,
): Promise<(room: RoomPlace & { status: string }) => string[]> {
  const actor = ctx.actor;
  const join = actor?.permissions.has(JOIN) ? await scopeOf(db, actor, JOIN) : null;
  const host = actor?.permissions.has(HOST) ? await scopeOf(db, actor, HOST) : null;
  return (room) => {
    if (room.status !== 'open') return [];
    const record = scoped(room);
    const hosts = host !== null && inScope(host, record);
    const joins = hosts || (join !== null && inScope(join, record));
    return [...(joins ? ['join'] : []), ...(hosts ? ROOM_HOST_ACTIONS : [])];
  };
}
