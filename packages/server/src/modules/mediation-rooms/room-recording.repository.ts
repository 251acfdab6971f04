import type { ParticipantKind, ParticipantStatus, RecordingSegmentStatus, RecordingState } from '@fengqiao/domain';
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  MediationRoomConsentsTable,
  MediationRoomRecordingFilesTable,
  MediationRoomRecordingsTable,
} from '../../db/schema';

export type ConsentRow = Selectable<MediationRoomConsentsTable>;
export type RecordingRow = Selectable<MediationRoomRecordingsTable>;
export type RecordingFileRow = Selectable<MediationRoomRecordingFilesTable>;

/** A participant of a room with the time of their live consent (null without one). */
export interface ConsentingParticipantRow {
  id: string;
  status: ParticipantStatus;
  display_name: string;
  kind: ParticipantKind;
  account_id: string | null;
  consented_at: string | null;
}

/** Every participant of the room with their live consent, in order of joining: one query. */
export async function listConsentingParticipants(db: Executor, roomId: string): Promise<ConsentingParticipantRow[]> {
  return db
    .selectFrom('mediation_room_participants as p')
    .leftJoin('mediation_room_consents as c', (join) =>
      join.onRef('c.participant_id', '=', 'p.id').on('c.withdrawn_at', 'is', null),
    )
    .select(['p.id', 'p.status', 'p.display_name', 'p.kind', 'p.account_id', 'c.consented_at'])
    .where('p.room_id', '=', roomId)
    .orderBy('p.joined_at')
    .orderBy('p.id')
    .execute();
}

