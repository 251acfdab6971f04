import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Readable } from 'node:stream';
import {
  type AnswerView,
  addDays,
  type ClosedView,
  isViewTokenFormat,
  type OpenedView,
  type OpenView,
  type Page,
  type SnapshotTarget,
  type StartedView,
  type StartView,
  shanghaiDayStart,
  VIEW_TOKEN_ERRORS,
  type VideoSnapshot,
  type VideoView,
  type VideoViewListQuery,
  viewTokenExpiresAt,
  viewTokenProblem,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds, requireAccess } from '../../platform/access/access';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import type { ViewerSession } from '../../platform/media/media-server';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { visibleCamera } from '../cameras/camera-visibility';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import { DisputesService } from '../disputes/disputes.service';
import { mayReadIncident } from '../incidents/incidents.policy';
import { findIncidentView } from '../incidents/incidents.repository';
import {
  claimVideoViewToken,
  findVideoSnapshotRow,
  findVideoViewRow,
  insertVideoSnapshotRows,
  insertVideoViewRows,
  listVideoSnapshotRows,
  listVideoViewRows,
  markVideoViewStarted,
  type VideoSnapshotRow,
  type VideoViewRow,
} from './video-views.repository';
import { endView, SYSTEM } from './view-closer';

/** Snapshots are stills from the video element: PNG or JPEG by content. */
const SNAPSHOT_TYPES = ['jpg', 'png'] as const;

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Live views (issue #11 point 4, domain.md §9). Opening a view checks the camera against the caller's grants and the
 * consents for the purpose given (a hidden camera answers CAMERA_NOT_FOUND exactly like a missing one), writes the
 * view with its audit row, and hands back a random token that starts this view of this camera once, within
 * FENGQIAO_VIEW_TOKEN_SECONDS. Starting checks the token before anything else and touches the media server only
 * after every check passed and the token was claimed; signalling stays in this API, so the browser never talks to
 * the media server. Every close records how long the view lasted.
 */
export class VideoViewsService {
  private readonly files: FileStore;
  private readonly disputes: DisputesService;

  constructor(private readonly deps: Deps) {
    this.files = new FileStore(deps.config.dataDir);
    this.disputes = new DisputesService(deps);
  }

  async open(ctx: RequestContext, body: OpenView): Promise<OpenedView> {
    const actor = requireActor(ctx);
    const now = new Date();
    const token = randomBytes(32).toString('base64url');
    const expiresAt = viewTokenExpiresAt(now, this.deps.config.views.tokenSeconds);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      await requireAccess(tx, ctx, 'video.view');
      const camera = await visibleCamera(tx, ctx, body.cameraId, body.purpose, nowIso(now));
      if (!camera) throw new AppError('CAMERA_NOT_FOUND');
      const id = newId();
      await insertVideoViewRows(tx, [
        {
          id,
          town_id: camera.townId,
          jurisdiction_id: camera.villageId,
          camera_id: camera.id,
          camera_name: camera.name,
          account_id: actor.userId,
          account_name: actor.displayName,
          purpose: body.purpose,
          note: body.note || null,
          token_hash: hashToken(token),
          token_expires_at: expiresAt,
          used_at: null,
          viewer_id: null,
          opened_at: nowIso(now),
          started_at: null,
          ended_at: null,
          end_reason: null,
          duration_seconds: null,
        },
      ]);
      await uow.audit({
        action: 'video_view.open',
        targetType: 'video_view',
        targetId: id,
        detail: { cameraId: camera.id, purpose: body.purpose, ...(body.note ? { note: body.note } : {}) },
      });
      return { viewId: id, token, expiresAt };
    });
  }

  /**
   * Starts the view: the token must be this view's (the caller's own), presented with its camera, unused and not
   * expired; the camera must still be visible for the view's purpose. Only then is the token claimed (one
   * conditional update: of two racing starts exactly one wins), the mountpoint ensured and a viewer opened.
   */
  async start(ctx: RequestContext, viewId: string, body: StartView): Promise<StartedView> {
    const actor = requireActor(ctx);
    const now = new Date();
    const { db, media } = this.deps;
    await requireAccess(db, ctx, 'video.view');
    const view = await findVideoViewRow(db, viewId);
    const presented = isViewTokenFormat(body.token) ? hashToken(body.token) : '';
    const problem = viewTokenProblem({
      hashMatches: view !== undefined && view.account_id === actor.userId && sameHash(presented, view.token_hash),
      sameCamera: view?.camera_id === body.cameraId,
      usedAt: view?.used_at ?? null,
      expiresAt: view?.token_expires_at ?? nowIso(now),
      now,
    });
    if (problem || !view) throw new AppError(VIEW_TOKEN_ERRORS[problem ?? 'invalid']);
    if (view.ended_at !== null) throw new AppError('VIEW_CLOSED');
    const camera = await visibleCamera(db, ctx, view.camera_id, view.purpose, nowIso(now));
    if (!camera) {
      await endView(this.deps, ctx, view, 'not_allowed', now);
      throw new AppError('CAMERA_NOT_FOUND');
    }
    // Without a ready media server the token stays unused, so the viewer can try again once it is back.
    const mediaState = media.status().state;
    if (mediaState !== 'ready') {
      throw new AppError(mediaState === 'not_configured' ? 'MEDIA_NOT_CONFIGURED' : 'MEDIA_UNAVAILABLE');
    }
    if (!(await claimVideoViewToken(db, view.id, view.token_hash, nowIso(now)))) {
      throw new AppError('VIEW_TOKEN_USED');
    }
    let viewer: ViewerSession;
    try {
      await media.ensureMountpoint(camera.id, camera.source);
      viewer = await media.openViewer(camera.id);
    } catch (error) {
      // The error handler answers the adapter's refusal with 503; the view ends so its log row is complete.
      await endView(this.deps, ctx, view, 'media_error', now);
      throw error;
    }
    const startedAt = nowIso();
    const started = await inUnitOfWork(this.deps, ctx, async (uow) => {
      if (!(await markVideoViewStarted(uow.tx, view.id, viewer.id, startedAt))) return false;
      await uow.audit({
        action: 'video_view.start',
        targetType: 'video_view',
        targetId: view.id,
        detail: { cameraId: view.camera_id, purpose: view.purpose },
      });
      return true;
    });
    if (!started) {
      // Closed meanwhile (the sweep found the camera hidden): the viewer must not outlive its view.
      await viewer.close();
      throw new AppError('VIEW_CLOSED');
    }
    const closable = { ...view, viewer_id: viewer.id, started_at: startedAt };
    viewer.onEnded((reason) => {
      endView(this.deps, SYSTEM, closable, reason).catch(() => undefined);
    });
    return { offer: viewer.offer, iceServers: media.iceServers() };
  }

  /** The browser's answer to the media server's offer, for the caller's own started view. */
  async answer(ctx: RequestContext, viewId: string, body: AnswerView): Promise<void> {
    const view = await this.ownView(this.deps.db, ctx, viewId);
    if (view.ended_at !== null) throw new AppError('VIEW_CLOSED');
    if (view.viewer_id === null) throw new AppError('VIEW_NOT_STARTED');
    const viewer = this.deps.media.viewer(view.viewer_id);
    if (!viewer) throw new AppError('VIEW_CLOSED');
    await viewer.answer(body.jsep);
  }

  /** Closes the caller's own view; closing an ended view again answers its recorded end. */
  async close(ctx: RequestContext, viewId: string): Promise<ClosedView> {
    const view = await this.ownView(this.deps.db, ctx, viewId);
    if (view.ended_at !== null) {
      return { viewId: view.id, endedAt: view.ended_at, durationSeconds: view.duration_seconds ?? 0 };
    }
    const ended = await endView(this.deps, ctx, view, 'closed');
    if (ended.ended) return { viewId: view.id, endedAt: ended.endedAt, durationSeconds: ended.durationSeconds };
    const current = await this.ownView(this.deps.db, ctx, viewId);
    return {
      viewId: current.id,
      endedAt: current.ended_at ?? ended.endedAt,
      durationSeconds: current.duration_seconds ?? 0,
    };
  }

  /** The view log (观看记录) in the caller's video.audit scope, newest first. */
  async list(ctx: RequestContext, query: VideoViewListQuery): Promise<Page<VideoView>> {
    const scope = await requireAccess(this.deps.db, ctx, 'video.audit');
    const key = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listVideoViewRows(this.deps.db, scope, {
      ...viewLogFilter(query),
      after: key ? { openedAt: String(key[0]), id: String(key[1]) } : null,
      limit: query.limit + 1,
    });
    return toPage(rows, query.limit, presentView, (row) => [row.opened_at, row.id]);
  }

  /**
   * A still from the caller's own started view, filed to a record the caller may read (a dispute, an incident) or
   * to a video patrol result (the caller records rounds). The target is checked before the body is read and again
   * in the unit of work; the upload is PNG or JPEG by content within the attachment size limit; audited.
   */
  async snapshot(
    ctx: RequestContext,
    viewId: string,
    target: SnapshotTarget,
    file: () => Promise<FilePart>,
  ): Promise<VideoSnapshot> {
    const actor = requireActor(ctx);
    const view = await this.snapshotView(this.deps.db, ctx, viewId, target);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      view,
      await file(),
      SNAPSHOT_TYPES,
      async (uow, columns) => {
        const current = await this.snapshotView(uow.tx, ctx, viewId, target);
        const added: VideoSnapshotRow = {
          ...columns,
          view_id: current.id,
          camera_id: current.camera_id,
          account_id: actor.userId,
          target_kind: target.kind,
          target_id: target.id,
          uploaded_by_name: actor.displayName,
        };
        await insertVideoSnapshotRows(uow.tx, [added]);
        await uow.audit({
          action: 'video_view.snapshot',
          targetType: 'video_view',
          targetId: current.id,
          detail: {
            cameraId: current.camera_id,
            targetKind: target.kind,
            targetId: target.id,
            ...uploadAuditDetail('snapshotId', columns),
          },
        });
        return added;
      },
    );
    return presentSnapshot(row);
  }

  /** The snapshots filed to a record the caller may read. */
  async snapshots(ctx: RequestContext, target: SnapshotTarget): Promise<{ items: VideoSnapshot[] }> {
    await this.requireTargetRead(this.deps.db, ctx, target);
    return { items: (await listVideoSnapshotRows(this.deps.db, target)).map(presentSnapshot) };
  }

  /** A snapshot's bytes after the same check as its record's list; audited. */
  async downloadSnapshot(
    ctx: RequestContext,
    snapshotId: string,
  ): Promise<{ row: VideoSnapshotRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const row = await findVideoSnapshotRow(uow.tx, snapshotId);
        if (!row) throw new AppError('NOT_FOUND');
        await this.requireTargetRead(uow.tx, ctx, { kind: row.target_kind, id: row.target_id });
        return row;
      },
      (row) => ({
        action: 'video_view.snapshot.download',
        targetType: 'video_view',
        targetId: row.view_id,
        detail: { snapshotId: row.id, targetKind: row.target_kind, targetId: row.target_id },
      }),
    );
  }

  private async ownView(db: Executor, ctx: RequestContext, viewId: string): Promise<VideoViewRow> {
    const actor = requireActor(ctx);
    await requireAccess(db, ctx, 'video.view');
    const view = await findVideoViewRow(db, viewId);
    if (!view || view.account_id !== actor.userId) throw new AppError('VIEW_NOT_FOUND');
    return view;
  }

  private async snapshotView(
    db: Executor,
    ctx: RequestContext,
    viewId: string,
    target: SnapshotTarget,
  ): Promise<VideoViewRow> {
    const view = await this.ownView(db, ctx, viewId);
    if (view.started_at === null) throw new AppError('VIEW_NOT_STARTED');
    await this.requireTargetRead(db, ctx, target);
    return view;
  }

  /** The record a snapshot is filed to, out of reach answering like a missing one. */
  private async requireTargetRead(db: Executor, ctx: RequestContext, target: SnapshotTarget): Promise<void> {
    if (target.kind === 'dispute') {
      try {
        await this.disputes.readable(db, ctx, target.id);
      } catch (error) {
        if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('SNAPSHOT_TARGET_NOT_FOUND');
        throw error;
      }
      return;
    }
    if (target.kind === 'incident') {
      const incident = await findIncidentView(db, target.id);
      if (!incident || !(await mayReadIncident(db, ctx, incident))) throw new AppError('SNAPSHOT_TARGET_NOT_FOUND');
      return;
    }
    // A video patrol result belongs to the video patrol module, which lists these snapshots by its result id and
    // checks the result itself; here the caller must at least take part in video patrols.
    if (!(await holds(db, ctx, 'videopatrol.run')) && !(await holds(db, ctx, 'videopatrol.read'))) {
      throw new AppError('SNAPSHOT_TARGET_NOT_FOUND');
    }
  }
}

