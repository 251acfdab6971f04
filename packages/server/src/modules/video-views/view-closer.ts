import { type ViewEndReason, viewAbandoned, viewDurationSeconds } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { viewsStillAllowed } from '../cameras/camera-visibility';
import { endVideoViewRow, listOpenVideoViewRows, type OpenVideoViewRow } from './video-views.repository';

/** Closes made by the server (the sweep, the media server, a revocation) name no actor; the view names its viewer. */
export const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/** The view as the closer needs it. */
export interface ClosableView {
  id: string;
  camera_id: string;
  account_id: string;
  started_at: string | null;
  viewer_id: string | null;
}

/**
 * Ends one view: the row gets its end, reason and duration with the audit row "view closed" (how long) in one unit
 * of work, then the viewer is torn down at the media server. Only the first closer writes (a conditional update),
 * so the browser's close, the media server's hang-up and the sweep may race without a second audit row. Says
 * whether this call ended it.
 */
export async function endView(
  deps: Deps,
  ctx: RequestContext,
  view: ClosableView,
  reason: ViewEndReason,
  now: Date = new Date(),
): Promise<{ ended: boolean; endedAt: string; durationSeconds: number }> {
  const endedAt = nowIso(now);
  const durationSeconds = viewDurationSeconds(view.started_at, endedAt);
  const ended = await inUnitOfWork(deps, ctx, async (uow) => {
    if (!(await endVideoViewRow(uow.tx, view.id, { endedAt, reason, durationSeconds }))) return false;
    await uow.audit({
      action: 'video_view.close',
      targetType: 'video_view',
      targetId: view.id,
      detail: { cameraId: view.camera_id, accountId: view.account_id, reason, durationSeconds },
    });
    return true;
  });
  // The media server's teardown is idempotent; it runs even when another closer ended the row first, so a viewer
  // can never outlive its view.
  if (view.viewer_id) await deps.media.viewer(view.viewer_id)?.close();
  return { ended, endedAt, durationSeconds };
}

/** A camera whose visibility rests on a consent (household, venue) was hidden by it; a public one lost its grant. */
function hiddenReason(view: OpenVideoViewRow): ViewEndReason {
  return view.camera_kind === 'public' ? 'not_allowed' : 'consent_revoked';
}

/** Closes the given open views that the grants and consents no longer allow; returns how many were closed. */
async function closeDisallowed(
  deps: Deps,
  views: OpenVideoViewRow[],
  now: Date,
  reason?: ViewEndReason,
): Promise<number> {
  if (views.length === 0) return 0;
  const allowed = await viewsStillAllowed(
    deps.db,
    views.map((view) => ({
      viewId: view.id,
      accountId: view.account_id,
      cameraId: view.camera_id,
      purpose: view.purpose,
    })),
    nowIso(now),
  );
  let closed = 0;
  for (const view of views) {
    if (allowed.has(view.id)) continue;
    if ((await endView(deps, SYSTEM, view, reason ?? hiddenReason(view), now)).ended) closed += 1;
  }
  return closed;
}

/**
 * Closes at once the open views of these cameras that may no longer go on, for the registry and venues to call
 * after a revocation commits (the sweep would otherwise close them within its interval). Views still allowed (the
 * camera stays visible to that viewer through another consent or grant) go on. `reason` overrides the reason the
 * sweep would record.
 */
export async function closeViewsOfCameras(
  deps: Deps,
  cameraIds: readonly string[],
  reason: ViewEndReason,
  now: Date = new Date(),
): Promise<number> {
  return closeDisallowed(deps, await listOpenVideoViewRows(deps.db, cameraIds), now, reason);
}

/**
 * One pass of the sweep: views nobody started within the token's lifetime (and a grace) are closed as `not_started`;
 * every other open view is checked against the grants and consents as they stand now, and closed when its camera
 * became hidden to its viewer (a revoked or expired consent, a removed grant). Tests call it with a chosen `now`.
 */
export async function sweepVideoViews(deps: Deps, now: Date = new Date()): Promise<number> {
  const open = await listOpenVideoViewRows(deps.db);
  let closed = 0;
  const live: OpenVideoViewRow[] = [];
  for (const view of open) {
    if (viewAbandoned({ startedAt: view.started_at, tokenExpiresAt: view.token_expires_at }, now)) {
      if ((await endView(deps, SYSTEM, view, 'not_started', now)).ended) closed += 1;
    } else {
      live.push(view);
    }
  }
  return closed + (await closeDisallowed(deps, live, now));
}

/**
 * The sweep as a job of platform/jobs, every FENGQIAO_VIEW_SWEEP_SECONDS (default 20): a revoked consent hides the
 * camera from open viewers within a minute even when nobody calls `closeViewsOfCameras`.
 */
export function videoViewSweepJob(deps: Deps): Job {
  const intervalSeconds = deps.config.views.sweepSeconds;
  return {
    name: 'video-views.sweep',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 60),
    run: (now) => sweepVideoViews(deps, now),
  };
}
