import type { Deps } from '../../platform/deps';
import type { UnitOfWork } from '../../platform/unit-of-work';
import type { RoomHooks } from './room-hooks';
import { applyRecordingStep } from './room-recording.state';
import { findRoomRow } from './rooms.repository';

/**
 * What the recording does when the room core changes the room, inside the core's unit of work: a participant
 * admitted without consent pauses a running recording (it runs again only when the host starts it after everyone
 * in the room consented); the close ends the running segment and hands every segment to the conversion job.
 */
export function roomRecordingHooks(deps: Deps): RoomHooks {
  return {
    async afterParticipantsChanged(uow: UnitOfWork, roomId: string) {
      const room = await findRoomRow(uow.tx, roomId);
      if (room?.status === 'open') await applyRecordingStep(deps, uow, room, 'participants_changed');
    },
    async afterClose(uow: UnitOfWork, roomId: string) {
      const room = await findRoomRow(uow.tx, roomId);
      if (room) await applyRecordingStep(deps, uow, room, 'close');
    },
  };
}
