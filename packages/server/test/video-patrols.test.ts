import type {
  Page,
  VideoPatrolPlan,
  VideoPatrolResult,
  VideoPatrolRound,
  VideoPatrolRoundDetail,
  VideoReminder,
  VideoReminderDetail,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { createDueVideoPatrolRounds } from '../src/modules/video-patrols/video-patrol-schedule';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Shanghai wall-clock time as a Date. */
const sh = (local: string) => new Date(`${local}+08:00`);

describe.each(testDialects())('video patrols on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let monitor: Session;
  let office: Session;
  let aux: Session;
  let aux2: Session;
  let cadre: Session;
  const person: Record<string, string> = {};
  const user: Record<string, string> = {};
  const cam: Record<string, string> = {};
  let plan: VideoPatrolPlan;
  let round: VideoPatrolRoundDetail;
  let reminder: VideoReminderDetail;

  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const at = (local: string) => vi.setSystemTime(sh(local));
  const record = (s: Session, roundId: string, payload: object) =>
    send(s, 'POST', `/api/v1/video-patrols/rounds/${roundId}/results`, payload);

  const addPerson = async (name: string, jurisdictionId: string, phone: string, townId = town.town.id) => {
    const row = newPersonRow(t.deps.cipher, { townId, jurisdictionId, name, kind: 'resident', phone });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };
  const linkAccount = (userId: string, personId: string) =>
    t.deps.db.updateTable('users').set({ person_id: personId }).where('id', '=', userId).execute();
  const addCamera = async (
    name: string,
    townId: string,
    villageId: string,
    kind: 'public' | 'household',
    ownerPersonId: string | null = null,
  ) => {
    const id = newId();
    const now = new Date().toISOString();
    await t.deps.db
      .insertInto('cameras')
      .values({
        id,
        town_id: townId,
        village_id: villageId,
        device_id: `4206261040132${String(Object.keys(cam).length).padStart(7, '0')}`,
        name,
        kind,
        address: null,
        lat: null,
        lng: null,
        owner_person_id: ownerPersonId,
        venue_id: null,
        source_kind: 'gb28181',
        source_enc: t.deps.cipher.encrypt(JSON.stringify({ kind: 'gb28181' })),
        status: 'online',
        last_seen_at: null,
        status_checked_at: null,
        active: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return id;
  };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-03-16T08:00:00');
    t = await createTestApp(dialect, {}, { FENGQIAO_SESSION_IDLE_MINUTES: '1440', FENGQIAO_SESSION_MAX_HOURS: '168' });
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    const otherVillage = await seedOtherVillage(t.deps, otherTown);
    person.aux = await addPerson('李辅警', town.shuangping.id, '13800000001');
    person.aux2 = await addPerson('周辅警', town.duanjiang.id, '13800000002');
    person.owner = await addPerson('王大山', town.shuangping.id, '13900000001');
    person.director = await addPerson('陈主任', town.nanya.id, '13900000002');
    for (const [key, village] of [
      ['aux', town.shuangping],
      ['aux2', town.duanjiang],
    ] as const) {
      await createAssignmentRow(t.deps.db, {
        townId: town.town.id,
        personId: person[key] ?? '',
        jurisdictionId: village.id,
        duty: 'village_auxiliary',
      });
    }
    user.chief = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    user.officer = (await createAccount(t.deps, 'duty', 'officer', town.town.id)).id;
    user.monitor = (await createAccount(t.deps, 'monitor', 'monitor', town.town.id)).id;
    user.office = (await createAccount(t.deps, 'office', 'zongzhiban', town.town.id)).id;
    user.aux = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    user.aux2 = (await createAccount(t.deps, 'aux2', 'auxiliary', town.duanjiang.id)).id;
    user.cadre = (await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id)).id;
    await linkAccount(user.aux, person.aux);
    await linkAccount(user.aux2, person.aux2);
    cam.square = await addCamera('双坪村广场', town.town.id, town.shuangping.id, 'public');
    cam.home = await addCamera('王大山家门口', town.town.id, town.shuangping.id, 'household', person.owner);
    cam.bridge = await addCamera('段江桥头', town.town.id, town.duanjiang.id, 'public');
    cam.road = await addCamera('南垭村口', town.town.id, town.nanya.id, 'public');
    cam.other = await addCamera('外镇路口', otherTown.id, otherVillage.id, 'public');
    // The rota: 陈主任 stays at the station on 16 March (a slot of 南垭村).
    const rotaId = newId();
    await t.deps.db
      .insertInto('rotas')
      .values({
        id: rotaId,
        town_id: town.town.id,
        year: 2026,
        seed: 1,
        generated_by: null,
        generated_at: '2026-01-01',
      })
      .execute();
    await t.deps.db
      .insertInto('rota_slots')
      .values({
        id: newId(),
        rota_id: rotaId,
        town_id: town.town.id,
        jurisdiction_id: town.nanya.id,
        year: 2026,
        month: 3,
        slot_index: 0,
        days: JSON.stringify(['2026-03-16']) as never,
        start_date: '2026-03-16',
        end_date: '2026-03-20',
        director_person_id: person.director,
        created_at: '2026-01-01T00:00:00.000Z',
      })
      .execute();
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'duty');
    monitor = await loginAs(t.app, 'monitor');
    office = await loginAs(t.app, 'office');
    aux = await loginAs(t.app, 'aux');
    aux2 = await loginAs(t.app, 'aux2');
    cadre = await loginAs(t.app, 'cadre');
  });
  afterAll(async () => {
    await t?.close();
    vi.useRealTimers();
  });

  it('creates plans over the town’s cameras only, by videopatrol.manage', async () => {
    const body = {
      name: '双坪段江日巡',
      cameraIds: [cam.square, cam.home, cam.bridge],
      checklist: [{ text: '有无人员聚集' }, { text: '有无火灾隐患' }],
      schedule: { kind: 'daily', at: '23:30' },
    };
    const foreign = await send(monitor, 'POST', '/api/v1/video-patrols/plans', {
      ...body,
      cameraIds: [cam.square, cam.other],
    });
    expect([foreign.statusCode, foreign.json().error.code]).toEqual([400, 'VIDEO_PATROL_CAMERA_UNKNOWN']);
    const unknown = await send(monitor, 'POST', '/api/v1/video-patrols/plans', { ...body, cameraIds: ['nope'] });
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([400, 'VIDEO_PATROL_CAMERA_UNKNOWN']);
    expect((await send(officer, 'POST', '/api/v1/video-patrols/plans', body)).statusCode).toBe(403);
    const badSchedule = await send(monitor, 'POST', '/api/v1/video-patrols/plans', {
      ...body,
      schedule: { kind: 'weekdays', weekdays: [], at: '09:00' },
    });
    expect(badSchedule.statusCode).toBe(400);
    expect(await countRows(t.deps, 'video_patrol_plans')).toBe(0);

    const created = await send(monitor, 'POST', '/api/v1/video-patrols/plans', body);
    expect(created.statusCode).toBe(201);
    plan = created.json();
    expect(plan.cameras.map((c) => c.name)).toEqual(['双坪村广场', '王大山家门口', '段江桥头']);
    expect(plan.checklist).toHaveLength(2);
    expect(plan.actions).toEqual(['edit', 'start']);
    const weekly = await send(chief, 'POST', '/api/v1/video-patrols/plans', {
      ...body,
      name: '周末南垭巡查',
      cameraIds: [cam.road],
      schedule: { kind: 'weekdays', weekdays: [6, 7], at: '10:00' },
    });
    expect(weekly.statusCode).toBe(201);
    expect((await audits('video_patrol_plan.create')).length).toBe(2);
    const listed = (await get(office, '/api/v1/video-patrols/plans')).json() as Page<VideoPatrolPlan>;
    expect(listed.items.map((p) => p.name)).toEqual(['周末南垭巡查', '双坪段江日巡']);
    expect(listed.items.every((p) => p.actions.length === 0)).toBe(true);
    expect((await get(aux, '/api/v1/video-patrols/plans')).json().items).toEqual([]);
    expect((await get(aux, `/api/v1/video-patrols/plans/${plan.id}`)).statusCode).toBe(404);
  });

  it('creates the day’s rounds from the plans once, with the director on rotation', async () => {
    // Monday 16 March: the daily plan's round at 23:30 belongs to that day; the weekend plan has none.
    expect(await createDueVideoPatrolRounds(t.deps, sh('2026-03-16T00:05:00'))).toBe(1);
    expect(await createDueVideoPatrolRounds(t.deps, sh('2026-03-16T09:00:00'))).toBe(0);
    const rounds = (await get(officer, '/api/v1/video-patrols/rounds')).json() as Page<VideoPatrolRound>;
    expect(rounds.items).toHaveLength(1);
    expect(rounds.items[0]).toMatchObject({
      day: '2026-03-16',
      scheduledAt: '2026-03-16T15:30:00.000Z',
      origin: 'scheduled',
      state: 'open',
      cameraCount: 3,
      participants: [{ role: 'security_director', name: '陈主任' }],
      actions: ['record'],
    });
    round = (await get(officer, `/api/v1/video-patrols/rounds/${rounds.items[0]?.id}`)).json();
    expect(round.cameras.map((c) => c.result)).toEqual([null, null, null]);
    expect(round.checklist.map((i) => i.text)).toEqual(['有无人员聚集', '有无火灾隐患']);
  });

  it('refuses a result for a camera not in the round, writing nothing', async () => {
    for (const cameraId of [cam.road, cam.other, 'nope']) {
      const res = await record(officer, round.id, { cameraId, kind: 'normal' });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'VIDEO_PATROL_CAMERA_NOT_IN_ROUND']);
    }
    const badAnswer = await record(officer, round.id, {
      cameraId: cam.square,
      kind: 'normal',
      answers: [{ itemId: 'nope', ok: true }],
    });
    expect([badAnswer.statusCode, badAnswer.json().error.code]).toEqual([400, 'VIDEO_PATROL_ANSWER_UNKNOWN']);
    expect((await record(aux, round.id, { cameraId: cam.square, kind: 'normal' })).statusCode).toBe(404);
    expect((await record(office, round.id, { cameraId: cam.square, kind: 'normal' })).statusCode).toBe(403);
    expect(await countRows(t.deps, 'video_patrol_results')).toBe(0);
    const row = await t.deps.db
      .selectFrom('video_patrol_rounds')
      .selectAll()
      .where('id', '=', round.id)
      .executeTakeFirst();
    expect(row).toMatchObject({ result_count: 0, started_at: null });
  });

  it('records a normal result once; the recorder is the duty officer', async () => {
    const answers = round.checklist.map((item) => ({ itemId: item.id, ok: true }));
    const res = await record(officer, round.id, { cameraId: cam.square, kind: 'normal', answers });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'normal', finding: null, recordedByName: 'duty', answers });
    const twice = await record(chief, round.id, { cameraId: cam.square, kind: 'normal' });
    expect([twice.statusCode, twice.json().error.code]).toEqual([409, 'VIDEO_PATROL_RESULT_EXISTS']);
    const detail = (await get(chief, `/api/v1/video-patrols/rounds/${round.id}`)).json() as VideoPatrolRoundDetail;
    expect(detail.participants.map((p) => [p.role, p.name])).toEqual([
      ['duty_officer', 'duty'],
      ['security_director', '陈主任'],
    ]);
    expect(detail.resultCount).toBe(1);
    expect(detail.startedAt).not.toBeNull();
  });

  it('turns a finding into a remote reminder to the auxiliary officer, who records the outcome', async () => {
    const noOwner = await record(officer, round.id, {
      cameraId: cam.bridge,
      kind: 'finding',
      note: '桥头有人钓鱼',
      finding: { kind: 'reminder', recipient: { target: 'household' }, channel: 'phone', message: '注意安全' },
    });
    expect([noOwner.statusCode, noOwner.json().error.code]).toEqual([400, 'VIDEO_REMINDER_RECIPIENT_UNAVAILABLE']);
    const notCadre = await record(officer, round.id, {
      cameraId: cam.home,
      kind: 'finding',
      note: 'x',
      finding: {
        kind: 'reminder',
        recipient: { target: 'village_cadre', userId: user.aux },
        channel: 'phone',
        message: '注意安全',
      },
    });
    expect(notCadre.json().error.code).toBe('VIDEO_REMINDER_RECIPIENT_UNAVAILABLE');
    expect(await countRows(t.deps, 'video_patrol_results')).toBe(1);

    const options = (
      await get(officer, `/api/v1/video-patrols/rounds/${round.id}/recipients?cameraId=${cam.home}`)
    ).json();
    expect(options).toMatchObject({
      villageName: '双坪村',
      auxiliary: { userId: user.aux, name: '李辅警' },
      cadres: [{ userId: user.cadre, name: 'cadre' }],
      household: { personId: person.owner, name: '王**' },
    });

    const res = await record(officer, round.id, {
      cameraId: cam.home,
      kind: 'finding',
      note: '门口堆放柴草，有火灾隐患',
      finding: {
        kind: 'reminder',
        recipient: { target: 'village_auxiliary' },
        channel: 'voice_broadcast',
        message: '请提醒王大山家清理门口柴草',
      },
    });
    expect(res.statusCode).toBe(201);
    const result = res.json() as VideoPatrolResult;
    expect(result.finding).toMatchObject({ kind: 'reminder', label: '待反馈' });
    const notification = await t.deps.db
      .selectFrom('notifications')
      .selectAll()
      .where('kind', '=', 'video_reminder.sent')
      .execute();
    expect(notification.map((n) => [n.user_id, n.target_id])).toEqual([[user.aux, result.finding?.id]]);

    const mine = (await get(aux, '/api/v1/video-patrols/reminders?mine=true')).json() as Page<VideoReminder>;
    expect(mine.items).toHaveLength(1);
    expect(mine.items[0]).toMatchObject({
      villageName: '双坪村',
      cameraName: '王大山家门口',
      recipientName: '李辅警',
      state: 'pending',
      actions: ['outcome'],
    });
    const home = (await get(aux, '/api/v1/home/today')).json() as {
      groups: { key: string; total: number; items: { link: string; place: string }[] }[];
    };
    expect(home.groups.find((g) => g.key === 'video_reminder_pending')).toMatchObject({
      total: 1,
      items: [{ link: `/video-patrols/reminders/${result.finding?.id}`, place: '双坪村' }],
    });
    const otherHome = (await get(aux2, '/api/v1/home/today')).json() as typeof home;
    expect(otherHome.groups.find((g) => g.key === 'video_reminder_pending')?.total).toBe(0);
    expect((await get(office, '/api/v1/home/today')).json().groups.map((g: { key: string }) => g.key)).not.toContain(
      'video_reminder_pending',
    );
    expect((await get(aux2, '/api/v1/video-patrols/reminders')).json().items).toEqual([]);
    expect((await get(aux2, `/api/v1/video-patrols/reminders/${result.finding?.id}`)).statusCode).toBe(404);
    const foreignOutcome = await send(aux2, 'POST', `/api/v1/video-patrols/reminders/${result.finding?.id}/outcome`, {
      outcome: 'resolved',
    });
    expect(foreignOutcome.statusCode).toBe(404);
    const byOffice = await send(office, 'POST', `/api/v1/video-patrols/reminders/${result.finding?.id}/outcome`, {
      outcome: 'resolved',
    });
    expect(byOffice.statusCode).toBe(403);

    const noAnswer = await send(aux, 'POST', `/api/v1/video-patrols/reminders/${result.finding?.id}/outcome`, {
      outcome: 'no_answer',
    });
    expect(noAnswer.statusCode).toBe(200);
    reminder = noAnswer.json();
    expect(reminder).toMatchObject({ state: 'no_answer', outcomeByName: 'aux', actions: [] });
    const again = await send(aux, 'POST', `/api/v1/video-patrols/reminders/${reminder.id}/outcome`, {
      outcome: 'resolved',
    });
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'VIDEO_REMINDER_OUTCOME_RECORDED']);
    expect(
      (
        await t.deps.db.selectFrom('notifications').selectAll().where('kind', '=', 'video_reminder.outcome').execute()
      ).map((n) => n.user_id),
    ).toEqual([user.officer]);

    const officerView = (await get(officer, `/api/v1/video-patrols/reminders/${reminder.id}`)).json();
    expect(officerView.actions).toEqual(['outcome', 'retry'].filter((a) => a === 'retry'));
    const retried = await send(officer, 'POST', `/api/v1/video-patrols/reminders/${reminder.id}/retry`, {
      channel: 'phone',
    });
    expect(retried.statusCode).toBe(201);
    const second = retried.json() as VideoReminderDetail;
    expect(second).toMatchObject({ attempt: 2, retryOfId: reminder.id, channel: 'phone', state: 'pending' });
    const retryTwice = await send(officer, 'POST', `/api/v1/video-patrols/reminders/${reminder.id}/retry`, {});
    expect([retryTwice.statusCode, retryTwice.json().error.code]).toEqual([409, 'VIDEO_REMINDER_RETRY_INVALID']);
    const pendingRetry = await send(officer, 'POST', `/api/v1/video-patrols/reminders/${second.id}/retry`, {});
    expect(pendingRetry.json().error.code).toBe('VIDEO_REMINDER_RETRY_INVALID');
    const referredWithoutNote = await send(aux, 'POST', `/api/v1/video-patrols/reminders/${second.id}/outcome`, {
      outcome: 'referred',
    });
    expect(referredWithoutNote.statusCode).toBe(400);
    const resolved = await send(aux, 'POST', `/api/v1/video-patrols/reminders/${second.id}/outcome`, {
      outcome: 'resolved',
      note: '已上门提醒，柴草已清理',
    });
    expect(resolved.json()).toMatchObject({ state: 'resolved', outcomeNote: '已上门提醒，柴草已清理' });
    const detail = (await get(chief, `/api/v1/video-patrols/rounds/${round.id}`)).json() as VideoPatrolRoundDetail;
    expect(detail.cameras[1]?.result?.finding).toMatchObject({ kind: 'reminder', label: '已解决' });
    expect(detail.findingCount).toBe(1);
    expect((await audits('video_reminder.send')).length).toBe(1);
    expect((await audits('video_reminder.retry')).length).toBe(1);
    expect((await audits('video_reminder.outcome')).length).toBe(2);
  });

  it('lists the snapshots filed to a result on the result and on its reminder', async () => {
    const detail = (await get(chief, `/api/v1/video-patrols/rounds/${round.id}`)).json() as VideoPatrolRoundDetail;
    const result = detail.cameras.find((c) => c.id === cam.home)?.result;
    if (!result) throw new Error('the reminder test records a result for cam.home first');
    const viewId = newId();
    const snapshotId = newId();
    await t.deps.db
      .insertInto('video_views')
      .values({
        id: viewId,
        town_id: town.town.id,
        jurisdiction_id: town.shuangping.id,
        camera_id: cam.home,
        camera_name: '王大山家门口',
        account_id: user.officer,
        account_name: 'duty',
        purpose: 'patrol',
        note: null,
        token_hash: 'x',
        token_expires_at: '2026-03-16T00:00:30.000Z',
        used_at: '2026-03-16T00:00:10.000Z',
        viewer_id: null,
        opened_at: '2026-03-16T00:00:00.000Z',
        started_at: '2026-03-16T00:00:10.000Z',
        ended_at: '2026-03-16T00:05:00.000Z',
        end_reason: 'closed',
        duration_seconds: 290,
      })
      .execute();
    await t.deps.db
      .insertInto('video_snapshots')
      .values({
        id: snapshotId,
        town_id: town.town.id,
        jurisdiction_id: town.shuangping.id,
        view_id: viewId,
        camera_id: cam.home,
        account_id: user.officer,
        target_kind: 'video_patrol_result',
        target_id: result.id,
        file_name: 'snapshot.jpg',
        stored_name: 'snapshot.jpg',
        media_type: 'image/jpeg',
        size: 3,
        sha256: 'x',
        uploaded_by: user.officer,
        uploaded_by_name: 'duty',
        created_at: '2026-03-16T00:01:00.000Z',
      })
      .execute();
    const expected = [
      { id: snapshotId, takenAt: '2026-03-16T00:01:00.000Z', url: `/api/v1/video/snapshots/${snapshotId}/download` },
    ];
    const after = (await get(chief, `/api/v1/video-patrols/rounds/${round.id}`)).json() as VideoPatrolRoundDetail;
    expect(after.cameras.find((c) => c.id === cam.home)?.result?.snapshots).toEqual(expected);
    expect(after.cameras.find((c) => c.id === cam.square)?.result?.snapshots).toEqual([]);
    const shown = (await get(aux, `/api/v1/video-patrols/reminders/${result.finding?.id}`)).json();
    expect(shown.snapshots).toEqual(expected);
  });

  it('finishes a round only when every camera has its result; a finished round is closed', async () => {
    const early = await send(officer, 'POST', `/api/v1/video-patrols/rounds/${round.id}/finish`);
    expect([early.statusCode, early.json().error.code]).toEqual([409, 'VIDEO_PATROL_ROUND_INCOMPLETE']);
    expect(early.json().error.details).toEqual({ missing: [cam.bridge] });
    expect((await record(officer, round.id, { cameraId: cam.bridge, kind: 'normal' })).statusCode).toBe(201);
    const finished = await send(officer, 'POST', `/api/v1/video-patrols/rounds/${round.id}/finish`);
    expect(finished.statusCode).toBe(200);
    expect(finished.json()).toMatchObject({ state: 'closed', resultCount: 3, actions: [] });
    const late = await record(officer, round.id, { cameraId: cam.bridge, kind: 'normal' });
    expect([late.statusCode, late.json().error.code]).toEqual([409, 'VIDEO_PATROL_ROUND_CLOSED']);
    const twice = await send(officer, 'POST', `/api/v1/video-patrols/rounds/${round.id}/finish`);
    expect(twice.json().error.code).toBe('VIDEO_PATROL_ROUND_CLOSED');
  });

  it('turns findings into incidents and hazards atomically; a refused step leaves nothing', async () => {
    at('2026-03-17T07:00:00');
    const started = await send(officer, 'POST', '/api/v1/video-patrols/rounds', {
      cameraIds: [cam.bridge, cam.road],
      name: '临时巡查',
    });
    expect(started.statusCode).toBe(201);
    const adHoc = started.json() as VideoPatrolRoundDetail;
    // Nobody of the rota stays at the station on 17 March: the officer patrols alone.
    expect(adHoc.participants.map((p) => p.role)).toEqual(['duty_officer']);
    expect(adHoc).toMatchObject({ origin: 'manual', day: '2026-03-17', checklist: [] });

    const before = {
      results: await countRows(t.deps, 'video_patrol_results'),
      incidents: await countRows(t.deps, 'incidents'),
      hazards: await countRows(t.deps, 'hazards'),
    };
    // 监控值班 may record rounds but neither take in incidents nor report hazards: both are refused whole.
    const monitorIncident = await record(monitor, adHoc.id, {
      cameraId: cam.bridge,
      kind: 'finding',
      note: '两人在桥头争吵',
      finding: { kind: 'incident', classCode: '020100' },
    });
    expect(monitorIncident.statusCode).toBeGreaterThanOrEqual(400);
    expect(monitorIncident.statusCode).toBeLessThan(500);
    const monitorHazard = await record(monitor, adHoc.id, {
      cameraId: cam.road,
      kind: 'finding',
      note: '护栏缺失',
      finding: { kind: 'hazard', title: '村口护栏缺失' },
    });
    expect(monitorHazard.statusCode).toBeGreaterThanOrEqual(400);
    expect(monitorHazard.statusCode).toBeLessThan(500);
    const unknownClass = await record(officer, adHoc.id, {
      cameraId: cam.bridge,
      kind: 'finding',
      note: '两人在桥头争吵',
      finding: { kind: 'incident', classCode: '999999' },
    });
    expect(unknownClass.json().error.code).toBe('INCIDENT_CLASS_UNKNOWN');
    expect({
      results: await countRows(t.deps, 'video_patrol_results'),
      incidents: await countRows(t.deps, 'incidents'),
      hazards: await countRows(t.deps, 'hazards'),
    }).toEqual(before);
    const untouched = await t.deps.db
      .selectFrom('video_patrol_rounds')
      .selectAll()
      .where('id', '=', adHoc.id)
      .executeTakeFirstOrThrow();
    expect([untouched.result_count, untouched.finding_count]).toEqual([0, 0]);
    expect(
      await t.deps.db.selectFrom('video_patrol_participants').selectAll().where('round_id', '=', adHoc.id).execute(),
    ).toHaveLength(1);

    const incident = await record(officer, adHoc.id, {
      cameraId: cam.bridge,
      kind: 'finding',
      note: '两人在桥头争吵',
      finding: { kind: 'incident', classCode: '020100', title: '桥头纠纷' },
    });
    expect(incident.statusCode).toBe(201);
    const incidentRef = (incident.json() as VideoPatrolResult).finding;
    const incidentRow = await t.deps.db
      .selectFrom('incidents')
      .selectAll()
      .where('id', '=', incidentRef?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(incidentRow).toMatchObject({ source: 'video_patrol', jurisdiction_id: town.duanjiang.id });
    expect(incidentRef?.label).toBe(incidentRow.number);

    const hazard = await record(officer, adHoc.id, {
      cameraId: cam.road,
      kind: 'finding',
      note: '村口护栏缺失两米',
      finding: { kind: 'hazard', title: '村口护栏缺失' },
    });
    expect(hazard.statusCode).toBe(201);
    const hazardResult = hazard.json() as VideoPatrolResult;
    const hazardRow = await t.deps.db
      .selectFrom('hazards')
      .selectAll()
      .where('id', '=', hazardResult.finding?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(hazardRow).toMatchObject({
      source: 'video_patrol',
      source_ref_kind: 'video_patrol_result',
      source_ref_id: hazardResult.id,
      jurisdiction_id: town.nanya.id,
      title: '村口护栏缺失',
    });
    const withFindings = (await get(chief, '/api/v1/video-patrols/rounds?withFindings=true')).json();
    expect(withFindings.items.map((r: VideoPatrolRound) => r.findingCount)).toEqual([2, 1]);
  });

  it('lets the cadre answer his village’s reminders, and exports with the household masked', async () => {
    const adHoc = (
      await send(chief, 'POST', '/api/v1/video-patrols/rounds', { planId: plan.id })
    ).json() as VideoPatrolRoundDetail;
    expect(adHoc.checklist).toHaveLength(2);
    const res = await record(chief, adHoc.id, {
      cameraId: cam.home,
      kind: 'finding',
      note: '院内有人焚烧垃圾',
      finding: { kind: 'reminder', recipient: { target: 'household' }, channel: 'phone', message: '请勿焚烧垃圾' },
    });
    expect(res.statusCode).toBe(201);
    const id = (res.json() as VideoPatrolResult).finding?.id ?? '';
    const seen = (await get(cadre, `/api/v1/video-patrols/reminders/${id}`)).json() as VideoReminderDetail;
    expect(seen).toMatchObject({ target: 'household', recipientName: '王**', recipientUserId: null });
    expect(seen.findingNote).toBe('院内有人焚烧垃圾');
    // A household has no account: the village's auxiliary officer is told, to follow it up.
    const told = await t.deps.db.selectFrom('notifications').select('user_id').where('target_id', '=', id).execute();
    expect(told.map((n) => n.user_id)).toEqual([user.aux]);
    const referred = await send(cadre, 'POST', `/api/v1/video-patrols/reminders/${id}/outcome`, {
      outcome: 'referred',
      note: '转村委会处理',
    });
    expect(referred.json()).toMatchObject({ state: 'referred' });

    const detailOf = async (action: string) => JSON.parse(String((await audits(action)).at(-1)?.detail));
    const exported = await get(chief, '/api/v1/video-patrols/reminders/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('spreadsheetml');
    // The chief may unmask the household owner: one name went out in clear, and the audit row says so.
    expect(await detailOf('video_reminder.export')).toMatchObject({ count: 3, clear: 1 });
    expect((await get(monitor, '/api/v1/video-patrols/reminders/export.xlsx')).statusCode).toBe(200);
    expect(await detailOf('video_reminder.export')).toMatchObject({ count: 3, clear: 0 });
    expect((await get(aux2, '/api/v1/video-patrols/reminders/export.xlsx')).statusCode).toBe(200);
    expect(await detailOf('video_reminder.export')).toMatchObject({ count: 0 });
    const rounds = await get(office, '/api/v1/video-patrols/rounds/export.xlsx?from=2026-03-01');
    expect(rounds.statusCode).toBe(200);
    expect(await detailOf('video_patrol_round.export')).toMatchObject({ count: 3 });
  });

  it('counts rounds, findings and reminders for the analyses and statistics exactly as the records say', async () => {
    type Section = {
      module: string;
      figures: { key: string; count: number }[];
      breakdowns: { key: string; rows: { key: string; count: number }[] }[];
    };
    const section = async (kind: 'daily' | 'weekly', period: string) => {
      const res = await send(chief, 'POST', '/api/v1/analyses', { kind, period });
      expect(res.statusCode, res.body).toBe(201);
      return (res.json().sections as Section[]).find((s) => s.module === 'video_patrols');
    };
    const figures = (found: Section | undefined) =>
      Object.fromEntries((found?.figures ?? []).map((figure) => [figure.key, figure.count]));
    const direct = async (from: string, to: string) => ({
      rounds: Number(
        (
          await t.deps.db
            .selectFrom('video_patrol_rounds')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('state', '=', 'closed')
            .where('day', '>=', from)
            .where('day', '<=', to)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      findings: Number(
        (
          await t.deps.db
            .selectFrom('video_patrol_results')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('kind', '=', 'finding')
            .where('day', '>=', from)
            .where('day', '<=', to)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      reminders: Number(
        (
          await t.deps.db
            .selectFrom('video_reminders')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .where('attempt', '=', 1)
            .where('day', '>=', from)
            .where('day', '<=', to)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    });
    // Monday 16 March: the scheduled round (finished), its reminder resolved after a retry.
    const monday = await section('daily', '2026-03-16');
    expect(figures(monday)).toEqual(await direct('2026-03-16', '2026-03-16'));
    expect(figures(monday)).toEqual({ rounds: 1, findings: 1, reminders: 1 });
    expect(monday?.breakdowns.find((b) => b.key === 'reminder_outcome')?.rows).toEqual([
      { key: 'resolved', labelZh: '已解决', labelEn: 'Resolved', count: 1 },
    ]);
    const week = await section('weekly', '2026-W12');
    expect(figures(week)).toEqual(await direct('2026-03-16', '2026-03-22'));
    expect(week?.breakdowns.find((b) => b.key === 'rounds_by_day')?.rows.map((r) => [r.key, r.count])).toEqual([
      ['2026-03-16', 1],
      ['2026-03-17', 0],
    ]);
    const counters = (await get(chief, '/api/v1/stats/counters')).json() as {
      counters: { key: string; value: number | null }[];
    };
    expect(counters.counters.find((c) => c.key === 'remote_reminders')?.value).toBe(
      (await direct('2000-01-01', '2099-12-31')).reminders,
    );
  });
});
