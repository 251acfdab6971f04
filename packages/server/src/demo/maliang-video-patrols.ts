import {
  addDays,
  roundsDueBetween,
  shanghaiDate,
  type VideoPatrolChecklistItem,
  type VideoPatrolSchedule,
  type VideoReminderState,
} from '@fengqiao/domain';
import type { Tx } from '../db/database';
import { villageAuxiliaryFor } from '../modules/coverage/district-officer';
import { HazardsService } from '../modules/hazards/hazards.service';
import {
  countVideoPatrolResult,
  findRotationDirectorOn,
  insertVideoPatrolPlanRows,
  insertVideoPatrolResultRows,
  insertVideoPatrolRoundRows,
  insertVideoReminderRows,
  listTownPublicCameras,
  type VideoPatrolCameraView,
  type VideoPatrolParticipantRow,
  type VideoPatrolPlanRow,
  type VideoPatrolResultRow,
  type VideoPatrolRoundCameraRow,
  type VideoPatrolRoundRow,
  type VideoReminderRow,
} from '../modules/video-patrols/video-patrols.repository';
import { findUserByUsername, listGrantsOf } from '../platform/auth/accounts.repository';
import type { Deps } from '../platform/deps';
import { UnitOfWork } from '../platform/unit-of-work';
import { demoContext } from './demo-actor';
import { timedId } from './dispute-case-builder';
import { pick, seededRandom } from './random';

const CHECKLIST: VideoPatrolChecklistItem[] = [
  { id: 'crowd', text: '有无人员聚集、打架斗殴' },
  { id: 'fire', text: '有无火灾隐患、违规用火' },
  { id: 'road', text: '道路是否畅通、有无交通事故' },
];
/** Remote reminders of the year (first attempts), the demo auxiliary officer's still awaiting him among them. */
const REMINDERS = 32;
const PROBLEMS = [
  ['广场有人聚集饮酒喧哗', '请村里上前劝导，提醒注意安全、早点散去'],
  ['河边有儿童玩水', '请通知家长把孩子带离河边'],
  ['路边焚烧秸秆', '请提醒村民立即熄灭，禁止露天焚烧'],
  ['车辆乱停堵塞道路', '请联系车主挪车'],
  ['电动车在楼道充电', '请提醒住户不要在楼道充电'],
  ['老人独自在桥头徘徊', '请村干部上前询问，联系家属'],
] as const;
const OUTCOME_NOTES: Record<Exclude<VideoReminderState, 'pending'>, string> = {
  resolved: '已现场劝导，问题已解决',
  no_answer: '电话未接通',
  referred: '已移交村委会处理',
};

/**
 * Maliang's video patrols: two plans over the public cameras (a daily round at 09:00 over a dozen key spots, one
 * at 21:30 on weekends over the next dozen), a year of rounds up to yesterday (finished, mostly normal) and today's
 * open rounds, findings across the year with REMINDERS remote reminders to the villages' auxiliary officers (most
 * resolved, some referred, a few retried after no answer), the latest one in the demo auxiliary officer's village still
 * awaiting him, and today's finding that became a hazard through its service. Written in batches;
 * needs the registry's cameras (seeded before), and writes nothing without them.
 */
