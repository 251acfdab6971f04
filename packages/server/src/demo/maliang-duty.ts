import { addDays, type DutyType, shanghaiDate, shanghaiDayStart } from '@fengqiao/domain';
import type { Tx } from '../db/database';
import {
  type DutyLinkRow,
  type DutyLogRow,
  insertDutyLinkRows,
  insertDutyLogRows,
} from '../modules/duty/duty-logs.repository';
import { UsersService } from '../modules/users/users.service';
import { PasswordHasher } from '../platform/auth/passwords';
import type { RequestContext } from '../platform/context';
import type { Deps } from '../platform/deps';
import { timedId } from './dispute-case-builder';
import { between, pick, seededRandom } from './random';

const SEED_CONTEXT: RequestContext = { actor: null, ip: null, requestId: 'demo-seed' };
const HOUR = 3_600_000;
const DAYS = 365;

/**
 * How often each duty comes up on a working day, as a village auxiliary officer's log runs: patrols and gathering
 * information daily, mediation and key-person visits most weeks, publicity on market days, the rest now and then.
 */
const WEEKDAY_WEIGHTS: Record<DutyType, number> = {
  patrol: 30,
  intelligence: 16,
  mediation: 12,
  key_person: 10,
  publicity: 9,
  video_patrol: 10,
  traffic: 8,
  scene_protection: 5,
};
/** Weekends: patrols and traffic on busy roads (visitors, weddings), little paperwork. */
const WEEKEND_WEIGHTS: Record<DutyType, number> = {
  patrol: 40,
  intelligence: 8,
  mediation: 10,
  key_person: 6,
  publicity: 4,
  video_patrol: 10,
  traffic: 18,
  scene_protection: 4,
};

const NOTES: Record<DutyType, readonly string[]> = {
  patrol: ['夜间巡逻，重点查看小卖部和村委会周边', '巡逻沿线农户，提醒关好门窗', '巡查河道和山林防火点'],
  intelligence: ['走访农户，了解近期矛盾苗头', '收集外来人员信息并登记', '了解留守老人家庭情况'],
  mediation: ['调解邻里排水纠纷，双方达成口头协议', '劝解夫妻争吵，已平息', '调解地界纠纷，约定下周再谈'],
  key_person: ['走访重点人员，情绪稳定', '了解重点人员近期去向', '与重点人员家属谈心'],
  publicity: ['在村委会宣传防范电信诈骗', '入户发放法治宣传资料', '在集市设点宣传禁毒知识'],
  video_patrol: ['查看村口监控，设备正常', '视频巡查路口，无异常', '回看监控协助查找走失老人'],
  traffic: ['集市日路口疏导车辆', '学校放学时段护学', '婚宴车辆较多，现场疏导'],
  scene_protection: ['交通事故现场保护，等待民警到场', '火情现场警戒，配合消防', '纠纷现场维持秩序'],
};

/** A duty's hour of the day: patrols in the evening or early morning, traffic at the rush hours, the rest by day. */
function hourOf(random: () => number, type: DutyType): number {
  if (type === 'patrol') return random() < 0.6 ? 19 + random() * 3 : 7 + random() * 3;
  if (type === 'traffic') return random() < 0.5 ? 7 + random() * 1.5 : 16 + random() * 2;
  return 8.5 + random() * 9;
}

/**
 * The demo's officers all get the demo password: argon2 is slow on purpose, so it is hashed once for all of them
 * rather than forty times (the shared salt tells nothing the printed demo password does not).
 */
export class HashOnce extends PasswordHasher {
  private readonly hashes = new Map<string, Promise<string>>();

  override hash(password: string): Promise<string> {
    const known = this.hashes.get(password);
    if (known) return known;
    const hashed = super.hash(password);
    this.hashes.set(password, hashed);
    return hashed;
  }
}

function weighted(random: () => number, weights: Record<DutyType, number>): DutyType {
  const entries = Object.entries(weights) as [DutyType, number][];
  let roll = random() * entries.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [type, weight] of entries) {
    roll -= weight;
    if (roll < 0) return type;
  }
  return 'patrol';
}

/**
 * A year of duty log entries for every village auxiliary officer (issue #8 point 7), ending yesterday, so an entry
 * made today is the newest. Officers without an account get one (`aux_<village code>`), because an entry names the
 * account that made it; some mediation entries link to a dispute of the village registered before them. Written in
 * bulk through the duty repository, deterministic for a seed.
 */
