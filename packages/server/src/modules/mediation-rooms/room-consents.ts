import type { ConsentResult } from '@fengqiao/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { bumpRoomVersion, type RoomParticipant, type RoomRow } from './room-participation';
import { findLiveConsent, insertConsent, withdrawLiveConsent } from './room-recording.repository';
import { applyRecordingStep } from './room-recording.state';
import { findParticipantRow, lockRoomRow } from './rooms.repository';

/**
 * A participant's consent to be recorded (issue #12 point 4: consent recorded per person with time), whoever acts
 * for them: staff through their own route, a party through the guest session. Consent is given in the room (waiting
 * or admitted), once: a second consent keeps the first time. A withdrawal is recorded too and pauses a running
 * recording when the participant is in the room.
 */
export class RoomConsents {
  constructor(private readonly deps: Deps) {}

  async consent(uow: UnitOfWork, participant: RoomParticipant): Promise<ConsentResult> {
    const { tx } = uow;
    const room = await this.standing(uow, participant);
    const live = await findLiveConsent(tx, participant.id);
    if (live) return { participantId: participant.id, consentedAt: live.consented_at };
    const consentedAt = nowIso();
    await insertConsent(tx, {
      id: newId(),
      room_id: room.id,
      participant_id: participant.id,
      consented_at: consentedAt,
      withdrawn_at: null,
    });
    await bumpRoomVersion(tx, room.id);
    await uow.audit({
      action: 'room.consent',
      targetType: 'mediation_room',
      targetId: room.id,
      detail: { participantId: participant.id },
    });
    return { participantId: participant.id, consentedAt };
  }

  async withdraw(uow: UnitOfWork, participant: RoomParticipant): Promise<ConsentResult> {
    const { tx } = uow;
    const room = await this.standing(uow, participant);
    if (!(await withdrawLiveConsent(tx, participant.id, nowIso()))) {
      return { participantId: participant.id, consentedAt: null };
    }
    await bumpRoomVersion(tx, room.id);
    await uow.audit({
      action: 'room.consent.withdraw',
      targetType: 'mediation_room',
      targetId: room.id,
      detail: { participantId: participant.id },
    });
    await applyRecordingStep(this.deps, uow, room, 'participants_changed');
    return { participantId: participant.id, consentedAt: null };
  }

  /**
   * The open room of a participant still in it (waiting or admitted). The room's row is locked first, so a consent
   * and a start (or two clicks) racing are decided one after the other.
   */
  private async standing(uow: UnitOfWork, participant: RoomParticipant): Promise<RoomRow> {
    const room = await lockRoomRow(uow.tx, participant.roomId);
    if (!room) throw new AppError('ROOM_NOT_FOUND');
    if (room.status !== 'open') throw new AppError('ROOM_CLOSED');
    const row = await findParticipantRow(uow.tx, participant.id);
    if (!row || row.room_id !== room.id) throw new AppError('ROOM_NOT_FOUND');
    if (row.status !== 'waiting' && row.status !== 'admitted') throw new AppError('ROOM_NOT_ADMITTED');
    return room;
  }
}
