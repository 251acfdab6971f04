import type { CameraKind, SnapshotTargetKind, ViewEndReason } from '@fengqiao/domain';
import type { Insertable, Selectable } from 'kysely';
import type { Executor } from '../../db/database';
import type { VideoSnapshotsTable, VideoViewsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type VideoViewRow = Selectable<VideoViewsTable>;
export type VideoSnapshotRow = Selectable<VideoSnapshotsTable>;

export async function insertVideoViewRows(db: Executor, rows: Insertable<VideoViewsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('video_views').values(rows).execute();
}

export async function findVideoViewRow(db: Executor, id: string): Promise<VideoViewRow | undefined> {
  return db.selectFrom('video_views').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Marks the view's token used, only if it still is unused and the view open: one conditional update, so of two
 * starts racing with one token exactly one changes the row (on PostgreSQL the second waits for the first's row lock
 * and then finds `used_at` set). Says whether this call won.
 */
export async function claimVideoViewToken(
  db: Executor,
  id: string,
  tokenHash: string,
  usedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('video_views')
    .set({ used_at: usedAt })
    .where('id', '=', id)
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function markVideoViewStarted(
  db: Executor,
  id: string,
  viewerId: string,
  startedAt: string,
): Promise<boolean> {
  const result = await db
    .updateTable('video_views')
    .set({ viewer_id: viewerId, started_at: startedAt })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends an open view; false when it had already ended (another closer came first, which then wrote the audit). */
export async function endVideoViewRow(
  db: Executor,
  id: string,
  end: { endedAt: string; reason: ViewEndReason; durationSeconds: number },
): Promise<boolean> {
  const result = await db
    .updateTable('video_views')
    .set({ ended_at: end.endedAt, end_reason: end.reason, duration_seconds: end.durationSeconds })
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** An open view as the sweep sees it, with its camera's kind (a consent-bound camera or a public one). */
export interface OpenVideoViewRow {
  id: string;
  camera_id: string;
  camera_kind: CameraKind;
  account_id: string;
  purpose: VideoViewRow['purpose'];
  started_at: string | null;
  token_expires_at: string;
  viewer_id: string | null;
}

/** The views not yet ended, optionally of some cameras only (an immediate close after a revocation). */
export async function listOpenVideoViewRows(db: Executor, cameraIds?: readonly string[]): Promise<OpenVideoViewRow[]> {
  if (cameraIds && cameraIds.length === 0) return [];
  let query = db
    .selectFrom('video_views as v')
    .innerJoin('cameras as c', 'c.id', 'v.camera_id')
    .select([
      'v.id',
      'v.camera_id',
      'c.kind as camera_kind',
      'v.account_id',
      'v.purpose',
      'v.started_at',
      'v.token_expires_at',
      'v.viewer_id',
    ])
    .where('v.ended_at', 'is', null);
  if (cameraIds) query = query.where('v.camera_id', 'in', cameraIds);
  return query.orderBy('v.opened_at').execute();
}

export interface VideoViewListFilter {
  cameraId?: string | undefined;
  accountId?: string | undefined;
  /** Opened within [from, to) (UTC instants of a Shanghai day). */
  from?: string | undefined;
  to?: string | undefined;
  after: { openedAt: string; id: string } | null;
  limit: number;
}

/** The view log in the caller's video.audit scope, newest first, with each view's number of snapshots. */
export async function listVideoViewRows(
  db: Executor,
  scope: Scope,
  filter: VideoViewListFilter,
): Promise<(VideoViewRow & { snapshots: number })[]> {
  let query = db
    .selectFrom('video_views as v')
    .selectAll('v')
    .select((eb) =>
      eb
        .selectFrom('video_snapshots as s')
        .whereRef('s.view_id', '=', 'v.id')
        .select((inner) => inner.fn.countAll<number>().as('n'))
        .as('snapshots'),
    )
    .where(inScopeSql(scope, { town: 'v.town_id', jurisdiction: 'v.jurisdiction_id' }));
  if (filter.cameraId) query = query.where('v.camera_id', '=', filter.cameraId);
  if (filter.accountId) query = query.where('v.account_id', '=', filter.accountId);
  if (filter.from) query = query.where('v.opened_at', '>=', filter.from);
  if (filter.to) query = query.where('v.opened_at', '<', filter.to);
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('v.opened_at', '<', after.openedAt),
        eb.and([eb('v.opened_at', '=', after.openedAt), eb('v.id', '<', after.id)]),
      ]),
    );
  }
  const rows = await query.orderBy('v.opened_at', 'desc').orderBy('v.id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({ ...row, snapshots: Number(row.snapshots ?? 0) }));
}

export async function insertVideoSnapshotRows(db: Executor, rows: Insertable<VideoSnapshotsTable>[]): Promise<void> {
  if (rows.length > 0) await db.insertInto('video_snapshots').values(rows).execute();
}

export async function findVideoSnapshotRow(db: Executor, id: string): Promise<VideoSnapshotRow | undefined> {
  return db.selectFrom('video_snapshots').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The snapshots filed to one record, oldest first (a video patrol result lists its own). */
export async function listVideoSnapshotRows(
  db: Executor,
  target: { kind: SnapshotTargetKind; id: string },
): Promise<VideoSnapshotRow[]> {
  return db
    .selectFrom('video_snapshots')
    .selectAll()
    .where('target_kind', '=', target.kind)
    .where('target_id', '=', target.id)
    .orderBy('created_at')
    .orderBy('id')
    .limit(200)
    .execute();
}

/** The snapshots filed to some records of one kind, in one query however many (the results of a round). */
export async function listVideoSnapshotRowsOfTargets(
  db: Executor,
  kind: SnapshotTargetKind,
  targetIds: readonly string[],
): Promise<Pick<VideoSnapshotRow, 'id' | 'target_id' | 'created_at'>[]> {
  if (targetIds.length === 0) return [];
  return db
    .selectFrom('video_snapshots')
    .select(['id', 'target_id', 'created_at'])
    .where('target_kind', '=', kind)
    .where('target_id', 'in', targetIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}
