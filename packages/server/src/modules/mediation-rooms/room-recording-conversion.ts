import { createReadStream } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { segmentOfFile, shanghaiDate } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { FileStore } from '../../platform/files/file-store';
import { newId, nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import type { RecordingFile } from '../../platform/media/media-rooms';
import { MediaUnavailableError } from '../../platform/media/media-server';
import { convertRecording, recordingSets, recordingToolsAvailable } from '../../platform/media/recording-converter';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { insertAttachmentRow } from '../disputes/attachments.repository';
import {
  type ConsentingParticipantRow,
  type ConvertingRecordingRow,
  insertRecordingFile,
  listConsentingParticipants,
  listConvertingRecordings,
  listFileParts,
  listRoomRecordings,
  type RecordingRow,
  roomRecordingsSettled,
  setRecordingStatus,
} from './room-recording.repository';
import { recordingFileName } from './room-recording-names';

/** One participant's audio and video of one segment → one WebM at `outPath` (platform/media/recording-converter). */
export type RecordingConverter = (
  files: RecordingFile[],
  outPath: string,
) => Promise<{ bytes: number; durationSeconds: number }>;

/** The conversion runs as the system: no person acts, so its audit rows name no actor. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };
/** Segments per run: a run stays well within its lease even when every segment is a long one. */
const BATCH = 20;
/** What of a failure is kept on the file row: enough to see why, never a whole tool log. */
const ERROR_KEPT = 300;
/** Every WebM (a Matroska file) begins with the EBML header's id. */
const EBML = Buffer.from([0x1a, 0x45, 0xdf, 0xa3]);

export interface ConversionRun {
  stored: number;
  failed: number;
}

/**
 * Turns the recordings of closed rooms into attachments of their disputes (issue #12 point 4). For every segment
 * the room's close queued (`converting`), each participant's files of that segment (one set per time they
 * published in it) are converted to one WebM, stored through the attachment store as `video/webm` with a name that
 * says the segment and the participant's role — never a party's name — and tracked by a file row, each in its own
 * unit of work with its audit row. A conversion that fails marks its file `failed` with a short reason and the run
 * goes on; the segment ends `stored`, or `failed` when one of its files did. The media server's raw files are
 * removed once every segment of the room is stored; after a failure they stay for the operator to convert by hand.
 * A run repeated after a crash skips the files it already recorded (a unique index guards the race).
 */
export class RoomRecordingConversion {
  private readonly files: FileStore;
  private readonly converter: RecordingConverter;
  /** Whether the tools are here: without them every conversion would fail for good, so the segments wait. */
  private readonly toolsReady: () => boolean;

  /** Tests pass a converter of their own; the default is Janus's post-processor and ffmpeg. */
  constructor(
    private readonly deps: Deps,
    converter?: RecordingConverter,
  ) {
    this.files = new FileStore(deps.config.dataDir);
    this.converter = converter ?? convertRecording;
    this.toolsReady = converter ? () => true : () => recordingToolsAvailable();
  }

  async run(now: Date = new Date()): Promise<ConversionRun> {
    const { db } = this.deps;
    const total: ConversionRun = { stored: 0, failed: 0 };
    if (!this.toolsReady()) return total;
    const queued = await listConvertingRecordings(db, BATCH);
    if (queued.length === 0) return total;
    // A room the media server still has is being destroyed after its close: Janus may not have closed its last
    // files yet, and converting now would store a recording cut short, then remove the rest. It waits a run.
    const stillOpen = await this.roomsInMediaServer();
    if (!stillOpen) return total;
    const recorded = new Map<string, RecordingFile[] | null>();
    for (const segment of queued) {
      if (stillOpen.has(segment.room_id)) continue;
      if (!recorded.has(segment.room_id)) recorded.set(segment.room_id, await this.roomFiles(segment.room_id));
      const roomFiles = recorded.get(segment.room_id);
      // The media server is away: the segment waits for the next run rather than failing for good.
      if (!roomFiles) continue;
      const run = await this.convertSegment(segment, roomFiles, now);
      total.stored += run.stored;
      total.failed += run.failed;
    }
    for (const roomId of recorded.keys()) {
      if (recorded.get(roomId) === null) continue;
      const settled = await roomRecordingsSettled(db, roomId);
      if (settled.pending === 0 && settled.failed === 0) await this.deps.media.rooms.removeRecordings(roomId);
    }
    return total;
  }

  private async roomsInMediaServer(): Promise<Set<string> | null> {
    try {
      return new Set(await this.deps.media.rooms.listRooms());
    } catch (error) {
      if (error instanceof MediaUnavailableError) return null;
      throw error;
    }
  }

  private async roomFiles(roomId: string): Promise<RecordingFile[] | null> {
    try {
      return await this.deps.media.rooms.recordingFiles(roomId);
    } catch (error) {
      if (error instanceof MediaUnavailableError) return null;
      throw error;
    }
  }

  private async convertSegment(
    segment: ConvertingRecordingRow,
    roomFiles: readonly RecordingFile[],
    now: Date,
  ): Promise<ConversionRun> {
    const { db } = this.deps;
    const segments = (await listRoomRecordings(db, segment.room_id)).map((s) => ({
      id: s.id,
      startedAt: s.started_at,
    }));
    const participants = await listConsentingParticipants(db, segment.room_id);
    const done = new Set((await listFileParts(db, segment.id)).map((p) => `${p.participant_id}:${p.part}`));
    const mine = roomFiles.filter((file) => segmentOfFile(segments, file.startedAt)?.id === segment.id);
    const run: ConversionRun = { stored: 0, failed: 0 };
    for (const participant of participants) {
      const parts = recordingSets(mine.filter((file) => file.participantKey === participant.id));
      for (const [index, files] of parts.entries()) {
        const part = index + 1;
        if (done.has(`${participant.id}:${part}`)) continue;
        const ok = await this.convertPart(segment, participants, participant, part, files, now);
        if (ok) run.stored += 1;
        else run.failed += 1;
      }
    }
    // Counted from the rows, not this run: a run repeated after a crash sees the failures of the first.
    const failed = (await listFileParts(db, segment.id)).some((p) => p.attachment_id === null);
    await setRecordingStatus(db, segment.id, failed ? 'failed' : 'stored');
    return run;
  }

  /** One WebM: converted, checked, stored and recorded; false (and a failed file row) when any step fails. */
  private async convertPart(
    segment: RecordingRow & { dispute_id: string },
    participants: readonly ConsentingParticipantRow[],
    participant: ConsentingParticipantRow,
    part: number,
    files: RecordingFile[],
    now: Date,
  ): Promise<boolean> {
    const work = await mkdtemp(path.join(os.tmpdir(), 'fengqiao-room-webm-'));
    const out = path.join(work, 'recording.webm');
    const fileId = newId();
    const fileName = recordingFileName(segment.segment, participants, participant, part);
    const base = {
      id: fileId,
      recording_id: segment.id,
      participant_id: participant.id,
      part,
      town_id: segment.town_id,
      jurisdiction_id: segment.jurisdiction_id,
      created_at: nowIso(now),
    };
    const detail = { recordingId: segment.id, segment: segment.segment, participantId: participant.id, fileId };
    let storedName: string | null = null;
    try {
      const converted = await this.converter(files, out);
      if (!(await startsWithEbml(out))) throw new Error('the converted file is not a WebM');
      const written = await this.files.write(segment.town_id, shanghaiDate(now).slice(0, 4), createReadStream(out));
      storedName = written.stored;
      const attachmentId = newId();
      await inUnitOfWork(this.deps, SYSTEM, async (uow) => {
        await insertAttachmentRow(uow.tx, {
          id: attachmentId,
          dispute_id: segment.dispute_id,
          town_id: segment.town_id,
          jurisdiction_id: segment.jurisdiction_id,
          file_name: fileName,
          stored_name: written.stored,
          media_type: 'video/webm',
          size: written.size,
          sha256: written.sha256,
          uploaded_by: null,
          created_at: nowIso(now),
        });
        await insertRecordingFile(uow.tx, {
          ...base,
          attachment_id: attachmentId,
          duration_seconds: converted.durationSeconds,
          bytes: written.size,
          error: null,
        });
        await uow.audit({
          action: 'room.recording.store',
          targetType: 'dispute',
          targetId: segment.dispute_id,
          detail: { ...detail, attachmentId, size: written.size, durationSeconds: converted.durationSeconds },
        });
      });
      return true;
    } catch (error) {
      if (storedName) await this.files.remove(storedName);
      const reason = (error instanceof Error ? error.message : String(error)).slice(0, ERROR_KEPT);
      await inUnitOfWork(this.deps, SYSTEM, async (uow) => {
        await insertRecordingFile(uow.tx, {
          ...base,
          attachment_id: null,
          duration_seconds: 0,
          bytes: 0,
          error: reason,
        });
        await uow.audit({
          action: 'room.recording.store',
          targetType: 'dispute',
          targetId: segment.dispute_id,
          outcome: 'failure',
          detail: { ...detail, reason },
        });
      });
      return false;
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
}

async function startsWithEbml(file: string): Promise<boolean> {
  const handle = await open(file, 'r');
  try {
    const head = Buffer.alloc(EBML.length);
    const { bytesRead } = await handle.read(head, 0, EBML.length, 0);
    return bytesRead === EBML.length && head.equals(EBML);
  } finally {
    await handle.close();
  }
}

/**
 * Converts the recordings of closed rooms. Due often, so the case shows its recordings soon after the close (a run
 * with nothing queued is one query); conversions are long, so the lease leaves a run its time.
 */
export function roomRecordingConversionJob(deps: Deps, converter?: RecordingConverter): Job {
  const conversion = new RoomRecordingConversion(deps, converter);
  return {
    name: 'room-recording-conversion',
    intervalSeconds: 10,
    leaseSeconds: 60 * 60,
    run: (now) => conversion.run(now),
  };
}
