import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { decryptSource } from './camera-presenter';
import { listProbedCameraRows, markCamerasProbed } from './cameras.repository';

/** The probe runs as the system: no person acts. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/** How many cameras are probed at the same time. */
const PROBES_AT_ONCE = 16;

/** The status probe as a job of platform/jobs, every FENGQIAO_CAMERA_PROBE_SECONDS (one process per tick). */
export function cameraProbeJob(deps: Deps): Job {
  const intervalSeconds = deps.config.cameraProbeSeconds;
  return {
    name: 'cameras.probe',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 600),
    run: async (now) => {
      await runCameraProbe(deps, now);
    },
  };
}

/**
 * Asks the media server about every active camera with a stream source. `online` sets the status and the last seen
 * time, `offline` the status; `unknown` (the media server cannot tell, e.g. not configured) leaves the status as it
 * was and records only that it was checked. A change of status is one audit row per run with the counts; the check
 * times alone are not audited. Tests call it with a chosen `now`.
 */
export async function runCameraProbe(
  deps: Deps,
  now: Date = new Date(),
): Promise<{ online: number; offline: number; unknown: number }> {
  const at = nowIso(now);
  const counts = { online: 0, offline: 0, unknown: 0 };
  const results: { id: string; answer: 'online' | 'offline' | 'unknown'; changed: boolean }[] = [];
  const cameras = await listProbedCameraRows(deps.db);
  // A camera that is down answers only at its probe's timeout (2 s for RTSP): one at a time, a thousand of them
  // would take half an hour per run. A few side by side keep a run within its minute without flooding the network.
  let next = 0;
  const worker = async () => {
    for (let camera = cameras[next++]; camera; camera = cameras[next++]) {
      let answer: 'online' | 'offline' | 'unknown';
      try {
        answer = await deps.media.probe(camera.id, decryptSource(deps.cipher, camera.source_enc));
      } catch {
        answer = 'unknown';
      }
      counts[answer] += 1;
      results.push({ id: camera.id, answer, changed: answer !== 'unknown' && answer !== camera.status });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PROBES_AT_ONCE, cameras.length) }, worker));
  if (results.length === 0) return counts;
  const idsOf = (answer: 'online' | 'offline' | 'unknown') =>
    results.filter((r) => r.answer === answer).map((r) => r.id);
  await inUnitOfWork(deps, SYSTEM, async (uow) => {
    await markCamerasProbed(uow.tx, idsOf('online'), { status: 'online', last_seen_at: at, status_checked_at: at });
    await markCamerasProbed(uow.tx, idsOf('offline'), { status: 'offline', status_checked_at: at });
    await markCamerasProbed(uow.tx, idsOf('unknown'), { status_checked_at: at });
    const changed = results.filter((r) => r.changed);
    if (changed.length > 0) {
      await uow.audit({
        action: 'camera.status',
        targetType: 'camera',
        detail: {
          online: changed.filter((r) => r.answer === 'online').length,
          offline: changed.filter((r) => r.answer === 'offline').length,
        },
      });
    }
  });
  return counts;
}
