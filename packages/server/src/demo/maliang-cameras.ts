import {
  addDays,
  addMonths,
  type CameraStatus,
  consentWindow,
  type Role,
  type StreamSource,
  shanghaiDate,
  type ViewPurpose,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import {
  type CameraGrantRow,
  type CameraRow,
  insertCameraRows,
  insertConsents,
  insertGrantRows,
  insertGroupMembers,
  insertGroupRows,
  type NewConsent,
} from '../modules/cameras/cameras.repository';
import { findJurisdictionByCode, listJurisdictionRows } from '../modules/directory/jurisdictions.repository';
import { insertPersonRows, type PersonRow } from '../modules/directory/people.repository';
import { newPersonRow } from '../modules/directory/person-pii';
import { UsersService } from '../modules/users/users.service';
import { findUserByUsername } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { newId, nowIso } from '../platform/ids';
import { GIVEN, SURNAMES, TOWN } from './maliang-data';
import { between, pick, seededRandom } from './random';

/** The story: 82 public HD infrared cameras and 1,036 household "看家" cameras shared by consent. */
const PUBLIC_CAMERAS = 82;
const HOUSEHOLD_CAMERAS = 1_036;
/** Public cameras fed by the demo's ffmpeg test streams when Janus is present (the media launcher finds them). */
const TEST_STREAMS = 9;
const EXPIRING_THIS_MONTH = 24;
const EXPIRED = 6;
const MINUTE = 60_000;
const DAY = 86_400_000;

const PUBLIC_SPOTS = ['村委会门口', '主干道路口', '学校门口', '桥头', '集镇路口', '卫生室门前', '河堤', '停车场'];
const HOUSEHOLD_SPOTS = ['院门', '屋后', '门前场院', '路口', '厨房外'];
const HOUSEHOLD_PURPOSES: readonly ViewPurpose[] = ['incident', 'investigation', 'emergency'];
const HOUSEHOLD_ROLES: readonly Role[] = ['chief', 'officer'];
const DEMO_SEED_CONTEXT = { actor: null, ip: null, requestId: null };

/**
 * Maliang's camera registry: PUBLIC_CAMERAS public cameras across the villages (TEST_STREAMS of them, in 双坪村 and
 * its neighbours, with an RTP source for the demo's test streams; the others behind the GB/T 28181 gateway), and
 * HOUSEHOLD_CAMERAS household cameras whose owners are residents of their village, each with its consent (the
 * station's police, for incidents, investigations and emergencies; some also for video patrol): most good for a year
 * or more, EXPIRING_THIS_MONTH ending this month, EXPIRED already ended, one revoked by its owner. Statuses come from
 * a probe a few minutes ago (a few cameras offline for days). Groups and grants: the town's public cameras to the
 * chief, the officers, the monitoring centre and the village auxiliary officers (their own village only, by their
 * reach); the household cameras to the chief and the officers. Also the monitoring centre's duty account `monitor`.
 * Written in batches; ids and texts are deterministic but for the UUIDs.
 */
export async function seedMaliangCameras(tx: Tx, deps: Deps, password: string, now: Date): Promise<void> {
  const random = seededRandom(20_261_202);
  const town = await findJurisdictionByCode(tx, TOWN.code);
  if (!town) throw new Error('demo: the town is missing');
  const places = await listJurisdictionRows(tx, { townIds: new Set([town.id]), jurisdictionIds: new Set() });
  const villages = places
    .filter((p) => p.level === 'village' || p.level === 'community')
    .sort((a, b) => (a.code ?? '').localeCompare(b.code ?? ''));
  const shuangping = villages.findIndex((v) => v.name === '双坪村');
  if (villages.length === 0 || shuangping < 0) throw new Error('demo: villages missing');
  const chief = await findUserByUsername(tx, 'chief');

  const monitorPerson = newPersonRow(deps.cipher, {
    townId: town.id,
    jurisdictionId: villages[0]?.id ?? town.id,
    name: '孙立新',
    kind: 'staff',
    title: '监控中心值班员',
  });
  await insertPersonRows(tx, [monitorPerson]);
  await new UsersService(deps).provision(tx, DEMO_SEED_CONTEXT, {
    username: 'monitor',
    displayName: '孙立新（监控值班）',
    password,
    personId: monitorPerson.id,
    roles: [{ role: 'monitor', jurisdictionId: town.id }],
  });

  const at = nowIso(now);
  const today = shanghaiDate(now);
  const division = `${TOWN.code.slice(0, 6)}${TOWN.code.slice(7, 9)}`;
  const sources = new Map<string, string>();
  const sealed = (source: StreamSource) => {
    const key = JSON.stringify(source);
    let stored = sources.get(key);
    if (!stored) {
      // Identical sources hold no secret: one ciphertext serves them all and keeps the seed fast.
      stored = deps.cipher.encrypt(key);
      sources.set(key, stored);
    }
    return stored;
  };
  const status = (offlineShare: number): { status: CameraStatus; last_seen_at: string } => {
    if (random() < offlineShare) {
      return { status: 'offline', last_seen_at: new Date(now.getTime() - between(random, 2, 20) * DAY).toISOString() };
    }
    return { status: 'online', last_seen_at: new Date(now.getTime() - between(random, 0, 3) * MINUTE).toISOString() };
  };
  const camera = (
    serial: number,
    village: (typeof villages)[number],
    fields: Pick<CameraRow, 'name' | 'kind' | 'address' | 'owner_person_id'>,
    source: StreamSource,
    offlineShare: number,
  ): CameraRow => ({
    id: newId(),
    town_id: town.id,
    village_id: village.id,
    // Public cameras on the public-security road network; household ones on the social-resources network (8).
    device_id:
      fields.kind === 'public'
        ? `${division}001320${String(serial).padStart(6, '0')}`
        : `${division}011328${String(serial).padStart(6, '0')}`,
    ...fields,
    lat: Number((31.8 + random() * 0.2).toFixed(5)),
    lng: Number((111.2 + random() * 0.3).toFixed(5)),
    venue_id: null,
    source_kind: source.kind,
    source_enc: sealed(source),
    ...status(offlineShare),
    status_checked_at: new Date(now.getTime() - MINUTE).toISOString(),
    active: 1,
    created_at: new Date(now.getTime() - between(random, 200, 700) * DAY).toISOString(),
    updated_at: at,
  });

  const publicRows: CameraRow[] = [];
  for (let i = 0; i < PUBLIC_CAMERAS; i++) {
    // Every village gets two; the rest go to 双坪村 and the two communities of the town centre.
    const village = i < villages.length * 2 ? villages[i % villages.length] : villages[[0, 1, shuangping][i % 3] ?? 0];
    if (!village) continue;
    const spot = PUBLIC_SPOTS[Math.floor(i / villages.length) % PUBLIC_SPOTS.length] ?? '路口';
    publicRows.push(
      camera(
        i + 1,
        village,
        {
          name: `${village.name}${spot}`,
          kind: 'public',
          address: `${TOWN.name}${village.name}`,
          owner_person_id: null,
        },
        { kind: 'gb28181' },
        0.06,
      ),
    );
  }
  // The test streams: the cameras of 双坪村 and its neighbours in the list, so the 双坪 accounts see some live.
  const near = publicRows
    .map((row, index) => ({ row, index }))
    .sort(
      (a, b) =>
        Math.abs(villages.findIndex((v) => v.id === a.row.village_id) - shuangping) -
          Math.abs(villages.findIndex((v) => v.id === b.row.village_id) - shuangping) || a.index - b.index,
    )
    .slice(0, TEST_STREAMS);
  for (const { row } of near) {
    row.source_kind = 'rtp';
    row.source_enc = sealed({ kind: 'rtp', codec: 'vp8' });
    row.status = 'online';
    row.last_seen_at = new Date(now.getTime() - MINUTE).toISOString();
  }

  const owners: PersonRow[] = [];
  const householdRows: CameraRow[] = [];
  for (let i = 0; i < HOUSEHOLD_CAMERAS; i++) {
    const village = pick(random, villages);
    const name = `${pick(random, [...SURNAMES])}${pick(random, [...GIVEN])}${random() < 0.6 ? pick(random, [...GIVEN]) : ''}`;
    const group = between(random, 1, 8);
    const phone = `1${pick(random, ['3', '5', '8'])}${String(between(random, 0, 999_999_999)).padStart(9, '0')}`;
    const house = between(random, 1, 60);
    const owner = newPersonRow(deps.cipher, {
      townId: town.id,
      jurisdictionId: village.id,
      name,
      kind: 'resident',
      phone,
      address: `${TOWN.name}${village.name}${group}组${house}号`,
    });
    owners.push(owner);
    householdRows.push(
      camera(
        i + 1,
        village,
        {
          // Named by the house, never by its owner: a camera's name shows on every list, unmasked.
          name: `${village.name}${group}组${house}号${pick(random, HOUSEHOLD_SPOTS)}`,
          kind: 'household',
          address: `${village.name}${group}组`,
          owner_person_id: owner.id,
        },
        { kind: 'gb28181' },
        0.08,
      ),
    );
  }
  await insertPersonRows(tx, owners);
  await insertCameraRows(tx, [...publicRows, ...householdRows]);

  const monthEnd = addDays(addMonths(`${today.slice(0, 7)}-01`, 1), -1);
  const consents: NewConsent[] = householdRows.map((row, i) => {
    let startsOn: string;
    let lastDay: string;
    if (i < EXPIRING_THIS_MONTH) {
      startsOn = addMonths(today, -between(random, 6, 12));
      lastDay = addDays(today, between(random, 0, Math.max(0, daysUntil(today, monthEnd))));
    } else if (i < EXPIRING_THIS_MONTH + EXPIRED) {
      startsOn = addMonths(today, -between(random, 13, 18));
      lastDay = addDays(today, -between(random, 3, 40));
    } else {
      startsOn = addDays(today, -between(random, 30, 600));
      lastDay = addDays(addMonths(startsOn, 12 * between(random, 2, 3)), -1);
    }
    const window = consentWindow(startsOn, lastDay);
    if (!window.ok) throw new Error('demo: consent window');
    const revoked = i === EXPIRING_THIS_MONTH + EXPIRED;
    return {
      row: {
        id: newId(),
        camera_id: row.id,
        agreement_id: null,
        allows_playback: random() < 0.3 ? 1 : 0,
        purposes: random() < 0.3 ? [...HOUSEHOLD_PURPOSES, 'patrol'] : [...HOUSEHOLD_PURPOSES],
        starts_at: window.window.startsAt,
        expires_at: window.window.expiresAt,
        revoked_at: revoked ? new Date(now.getTime() - 5 * DAY).toISOString() : null,
        revoked_by: revoked ? (chief?.id ?? null) : null,
        created_by: chief?.id ?? null,
        created_at: window.window.startsAt,
      },
      roles: HOUSEHOLD_ROLES,
    };
  });
  await insertConsents(tx, consents);

  const publicGroup = { id: newId(), town_id: town.id, name: '全镇公共视频', created_at: at };
  const householdGroup = { id: newId(), town_id: town.id, name: '看家视频（授权共享）', created_at: at };
  await insertGroupRows(tx, [publicGroup, householdGroup]);
  await insertGroupMembers(tx, [
    ...publicRows.map((row) => ({ group_id: publicGroup.id, camera_id: row.id })),
    ...householdRows.map((row) => ({ group_id: householdGroup.id, camera_id: row.id })),
  ]);
  const grant = (groupId: string, role: Role): CameraGrantRow => ({
    id: newId(),
    group_id: groupId,
    role,
    account_id: null,
    created_by: chief?.id ?? null,
    created_at: at,
  });
  await insertGrantRows(tx, [
    ...(['chief', 'officer', 'monitor', 'auxiliary'] as const).map((role) => grant(publicGroup.id, role)),
    ...HOUSEHOLD_ROLES.map((role) => grant(householdGroup.id, role)),
  ]);
}

function daysUntil(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}
