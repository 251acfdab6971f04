import {
  type ConsentMissing,
  type ConsentMissingDetails,
  participantDisplayName,
  type RecordingStep,
  recordingStateAfter,
} from '@fengqiao/domain';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { MediaUnavailableError } from '../../platform/media/media-server';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { bumpRoomVersion, mayUnmaskRoom, type RoomRow } from './room-participation';
import {
  endRunningRecording,
  insertRecording,
  listConsentingParticipants,
  nextSegmentNumber,
  queueRoomRecordings,
  setRoomRecordingState,
} from './room-recording.repository';

/** Why a segment ended, for its audit row. */
type PauseReason = 'host' | 'consent_missing' | 'closed';

/**
 * Applies one step to a room's recording inside the caller's unit of work (recording-rules.ts decides): a refusal
 * throws before anything is written or sent to the media server; a start opens a segment, a pause, a late joiner
 * without consent, a withdrawal or the close ends the running one. The media server is told last, still inside the
 * transaction, so a media server that refuses to start rolls the new segment back; stopping at the close goes on
 * without it, since the room is destroyed right after the commit, which ends Janus's recorders anyway.
 */
export async function applyRecordingStep(
  deps: Deps,
  uow: UnitOfWork,
  room: RoomRow,
  step: RecordingStep,
): Promise<void> {
  const { tx, ctx } = uow;
  const participants = await listConsentingParticipants(tx, room.id);
  const decision = recordingStateAfter(
    room.recording_state,
    step,
    participants.map((p) => ({ id: p.id, status: p.status, consentedAt: p.consented_at })),
  );
  if (!decision.ok) {
    if (decision.code !== 'RECORDING_CONSENT_MISSING') throw new AppError(decision.code);
    const unmask = await mayUnmaskRoom(tx, ctx, room);
    const missing: ConsentMissing[] = participants
      .filter((p) => decision.missing.includes(p.id))
      .map((p) => ({
        participantId: p.id,
        displayName: participantDisplayName({ displayName: p.display_name, accountId: p.account_id }, unmask),
      }));
    const details: ConsentMissingDetails = { missing };
    throw new AppError('RECORDING_CONSENT_MISSING', details);
  }
  const now = nowIso();
  const missing = participants.filter((p) => p.status === 'admitted' && p.consented_at === null).map((p) => p.id);
  if (decision.media === 'on') {
    const segment = await nextSegmentNumber(tx, room.id);
    const id = newId();
    await insertRecording(tx, {
      id,
      room_id: room.id,
      town_id: room.town_id,
      jurisdiction_id: room.jurisdiction_id,
      segment,
      started_at: now,
      started_by: ctx.actor?.userId ?? room.opened_by,
      ended_at: null,
      status: 'recording',
    });
    await uow.audit({
      action: 'room.recording.start',
      targetType: 'mediation_room',
      targetId: room.id,
      detail: { recordingId: id, segment, participants: participants.filter((p) => p.status === 'admitted').length },
    });
  } else if (decision.media === 'off') {
    const ended = await endRunningRecording(tx, room.id, now);
    const reason: PauseReason = step === 'close' ? 'closed' : step === 'pause' ? 'host' : 'consent_missing';
    await uow.audit({
      action: 'room.recording.pause',
      targetType: 'mediation_room',
      targetId: room.id,
      detail: {
        ...(ended ? { recordingId: ended.id, segment: ended.segment } : {}),
        reason,
        ...(reason === 'consent_missing' ? { missing } : {}),
      },
    });
  }
  if (step === 'close') await queueRoomRecordings(tx, room.id);
  if (decision.state !== room.recording_state) {
    await setRoomRecordingState(tx, room.id, decision.state);
    await bumpRoomVersion(tx, room.id);
  }
  if (decision.media === null) return;
  try {
    await deps.media.rooms.setRecording(room.id, decision.media === 'on');
  } catch (error) {
    if (step === 'close' && error instanceof MediaUnavailableError) return;
    throw error;
  }
}