export async function seedMaliangVideoPatrols(tx: Tx, deps: Deps, now: Date): Promise<number> {
  const random = seededRandom(20_261_202);
  const [chief, officer, auxiliary] = await Promise.all([
    findUserByUsername(tx, 'chief'),
    findUserByUsername(tx, 'officer'),
    findUserByUsername(tx, 'auxiliary'),
  ]);
  if (!chief || !officer || !auxiliary) throw new Error('demo: an account of the video patrols is missing');
  const grants = await listGrantsOf(tx, [chief.id, auxiliary.id]);
  const townId = grants.get(chief.id)?.[0]?.townId;
  const auxiliaryVillage = grants.get(auxiliary.id)?.[0]?.jurisdictionId;
  if (!townId || !auxiliaryVillage) throw new Error('demo: the chief or the auxiliary officer has no place');
  const cameras = await listTownPublicCameras(tx, townId);
  if (cameras.length === 0) return 0;
  // The daily plan starts with a camera of the auxiliary officer's village, so his reminder has a round to come from.
  const own = cameras.find((camera) => camera.village_id === auxiliaryVillage);
  const ordered = own ? [own, ...cameras.filter((camera) => camera !== own)] : cameras;
  const daily = ordered.slice(0, 12);
  const weekend = ordered.slice(12, 24).length > 0 ? ordered.slice(12, 24) : daily;
  const today = shanghaiDate(now);
  const firstDay = addDays(today, -364);
  const yearAgo = new Date(now.getTime() - 365 * 86_400_000).toISOString();
  const plan = (name: string, schedule: VideoPatrolSchedule): VideoPatrolPlanRow => ({
    id: timedId(Date.parse(yearAgo), random),
    town_id: townId,
    jurisdiction_id: townId,
    name,
    checklist: CHECKLIST,
    schedule,
    active: 1,
    created_by: chief.id,
    created_at: yearAgo,
    updated_at: yearAgo,
  });
  const plans = [
    { row: plan('公共视频日巡', { kind: 'daily', at: '09:00' }), cameras: daily },
    { row: plan('周末夜间重点部位巡查', { kind: 'weekdays', weekdays: [6, 7], at: '21:30' }), cameras: weekend },
  ];
  await insertVideoPatrolPlanRows(
    tx,
    plans.map((p) => p.row),
    plans.flatMap((p) =>
      p.cameras.map((camera, index) => ({
        plan_id: p.row.id,
        camera_id: camera.id,
        town_id: townId,
        sort_order: index,
      })),
    ),
  );

  const due = roundsDueBetween(
    plans.map((p) => ({ id: p.row.id, active: true, schedule: p.row.schedule })),
    firstDay,
    today,
  ).filter((round) => round.scheduledAt <= now.toISOString() || round.day === today);
  const camerasOf = new Map(plans.map((p) => [p.row.id, p.cameras]));
  const nameOf = new Map(plans.map((p) => [p.row.id, p.row.name]));
  const directors = new Map<string, Awaited<ReturnType<typeof findRotationDirectorOn>>>();
  const rounds: VideoPatrolRoundRow[] = [];
  const roundCameras: VideoPatrolRoundCameraRow[] = [];
  const participants: VideoPatrolParticipantRow[] = [];
  const results: VideoPatrolResultRow[] = [];
  // Reminders fall on rounds spread over the year; the last one (the newest) is the auxiliary officer's pending one.
  const past = due.filter((round) => round.day < today && round.planId === plans[0]?.row.id);
  const reminderRoundAt = (i: number) => past[Math.floor(((i + 0.5) * past.length) / REMINDERS)]?.scheduledAt;
  const reminderRounds = new Set(Array.from({ length: REMINDERS }, (_, i) => reminderRoundAt(i)));
  const newestReminderRound = reminderRoundAt(REMINDERS - 1);
  const findings: { result: VideoPatrolResultRow; camera: VideoPatrolCameraView; round: VideoPatrolRoundRow }[] = [];
  for (const { planId, day, scheduledAt } of due) {
    const list = camerasOf.get(planId) ?? [];
    const open = day === today;
    const id = timedId(Date.parse(scheduledAt), random);
    const duty = random() < 0.5 ? chief : officer;
    const startedAt = new Date(Date.parse(scheduledAt) + 5 * 60_000).toISOString();
    const recorded = open ? list.slice(0, 3) : list;
    let findingCount = 0;
    const round: VideoPatrolRoundRow = {
      id,
      town_id: townId,
      jurisdiction_id: townId,
      plan_id: planId,
      name: nameOf.get(planId) ?? '',
      origin: 'scheduled',
      schedule_key: `${planId}:${day}`,
      day,
      scheduled_at: scheduledAt,
      state: open ? 'open' : 'closed',
      checklist: CHECKLIST,
      camera_count: list.length,
      result_count: recorded.length,
      finding_count: 0,
      started_at: recorded.length > 0 ? startedAt : null,
      closed_at: open ? null : new Date(Date.parse(startedAt) + 40 * 60_000).toISOString(),
      closed_by: open ? null : duty.id,
      created_by: null,
      created_at: scheduledAt,
    };
    // The newest reminder is on the auxiliary officer's camera (first in the daily plan); others on a random one.
    const reminderIndex = !reminderRounds.has(scheduledAt)
      ? -1
      : scheduledAt === newestReminderRound && list[0] === own
        ? 0
        : Math.floor(random() * recorded.length);
    for (const [index, camera] of recorded.entries()) {
      const finding = index === reminderIndex;
      const result: VideoPatrolResultRow = {
        id: timedId(Date.parse(startedAt) + index * 60_000, random),
        round_id: id,
        camera_id: camera.id,
        town_id: townId,
        jurisdiction_id: camera.village_id,
        day,
        kind: finding ? 'finding' : 'normal',
        answers: CHECKLIST.map((item) => ({ itemId: item.id, ok: !finding })),
        note: finding ? pick(random, PROBLEMS)[0] : null,
        finding_kind: null,
        finding_id: null,
        finding_label: null,
        recorded_by: duty.id,
        recorded_by_name: duty.display_name,
        recorded_at: new Date(Date.parse(startedAt) + index * 60_000).toISOString(),
      };
      results.push(result);
      if (finding) {
        findingCount += 1;
        findings.push({ result, camera, round });
      }
    }
    round.finding_count = findingCount;
    rounds.push(round);
    roundCameras.push(
      ...list.map((camera, index) => ({ round_id: id, camera_id: camera.id, town_id: townId, sort_order: index })),
    );
    if (!directors.has(day)) directors.set(day, await findRotationDirectorOn(tx, townId, day));
    const director = directors.get(day);
    if (recorded.length > 0) {
      participants.push({
        round_id: id,
        role: 'duty_officer',
        town_id: townId,
        user_id: duty.id,
        person_id: duty.person_id,
        name: duty.display_name,
      });
    }
    if (director) {
      participants.push({
        round_id: id,
        role: 'security_director',
        town_id: townId,
        user_id: director.user_id,
        person_id: director.person_id,
        name: director.name,
      });
    }
  }

  const reminders: VideoReminderRow[] = [];
  const auxiliaries = new Map<string, Awaited<ReturnType<typeof villageAuxiliaryFor>>>();
  for (const [index, { result, camera, round }] of findings.entries()) {
    if (!auxiliaries.has(camera.village_id)) {
      auxiliaries.set(camera.village_id, await villageAuxiliaryFor(tx, camera.village_id));
    }
    const recipient = auxiliaries.get(camera.village_id);
    if (!recipient) continue;
    const newest = index === findings.length - 1;
    const state: VideoReminderState = newest
      ? 'pending'
      : index % 11 === 5
        ? 'referred'
        : index % 9 === 4
          ? 'no_answer'
          : 'resolved';
    const sentAt = new Date(Date.parse(result.recorded_at) + 2 * 60_000).toISOString();
    const answeredAt = new Date(Date.parse(sentAt) + 50 * 60_000).toISOString();
    const problem = PROBLEMS.find(([note]) => note === result.note) ?? PROBLEMS[0];
    const first: VideoReminderRow = {
      id: timedId(Date.parse(sentAt), random),
      town_id: townId,
      jurisdiction_id: camera.village_id,
      round_id: round.id,
      result_id: result.id,
      camera_id: camera.id,
      target: 'village_auxiliary',
      channel: index % 3 === 0 ? 'voice_broadcast' : index % 3 === 1 ? 'phone' : 'platform',
      recipient_user_id: recipient.userId,
      recipient_person_id: recipient.personId,
      recipient_name: recipient.name,
      message: problem[1],
      state,
      outcome_note: state === 'pending' ? null : OUTCOME_NOTES[state],
      outcome_at: state === 'pending' ? null : answeredAt,
      outcome_by: state === 'pending' ? null : recipient.userId,
      outcome_by_name: state === 'pending' ? null : recipient.name,
      attempt: 1,
      retry_of_id: null,
      day: shanghaiDate(sentAt),
      sent_by: result.recorded_by,
      sent_by_name: result.recorded_by_name,
      sent_at: sentAt,
    };
    reminders.push(first);
    result.finding_kind = 'reminder';
    result.finding_id = first.id;
    if (state === 'no_answer') {
      // Tried again by phone an hour later, and settled then.
      const retryAt = new Date(Date.parse(answeredAt) + 60 * 60_000).toISOString();
      reminders.push({
        ...first,
        id: timedId(Date.parse(retryAt), random),
        channel: 'phone',
        state: 'resolved',
        outcome_note: OUTCOME_NOTES.resolved,
        outcome_at: new Date(Date.parse(retryAt) + 30 * 60_000).toISOString(),
        attempt: 2,
        retry_of_id: first.id,
        day: shanghaiDate(retryAt),
        sent_at: retryAt,
      });
    }
  }
  await insertVideoPatrolRoundRows(tx, rounds, roundCameras, participants);
  await insertVideoPatrolResultRows(tx, results);
  await insertVideoReminderRows(tx, reminders);
  await seedFollowUps(tx, deps, chief, grants.get(chief.id) ?? [], rounds, daily, now);
  return rounds.length;
}

