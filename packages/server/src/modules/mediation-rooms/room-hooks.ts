import type { Deps } from '../../platform/deps';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { roomRecordingHooks } from './room-recording.hooks';

/**
 * What other parts of the room feature do when the room core changes the room, inside the same unit of work. The
 * recording slice fills these (a newly admitted participant without consent pauses a running recording; close stops
 * recording and schedules the conversion); until then nothing happens.
 */
export interface RoomHooks {
  /** After an admission, a removal or a departure. */
  afterParticipantsChanged(uow: UnitOfWork, roomId: string): Promise<void>;
  /** Inside the close (by the host or by expiry), after the room row is closed and before the commit. */
  afterClose(uow: UnitOfWork, roomId: string): Promise<void>;
}

export const NO_ROOM_HOOKS: RoomHooks = {
  afterParticipantsChanged: async () => {},
  afterClose: async () => {},
};

/** The hooks the room core runs: the one place the recording slice plugs its own in. */
export function roomHooks(deps: Deps): RoomHooks {
  return roomRecordingHooks(deps);
}