/** The live consent times of the rooms' participants, by participant id (room state and room views): one query. */
export async function liveConsentTimes(db: Executor, roomIds: readonly string[]): Promise<Map<string, string>> {
  if (roomIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('mediation_room_consents')
    .select(['participant_id', 'consented_at'])
    .where('room_id', 'in', roomIds)
    .where('withdrawn_at', 'is', null)
    .execute();
  return new Map(rows.map((row) => [row.participant_id, row.consented_at]));
}

export async function findLiveConsent(db: Executor, participantId: string): Promise<ConsentRow | undefined> {
  return db
    .selectFrom('mediation_room_consents')
    .selectAll()
    .where('participant_id', '=', participantId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
}

export async function insertConsent(db: Executor, row: Insertable<MediationRoomConsentsTable>): Promise<void> {
  await db.insertInto('mediation_room_consents').values(row).execute();
}

/** Withdraws the participant's live consent; false when there was none. */
export async function withdrawLiveConsent(db: Executor, participantId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('mediation_room_consents')
    .set({ withdrawn_at: at })
    .where('participant_id', '=', participantId)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Every consent of the room, withdrawn ones too, with the participant's name and kind, oldest first. */
export async function listConsentHistory(
  db: Executor,
  roomId: string,
): Promise<(ConsentRow & { display_name: string; kind: ParticipantKind; account_id: string | null })[]> {
  return db
    .selectFrom('mediation_room_consents as c')
    .innerJoin('mediation_room_participants as p', 'p.id', 'c.participant_id')
    .selectAll('c')
    .select(['p.display_name', 'p.kind', 'p.account_id'])
    .where('c.room_id', '=', roomId)
    .orderBy('c.consented_at')
    .orderBy('c.id')
    .execute();
}

/** The room's recording state, as the room row holds it for the state poll. */
export async function setRoomRecordingState(db: Executor, roomId: string, state: RecordingState): Promise<void> {
  await db.updateTable('mediation_rooms').set({ recording_state: state }).where('id', '=', roomId).execute();
}

export async function nextSegmentNumber(db: Executor, roomId: string): Promise<number> {
  const row = await db
    .selectFrom('mediation_room_recordings')
    .select((eb) => eb.fn.max('segment').as('last'))
    .where('room_id', '=', roomId)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

export async function insertRecording(db: Executor, row: Insertable<MediationRoomRecordingsTable>): Promise<void> {
  await db.insertInto('mediation_room_recordings').values(row).execute();
}

/** Ends the room's running segment; the segment ended, or null when none was running. */
export async function endRunningRecording(db: Executor, roomId: string, at: string): Promise<RecordingRow | null> {
  const running = await db
    .selectFrom('mediation_room_recordings')
    .selectAll()
    .where('room_id', '=', roomId)
    .where('status', '=', 'recording')
    .executeTakeFirst();
  if (!running) return null;
  await db
    .updateTable('mediation_room_recordings')
    .set({ ended_at: at, status: 'stopped' })
    .where('id', '=', running.id)
    .where('status', '=', 'recording')
    .execute();
  return { ...running, ended_at: at, status: 'stopped' };
}

/** Hands the room's stopped segments to the conversion job; how many. */
export async function queueRoomRecordings(db: Executor, roomId: string): Promise<number> {
  const result = await db
    .updateTable('mediation_room_recordings')
    .set({ status: 'converting' })
    .where('room_id', '=', roomId)
    .where('status', '=', 'stopped')
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function listRoomRecordings(db: Executor, roomId: string): Promise<RecordingRow[]> {
  return db
    .selectFrom('mediation_room_recordings')
    .selectAll()
    .where('room_id', '=', roomId)
    .orderBy('segment')
    .execute();
}

export interface RecordingFileListRow extends RecordingFileRow {
  display_name: string;
  kind: ParticipantKind;
  account_id: string | null;
  file_name: string | null;
}

/** The files of the given segments with their participant and attachment name: one query. */
export async function listRecordingFiles(
  db: Executor,
  recordingIds: readonly string[],
): Promise<RecordingFileListRow[]> {
  if (recordingIds.length === 0) return [];
  return db
    .selectFrom('mediation_room_recording_files as f')
    .innerJoin('mediation_room_participants as p', 'p.id', 'f.participant_id')
    .leftJoin('dispute_attachments as a', 'a.id', 'f.attachment_id')
    .selectAll('f')
    .select(['p.display_name', 'p.kind', 'p.account_id', 'a.file_name'])
    .where('f.recording_id', 'in', recordingIds)
    .orderBy('f.recording_id')
    .orderBy('p.joined_at')
    .orderBy('f.participant_id')
    .orderBy('f.part')
    .execute();
}

/** A segment waiting for conversion with what the job needs of its room (a closed room only). */
export interface ConvertingRecordingRow extends RecordingRow {
  dispute_id: string;
}

export async function listConvertingRecordings(db: Executor, limit: number): Promise<ConvertingRecordingRow[]> {
  return db
    .selectFrom('mediation_room_recordings as r')
    .innerJoin('mediation_rooms as m', 'm.id', 'r.room_id')
    .selectAll('r')
    .select('m.dispute_id')
    .where('r.status', '=', 'converting')
    .where('m.status', '=', 'closed')
    .orderBy('r.started_at')
    .orderBy('r.id')
    .limit(limit)
    .execute();
}

/** The parts already recorded for a segment (stored or failed), so a repeated run skips them. */
export async function listFileParts(
  db: Executor,
  recordingId: string,
): Promise<{ participant_id: string; part: number; attachment_id: string | null }[]> {
  return db
    .selectFrom('mediation_room_recording_files')
    .select(['participant_id', 'part', 'attachment_id'])
    .where('recording_id', '=', recordingId)
    .execute();
}

export async function insertRecordingFile(
  db: Executor,
  row: Insertable<MediationRoomRecordingFilesTable>,
): Promise<void> {
  await db.insertInto('mediation_room_recording_files').values(row).execute();
}

export async function setRecordingStatus(
  db: Executor,
  recordingId: string,
  status: RecordingSegmentStatus,
): Promise<void> {
  await db.updateTable('mediation_room_recordings').set({ status }).where('id', '=', recordingId).execute();
}

/** Whether every segment of the room is past conversion (so its raw files may go). */
export async function roomRecordingsSettled(
  db: Executor,
  roomId: string,
): Promise<{ pending: number; failed: number }> {
  const rows = await db
    .selectFrom('mediation_room_recordings')
    .select(['status'])
    .where('room_id', '=', roomId)
    .execute();
  return {
    pending: rows.filter((row) => row.status !== 'stored' && row.status !== 'failed').length,
    failed: rows.filter((row) => row.status === 'failed').length,
  };
}

/** A file to play, with its stored attachment and the dispute it belongs to. */
export interface PlayableFileRow {
  id: string;
  recording_id: string;
  participant_id: string;
  dispute_id: string;
  attachment_id: string;
  stored_name: string;
  file_name: string;
  media_type: string;
}

export async function findPlayableFile(db: Executor, fileId: string): Promise<PlayableFileRow | undefined> {
  const row = await db
    .selectFrom('mediation_room_recording_files as f')
    .innerJoin('dispute_attachments as a', 'a.id', 'f.attachment_id')
    .select([
      'f.id',
      'f.recording_id',
      'f.participant_id',
      'a.dispute_id',
      'a.id as attachment_id',
      'a.stored_name',
      'a.file_name',
      'a.media_type',
    ])
    .where('f.id', '=', fileId)
    .executeTakeFirst();
  return row;
}
