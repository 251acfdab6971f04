import { maskName } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, requireAccess, scopeOf } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findTownOrganizationName } from '../disputes/agreements.repository';
import { mayUnmask } from '../disputes/disputes.policy';
import { findRoomRow, type RoomRow } from './rooms.repository';

/** A room as the guests' rules see it: the rooms slice's row. */
export type RoomPlace = RoomRow;

function scoped(room: RoomPlace) {
  return { townId: room.town_id, jurisdictionId: room.jurisdiction_id };
}

/** The room, if the caller hosts rooms over its dispute: ROOM_NOT_FOUND otherwise, exactly as for a missing id. */
export async function requireRoomHost(db: Executor, ctx: RequestContext, roomId: string): Promise<RoomPlace> {
  const room = await findRoomRow(db, roomId);
  try {
    await requireAccess(db, ctx, 'room.host', room ? scoped(room) : null);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('ROOM_NOT_FOUND');
    throw error;
  }
  if (!room) throw new AppError('ROOM_NOT_FOUND');
  return room;
}

/** The room, if the caller hosts or joins rooms over its dispute (the staff in it): ROOM_NOT_FOUND otherwise. */
export async function requireRoomStaff(db: Executor, ctx: RequestContext, roomId: string): Promise<RoomPlace> {
  const actor = ctx.actor;
  if (!actor) throw new AppError('UNAUTHENTICATED');
  const room = await findRoomRow(db, roomId);
  if (room) {
    for (const permission of ['room.host', 'room.join'] as const) {
      const scope = actor.permissions.has(permission) ? await scopeOf(db, actor, permission) : null;
      if (scope && inScope(scope, scoped(room))) return room;
    }
  }
  throw new AppError('ROOM_NOT_FOUND');
}

/** How the caller sees the names of a room's guests: in clear with dispute.unmask over the dispute, else masked. */
export async function roomNames(db: Executor, ctx: RequestContext, room: RoomPlace): Promise<(name: string) => string> {
  const clear = await mayUnmask(db, ctx, {
    town_id: room.town_id,
    jurisdiction_id: room.jurisdiction_id,
    departmentIds: [],
  });
  return (name) => (clear ? name : (maskName(name) ?? ''));
}

/** Who a guest is invited by, as the text message and the room's title name it: the town's mediation committee. */
export async function roomOrganization(db: Executor, townId: string): Promise<string> {
  const registered = await findTownOrganizationName(db, townId, 'mediation_committee');
  if (registered) return registered;
  return `${(await findJurisdiction(db, townId))?.name ?? ''}人民调解委员会`;
}
