import type { Role } from '@fengqiao/domain';
import type { JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import { insertAttachmentRow } from '../../src/modules/disputes/attachments.repository';
import type { DisputeRow } from '../../src/modules/disputes/disputes.repository';
import {
  insertConsent,
  insertRecording,
  insertRecordingFile,
} from '../../src/modules/mediation-rooms/room-recording.repository';
import { insertParticipantRow, insertRoomRow } from '../../src/modules/mediation-rooms/rooms.repository';
import type { Deps } from '../../src/platform/deps';
import { FileStore } from '../../src/platform/files/file-store';
import { newId, nowIso } from '../../src/platform/ids';
import { insertDispute, insertOpenMediation } from './dispute-rows';

/** The first bytes of a WebM (the EBML header) and a little more. */
export const TINY_WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.from('tiny-webm')]);

export interface RecordingRooms {
  /** One open room per role (of a dispute of the place), with the role's account admitted as its participant. */
  roomOf: Map<Role, string>;
  /** A stored recording file of a closed room of the same place. */
  fileId: string;
}

/**
 * Rooms written directly, for the access matrix: per role an open room of the village's dispute where that role's
 * account is the one admitted participant, consenting (so a start, a pause and its own consent each succeed for
 * whoever may do them), and a closed room with one stored WebM to play.
 */
export async function seedRecordingRooms(
  deps: Deps,
  village: JurisdictionRow,
  accounts: ReadonlyMap<Role, string>,
): Promise<RecordingRooms> {
  const at = nowIso();
  const dispute = await insertDispute(deps.db, village, at);
  const roomOf = new Map<Role, string>();
  for (const [role, accountId] of accounts) {
    const roomId = await insertRoom(deps, dispute, accountId, 'open');
    const row = participant(roomId, dispute, accountId, at);
    await insertParticipantRow(deps.db, row);
    await insertConsent(deps.db, {
      id: newId(),
      room_id: roomId,
      participant_id: row.id,
      consented_at: at,
      withdrawn_at: null,
    });
    await deps.media.rooms.createRoom(roomId, { maxPublishers: 8 });
    roomOf.set(role, roomId);
  }
  const [firstAccount] = accounts.values();
  const closedId = await insertRoom(deps, dispute, firstAccount ?? '', 'closed');
  const participantRow = participant(closedId, dispute, firstAccount ?? '', at);
  await insertParticipantRow(deps.db, participantRow);
  const recordingId = newId();
  await insertRecording(deps.db, {
    id: recordingId,
    room_id: closedId,
    town_id: dispute.town_id,
    jurisdiction_id: dispute.jurisdiction_id,
    segment: 1,
    started_at: at,
    started_by: firstAccount ?? '',
    ended_at: at,
    status: 'stored',
  });
  const written = await new FileStore(deps.config.dataDir).write(
    dispute.town_id,
    at.slice(0, 4),
    (async function* () {
      yield TINY_WEBM;
    })(),
  );
  const attachmentId = newId();
  await insertAttachmentRow(deps.db, {
    id: attachmentId,
    dispute_id: dispute.id,
    town_id: dispute.town_id,
    jurisdiction_id: dispute.jurisdiction_id,
    file_name: '线上调解录像-第1段-民警.webm',
    stored_name: written.stored,
    media_type: 'video/webm',
    size: written.size,
    sha256: written.sha256,
    uploaded_by: null,
    created_at: at,
  });
  const fileId = newId();
  await insertRecordingFile(deps.db, {
    id: fileId,
    recording_id: recordingId,
    participant_id: participantRow.id,
    part: 1,
    town_id: dispute.town_id,
    jurisdiction_id: dispute.jurisdiction_id,
    attachment_id: attachmentId,
    duration_seconds: 1,
    bytes: written.size,
    error: null,
    created_at: at,
  });
  return { roomOf, fileId };
}

async function insertRoom(
  deps: Deps,
  dispute: DisputeRow,
  openedBy: string,
  status: 'open' | 'closed',
): Promise<string> {
  const at = nowIso();
  const mediationId = await insertOpenMediation(deps.db, dispute, at);
  const id = newId();
  await insertRoomRow(deps.db, {
    id,
    town_id: dispute.town_id,
    jurisdiction_id: dispute.jurisdiction_id,
    dispute_id: dispute.id,
    mediation_id: mediationId,
    status,
    max_participants: 8,
    opened_by: openedBy,
    opened_by_name: 'matrix',
    opened_at: at,
    media_started_at: null,
    closed_at: status === 'closed' ? at : null,
    closed_by: null,
    close_reason: status === 'closed' ? 'closed' : null,
    expires_at: '2099-01-01T00:00:00.000Z',
    record: '',
    outcome: status === 'closed' ? 'agreement' : null,
    session_id: null,
    shared_agreement_id: null,
    recording_state: 'off',
    version: 1,
    created_at: at,
    updated_at: at,
  });
  return id;
}

function participant(roomId: string, dispute: DisputeRow, accountId: string, at: string) {
  return {
    id: newId(),
    room_id: roomId,
    town_id: dispute.town_id,
    account_id: accountId,
    party_id: null,
    display_name: 'matrix',
    kind: 'officer' as const,
    join_method: 'login' as const,
    status: 'admitted' as const,
    joined_at: at,
    admitted_at: at,
    admitted_by: null,
    removed_at: null,
    removed_by: null,
    left_at: null,
    feed_id: null,
    last_seen_at: at,
  };
}
