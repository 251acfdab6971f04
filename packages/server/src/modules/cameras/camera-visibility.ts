import {
  type CameraKind,
  type ConsentFacts,
  cameraNeedsConsent,
  cameraVisible,
  ROLE_PERMISSIONS,
  type Role,
  type StreamSource,
  type ViewPurpose,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { rolesOver } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { decryptSource } from './camera-presenter';
import {
  type ConsentWithRoles,
  findCameraRow,
  listCameraPlaces,
  listGrantsOfCameras,
  listLiveConsentsOfCameras,
  listRoleGrantsOfAccounts,
} from './cameras.repository';

/**
 * The server side of the visibility rule (domain cameras/camera-visibility.ts, domain.md §9): who may watch which
 * camera. The SQL gathers, for any number of cameras, the facts the pure rule needs in a fixed number of queries
 * (the cameras, the grants through their groups, the consents standing at the instant with their roles), and the
 * rule decides. Every live view and the revocation sweep go through here.
 */

export interface VisibleCamera {
  id: string;
  townId: string;
  villageId: string;
  name: string;
  kind: CameraKind;
  deviceId: string;
  source: StreamSource;
}

type Cipher = Deps['cipher'];

/**
 * The cipher that opens stored sources, per database: the contract's signature takes an executor, not the app's
 * deps, and an executor (transaction or not, with plugins or not) keeps its database's adapter object.
 */
const sourceCiphers = new WeakMap<object, Cipher>();

export function bindCameraSourceCipher(db: Executor, cipher: Cipher): void {
  sourceCiphers.set(db.getExecutor().adapter, cipher);
}

function grantFacts(grant: { role: Role | null; account_id: string | null }) {
  return { role: grant.role, accountId: grant.account_id };
}

function factsOf(consent: ConsentWithRoles): ConsentFacts {
  return {
    roles: consent.roles,
    purposes: consent.purposes,
    allowsPlayback: consent.allows_playback === 1,
    startsAt: consent.starts_at,
    expiresAt: consent.expires_at,
    revokedAt: consent.revoked_at,
  };
}

/**
 * null when missing, out of the caller's video.view scope, without a grant, or (household/venue) without a live
 * consent covering one of the caller's roles and the purpose. Four queries at most, whatever the camera.
 */
export async function visibleCamera(
  exec: Executor,
  ctx: RequestContext,
  cameraId: string,
  purpose: ViewPurpose,
  at: string,
): Promise<VisibleCamera | null> {
  const actor = ctx.actor;
  const cipher = sourceCiphers.get(exec.getExecutor().adapter);
  if (!actor || !cipher) return null;
  const camera = await findCameraRow(exec, cameraId);
  if (camera?.active !== 1) return null;
  const rolesReaching = await rolesOver(exec, ctx, 'video.view', {
    townId: camera.town_id,
    jurisdictionId: camera.village_id,
  });
  if (rolesReaching.length === 0) return null;
  const grants = await listGrantsOfCameras(exec, [cameraId]);
  const consents = cameraNeedsConsent(camera.kind) ? await listLiveConsentsOfCameras(exec, [cameraId], at) : [];
  const visible = cameraVisible({
    camera: { kind: camera.kind, active: true },
    viewer: { accountId: actor.userId, rolesReaching },
    grants: grants.map(grantFacts),
    consents: consents.map(factsOf),
    purpose,
    at,
  });
  if (!visible) return null;
  return {
    id: camera.id,
    townId: camera.town_id,
    villageId: camera.village_id,
    name: camera.name,
    kind: camera.kind,
    deviceId: camera.device_id,
    source: decryptSource(cipher, camera.source_enc),
  };
}

/**
 * The same rule for the sweep, without a request: which of these open views may go on. Five queries whatever the
 * number of views: the accounts' role grants (active accounts only) with the places they reach, the cameras with
 * their village paths, the grants and the standing consents.
 */
export async function viewsStillAllowed(
  exec: Executor,
  views: { viewId: string; accountId: string; cameraId: string; purpose: ViewPurpose }[],
  at: string,
): Promise<Set<string>> {
  const allowed = new Set<string>();
  if (views.length === 0) return allowed;
  const accountIds = [...new Set(views.map((v) => v.accountId))];
  const cameraIds = [...new Set(views.map((v) => v.cameraId))];
  const roleGrants = await listRoleGrantsOfAccounts(exec, accountIds);
  const cameras = new Map((await listCameraPlaces(exec, cameraIds)).map((c) => [c.id, c]));
  const grants = await listGrantsOfCameras(exec, cameraIds);
  const consents = await listLiveConsentsOfCameras(exec, cameraIds, at);
  for (const view of views) {
    const camera = cameras.get(view.cameraId);
    if (!camera) continue;
    const rolesReaching = new Set<Role>();
    for (const grant of roleGrants) {
      if (grant.user_id !== view.accountId) continue;
      if (reaches(grant, camera)) rolesReaching.add(grant.role);
    }
    const visible = cameraVisible({
      camera: { kind: camera.kind, active: camera.active === 1 },
      viewer: { accountId: view.accountId, rolesReaching: [...rolesReaching] },
      grants: grants.filter((g) => g.camera_id === view.cameraId).map(grantFacts),
      consents: consents.filter((c) => c.camera_id === view.cameraId).map(factsOf),
      purpose: view.purpose,
      at,
    });
    if (visible) allowed.add(view.viewId);
  }
  return allowed;
}

/**
 * Whether one role grant's video.view reaches a camera, as platform/access computes scopes: a county grant every town
 * under it, a town-wide reach the grant's town, an `assigned` reach the granted subtree (path prefix).
 */
function reaches(
  grant: { role: Role; level: string; path: string; town_id: string | null },
  camera: { town_id: string; path: string },
): boolean {
  const reach = ROLE_PERMISSIONS[grant.role]['video.view'];
  if (!reach || reach === 'organization') return false;
  if (grant.level === 'county') return camera.path.startsWith(grant.path);
  if (reach === 'town' || grant.level === 'town') return grant.town_id === camera.town_id;
  return camera.path.startsWith(grant.path);
}