/** The view log's filters as the repository takes them: a Shanghai day becomes its UTC instants. */
export function viewLogFilter(query: { cameraId?: string; accountId?: string; day?: string }) {
  return {
    cameraId: query.cameraId,
    accountId: query.accountId,
    from: query.day ? shanghaiDayStart(query.day).toISOString() : undefined,
    to: query.day ? shanghaiDayStart(addDays(query.day, 1)).toISOString() : undefined,
  };
}

export function presentView(row: VideoViewRow & { snapshots: number }): VideoView {
  return {
    id: row.id,
    cameraId: row.camera_id,
    cameraName: row.camera_name,
    accountId: row.account_id,
    accountName: row.account_name,
    purpose: row.purpose,
    note: row.note,
    openedAt: row.opened_at,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    endReason: row.end_reason,
    durationSeconds: row.duration_seconds,
    snapshots: row.snapshots,
  };
}

function presentSnapshot(row: VideoSnapshotRow): VideoSnapshot {
  return {
    id: row.id,
    viewId: row.view_id,
    cameraId: row.camera_id,
    takenAt: row.created_at,
    takenByName: row.uploaded_by_name,
    target: { kind: row.target_kind, id: row.target_id },
    fileName: row.file_name,
    mediaType: row.media_type,
    size: row.size,
  };
}
