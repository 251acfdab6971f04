import type { CameraKind, StreamSource, ViewPurpose } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';

export interface VisibleCamera {
  id: string;
  townId: string;
  villageId: string;
  name: string;
  kind: CameraKind;
  deviceId: string;
  source: StreamSource;
}

/** null when missing, out of the caller's video.view scope, without a grant, or (household/venue) without a live consent covering one of the caller's roles and the purpose. */
export async function visibleCamera(
  _exec: Executor,
  _ctx: RequestContext,
  _cameraId: string,
  _purpose: ViewPurpose,
  _at: string,
): Promise<VisibleCamera | null> {
  return null;
}

/** The same rule for the sweep, without a request: which of these open views may go on. */
export async function viewsStillAllowed(
  _exec: Executor,
  _views: { viewId: string; accountId: string; cameraId: string; purpose: ViewPurpose }[],
  _at: string,
): Promise<Set<string>> {
  return new Set();
}
