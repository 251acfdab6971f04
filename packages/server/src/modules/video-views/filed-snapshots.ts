import type { SnapshotTargetKind } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { groupBy } from '../../platform/group-by';
import { listVideoSnapshotRowsOfTargets } from './video-views.repository';

/** A snapshot as the record it is filed to lists it: the bytes come from the live module's audited download. */
export interface FiledSnapshot {
  id: string;
  takenAt: string;
  url: string;
}

/**
 * The snapshots filed to these records, by record id, oldest first: one query for a whole page. The caller has
 * already checked the records themselves; the download route checks again and writes the audit row.
 */
export async function snapshotsFiledTo(
  db: Executor,
  kind: SnapshotTargetKind,
  targetIds: readonly string[],
): Promise<Map<string, FiledSnapshot[]>> {
  const rows = await listVideoSnapshotRowsOfTargets(db, kind, targetIds);
  const snapshots = rows.map((row) => ({
    targetId: row.target_id,
    snapshot: { id: row.id, takenAt: row.created_at, url: `/api/v1/video/snapshots/${row.id}/download` },
  }));
  return new Map(
    [...groupBy(snapshots, (s) => s.targetId)].map(([targetId, group]) => [targetId, group.map((s) => s.snapshot)]),
  );
}