/**
 * Today's open round: one more camera with a finding that became a hazard through the hazards service (in the seed's
 * transaction, as a patrol would make it). Incidents are left to the incidents seed, whose records are deterministic.
 */
async function seedFollowUps(
  tx: Tx,
  deps: Deps,
  chief: NonNullable<Awaited<ReturnType<typeof findUserByUsername>>>,
  chiefGrants: Parameters<typeof demoContext>[1],
  rounds: readonly VideoPatrolRoundRow[],
  cameras: readonly VideoPatrolCameraView[],
  now: Date,
): Promise<void> {
  const round = rounds.find((r) => r.state === 'open' && r.camera_count === cameras.length);
  const hazardCamera = cameras[3];
  if (!round || !hazardCamera) return;
  const ctx = demoContext(chief, chiefGrants);
  const uow = new UnitOfWork(tx, ctx);
  const at = now.toISOString();
  const base = {
    round_id: round.id,
    town_id: round.town_id,
    day: round.day,
    kind: 'finding' as const,
    answers: [],
    recorded_by: chief.id,
    recorded_by_name: chief.display_name,
    recorded_at: at,
  };
  const hazardResultId = timedId(Date.parse(at), seededRandom(3));
  const hazard = await new HazardsService(deps).report(
    ctx,
    {
      source: 'video_patrol',
      sourceRef: { kind: 'video_patrol_result', id: hazardResultId },
      villageId: hazardCamera.village_id,
      title: '路边电线杆倾斜',
      description: '视频巡查发现路边电线杆明显倾斜，有倒伏危险。',
      location: hazardCamera.name,
    },
    uow,
  );
  await insertVideoPatrolResultRows(tx, [
    {
      ...base,
      id: hazardResultId,
      camera_id: hazardCamera.id,
      jurisdiction_id: hazardCamera.village_id,
      note: '路边电线杆倾斜',
      finding_kind: 'hazard',
      finding_id: hazard.id,
      finding_label: hazard.title,
    },
  ]);
  await countVideoPatrolResult(tx, round.id, true, at);
}
