import { addDays, type HazardSource, shanghaiDate, shanghaiDayStart } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { responsibleOfficerFor } from '../modules/coverage/district-officer';
import { listJurisdictionRows } from '../modules/directory/jurisdictions.repository';
import {
  type HazardEventRow,
  type HazardRow,
  insertHazardEventRows,
  insertHazardRows,
} from '../modules/hazards/hazards.repository';
import { listTownDepartments } from '../modules/meetings/meetings.repository';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { timedId } from './dispute-case-builder';
import { between, pick, seededRandom } from './random';

const DAY = 86_400_000;
/** The story: 45 hazards found and fixed in the year, and a few still open. */
const FIXED = 45;
const OPEN = 7;

const FINDINGS: Record<HazardSource, readonly { title: string; description: string; department: boolean }[]> = {
  patrol: [
    { title: '桥头护栏缺失', description: '夜间巡逻发现村口小桥护栏缺失约五米，夜间行人易坠落。', department: false },
    { title: '路灯损坏', description: '巡逻发现主干道路灯连续三盏不亮，路段漆黑。', department: false },
    { title: '废弃房屋无人看管', description: '巡逻发现废弃土坯房墙体开裂，有儿童进出玩耍。', department: false },
  ],
  video_patrol: [
    { title: '电动车违规充电', description: '视频巡查发现楼道内私拉电线给电动车充电。', department: false },
    { title: '河道边缺少警示牌', description: '视频巡查发现河道边游泳人员较多，无警示标志。', department: true },
  ],
  inspection: [
    { title: '山体滑坡隐患', description: '检查发现后山坡体出现裂缝，下方有三户农户。', department: true },
    { title: '小卖部消防器材过期', description: '检查发现小卖部灭火器过期，疏散通道堆放杂物。', department: false },
    { title: '液化气瓶存放不当', description: '检查发现餐馆液化气瓶靠近灶台存放。', department: false },
  ],
  public: [
    { title: '井盖缺失', description: '群众反映组道路口井盖缺失，已临时摆放石块提示。', department: false },
    { title: '危险树木', description: '群众反映路边枯树倾斜，大风天有倒伏危险。', department: true },
  ],
};
const RECTIFICATIONS = [
  '已加装护栏并设置警示牌。',
  '已更换损坏设施，经现场查看恢复正常。',
  '已组织清理并对住户进行安全提醒。',
  '已联系产权人整改，设置隔离围挡。',
] as const;
const PUBLIC_REPORTERS = ['王大爷', '李大姐', '张师傅', '刘老师'] as const;

/**
 * The hazards of Maliang's year: FIXED found and fixed across the villages and the four sources (assigned to the
 * village or, for slopes, rivers and trees, to the land office; rectified within days; verified by the reporter's
 * side), and OPEN still open — some reported, some being rectified, a few past their deadline. Each with its history;
 * written in batches, the photos left out (the demo stores no files). Ids and texts are deterministic.
 */