export async function seedMaliangDuty(tx: Tx, deps: Deps, password: string, now: Date): Promise<{ entries: number }> {
  const random = seededRandom(20_261_129);
  const villages = await tx
    .selectFrom('jurisdictions')
    .select(['id', 'name', 'code', 'town_id'])
    .where('level', 'in', ['village', 'community'])
    .orderBy('sort_order')
    .execute();
  const groups = await tx
    .selectFrom('jurisdictions')
    .select(['id', 'parent_id', 'name'])
    .where('level', '=', 'group')
    .execute();
  const auxiliaries = await tx
    .selectFrom('assignments')
    .select(['person_id', 'jurisdiction_id'])
    .where('duty', '=', 'village_auxiliary')
    .execute();
  const accounts = await tx.selectFrom('users').select(['id', 'person_id', 'display_name']).execute();
  const disputes = await tx
    .selectFrom('disputes as d')
    .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
    .select(['d.id', 'd.number', 'd.created_at', 'd.jurisdiction_id', 'j.parent_id', 'j.level'])
    .orderBy('d.created_at')
    .execute();
  const users = new UsersService({ ...deps, passwords: new HashOnce(deps.config.argon2MemoryKib) });

  const today = shanghaiDate(now);
  const logs: DutyLogRow[] = [];
  const links: DutyLinkRow[] = [];
  for (const village of villages) {
    const aux = auxiliaries.find((a) => a.jurisdiction_id === village.id);
    if (!aux || !village.town_id) continue;
    let account = accounts.find((u) => u.person_id === aux.person_id);
    if (!account) {
      const made = await users.provision(tx, SEED_CONTEXT, {
        username: `aux_${village.code?.slice(-3) ?? village.id.slice(-6)}`,
        displayName: `${village.name}驻村辅警`,
        password,
        personId: aux.person_id,
        roles: [{ role: 'auxiliary', jurisdictionId: village.id }],
      });
      account = { id: made.id, person_id: made.person_id, display_name: made.display_name };
    }
    const places = groups.filter((g) => g.parent_id === village.id).map((g) => `${village.name}${g.name}`);
    const villageDisputes = disputes.filter(
      (d) => d.jurisdiction_id === village.id || (d.level === 'group' && d.parent_id === village.id),
    );
    // Some officers log more than others: the assessment has differences to show.
    const diligence = 0.7 + random() * 0.6;
    for (let day = addDays(today, -DAYS); day < today; day = addDays(day, 1)) {
      const dayStart = shanghaiDayStart(day).getTime();
      const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
      const weekend = weekday === 0 || weekday === 6;
      const expected = (weekend ? 0.6 : 1.6) * diligence;
      let count = Math.floor(expected) + (random() < expected % 1 ? 1 : 0);
      while (count-- > 0) {
        const type = weighted(random, weekend ? WEEKEND_WEIGHTS : WEEKDAY_WEIGHTS);
        const occurred = new Date(dayStart + hourOf(random, type) * HOUR + between(random, 0, 59) * 1000);
        const at = occurred.toISOString();
        const id = timedId(occurred.getTime(), random);
        logs.push({
          id,
          town_id: village.town_id,
          jurisdiction_id: village.id,
          type,
          occurred_at: at,
          occurred_on: day,
          officer_user_id: account.id,
          officer_person_id: aux.person_id,
          officer_name: account.display_name,
          place: places.length > 0 && random() < 0.7 ? pick(random, places) : null,
          note: random() < 0.8 ? pick(random, NOTES[type]) : null,
          created_at: at,
        });
        const earlier = villageDisputes.filter((d) => d.created_at <= at);
        if (type === 'mediation' && earlier.length > 0 && random() < 0.5) {
          const dispute = pick(random, earlier.slice(-5));
          links.push({
            duty_log_id: id,
            kind: 'dispute',
            target_id: dispute.id,
            label: dispute.number,
            town_id: village.town_id,
            jurisdiction_id: village.id,
          });
        }
      }
    }
  }
  await insertDutyLogRows(tx, logs);
  await insertDutyLinkRows(tx, links);
  return { entries: logs.length };
}
