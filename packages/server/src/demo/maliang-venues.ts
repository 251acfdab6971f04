import {
  addDays,
  addMonths,
  consentWindow,
  type Role,
  shanghaiDate,
  shanghaiDayStart,
  type VenueKind,
  type ViewPurpose,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { recordAgreementConsents, revokeAgreementConsents } from '../modules/cameras/camera-consents';
import { encryptSource } from '../modules/cameras/camera-presenter';
import {
  type CameraRow,
  insertCameraRows,
  insertGrantRows,
  insertGroupMembers,
  insertGroupRows,
} from '../modules/cameras/cameras.repository';
import { insertPersonRows } from '../modules/directory/people.repository';
import { newPersonRow } from '../modules/directory/person-pii';
import {
  type AgreementRow,
  insertAgreementCameraRows,
  insertAgreementDocumentRow,
  insertAgreementRow,
  insertVenueRow,
  revokeAgreementRow,
  type VenueRow,
} from '../modules/venues/venues.repository';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { FileStore } from '../platform/files/file-store';
import { UnitOfWork } from '../platform/unit-of-work';
import { demoContext } from './demo-actor';
import { timedId } from './dispute-case-builder';
import { GIVEN, SURNAMES } from './maliang-data';
import { between, pick, seededRandom } from './random';

interface DemoVenue {
  name: string;
  kind: VenueKind;
  village: string;
  address: string;
  /** What the agreement's story is: in force, expiring this month, or revoked by the venue. */
  story?: 'expiring' | 'revoked';
}

/** Twelve venues of Maliang sharing their cameras (issue #11 §6); names and addresses are illustrative. */
export const DEMO_VENUES: readonly DemoVenue[] = [
  { name: '保康农商银行马良支行', kind: 'bank', village: '马良街社区', address: '马良镇马良街18号' },
  { name: '邮政储蓄银行马良营业所', kind: 'bank', village: '马良街社区', address: '马良镇马良街42号' },
  { name: '马良镇中心学校', kind: 'school', village: '马良街社区', address: '马良镇学府路1号' },
  { name: '马良镇初级中学', kind: 'school', village: '重阳社区', address: '马良镇重阳路6号', story: 'expiring' },
  { name: '双坪小学', kind: 'school', village: '双坪村', address: '双坪村二组' },
  { name: '马良镇卫生院', kind: 'hospital', village: '马良街社区', address: '马良镇卫生路3号' },
  { name: '马良购物广场', kind: 'supermarket', village: '马良街社区', address: '马良镇马良街66号' },
  { name: '重阳便民超市', kind: 'supermarket', village: '重阳社区', address: '马良镇重阳路21号', story: 'revoked' },
  { name: '南垭惠民超市', kind: 'supermarket', village: '南垭村', address: '南垭村一组' },
  { name: '马良宾馆', kind: 'hotel', village: '马良街社区', address: '马良镇马良街88号' },
  { name: '龙潭山庄', kind: 'hotel', village: '松岗岭村', address: '松岗岭村三组' },
  { name: '马良汽车客运站', kind: 'other', village: '重阳社区', address: '马良镇重阳路2号' },
];

const CAMERA_PLACES: Record<VenueKind, readonly string[]> = {
  bank: ['营业大厅', '自助银行', '现金区', '大门', '停车场', '后门', '金库通道', '柜台'],
  school: ['校门', '操场', '教学楼走廊', '食堂', '宿舍楼', '围墙东侧', '停车场', '接送区'],
  hospital: ['门诊大厅', '急诊入口', '药房', '住院部走廊', '大门', '停车场', '收费处', '后院'],
  supermarket: ['入口', '收银台', '货架区', '仓库', '停车场', '后门', '生鲜区', '二楼通道'],
  hotel: ['前台', '大门', '停车场', '一楼走廊', '二楼走廊', '电梯厅', '后门', '餐厅'],
  other: ['售票厅', '候车室', '发车区', '出站口', '停车场', '大门', '行李房', '广场'],
};

/** Who the centre may let watch a venue's cameras, and why: banks also for investigations, with playback. */
const ROLES: readonly Role[] = ['chief', 'officer', 'monitor'];
const PURPOSES: readonly ViewPurpose[] = ['patrol', 'incident', 'emergency'];

/** A small PDF standing for the scanned agreement: its bytes name the venue and the period, nothing personal. */
function agreementPdf(venueId: string, firstDay: string, lastDay: string): Buffer {
  const text = `Camera sharing agreement ${venueId} ${firstDay} - ${lastDay}`;
  return Buffer.from(
    `%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% ${text}\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/**
 * Maliang's twelve venues sharing cameras (issue #11 §2, §6): 2 banks, 3 schools, the health centre, 3 supermarkets,
 * 2 hotels and the bus station, each with a contact from the people directory, 4–8 venue cameras with valid
 * GB/T 28181 ids (division 42062604, industry 20, type 131, network 8, serials 9VVCCC so they never meet the
 * registry's), a signed agreement with its scanned document, a 场所视频 group granted to the station and the
 * monitoring centre, and the registry's consents written through the same hooks the service uses. The middle
 * school's agreement ends this month; the Chongyang supermarket revoked its agreement.
 */
export async function seedMaliangVenues(tx: Tx, deps: Deps, now: Date): Promise<{ venues: number; cameras: number }> {
  const random = seededRandom(20_261_202);
  const today = shanghaiDate(now);
  const at = now.toISOString();
  const town = await tx.selectFrom('jurisdictions').select('id').where('level', '=', 'town').executeTakeFirst();
  if (!town) throw new Error('demo: the town is missing');
  const villages = new Map(
    (
      await tx
        .selectFrom('jurisdictions')
        .select(['id', 'name'])
        .where('level', 'in', ['village', 'community'])
        .execute()
    ).map((row) => [row.name, row.id]),
  );
  const chief = await findUserByUsername(tx, 'chief');
  if (!chief) throw new Error('demo: the chief account is missing');
  const ctx = demoContext(chief, (await listGrantsOf(tx, [chief.id])).get(chief.id) ?? []);
  const uow = new UnitOfWork(tx, ctx);
  const files = new FileStore(deps.config.dataDir);
  const monthEnd = addDays(addMonths(`${today.slice(0, 7)}-01`, 1), -1);

  const allCameras: CameraRow[] = [];
  for (const [index, demo] of DEMO_VENUES.entries()) {
    const villageId = villages.get(demo.village);
    if (!villageId) throw new Error(`demo: no village ${demo.village}`);
    const created = new Date(shanghaiDayStart(addMonths(today, -13 + (index % 3))).getTime() + 9 * 3_600_000);
    const contact = newPersonRow(deps.cipher, {
      townId: town.id,
      jurisdictionId: villageId,
      name: `${pick(random, [...SURNAMES])}${pick(random, [...GIVEN])}${pick(random, [...GIVEN])}`,
      kind: 'resident',
      title: demo.kind === 'school' ? '安全副校长' : '安保负责人',
      phone: `139${String(between(random, 10_000_000, 99_999_999))}`,
    });
    await insertPersonRows(tx, [contact]);
    const venue: VenueRow = {
      id: timedId(created.getTime(), random),
      town_id: town.id,
      jurisdiction_id: villageId,
      name: demo.name,
      kind: demo.kind,
      address: demo.address,
      contact_person_id: contact.id,
      created_by: chief.id,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
    };
    await insertVenueRow(tx, venue);

    const count = between(random, 4, 8);
    const cameras: CameraRow[] = CAMERA_PLACES[demo.kind].slice(0, count).map((place, n) => ({
      id: timedId(created.getTime() + (n + 1) * 60_000, random),
      town_id: town.id,
      village_id: villageId,
      device_id: `420626042013189${String(index + 1).padStart(2, '0')}${String(n + 1).padStart(3, '0')}`,
      name: `${demo.name}${place}`,
      kind: 'venue',
      address: demo.address,
      lat: null,
      lng: null,
      owner_person_id: null,
      venue_id: venue.id,
      source_kind: 'gb28181',
      source_enc: encryptSource(deps.cipher, { kind: 'gb28181' }),
      status: random() < 0.9 ? 'online' : 'offline',
      last_seen_at: at,
      status_checked_at: at,
      active: 1,
      created_at: created.toISOString(),
      updated_at: created.toISOString(),
    }));
    await insertCameraRows(tx, cameras);
    allCameras.push(...cameras);

    const firstDay = shanghaiDate(created);
    const lastDay = demo.story === 'expiring' ? monthEnd : addDays(addMonths(firstDay, 24), -1);
    const window = consentWindow(firstDay, lastDay);
    if (!window.ok) throw new Error(`demo: ${demo.name}'s agreement ends before it starts`);
    const roles: Role[] = demo.kind === 'school' ? [...ROLES, 'auxiliary'] : [...ROLES];
    const purposes: ViewPurpose[] = demo.kind === 'bank' ? [...PURPOSES, 'investigation'] : [...PURPOSES];
    const agreement: AgreementRow = {
      id: timedId(created.getTime() + 3_600_000, random),
      venue_id: venue.id,
      town_id: town.id,
      jurisdiction_id: villageId,
      first_day: firstDay,
      last_day: lastDay,
      starts_at: window.window.startsAt,
      expires_at: window.window.expiresAt,
      roles,
      purposes,
      allows_playback: demo.kind === 'bank' ? 1 : 0,
      note: null,
      revoked_at: null,
      revoked_by: null,
      revoked_by_name: null,
      revoke_reason: null,
      created_by: chief.id,
      created_by_name: chief.display_name,
      created_at: created.toISOString(),
    };
    await insertAgreementRow(tx, agreement);
    await insertAgreementCameraRows(
      tx,
      cameras.map((camera) => ({ agreement_id: agreement.id, camera_id: camera.id })),
    );
    await recordAgreementConsents(uow, {
      agreementId: agreement.id,
      cameraIds: cameras.map((camera) => camera.id),
      roles,
      purposes,
      allowsPlayback: agreement.allows_playback === 1,
      startsOn: firstDay,
      lastDay,
    });
    const pdf = agreementPdf(venue.id, firstDay, lastDay);
    const stored = await files.write(
      town.id,
      firstDay.slice(0, 4),
      (async function* () {
        yield pdf;
      })(),
    );
    await insertAgreementDocumentRow(tx, {
      id: timedId(created.getTime() + 2 * 3_600_000, random),
      agreement_id: agreement.id,
      town_id: town.id,
      jurisdiction_id: villageId,
      file_name: `${demo.name}视频共享协议.pdf`,
      stored_name: stored.stored,
      media_type: 'application/pdf',
      size: stored.size,
      sha256: stored.sha256,
      uploaded_by: chief.id,
      created_at: created.toISOString(),
    });
    if (demo.story === 'revoked') {
      await revokeAgreementRow(tx, agreement.id, {
        at,
        by: chief.id,
        byName: chief.display_name,
        reason: '超市经营者申请终止视频共享',
      });
      await revokeAgreementConsents(uow, agreement.id);
    }
  }

  const groupId = timedId(now.getTime(), random);
  await insertGroupRows(tx, [{ id: groupId, town_id: town.id, name: '场所视频', created_at: at }]);
  await insertGroupMembers(
    tx,
    allCameras.map((camera) => ({ group_id: groupId, camera_id: camera.id })),
  );
  await insertGrantRows(
    tx,
    ROLES.map((role, n) => ({
      id: timedId(now.getTime() + n + 1, random),
      group_id: groupId,
      role,
      account_id: null,
      created_by: chief.id,
      created_at: at,
    })),
  );
  return { venues: DEMO_VENUES.length, cameras: allCameras.length };
}