export async function seedMaliangHazards(tx: Tx, _deps: Deps, now: Date): Promise<number> {
  const random = seededRandom(20_261_201);
  const [chief, zongzhiban, auxiliary] = await Promise.all([
    findUserByUsername(tx, 'chief'),
    findUserByUsername(tx, 'zongzhiban'),
    findUserByUsername(tx, 'auxiliary'),
  ]);
  if (!chief || !zongzhiban || !auxiliary) throw new Error('demo: an account of the hazards is missing');
  const townId = (await listGrantsOf(tx, [chief.id])).get(chief.id)?.[0]?.townId;
  if (!townId) throw new Error('demo: the chief has no town');
  const scope = { townIds: new Set([townId]), jurisdictionIds: new Set<string>() };
  const villages = [
    ...(await listJurisdictionRows(tx, scope, { level: 'village' })),
    ...(await listJurisdictionRows(tx, scope, { level: 'community' })),
  ];
  const auxiliaryVillage = (await listGrantsOf(tx, [auxiliary.id])).get(auxiliary.id)?.[0]?.jurisdictionId;
  const land = (await listTownDepartments(tx, townId))[0];
  if (villages.length === 0 || !land) throw new Error('demo: the villages or departments are missing');
  const today = shanghaiDate(now);
  const officers = new Map<string, Awaited<ReturnType<typeof responsibleOfficerFor>>>();
  const hazards: HazardRow[] = [];
  const events: HazardEventRow[] = [];

  for (let i = 0; i < FIXED + OPEN; i++) {
    const fixed = i < FIXED;
    // Fixed ones spread over the year; open ones in the last five weeks (the oldest past their deadline).
    const daysAgo = fixed ? between(random, 20, 360) : ([34, 26, 19, 12, 6, 3, 1][i - FIXED] ?? 2);
    const source = pick(random, ['patrol', 'patrol', 'video_patrol', 'inspection', 'public'] as const);
    const finding = pick(random, FINDINGS[source]);
    // The demo's auxiliary officer's village gets a share of the open ones, so his phone has work.
    const village =
      !fixed && i % 2 === 0 && auxiliaryVillage
        ? (villages.find((v) => v.id === auxiliaryVillage) ?? pick(random, villages))
        : pick(random, villages);
    const reportedAt = new Date(
      shanghaiDayStart(addDays(today, -daysAgo)).getTime() + between(random, 8 * 60, 22 * 60) * 60_000,
    );
    const reportedDay = shanghaiDate(reportedAt);
    if (!officers.has(village.id)) officers.set(village.id, await responsibleOfficerFor(tx, village.id, reportedDay));
    const responsible = officers.get(village.id) ?? null;
    const governance = source === 'inspection';
    const reporter = governance ? zongzhiban : chief;
    const toDepartment = finding.department;
    const assigneeName = toDepartment ? land.name : village.name;
    const state = fixed
      ? 'verified'
      : ((['reported', 'assigned', 'assigned', 'assigned', 'rectified', 'assigned', 'reported'] as const)[i - FIXED] ??
        'assigned');
    const assigned = state !== 'reported';
    const assignedAt = new Date(reportedAt.getTime() + between(random, 2, 20) * 3_600_000);
    const dueOn = addDays(shanghaiDate(assignedAt), fixed ? between(random, 5, 15) : 10);
    const rectifiedAt = new Date(assignedAt.getTime() + between(random, 2, 12) * DAY);
    const verifiedAt = new Date(rectifiedAt.getTime() + between(random, 1, 3) * DAY);
    const rectified = state === 'rectified' || state === 'verified';
    const id = timedId(reportedAt.getTime(), random);
    const at = reportedAt.toISOString();
    const phone = source === 'public';
    const lastAt = (fixed ? verifiedAt : rectified ? rectifiedAt : assigned ? assignedAt : reportedAt).toISOString();
    hazards.push({
      id,
      town_id: townId,
      jurisdiction_id: village.id,
      source,
      source_ref_kind: null,
      source_ref_id: null,
      title: finding.title,
      description: finding.description,
      location: `${village.name}${between(random, 1, 6)}组`,
      state,
      verifier_side: governance ? 'governance' : 'police',
      reported_by: reporter.id,
      reported_by_name: reporter.display_name,
      reporter_name: phone ? pick(random, PUBLIC_REPORTERS) : null,
      phone_enc: null,
      phone_bidx: null,
      phone_masked: phone ? `13${between(random, 0, 9)}****${String(between(random, 0, 9999)).padStart(4, '0')}` : null,
      responsible_person_id: responsible?.personId ?? null,
      responsible_user_id: responsible?.userId ?? null,
      responsible_name: responsible?.name ?? null,
      assignee_kind: assigned ? (toDepartment ? 'department' : 'village') : null,
      assignee_organization_id: assigned && toDepartment ? land.id : null,
      assignee_name: assigned ? assigneeName : null,
      due_on: assigned ? dueOn : null,
      round: assigned ? 1 : 0,
      assigned_at: assigned ? assignedAt.toISOString() : null,
      rectified_at: rectified ? rectifiedAt.toISOString() : null,
      rectify_note: rectified ? pick(random, RECTIFICATIONS) : null,
      verified_at: fixed ? verifiedAt.toISOString() : null,
      verified_by: fixed ? reporter.id : null,
      verified_by_name: fixed ? reporter.display_name : null,
      reason: null,
      reported_at: at,
      created_at: at,
      updated_at: lastAt,
    });
    const event = (kind: HazardEventRow['kind'], when: Date, extra: Partial<HazardEventRow> = {}) =>
      events.push({
        id: timedId(when.getTime(), random),
        hazard_id: id,
        town_id: townId,
        jurisdiction_id: village.id,
        kind,
        actor_id: null,
        actor_name: null,
        note: null,
        assignee_name: null,
        deadline: null,
        at: when.toISOString(),
        ...extra,
      });
    event('reported', reportedAt, { actor_id: reporter.id, actor_name: reporter.display_name });
    if (assigned) {
      event('assigned', assignedAt, {
        actor_id: reporter.id,
        actor_name: reporter.display_name,
        assignee_name: assigneeName,
        deadline: dueOn,
      });
    }
    if (rectified) event('rectified', rectifiedAt, { actor_name: assigneeName, note: '已整改到位。' });
    if (fixed) {
      event('verified', verifiedAt, { actor_id: reporter.id, actor_name: reporter.display_name, note: '验收合格。' });
    }
  }
  await insertHazardRows(tx, hazards);
  await insertHazardEventRows(tx, events);
  return hazards.length;
}
