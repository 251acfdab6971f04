import { maskName } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findTownOrganizationName } from '../disputes/agreements.repository';
import { mayUnmaskRoom } from './room-participation';
import { requireRoomHost, requireRoomRead } from './rooms.policy';
import { findRoomRow, type RoomRow } from './rooms.repository';

/**
 * Who may do what with a room's guests: the rooms slice's policy decides (ROOM_NOT_FOUND out of reach, FORBIDDEN for
 * a reader who may not host). Inviting, revoking and sharing the draft are a host's acts; the confirmations are read
 * by whoever may read the room.
 */

/** The room, if the caller hosts it. */
export async function hostedRoom(db: Executor, ctx: RequestContext, roomId: string): Promise<RoomRow> {
  const room = await findRoomRow(db, roomId);
  await requireRoomHost(db, ctx, room);
  return room as RoomRow;
}

/** The room, if the caller may read it. */
export async function readableRoom(db: Executor, ctx: RequestContext, roomId: string): Promise<RoomRow> {
  const room = await findRoomRow(db, roomId);
  await requireRoomRead(db, ctx, room);
  return room as RoomRow;
}

/** How the caller sees the names of a room's guests: in clear with dispute.unmask over the dispute, else masked. */
export async function roomNames(db: Executor, ctx: RequestContext, room: RoomRow): Promise<(name: string) => string> {
  const clear = await mayUnmaskRoom(db, ctx, room);
  return (name) => (clear ? name : (maskName(name) ?? ''));
}

/** Who a guest is invited by, as the text message and the room's title name it: the town's mediation committee. */
export async function roomOrganization(db: Executor, townId: string): Promise<string> {
  const registered = await findTownOrganizationName(db, townId, 'mediation_committee');
  if (registered) return registered;
  return `${(await findJurisdiction(db, townId))?.name ?? ''}人民调解委员会`;
}
