import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { MediaUnavailableError } from '../../platform/media/media-server';
import { SYSTEM } from './room-participation';
import { listExpiredRoomRows, listRoomStatuses } from './rooms.repository';
import { RoomsService } from './rooms.service';

/** Rooms closed per run at most; the rest wait for the next run. */
const EXPIRE_BATCH = 50;

export interface ReconcileResult {
  expired: number;
  destroyed: number;
}

/**
 * Keeps the media server's rooms and the app's open rooms the same. Open rooms past their hours are closed as
 * expired. A media-server room whose room is closed is destroyed; one the database does not know is destroyed only
 * when it is still unknown at the next run, because a room is created in the media server a moment before its row
 * commits (rooms.service.ts `open`), and a run falling in that moment must not take it away.
 */
export class RoomsReconciler {
  private readonly rooms: RoomsService;
  private unknownBefore = new Set<string>();

  constructor(private readonly deps: Deps) {
    this.rooms = new RoomsService(deps);
  }

  async run(now: Date = new Date()): Promise<ReconcileResult> {
    let expired = 0;
    for (const room of await listExpiredRoomRows(this.deps.db, nowIso(now), EXPIRE_BATCH)) {
      if (await this.rooms.expire(SYSTEM, room.id)) expired += 1;
    }
    return { expired, destroyed: await this.removeOrphans() };
  }

  private async removeOrphans(): Promise<number> {
    const { media, db } = this.deps;
    let keys: string[];
    try {
      keys = await media.rooms.listRooms();
    } catch (error) {
      // No media server configured, or unreachable now: nothing to reconcile until it is back.
      if (error instanceof MediaUnavailableError) return 0;
      throw error;
    }
    const statuses = await listRoomStatuses(db, keys);
    const unknown = new Set<string>();
    let destroyed = 0;
    for (const key of keys) {
      const status = statuses.get(key);
      if (status === 'open') continue;
      if (status === undefined && !this.unknownBefore.has(key)) {
        unknown.add(key);
        continue;
      }
      await media.rooms.destroyRoom(key);
      destroyed += 1;
    }
    this.unknownBefore = unknown;
    return destroyed;
  }
}

/** The reconciler as a job of platform/jobs, every FENGQIAO_ROOM_RECONCILE_SECONDS (default 60). */
export function roomsReconcilerJob(deps: Deps): Job {
  const reconciler = new RoomsReconciler(deps);
  const intervalSeconds = deps.config.rooms.reconcileSeconds;
  return {
    name: 'mediation-rooms.reconcile',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 60),
    run: (now) => reconciler.run(now),
  };
}
