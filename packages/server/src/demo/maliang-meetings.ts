import {
  addDays,
  addMonths,
  defaultMeetingMonth,
  defaultMeetingTitle,
  shanghaiDate,
  shanghaiDayStart,
  type TaskPriority,
  type TaskState,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import {
  type AttendeeRow,
  insertAttendeeRows,
  insertMeetingRows,
  listRotaMonth,
  listTownDepartments,
  type MeetingRow,
} from '../modules/meetings/meetings.repository';
import type { MeetingSnapshotSource } from '../modules/meetings/meetings.service';
import {
  insertFeedbackRows,
  insertTaskRows,
  type TaskFeedbackRow,
  type TaskRow,
} from '../modules/meetings/tasks.repository';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import { demoContext } from './demo-actor';
import { timedId } from './dispute-case-builder';
import { DEPARTMENTS } from './maliang-data';
import { pick, seededRandom } from './random';

/** The consultation sits on the 5th of each month at 09:00 Beijing time, reviewing the month before. */
const MEETING_DAY_OF_MONTH = 5;
const MEETINGS = 12;

const REVIEWS = [
  '上月全镇治安形势总体平稳，矛盾纠纷排查化解工作有序推进，驻村辅警到岗率良好。',
  '各村（社区）按要求开展矛盾纠纷排查，重点人员稳控到位，未发生民转刑案件。',
  '盗窃类警情有所反弹，需加强夜间巡防；邻里及婚姻家庭纠纷调处及时。',
  '山林权属和宅基地纠纷仍是主要矛盾类型，需国土、林业部门提前介入。',
] as const;
const TRAININGS = [
  '学习《人民调解法》及协议书制作规范。',
  '防范电信网络诈骗宣传要点培训。',
  '矛盾纠纷风险研判及红色预警处置流程培训。',
  '警情接处警规范与现场保护要点培训。',
] as const;
const INTEL = [
  '研判认为：邻里纠纷与家庭纠纷占比较高，集中在双坪村、南垭村；夜间警情多发于19时至22时。',
  '研判认为：山林权属纠纷进入高发期，须提前排查；电信诈骗警情仍需加强宣传。',
  '研判认为：务工人员返乡期间劳资纠纷增多，须关注欠薪线索。',
] as const;

/** What the demo's meetings assign, by owner: the officer, 双坪村's auxiliary officer, the land office, 综治办. */
const TASKS: readonly { owner: 'officer' | 'auxiliary' | 'land' | 'zongzhiban'; title: string; village: boolean }[] = [
  { owner: 'auxiliary', title: '双坪村重点矛盾纠纷回访并登记', village: true },
  { owner: 'officer', title: '加强片区夜间治安巡逻，每周不少于三次', village: false },
  { owner: 'land', title: '核查山林权属争议地块并出具意见', village: true },
  { owner: 'zongzhiban', title: '组织司法所对疑难纠纷开展联合调解', village: false },
  { owner: 'auxiliary', title: '开展防范电信诈骗入户宣传', village: true },
  { owner: 'officer', title: '对重点人员开展走访稳控', village: false },
];

const FEEDBACK = [
  '已上门走访当事人，双方情绪稳定。',
  '已完成现场核查，材料已报送。',
  '已组织召开协调会，双方初步达成一致。',
  '宣传覆盖农户120余户，发放资料300份。',
] as const;

/**
 * The last twelve monthly consultations of Maliang with their minutes, attendees (the station, 综治办, two
 * departments and the security directors on rotation that month), the month's figures frozen as of each meeting by
 * `snapshots` (StatsService.monthSnapshot over the demo's own records), and tasks owned by demo accounts: most
 * confirmed with feedback, a few left open past their deadline, and the latest meeting's still running. Ids and
 * texts are deterministic.
 */
export async function seedMaliangMeetings(tx: Tx, now: Date, snapshots: MeetingSnapshotSource): Promise<number> {
  const random = seededRandom(20_261_130);
  const accounts = {
    chief: await findUserByUsername(tx, 'chief'),
    officer: await findUserByUsername(tx, 'officer'),
    zongzhiban: await findUserByUsername(tx, 'zongzhiban'),
    auxiliary: await findUserByUsername(tx, 'auxiliary'),
  };
  const { chief, officer, zongzhiban, auxiliary } = accounts;
  if (!chief || !officer || !zongzhiban || !auxiliary) throw new Error('demo: an account of the meetings is missing');
  const grants = (await listGrantsOf(tx, [chief.id])).get(chief.id) ?? [];
  const townId = grants[0]?.townId;
  if (!townId) throw new Error('demo: the chief has no town');
  const ctx = demoContext(chief, grants);
  const departments = await listTownDepartments(tx, townId);
  const land = departments.find((d) => d.name === DEPARTMENTS[0]);
  const justice = departments.find((d) => d.name === DEPARTMENTS[1]);
  if (!land || !justice) throw new Error('demo: the departments are missing');
  const auxiliaryVillage = (await listGrantsOf(tx, [auxiliary.id])).get(auxiliary.id)?.[0]?.jurisdictionId;
  if (!auxiliaryVillage) throw new Error('demo: the auxiliary officer has no village');

  const today = shanghaiDate(now);
  // The latest meeting: this month's if its day has come, else last month's.
  const thisMonthFirst = `${today.slice(0, 7)}-01`;
  const latestFirst =
    Number(today.slice(8, 10)) > MEETING_DAY_OF_MONTH ? thisMonthFirst : addMonths(thisMonthFirst, -1);
  let count = 0;
  for (let k = MEETINGS - 1; k >= 0; k--) {
    const day = addDays(addMonths(latestFirst, -k), MEETING_DAY_OF_MONTH - 1);
    const startsAt = new Date(shanghaiDayStart(day).getTime() + 9 * 3_600_000).toISOString();
    const endsAt = new Date(Date.parse(startsAt) + 2 * 3_600_000).toISOString();
    const month = defaultMeetingMonth(day);
    const latest = k === 0;
    const meetingId = timedId(Date.parse(startsAt) - 7 * 86_400_000, random);
    const row: MeetingRow = {
      id: meetingId,
      town_id: townId,
      jurisdiction_id: townId,
      title: defaultMeetingTitle(month),
      month,
      starts_at: startsAt,
      day,
      place: '马良派出所三楼会议室',
      chair_user_id: chief.id,
      chair_name: chief.display_name,
      state: latest ? 'held' : 'closed',
      minutes_intel: pick(random, INTEL),
      minutes_review: pick(random, REVIEWS),
      minutes_tasks: '会议研究确定以下交办事项，由责任单位按期办结并反馈。',
      minutes_training: pick(random, TRAININGS),
      snapshot: await snapshots.monthSnapshot(ctx, townId, month, startsAt, tx),
      snapshot_at: startsAt,
      held_at: endsAt,
      closed_at: latest ? null : new Date(Date.parse(endsAt) + 2 * 86_400_000).toISOString(),
      created_by: chief.id,
      created_at: new Date(Date.parse(startsAt) - 7 * 86_400_000).toISOString(),
      updated_at: endsAt,
    };
    await insertMeetingRows(tx, [row]);

    const attendees: Omit<AttendeeRow, 'id' | 'meeting_id' | 'town_id' | 'position'>[] = [
      {
        kind: 'station',
        name: chief.display_name,
        user_id: chief.id,
        person_id: null,
        organization_id: null,
        village_id: null,
        title: '所长',
        present: 1,
      },
      {
        kind: 'station',
        name: officer.display_name,
        user_id: officer.id,
        person_id: null,
        organization_id: null,
        village_id: null,
        title: '片区民警',
        present: 1,
      },
      {
        kind: 'zongzhiban',
        name: zongzhiban.display_name,
        user_id: zongzhiban.id,
        person_id: null,
        organization_id: null,
        village_id: null,
        title: '综治办主任',
        present: 1,
      },
      {
        kind: 'department',
        name: land.name,
        user_id: null,
        person_id: null,
        organization_id: land.id,
        village_id: null,
        title: null,
        present: 1,
      },
      {
        kind: 'department',
        name: justice.name,
        user_id: null,
        person_id: null,
        organization_id: justice.id,
        village_id: null,
        title: null,
        present: 1,
      },
    ];
    const [year, monthNumber] = day.split('-').map(Number) as [number, number];
    for (const slot of await listRotaMonth(tx, townId, year, monthNumber)) {
      attendees.push({
        kind: 'village',
        name: slot.director_name ?? slot.village_name,
        user_id: null,
        person_id: slot.director_person_id,
        organization_id: null,
        village_id: slot.village_id,
        title: '治保主任',
        present: 1,
      });
    }
    await insertAttendeeRows(
      tx,
      attendees.map((a, position) => ({
        ...a,
        id: timedId(Date.parse(startsAt) + position, random),
        meeting_id: meetingId,
        town_id: townId,
        position,
      })),
    );

    const tasks: TaskRow[] = [];
    const feedback: TaskFeedbackRow[] = [];
    for (let i = 0; i < 3; i++) {
      const plan = TASKS[(MEETINGS - k + i) % TASKS.length] ?? TASKS[0];
      if (!plan) continue;
      const dueOn = addDays(day, 10 + 5 * i);
      const past = dueOn < today;
      // Older meetings' tasks are confirmed, save about one in ten left open past its deadline; the latest run on.
      const state: TaskState = latest ? (i === 0 ? 'done' : 'open') : past && random() < 0.1 ? 'open' : 'confirmed';
      const owner =
        plan.owner === 'land'
          ? { kind: 'organization' as const, user: null, org: land.id, name: land.name }
          : {
              kind: 'user' as const,
              user: accounts[plan.owner]?.id ?? null,
              org: null,
              name: accounts[plan.owner]?.display_name ?? '',
            };
      const villageId = plan.village ? auxiliaryVillage : null;
      const taskId = timedId(Date.parse(endsAt) + i, random);
      // Reported done two days before the deadline, or just before now for the latest meeting's task.
      const planned = shanghaiDayStart(addDays(dueOn, -2)).getTime() + 10 * 3_600_000;
      const doneMs = Math.max(Date.parse(endsAt) + 3_600_000, Math.min(planned, now.getTime() - 3_600_000));
      const doneIso = state === 'open' ? null : new Date(doneMs).toISOString();
      const priority: TaskPriority = i === 0 ? 'high' : 'normal';
      tasks.push({
        id: taskId,
        town_id: townId,
        jurisdiction_id: villageId ?? townId,
        meeting_id: meetingId,
        title: plan.title,
        detail: null,
        owner_kind: owner.kind,
        owner_user_id: owner.user,
        owner_organization_id: owner.org,
        owner_name: owner.name,
        village_id: villageId,
        due_on: dueOn,
        priority,
        state,
        assigned_by: chief.id,
        assigned_by_name: chief.display_name,
        done_at: doneIso,
        confirmed_at:
          state === 'confirmed' && doneIso ? new Date(Date.parse(doneIso) + 86_400_000).toISOString() : null,
        cancelled_at: null,
        reason: null,
        created_at: endsAt,
        updated_at: endsAt,
      });
      if (state !== 'open' || random() < 0.5) {
        const at = doneIso ?? new Date(Date.parse(endsAt) + 3 * 86_400_000).toISOString();
        feedback.push({
          id: timedId(Date.parse(at), random),
          task_id: taskId,
          town_id: townId,
          jurisdiction_id: villageId ?? townId,
          author_id: owner.user ?? null,
          author_name: owner.user ? owner.name : `${owner.name}工作人员`,
          note: pick(random, FEEDBACK),
          created_at: at,
        });
      }
    }
    await insertTaskRows(tx, tasks);
    await insertFeedbackRows(tx, feedback);
    count += 1;
  }
  return count;
}
