import { type Role, shanghaiDate } from '@fengqiao/domain';
import { insertPersonRow } from '../../src/modules/directory/people.repository';
import { newPersonRow } from '../../src/modules/directory/person-pii';
import {
  insertVideoPatrolPlanRows,
  insertVideoPatrolResultRows,
  insertVideoPatrolRoundRows,
  insertVideoReminderRows,
  type VideoPatrolResultRow,
  type VideoPatrolRoundRow,
  type VideoReminderRow,
} from '../../src/modules/video-patrols/video-patrols.repository';
import type { Deps } from '../../src/platform/deps';
import { newId } from '../../src/platform/ids';
import type { SmallTown } from './fixtures';

let serial = 0;

/** A registry camera written straight to its table (the tests of video patrols need cameras, not the registry). */
export async function insertTestCamera(
  deps: Deps,
  camera: {
    name: string;
    townId: string;
    villageId: string;
    kind?: 'public' | 'household';
    ownerPersonId?: string | null;
  },
): Promise<string> {
  const id = newId();
  const now = new Date().toISOString();
  serial += 1;
  await deps.db
    .insertInto('cameras')
    .values({
      id,
      town_id: camera.townId,
      village_id: camera.villageId,
      device_id: `42062610401329${String(serial).padStart(6, '0')}`,
      name: camera.name,
      kind: camera.kind ?? 'public',
      address: null,
      lat: null,
      lng: null,
      owner_person_id: camera.ownerPersonId ?? null,
      venue_id: null,
      source_kind: 'gb28181',
      source_enc: deps.cipher.encrypt(JSON.stringify({ kind: 'gb28181' })),
      status: 'online',
      last_seen_at: null,
      status_checked_at: null,
      active: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

export interface VideoPatrolFixture {
  planId: string;
  /** A camera of the town outside every round, for starting a round by hand. */
  spareCameraId: string;
  /** A round with one camera per role still to record (the role's camera). */
  roundId: string;
  cameraOf: Map<Role, string>;
  /** Per role: an open round whose only camera has its result (ready to finish). */
  completeRoundOf: Map<Role, string>;
  /** A pending reminder in 双坪村, and per role one pending (to answer) and one left without answer (to retry). */
  reminderId: string;
  pendingReminderOf: Map<Role, string>;
  noAnswerReminderOf: Map<Role, string>;
}

type Send = (method: 'POST' | 'GET', url: string, payload?: object) => Promise<{ json(): unknown }>;

/** Cameras of 双坪村 (a household one per reminder), a plan, rounds and reminders, made through the API as the chief. */
export async function seedVideoPatrols(
  deps: Deps,
  town: SmallTown,
  roles: readonly Role[],
  asChief: Send,
): Promise<VideoPatrolFixture> {
  const place = { townId: town.town.id, villageId: town.shuangping.id };
  const owner = newPersonRow(deps.cipher, {
    ...place,
    jurisdictionId: town.shuangping.id,
    name: '看家户主',
    kind: 'resident',
  });
  await insertPersonRow(deps.db, owner);
  const household = (name: string) =>
    insertTestCamera(deps, { ...place, name, kind: 'household', ownerPersonId: owner.id });
  const spareCameraId = await insertTestCamera(deps, { ...place, name: '备用点位' });
  const planCamera = await insertTestCamera(deps, { ...place, name: '方案点位' });
  const plan = (await asChief('POST', '/api/v1/video-patrols/plans', {
    name: '矩阵方案',
    cameraIds: [planCamera],
    schedule: { kind: 'daily', at: '09:00' },
  }).then((res) => res.json())) as { id: string };
  const cameraOf = new Map<Role, string>();
  const pendingCamera = new Map<Role, string>();
  const noAnswerCamera = new Map<Role, string>();
  for (const role of roles) {
    cameraOf.set(role, await insertTestCamera(deps, { ...place, name: `${role}点位` }));
    pendingCamera.set(role, await household(`${role}待反馈`));
    noAnswerCamera.set(role, await household(`${role}未应答`));
  }
  const firstReminderCamera = await household('首个提醒');
  const start = async (cameraIds: string[]) =>
    ((await asChief('POST', '/api/v1/video-patrols/rounds', { cameraIds }).then((res) => res.json())) as { id: string })
      .id;
  const roundId = await start([...cameraOf.values()]);
  const remindersRound = await start([firstReminderCamera, ...pendingCamera.values(), ...noAnswerCamera.values()]);
  const remind = async (cameraId: string) =>
    (
      (await asChief('POST', `/api/v1/video-patrols/rounds/${remindersRound}/results`, {
        cameraId,
        kind: 'finding',
        note: '门口堆放杂物',
        finding: { kind: 'reminder', recipient: { target: 'household' }, channel: 'phone', message: '请清理杂物' },
      }).then((res) => res.json())) as { finding: { id: string } }
    ).finding.id;
  const reminderId = await remind(firstReminderCamera);
  const pendingReminderOf = new Map<Role, string>();
  const noAnswerReminderOf = new Map<Role, string>();
  const completeRoundOf = new Map<Role, string>();
  for (const role of roles) {
    pendingReminderOf.set(role, await remind(pendingCamera.get(role) ?? ''));
    const noAnswer = await remind(noAnswerCamera.get(role) ?? '');
    await asChief('POST', `/api/v1/video-patrols/reminders/${noAnswer}/outcome`, { outcome: 'no_answer' });
    noAnswerReminderOf.set(role, noAnswer);
    const camera = await insertTestCamera(deps, { ...place, name: `${role}完成` });
    const complete = await start([camera]);
    await asChief('POST', `/api/v1/video-patrols/rounds/${complete}/results`, { cameraId: camera, kind: 'normal' });
    completeRoundOf.set(role, complete);
  }
  return {
    planId: plan.id,
    spareCameraId,
    roundId,
    cameraOf,
    completeRoundOf,
    reminderId,
    pendingReminderOf,
    noAnswerReminderOf,
  };
}

/**
 * Rounds over one camera of 双坪村 at the given scheduled instants (finished unless said otherwise), each with a
 * finding whose reminder was sent at the round's time plus `reminderDelayMinutes` (its first attempt; every other one
 * retried after no answer, the retry not counted again), written straight through the repository for the statistics
 * tests.
 */
export async function seedVideoPatrolRecords(
  deps: Deps,
  town: SmallTown,
  userId: string,
  scheduled: readonly { at: string; finished?: boolean }[],
  reminderDelayMinutes = 20,
): Promise<void> {
  const cameraId = await insertTestCamera(deps, {
    name: '统计点位',
    townId: town.town.id,
    villageId: town.shuangping.id,
  });
  const rounds: VideoPatrolRoundRow[] = [];
  const results: VideoPatrolResultRow[] = [];
  const reminders: VideoReminderRow[] = [];
  for (const [index, { at: scheduledAt, finished = true }] of scheduled.entries()) {
    const roundId = newId();
    const day = shanghaiDate(scheduledAt);
    rounds.push({
      id: roundId,
      town_id: town.town.id,
      jurisdiction_id: town.town.id,
      plan_id: null,
      name: '统计巡查',
      origin: 'manual',
      schedule_key: null,
      day,
      scheduled_at: scheduledAt,
      state: finished ? 'closed' : 'open',
      checklist: [],
      camera_count: 1,
      result_count: 1,
      finding_count: 1,
      started_at: scheduledAt,
      closed_at: finished ? scheduledAt : null,
      closed_by: finished ? userId : null,
      created_by: userId,
      created_at: scheduledAt,
    });
    const resultId = newId();
    results.push({
      id: resultId,
      round_id: roundId,
      camera_id: cameraId,
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      day,
      kind: 'finding',
      answers: [],
      note: '发现问题',
      finding_kind: 'reminder',
      finding_id: null,
      finding_label: null,
      recorded_by: userId,
      recorded_by_name: '民警',
      recorded_at: scheduledAt,
    });
    const sentAt = new Date(Date.parse(scheduledAt) + reminderDelayMinutes * 60_000).toISOString();
    const first: VideoReminderRow = {
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      round_id: roundId,
      result_id: resultId,
      camera_id: cameraId,
      target: 'village_auxiliary',
      channel: 'phone',
      recipient_user_id: userId,
      recipient_person_id: null,
      recipient_name: '辅警',
      message: '请提醒',
      state: index % 2 === 0 ? 'resolved' : 'no_answer',
      outcome_note: null,
      outcome_at: sentAt,
      outcome_by: userId,
      outcome_by_name: '辅警',
      attempt: 1,
      retry_of_id: null,
      day: shanghaiDate(sentAt),
      sent_by: userId,
      sent_by_name: '民警',
      sent_at: sentAt,
    };
    reminders.push(first);
    if (index % 2 === 1) {
      const retryAt = new Date(Date.parse(sentAt) + 60 * 60_000).toISOString();
      reminders.push({
        ...first,
        id: newId(),
        state: 'resolved',
        attempt: 2,
        retry_of_id: first.id,
        day: shanghaiDate(retryAt),
        sent_at: retryAt,
        outcome_at: retryAt,
      });
    }
  }
  await insertVideoPatrolRoundRows(
    deps.db,
    rounds,
    rounds.map((round) => ({ round_id: round.id, camera_id: cameraId, town_id: town.town.id, sort_order: 0 })),
    [],
  );
  await insertVideoPatrolResultRows(deps.db, results);
  await insertVideoReminderRows(deps.db, reminders);
}

/** `rows` plans, rounds and reminders of 双坪村, written straight through the repository, for the list tests. */
export async function seedVideoPatrolLists(deps: Deps, town: SmallTown, userId: string, rows: number): Promise<void> {
  const cameraId = await insertTestCamera(deps, {
    name: '列表点位',
    townId: town.town.id,
    villageId: town.shuangping.id,
  });
  const plans = Array.from({ length: rows }, (_, i) => ({
    id: newId(),
    town_id: town.town.id,
    jurisdiction_id: town.town.id,
    name: `巡查方案${i}`,
    checklist: [{ id: 'a', text: '有无异常' }],
    schedule: { kind: 'daily' as const, at: '09:00' },
    active: 1,
    created_by: userId,
    created_at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
    updated_at: new Date(Date.UTC(2026, 9, 1) + i * 60_000).toISOString(),
  }));
  await insertVideoPatrolPlanRows(
    deps.db,
    plans,
    plans.map((plan) => ({ plan_id: plan.id, camera_id: cameraId, town_id: town.town.id, sort_order: 0 })),
  );
  await seedVideoPatrolRecords(
    deps,
    town,
    userId,
    Array.from({ length: rows }, (_, i) => ({ at: new Date(Date.UTC(2026, 9, 1, 1) + i * 86_400_000).toISOString() })),
  );
}
