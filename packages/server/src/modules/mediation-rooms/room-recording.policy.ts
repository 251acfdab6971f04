import type { Executor } from '../../db/database';
import { rolesOver } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import type { DisputesService } from '../disputes/disputes.service';
import type { RoomRow } from './room-participation';

/**
 * Who may see a room's consents and recordings, and who may start and pause its recording. A room is seen by
 * whoever may join or host it (room.join / room.host over the dispute's place) and by the case's readers; anyone
 * else gets ROOM_NOT_FOUND, as for a missing room. Recording is the host's (room.host): a participant who may see
 * the room but not host it gets FORBIDDEN.
 */
export async function requireRoomSeen(
  db: Executor,
  ctx: RequestContext,
  disputes: DisputesService,
  room: RoomRow | undefined | null,
): Promise<RoomRow> {
  if (!room) throw new AppError('ROOM_NOT_FOUND');
  if ((await rolesOver(db, ctx, 'room.join', placeOf(room))).length > 0) return room;
  if (await mayHost(db, ctx, room)) return room;
  try {
    await disputes.readable(db, ctx, room.dispute_id);
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('ROOM_NOT_FOUND');
    throw error;
  }
  return room;
}

/** ROOM_NOT_FOUND unless the caller sees the room, then FORBIDDEN unless they may host it. */
export async function requireRoomHost(
  db: Executor,
  ctx: RequestContext,
  disputes: DisputesService,
  room: RoomRow | undefined | null,
): Promise<RoomRow> {
  const seen = await requireRoomSeen(db, ctx, disputes, room);
  if (!(await mayHost(db, ctx, seen))) throw new AppError('FORBIDDEN');
  return seen;
}

export async function mayHost(db: Executor, ctx: RequestContext, room: RoomRow): Promise<boolean> {
  return (await rolesOver(db, ctx, 'room.host', placeOf(room))).length > 0;
}

function placeOf(room: RoomRow): { townId: string; jurisdictionId: string } {
  return { townId: room.town_id, jurisdictionId: room.jurisdiction_id };
}
