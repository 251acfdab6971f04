import {
  ANTIFRAUD_ACTIVITY_TYPES,
  type AntifraudActivityType,
  addDays,
  addMonths,
  FRAUD_CASE_TYPES,
  shanghaiDate,
  shanghaiDayStart,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import {
  type ActivityRow,
  type BaseRow,
  type FraudCaseRow,
  type InstallRow,
  insertActivityRows,
  insertBaseRows,
  insertFraudCaseRows,
  insertInstallRows,
} from '../modules/antifraud/antifraud.repository';
import type { Deps } from '../platform/deps';
import { timedId } from './dispute-case-builder';
import { between, pick, seededRandom } from './random';

const MONTHS = 12;

/** Where and how the station and the villages spread the word: the venue by kind of activity. */
const VENUES: Record<AntifraudActivityType, readonly string[]> = {
  campaign: ['集镇广场', '赶集日集市', '村委会广场', '马良镇中心学校'],
  door_to_door: ['一组农户', '二组农户', '留守老人家中', '外出务工返乡人员家中'],
  lecture: ['村委会会议室', '马良镇中心学校', '镇老年协会', '企业职工食堂'],
  sms: ['全体村民微信群', '镇政务短信平台'],
  other: ['快递网点', '银行网点', '卫生院'],
};
const NOTES: Record<AntifraudActivityType, readonly string[]> = {
  campaign: ['发放反诈宣传资料，现场指导下载国家反诈中心APP', '结合典型案例讲解刷单返利骗局'],
  door_to_door: ['逐户核查反诈APP安装情况，现场帮助注册', '向老年人讲解冒充公检法诈骗手法'],
  lecture: ['讲解虚假投资理财和网络贷款诈骗', '学生及家长反诈专题课'],
  sms: ['推送预警短信：陌生来电谈钱须警惕', '转发典型案例提醒'],
  other: ['在网点张贴反诈海报', '提醒大额转账前先核实'],
};

/**
 * A year of anti-fraud work in Maliang (issue #10 point 7): each village's base (households, or residents for the
 * two communities) with a recount in some villages, monthly install counts of the national anti-fraud app rising to
 * about 98 % town-wide by now, several publicity activities a month (some town-wide), and a handful of telecom-fraud
 * cases over the year, the last some weeks ago. Recorded by the village auxiliary officers and the station; written
 * in bulk through the anti-fraud repository, deterministic for a seed.
 */
export async function seedMaliangAntifraud(tx: Tx, _deps: Deps, now: Date): Promise<{ activities: number }> {
  const random = seededRandom(20_261_201);
  const today = shanghaiDate(now);
  const villages = await tx
    .selectFrom('jurisdictions')
    .select(['id', 'name', 'level', 'town_id', 'households', 'population'])
    .where('level', 'in', ['village', 'community'])
    .orderBy('sort_order')
    .execute();
  const chief = await tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where('username', '=', 'chief')
    .executeTakeFirst();
  if (!chief) throw new Error('demo: the chief account is missing');
  const auxiliaries = await tx
    .selectFrom('assignments as a')
    .innerJoin('users as u', 'u.person_id', 'a.person_id')
    .select(['a.jurisdiction_id', 'u.id', 'u.display_name'])
    .where('a.duty', '=', 'village_auxiliary')
    .execute();
  const recorderOf = (villageId: string) => {
    const aux = auxiliaries.find((row) => row.jurisdiction_id === villageId);
    return aux ? { id: aux.id, name: aux.display_name } : { id: chief.id, name: chief.display_name };
  };
  const start = addMonths(`${today.slice(0, 7)}-01`, -MONTHS);
  const createdAt = (day: string) => new Date(shanghaiDayStart(day).getTime() + 10 * 3_600_000).toISOString();
  const bases: BaseRow[] = [];
  const installs: InstallRow[] = [];
  for (const village of villages) {
    if (!village.town_id) continue;
    const recorder = recorderOf(village.id);
    const residents = village.level === 'community';
    const counted = residents
      ? (village.population ?? between(random, 2000, 4000))
      : (village.households ?? between(random, 150, 360));
    const measure = residents ? 'residents' : 'households';
    const base = (count: number, day: string): BaseRow => ({
      id: timedId(Date.parse(createdAt(day)), random),
      town_id: village.town_id ?? '',
      jurisdiction_id: village.id,
      measure,
      count,
      effective_from: day,
      recorded_by: recorder.id,
      recorded_by_name: recorder.name,
      created_at: createdAt(day),
    });
    bases.push(base(counted, start));
    // Some villages recount half-way through the year (households moved in, or split).
    const recount = random() < 0.3 ? counted + between(random, 2, 12) : null;
    const recountDay = addMonths(start, 6);
    if (recount !== null) bases.push(base(recount, recountDay));
    const first = 0.62 + random() * 0.12;
    const last = 0.965 + random() * 0.03;
    for (let m = 0; m <= MONTHS; m++) {
      const monthDay = addDays(addMonths(start, m), between(random, 20, 26));
      const day = monthDay < today ? monthDay : addDays(today, -1);
      const standing = recount !== null && day >= recountDay ? recount : counted;
      const share = first + ((last - first) * m) / MONTHS;
      installs.push({
        id: timedId(Date.parse(createdAt(day)), random),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        day,
        installs: Math.min(standing, Math.round(standing * share)),
        recorded_by: recorder.id,
        recorded_by_name: recorder.name,
        created_at: createdAt(day),
      });
      if (day >= addDays(today, -1)) break;
    }
  }

  const activities: ActivityRow[] = [];
  const townId = villages.find((village) => village.town_id)?.town_id ?? null;
  for (let day = start; day < today; day = addDays(day, 1)) {
    // Four to six a month: more on market days and in the anti-fraud publicity months (spring and autumn).
    const month = Number(day.slice(5, 7));
    const chance = [3, 4, 9, 10].includes(month) ? 0.22 : 0.15;
    if (random() >= chance) continue;
    const townWide = random() < 0.15;
    const type: AntifraudActivityType = townWide
      ? pick(random, ['sms', 'campaign'] as const)
      : pick(random, ANTIFRAUD_ACTIVITY_TYPES);
    const village = pick(random, villages);
    const recorder = townWide ? { id: chief.id, name: chief.display_name } : recorderOf(village.id);
    if (!townId || !village.town_id) continue;
    const at = createdAt(day);
    activities.push({
      id: timedId(Date.parse(at), random),
      town_id: village.town_id,
      jurisdiction_id: townWide ? townId : village.id,
      type,
      venue: pick(random, VENUES[type]),
      day,
      audience: type === 'sms' ? between(random, 2000, 9000) : between(random, 20, type === 'campaign' ? 300 : 80),
      note: random() < 0.8 ? pick(random, NOTES[type]) : null,
      recorded_by: recorder.id,
      recorded_by_name: recorder.name,
      created_at: at,
      updated_at: at,
    });
  }

  // A handful of cases over the year, the last some weeks ago: the days since it show on the dashboard.
  const cases: FraudCaseRow[] = [];
  const caseDays = [330, 262, 201, 150, 96, 61, 33].map((back) => addDays(today, -back - between(random, 0, 4)));
  for (const day of caseDays) {
    const village = pick(random, villages);
    if (!village.town_id) continue;
    const lost = between(random, 8, 600) * 10_000;
    const recovered = random() < 0.4 ? Math.floor((lost * between(random, 10, 80)) / 100 / 100) * 100 : 0;
    const at = createdAt(day);
    cases.push({
      id: timedId(Date.parse(at), random),
      town_id: village.town_id,
      jurisdiction_id: village.id,
      type: pick(random, FRAUD_CASE_TYPES),
      day,
      lost_fen: lost,
      recovered_fen: recovered,
      note: random() < 0.5 ? '已立案侦查，资金已紧急止付' : null,
      recorded_by: chief.id,
      recorded_by_name: chief.display_name,
      created_at: at,
      updated_at: at,
    });
  }
  await insertBaseRows(tx, bases);
  await insertInstallRows(tx, installs);
  await insertActivityRows(tx, activities);
  await insertFraudCaseRows(tx, cases);
  return { activities: activities.length };
}
