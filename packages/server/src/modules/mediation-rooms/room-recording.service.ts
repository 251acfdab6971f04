import type { Readable } from 'node:stream';
import {
  type ConsentResult,
  participantDisplayName,
  type RecordingFileStatus,
  type RoomRecordings,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import { type ByteRange, parseByteRange } from '../../platform/http/byte-range';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { DisputesService } from '../disputes/disputes.service';
import { RoomConsents } from './room-consents';
import { mayUnmaskRoom, participantOf, type RoomParticipant, type RoomRow } from './room-participation';
import {
  findPlayableFile,
  listConsentHistory,
  listConsentingParticipants,
  listRecordingFiles,
  listRoomRecordings,
  type PlayableFileRow,
} from './room-recording.repository';
import { applyRecordingStep } from './room-recording.state';
import { requireRoomHost, requireRoomRead } from './rooms.policy';
import { findAccountParticipantRow, findRoomRow, lockRoomRow } from './rooms.repository';

/** A playback: the stream of the requested bytes, the whole file's size, and the range sent (null: all of it). */
export interface Playback {
  row: PlayableFileRow;
  stream: Readable;
  size: number;
  range: ByteRange | null;
}

/**
 * The staff side of recording (issue #12 point 4): a staff participant's own consent, the host's start and pause,
 * the room's consents and recordings, and playback of a stored recording. Starting is refused with the names of the
 * admitted participants who have not consented, before anything reaches the media server; every playback of a
 * recording is audited once (at its first byte, not at each range the player asks for as it seeks).
 */
export class RoomRecordingService {
  private readonly disputes: DisputesService;
  private readonly consents: RoomConsents;
  private readonly files: FileStore;

  constructor(private readonly deps: Deps) {
    this.disputes = new DisputesService(deps);
    this.consents = new RoomConsents(deps);
    this.files = new FileStore(deps.config.dataDir);
  }

  async consent(ctx: RequestContext, roomId: string): Promise<ConsentResult> {
    return inUnitOfWork(this.deps, ctx, async (uow) =>
      this.consents.consent(uow, await this.ownParticipant(uow, roomId)),
    );
  }

  async withdraw(ctx: RequestContext, roomId: string): Promise<ConsentResult> {
    return inUnitOfWork(this.deps, ctx, async (uow) =>
      this.consents.withdraw(uow, await this.ownParticipant(uow, roomId)),
    );
  }

  async start(ctx: RequestContext, roomId: string): Promise<RoomRecordings> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const room = await this.hostedOpenRoom(uow, roomId);
      await applyRecordingStep(this.deps, uow, room, 'start');
    });
    return this.list(ctx, roomId);
  }

  async pause(ctx: RequestContext, roomId: string): Promise<RoomRecordings> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const room = await this.hostedOpenRoom(uow, roomId);
      await applyRecordingStep(this.deps, uow, room, 'pause');
    });
    return this.list(ctx, roomId);
  }

  /** The room's consents (withdrawn ones too) and segments with their files; `play` only for the case's readers. */
  async list(ctx: RequestContext, roomId: string, db: Executor = this.deps.db): Promise<RoomRecordings> {
    const room = await findRoomRow(db, roomId);
    await requireRoomRead(db, ctx, room);
    if (!room) throw new AppError('ROOM_NOT_FOUND');
    const unmask = await mayUnmaskRoom(db, ctx, room);
    const mayPlay = await this.mayReadDispute(db, ctx, room.dispute_id);
    const name = (p: { display_name: string; account_id: string | null }) =>
      participantDisplayName({ displayName: p.display_name, accountId: p.account_id }, unmask);
    const participants = await listConsentingParticipants(db, room.id);
    const segments = await listRoomRecordings(db, room.id);
    const files = await listRecordingFiles(
      db,
      segments.map((s) => s.id),
    );
    const consents = await listConsentHistory(db, room.id);
    return {
      roomId: room.id,
      recordingState: room.recording_state,
      missing: participants
        .filter((p) => p.status === 'admitted' && p.consented_at === null)
        .map((p) => ({ participantId: p.id, displayName: name(p) })),
      segments: segments.map((s) => ({
        id: s.id,
        segment: s.segment,
        status: s.status,
        startedAt: s.started_at,
        endedAt: s.ended_at,
        durationSeconds:
          s.ended_at === null
            ? null
            : Math.max(0, Math.round((Date.parse(s.ended_at) - Date.parse(s.started_at)) / 1000)),
        files: files
          .filter((f) => f.recording_id === s.id)
          .map((f) => {
            const status: RecordingFileStatus = f.attachment_id ? 'stored' : f.error ? 'failed' : 'pending';
            return {
              id: f.id,
              participantId: f.participant_id,
              displayName: name(f),
              kind: f.kind,
              status,
              attachmentId: f.attachment_id,
              fileName: f.file_name,
              durationSeconds: f.duration_seconds,
              bytes: f.bytes,
              error: f.error,
              actions: status === 'stored' && mayPlay ? ['play'] : [],
            };
          }),
      })),
      consents: consents.map((c) => ({
        id: c.id,
        participantId: c.participant_id,
        displayName: name(c),
        kind: c.kind,
        consentedAt: c.consented_at,
        withdrawnAt: c.withdrawn_at,
      })),
    };
  }

  /**
   * A stored recording's bytes for the player: the whole file, or the one range asked for. Readers of the case only
   * (RECORDING_NOT_FOUND otherwise, as for a missing file). Audited as room.recording.play when the playback
   * begins — no range, or one from the first byte — so a player seeking through the file leaves one row.
   */
  async play(ctx: RequestContext, fileId: string, rangeHeader: string | undefined): Promise<Playback> {
    // Decided once the file's size is known, inside the open.
    const asked: { range: ByteRange | 'unsatisfiable' | null } = { range: null };
    const found = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const row = await findPlayableFile(uow.tx, fileId);
      if (!row || !(await this.mayReadDispute(uow.tx, ctx, row.dispute_id))) throw new AppError('RECORDING_NOT_FOUND');
      const opened = await this.files.open(row.stored_name, (size) => {
        asked.range = parseByteRange(rangeHeader, size);
        return asked.range === 'unsatisfiable' ? null : asked.range;
      });
      const beginning = asked.range === null || (asked.range !== 'unsatisfiable' && asked.range.start === 0);
      if (!opened || beginning) {
        try {
          await uow.audit({
            action: 'room.recording.play',
            targetType: 'dispute',
            targetId: row.dispute_id,
            outcome: opened ? 'success' : 'failure',
            detail: {
              fileId,
              attachmentId: row.attachment_id,
              recordingId: row.recording_id,
              participantId: row.participant_id,
              ...(opened ? {} : { reason: 'file_missing' }),
            },
          });
        } catch (error) {
          opened?.stream.destroy();
          throw error;
        }
      }
      return { row, opened };
    });
    if (!found.opened) throw new AppError('ATTACHMENT_FILE_MISSING');
    const { range } = asked;
    if (range === 'unsatisfiable') {
      found.opened.stream.destroy();
      throw new AppError('RECORDING_RANGE_NOT_SATISFIABLE', { size: found.opened.size });
    }
    return { row: found.row, stream: found.opened.stream, size: found.opened.size, range };
  }

  private async mayReadDispute(db: Executor, ctx: RequestContext, disputeId: string): Promise<boolean> {
    try {
      await this.disputes.readable(db, ctx, disputeId);
      return true;
    } catch (error) {
      if (error instanceof AppError && error.code === 'NOT_FOUND') return false;
      throw error;
    }
  }

  /** The caller's own participant in a room they can see: ROOM_NOT_ADMITTED when they have not joined it. */
  private async ownParticipant(uow: UnitOfWork, roomId: string): Promise<RoomParticipant> {
    const actor = requireActor(uow.ctx);
    const room = await findRoomRow(uow.tx, roomId);
    await requireRoomRead(uow.tx, uow.ctx, room);
    if (!room) throw new AppError('ROOM_NOT_FOUND');
    const row = await findAccountParticipantRow(uow.tx, room.id, actor.userId);
    if (!row) throw new AppError('ROOM_NOT_ADMITTED');
    return participantOf(row, room);
  }

  /** The room, locked for the change, when the caller may host it and it is open. */
  private async hostedOpenRoom(uow: UnitOfWork, roomId: string): Promise<RoomRow> {
    const room = await findRoomRow(uow.tx, roomId);
    await requireRoomHost(uow.tx, uow.ctx, room);
    const locked = room ? await lockRoomRow(uow.tx, room.id) : undefined;
    if (!locked) throw new AppError('ROOM_NOT_FOUND');
    if (locked.status !== 'open') throw new AppError('ROOM_CLOSED');
    return locked;
  }
}
