import type { Role, ViewPurpose } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import { toJson } from '../../src/db/json-column';
import type { JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import type { Deps } from '../../src/platform/deps';
import { newId, nowIso } from '../../src/platform/ids';
import type { Session } from './fixtures';
import { pngFile } from './upload-files';

const DAY_MS = 86_400_000;
let serial = 900_000;

/**
 * A camera written straight into the registry's tables (its service is tested on its own): an RTP test-stream source,
 * online, in a group of its own granted to `grantRoles`. The device id carries the town's division code.
 */
export async function seedViewableCamera(
  deps: Deps,
  village: JurisdictionRow,
  input: { name: string; kind: 'public' | 'household' | 'venue'; grantRoles: readonly Role[] },
): Promise<string> {
  const id = newId();
  const at = nowIso();
  const townId = village.town_id ?? village.id;
  serial += 1;
  await deps.db
    .insertInto('cameras')
    .values({
      id,
      town_id: townId,
      village_id: village.id,
      device_id: `42062610${'01'}131${'0'}${String(serial).padStart(6, '0')}`,
      name: input.name,
      kind: input.kind,
      address: null,
      lat: null,
      lng: null,
      owner_person_id: null,
      venue_id: null,
      source_kind: 'rtp',
      source_enc: deps.cipher.encrypt(JSON.stringify({ kind: 'rtp', codec: 'vp8' })),
      status: 'online',
      last_seen_at: at,
      status_checked_at: at,
      active: 1,
      created_at: at,
      updated_at: at,
    })
    .execute();
  if (input.grantRoles.length === 0) return id;
  const groupId = newId();
  await deps.db
    .insertInto('camera_groups')
    .values({ id: groupId, town_id: townId, name: `${input.name}分组`, created_at: at })
    .execute();
  await deps.db.insertInto('camera_group_members').values({ group_id: groupId, camera_id: id }).execute();
  await deps.db
    .insertInto('camera_grants')
    .values(
      input.grantRoles.map((role) => ({
        id: newId(),
        group_id: groupId,
        role,
        account_id: null,
        created_by: null,
        created_at: at,
      })),
    )
    .execute();
  return id;
}

/** A live consent from yesterday for 30 days, naming these roles and purposes. */
export async function seedCameraConsent(
  deps: Deps,
  cameraId: string,
  roles: readonly Role[],
  purposes: ViewPurpose[],
): Promise<string> {
  const id = newId();
  const now = Date.now();
  await deps.db
    .insertInto('camera_consents')
    .values({
      id,
      camera_id: cameraId,
      agreement_id: null,
      allows_playback: 0,
      purposes: toJson(purposes),
      starts_at: new Date(now - DAY_MS).toISOString(),
      expires_at: new Date(now + 30 * DAY_MS).toISOString(),
      revoked_at: null,
      revoked_by: null,
      created_by: null,
      created_at: nowIso(),
    })
    .execute();
  await deps.db
    .insertInto('camera_consent_roles')
    .values(roles.map((role) => ({ consent_id: id, role })))
    .execute();
  return id;
}

/** A PNG as the multipart field `file` (a snapshot). */
export function snapshotUpload(): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----fengqiaosnap${newId().replace(/-/g, '')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="snap.png"\r\n` +
        'Content-Type: image/png\r\n\r\n',
    ),
    pngFile(Buffer.alloc(32, 2)),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Per role that may view the camera, views opened (and some started) through the API as that role. */
export async function seedLiveViews(
  app: FastifyInstance,
  sessions: ReadonlyMap<Role, Session>,
  roles: readonly Role[],
  cameraId: string,
  startedPerRole = 1,
): Promise<{ opened: Map<Role, { viewId: string; token: string }>; started: Map<Role, string[]> }> {
  const opened = new Map<Role, { viewId: string; token: string }>();
  const started = new Map<Role, string[]>();
  for (const role of roles) {
    const session = sessions.get(role);
    if (!session) throw new Error(`no session for ${role}`);
    const openOne = async () => {
      const res = await app.inject({
        method: 'POST',
        url: '/api/v1/video/views',
        headers: session.headers(),
        payload: { cameraId, purpose: 'patrol' },
      });
      if (res.statusCode !== 201) throw new Error(`open as ${role}: ${res.statusCode} ${res.body}`);
      return res.json() as { viewId: string; token: string };
    };
    opened.set(role, await openOne());
    const ids: string[] = [];
    for (let i = 0; i < startedPerRole; i += 1) {
      const view = await openOne();
      const res = await app.inject({
        method: 'POST',
        url: `/api/v1/video/views/${view.viewId}/start`,
        headers: session.headers(),
        payload: { token: view.token, cameraId },
      });
      if (res.statusCode !== 200) throw new Error(`start as ${role}: ${res.statusCode} ${res.body}`);
      ids.push(view.viewId);
    }
    started.set(role, ids);
  }
  return { opened, started };
}
