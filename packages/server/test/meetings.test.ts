import {
  addDays,
  type Meeting,
  type Page,
  type StatsSnapshot,
  shanghaiDate,
  type Task,
  type TaskListItem,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appJobs } from '../src/app';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { runTaskReminders } from '../src/modules/meetings/task-reminders';
import { StatsService } from '../src/modules/statistics/stats.service';
import { testDialects } from './support/databases';
import { downloadName } from './support/downloads';
import {
  callerWith,
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedDepartments,
  seedOtherTown,
  seedSmallTown,
} from './support/fixtures';
import { incidentRow } from './support/incident-rows';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { JPG } from './support/upload-files';
import { zipEntry } from './support/zip';

const DAY_MS = 86_400_000;

describe.each(testDialects())('meetings and tasks on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let auxNanya: Session;
  let land: Session;
  let justice: Session;
  const ids: Record<string, string> = {};
  let departments: Record<string, string> = {};
  // Ten days ago at 09:00 Beijing time: held, with tasks whose deadlines have passed.
  const startsAt = new Date(Date.now() - 10 * DAY_MS).toISOString();
  const meetingDay = shanghaiDate(startsAt);

  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const notifications = (userId: string, kind: string) =>
    t.deps.db.selectFrom('notifications').selectAll().where('user_id', '=', userId).where('kind', '=', kind).execute();
  const newTask = (s: Session, payload: object) => send(s, 'POST', '/api/v1/tasks', payload);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const seeded = await seedDepartments(t.deps, town, ['国土所', '司法所']);
    departments = seeded.departments;
    ids.chief = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    ids.officer = (await createAccount(t.deps, 'officer', 'officer', town.town.id)).id;
    ids.aux = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    ids.auxNanya = (await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id)).id;
    ids.land = (await createAccount(t.deps, 'land', 'department', town.town.id)).id;
    ids.justice = (await createAccount(t.deps, 'justice', 'department', town.town.id)).id;
    const staff = seeded.staffPeople;
    await t.deps.db.updateTable('users').set({ person_id: staff.国土所 }).where('id', '=', ids.land).execute();
    await t.deps.db.updateTable('users').set({ person_id: staff.司法所 }).where('id', '=', ids.justice).execute();
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    auxNanya = await loginAs(t.app, 'aux_nanya');
    land = await loginAs(t.app, 'land');
    justice = await loginAs(t.app, 'justice');
  });

  afterAll(async () => {
    await t?.close();
  });

  it('prepares a meeting with attendees from the station, a department and a village', async () => {
    const res = await send(chief, 'POST', '/api/v1/meetings', {
      startsAt,
      place: '马良镇派出所会议室',
      attendees: [
        { kind: 'station', userId: ids.officer, title: '社区民警' },
        { kind: 'department', organizationId: departments.国土所 },
        { kind: 'village', villageId: town.shuangping.id, name: '张治保', title: '治保主任' },
      ],
      minutes: { review: '上月工作总体平稳。' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const meeting = res.json() as Meeting;
    ids.meeting = meeting.id;
    expect(meeting.state).toBe('draft');
    expect(meeting.day).toBe(meetingDay);
    expect(meeting.chair).toEqual({ userId: ids.chief, name: 'chief' });
    expect(meeting.attendees.map((a) => [a.kind, a.name, a.organizationName, a.villageName])).toEqual([
      ['station', 'officer', null, null],
      ['department', '国土所', '国土所', null],
      ['village', '张治保', null, '双坪村'],
    ]);
    expect(meeting.items.map((item) => [item.labelZh, item.minutes])).toEqual([
      ['情报研判', ''],
      ['总结点评', '上月工作总体平稳。'],
      ['交办任务', ''],
      ['业务培训', ''],
    ]);
    expect(meeting.snapshot).toBeNull();
    expect(meeting.actions).toEqual(['edit', 'hold', 'cancel', 'assignTask', 'print']);
    expect(await audits('meeting.create')).toHaveLength(1);
  });

  it('offers the town’s accounts and departments as task owners to those who assign tasks', async () => {
    const res = await get(officer, '/api/v1/tasks/owner-options');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { kind: string; id: string; name: string; detail: string | null }[];
    expect(items).toEqual(
      expect.arrayContaining([
        { kind: 'user', id: ids.aux, name: 'aux', role: 'auxiliary', detail: '双坪村' },
        { kind: 'organization', id: departments.国土所, name: '国土所', role: null, detail: null },
      ]),
    );
    expect((await get(aux, '/api/v1/tasks/owner-options')).statusCode).toBe(403);
  });

  it('refuses an attendee or chair outside the town, writing nothing', async () => {
    const other = await seedOtherTown(t.deps, town);
    const before = await countRows(t.deps, 'meetings');
    const badVillage = await send(chief, 'POST', '/api/v1/meetings', {
      startsAt,
      place: '会议室',
      attendees: [{ kind: 'village', villageId: other.id, name: '某人' }],
    });
    expect(badVillage.statusCode).toBe(400);
    expect(badVillage.json().error.code).toBe('MEETING_ATTENDEE_INVALID');
    const badChair = await send(chief, 'POST', '/api/v1/meetings', {
      startsAt,
      place: '会议室',
      chairUserId: 'no-such-user',
    });
    expect(badChair.json().error.code).toBe('MEETING_CHAIR_UNKNOWN');
    expect(await countRows(t.deps, 'meetings')).toBe(before);
    expect((await send(aux, 'POST', '/api/v1/meetings', { startsAt, place: '会议室' })).statusCode).toBe(403);
  });

  it('refuses a task without owner or deadline, or due before the meeting, with stable codes and nothing written', async () => {
    const before = await countRows(t.deps, 'tasks');
    const base = { meetingId: ids.meeting, title: '排查矛盾纠纷' };
    const owner = { kind: 'user', id: ids.aux };
    const cases: [object, string][] = [
      [{ ...base, dueOn: addDays(meetingDay, 5) }, 'TASK_OWNER_REQUIRED'],
      [{ ...base, owner }, 'TASK_DEADLINE_REQUIRED'],
      [{ ...base, owner, dueOn: addDays(meetingDay, -1) }, 'TASK_DEADLINE_BEFORE_MEETING'],
      [{ title: '独立任务', owner, dueOn: addDays(shanghaiDate(new Date()), -1) }, 'TASK_DEADLINE_PAST'],
      [{ ...base, owner, dueOn: addDays(shanghaiDate(new Date()), 367) }, 'TASK_DEADLINE_TOO_FAR'],
      [{ ...base, owner: { kind: 'user', id: 'nobody' }, dueOn: meetingDay }, 'TASK_OWNER_UNKNOWN'],
      [{ ...base, owner, dueOn: meetingDay, villageId: town.district1.id }, 'TASK_VILLAGE_UNKNOWN'],
      [{ ...base, owner, dueOn: meetingDay, links: [{ kind: 'dispute', id: 'missing' }] }, 'TASK_LINK_UNKNOWN'],
    ];
    for (const [payload, code] of cases) {
      const res = await newTask(chief, payload);
      expect(res.statusCode, code).toBe(400);
      expect(res.json().error.code).toBe(code);
    }
    expect(await countRows(t.deps, 'tasks')).toBe(before);
    expect(await countRows(t.deps, 'task_links')).toBe(0);
    expect((await newTask(aux, { ...base, owner, dueOn: meetingDay })).statusCode).toBe(403);
  });

  it('runs a task through feedback, done and confirmation, with notifications and audit rows', async () => {
    const created = await newTask(chief, {
      meetingId: ids.meeting,
      title: '双坪村土地纠纷回访',
      owner: { kind: 'user', id: ids.aux },
      villageId: town.shuangping.id,
      dueOn: addDays(meetingDay, 30),
      priority: 'high',
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json() as Task;
    ids.auxTask = task.id;
    expect(task).toMatchObject({ state: 'open', villageName: '双坪村', meetingId: ids.meeting, overdue: false });
    expect(task.owner).toEqual({ kind: 'user', id: ids.aux, name: 'aux' });
    expect(task.actions).toEqual(['cancel', 'edit']);
    expect(await notifications(ids.aux, 'task.assigned')).toHaveLength(1);

    const asOwner = (await get(aux, `/api/v1/tasks/${task.id}`)).json() as Task;
    expect(asOwner.actions).toEqual(['feedback', 'done']);

    // Feedback on someone else's task: 403 for a reader on the assigning side, 404 for one who may not read it.
    const feedbackBefore = await countRows(t.deps, 'task_feedback');
    const byOfficer = await send(officer, 'POST', `/api/v1/tasks/${task.id}/feedback`, { note: '代为反馈' });
    expect(byOfficer.statusCode).toBe(403);
    expect(byOfficer.json().error.code).toBe('TASK_NOT_OWNER');
    expect((await send(auxNanya, 'POST', `/api/v1/tasks/${task.id}/feedback`, { note: 'x' })).statusCode).toBe(404);
    expect(await countRows(t.deps, 'task_feedback')).toBe(feedbackBefore);

    const fed = await send(aux, 'POST', `/api/v1/tasks/${task.id}/feedback`, { note: '已上门走访双方当事人' });
    expect(fed.statusCode, fed.body).toBe(200);
    const entry = (fed.json() as Task).feedback[0];
    expect(entry).toMatchObject({ authorName: 'aux', note: '已上门走访双方当事人', actions: ['photo'] });
    const body = multipart(JPG, { filename: 'visit.jpg' });
    const photo = await t.app.inject({
      method: 'POST',
      url: `/api/v1/task-feedback/${entry?.id}/photos`,
      headers: aux.headers(body.headers),
      payload: body.payload,
    });
    expect(photo.statusCode, photo.body).toBe(201);
    const officerBody = multipart(JPG, { filename: 'visit.jpg' });
    const officerPhoto = await t.app.inject({
      method: 'POST',
      url: `/api/v1/task-feedback/${entry?.id}/photos`,
      headers: officer.headers(officerBody.headers),
      payload: officerBody.payload,
    });
    expect(officerPhoto.json().error.code).toBe('TASK_NOT_OWNER');
    expect((await get(chief, `/api/v1/task-feedback-photos/${photo.json().id}/download`)).statusCode).toBe(200);

    expect((await send(chief, 'POST', `/api/v1/tasks/${task.id}/confirm`)).json().error.code).toBe(
      'TASK_STATE_INVALID',
    );
    const done = await send(aux, 'POST', `/api/v1/tasks/${task.id}/done`, { note: '双方达成和解' });
    expect((done.json() as Task).state).toBe('done');
    expect(await notifications(ids.chief, 'task.done')).toHaveLength(1);
    const reopened = await send(chief, 'POST', `/api/v1/tasks/${task.id}/reopen`, { reason: '请补充协议照片' });
    expect(reopened.json()).toMatchObject({ state: 'open', reason: '请补充协议照片' });
    await send(aux, 'POST', `/api/v1/tasks/${task.id}/done`, {});
    expect((await send(aux, 'POST', `/api/v1/tasks/${task.id}/confirm`)).json().error.code).toBe('TASK_NOT_ASSIGNER');
    const confirmed = await send(chief, 'POST', `/api/v1/tasks/${task.id}/confirm`, { note: '办结' });
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', actions: [] });
    expect(await notifications(ids.aux, 'task.confirmed')).toHaveLength(1);
    for (const action of [
      'task.create',
      'task.feedback',
      'task.feedback.photo',
      'task.done',
      'task.reopen',
      'task.confirm',
    ]) {
      expect((await audits(action)).length, action).toBeGreaterThan(0);
    }
    const [confirmAudit] = await audits('task.confirm');
    expect(confirmAudit).toMatchObject({ target_type: 'task', target_id: task.id, user_id: ids.chief });
  });

  it('reminds the owner side and the assigner of an overdue task at most once a day (fake clock)', async () => {
    const created = await newTask(officer, {
      meetingId: ids.meeting,
      title: '国土所核查宅基地纠纷',
      owner: { kind: 'organization', id: departments.国土所 },
      dueOn: addDays(meetingDay, 2),
    });
    expect(created.statusCode, created.body).toBe(201);
    const task = created.json() as Task;
    ids.landTask = task.id;
    expect(task.overdue).toBe(true);
    expect(task.deadline).toMatchObject({ kind: 'overdue', days: 8 });
    expect(appJobs(t.deps).map((job) => job.name)).toContain('tasks.overdue-reminders');
    const now = new Date();
    const tomorrow = new Date(now.getTime() + DAY_MS);
    expect(await runTaskReminders(t.deps, now)).toBe(1);
    expect(await runTaskReminders(t.deps, now)).toBe(0);
    expect(await notifications(ids.land, 'task.overdue')).toHaveLength(1);
    expect(await notifications(ids.officer, 'task.overdue')).toHaveLength(1);
    expect(await notifications(ids.justice, 'task.overdue')).toHaveLength(0);
    expect(await runTaskReminders(t.deps, tomorrow)).toBe(1);
    expect(await runTaskReminders(t.deps, tomorrow)).toBe(0);
    expect(await notifications(ids.land, 'task.overdue')).toHaveLength(2);
    // Once reported done it is no longer overdue, and no longer reminded.
    await send(land, 'POST', `/api/v1/tasks/${task.id}/done`, { note: '已核查' });
    expect(await runTaskReminders(t.deps, new Date(now.getTime() + 2 * DAY_MS))).toBe(0);
    await send(officer, 'POST', `/api/v1/tasks/${task.id}/reopen`, { reason: '请附核查结论' });
    const overdue = (await get(land, '/api/v1/tasks?mine=true&overdue=true')).json() as Page<TaskListItem>;
    expect(overdue.items.map((item) => item.id)).toEqual([task.id]);
  });

  it('shows a department its own tasks only, a village its village’s, and the owner always', async () => {
    const justiceTask = (
      await newTask(chief, {
        meetingId: ids.meeting,
        title: '司法所开展法治宣传',
        owner: { kind: 'organization', id: departments.司法所 },
        villageId: town.nanya.id,
        dueOn: addDays(meetingDay, 60),
      })
    ).json() as Task;
    const list = async (s: Session) =>
      ((await get(s, '/api/v1/tasks?limit=50')).json() as Page<TaskListItem>).items.map((item) => item.id).sort();
    expect(await list(land)).toEqual([ids.landTask]);
    expect(await list(justice)).toEqual([justiceTask.id]);
    expect(await list(aux)).toEqual([ids.auxTask]);
    expect(await list(auxNanya)).toEqual([justiceTask.id]);
    expect(await list(chief)).toEqual([ids.auxTask, ids.landTask, justiceTask.id].sort());
    expect((await get(land, `/api/v1/tasks/${justiceTask.id}`)).statusCode).toBe(404);
    expect((await get(justice, `/api/v1/tasks/${ids.landTask}`)).statusCode).toBe(404);
    // The owner reads their task even outside their task.read reach: an auxiliary owning a task of another village.
    const elsewhere = (
      await newTask(chief, {
        title: '协助段江村排查',
        owner: { kind: 'user', id: ids.aux },
        villageId: town.duanjiang.id,
        dueOn: shanghaiDate(new Date()),
      })
    ).json() as Task;
    expect((await get(aux, `/api/v1/tasks/${elsewhere.id}`)).statusCode).toBe(200);
    expect((await get(auxNanya, `/api/v1/tasks/${elsewhere.id}`)).statusCode).toBe(404);
    const mine = (await get(aux, '/api/v1/tasks?mine=true&dueSoon=true')).json() as Page<TaskListItem>;
    expect(mine.items.map((item) => item.id)).toEqual([elsewhere.id]);
    // Overdue or due soon together, as the home page asks: the overdue village task comes first.
    const todo = (await get(aux, '/api/v1/tasks?mine=true&overdue=true&dueSoon=true')).json() as Page<TaskListItem>;
    expect(todo.items.map((item) => item.id)).toEqual([elsewhere.id]);
    const chiefTodo = (await get(chief, '/api/v1/tasks?overdue=true&dueSoon=true')).json() as Page<TaskListItem>;
    expect(chiefTodo.items.map((item) => item.id)).toEqual([ids.landTask, elsewhere.id]);
    // Meetings are the station's and town's: a department or a village officer does not read them.
    expect((await get(land, `/api/v1/meetings/${ids.meeting}`)).statusCode).toBe(404);
    expect((await get(aux, '/api/v1/meetings')).statusCode).toBe(403);
  });

  it('shows a linked dispute’s or incident’s number only to a reader who may read that record', async () => {
    const dispute = await send(chief, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '宅基地边界纠纷',
      parties: [{ role: 'applicant', name: '赵六' }],
    });
    expect(dispute.statusCode, dispute.body).toBe(201);
    const at = new Date().toISOString();
    await insertIncidentRow(
      t.deps.db,
      incidentRow(
        {
          id: 'incident-T1',
          townId: town.town.id,
          jurisdictionId: town.shuangping.id,
          number: 'MLPCS-2026-00001',
          receivedAt: at,
        },
        { arrival_deadline_at: at },
      ),
    );
    const linked = await newTask(chief, {
      meetingId: ids.meeting,
      title: '协助调处宅基地纠纷',
      owner: { kind: 'organization', id: departments.国土所 },
      villageId: town.shuangping.id,
      dueOn: addDays(meetingDay, 40),
      links: [
        { kind: 'dispute', id: dispute.json().id },
        { kind: 'incident', id: 'incident-T1' },
      ],
    });
    expect(linked.statusCode, linked.body).toBe(201);
    const number = dispute.json().number as string;
    expect((linked.json() as Task).links).toEqual([
      { kind: 'dispute', id: dispute.json().id, label: number },
      { kind: 'incident', id: 'incident-T1', label: 'MLPCS-2026-00001' },
    ]);
    // The department owns the task but may read neither record: the links show as inaccessible.
    const asLand = (await get(land, `/api/v1/tasks/${linked.json().id}`)).json() as Task;
    expect(asLand.links).toEqual([
      { kind: 'dispute', id: null, label: null },
      { kind: 'incident', id: null, label: null },
    ]);
    await send(chief, 'POST', `/api/v1/tasks/${linked.json().id}/cancel`, { reason: '并入其他任务' });
  });

  it('opens the next meeting’s agenda with the earlier meetings’ tasks still waiting', async () => {
    const next = await send(chief, 'POST', '/api/v1/meetings', {
      startsAt: new Date(Date.now() + 20 * DAY_MS).toISOString(),
      place: '马良镇派出所会议室',
    });
    const meeting = next.json() as Meeting;
    expect(meeting.previousMeetingId).toBe(ids.meeting);
    // The confirmed task is done with; the reopened department task and the justice task still wait.
    expect(meeting.carryOver.map((task) => task.title).sort()).toEqual(
      ['司法所开展法治宣传', '国土所核查宅基地纠纷'].sort(),
    );
    const listed = (await get(chief, `/api/v1/meetings?from=${meetingDay}&to=${meetingDay}`)).json() as Page<{
      id: string;
      taskCount: number;
      openTaskCount: number;
      overdueTaskCount: number;
    }>;
    expect(listed.items).toEqual([
      expect.objectContaining({ id: ids.meeting, taskCount: 4, openTaskCount: 2, overdueTaskCount: 1 }),
    ]);
  });

  it('prints the minutes on A4 and exports them as DOCX with signature lines, audited', async () => {
    const page = await get(officer, `/api/v1/meetings/${ids.meeting}/print`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    for (const text of ['情报研判', '总结点评', '交办任务', '业务培训', '张治保（签名）', '国土所核查宅基地纠纷']) {
      expect(page.body).toContain(text);
    }
    // An attendee whose name already says their office (a department, "周建国（所长）") is not named twice.
    expect(page.body).not.toMatch(/([\p{Script=Han}（）]+) \1(?=[、<])/u);
    const docx = await get(officer, `/api/v1/meetings/${ids.meeting}/minutes.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect(downloadName(docx)).toMatch(/^警治会商纪要_马良镇_\d{4}-\d{2}\.docx$/);
    const xml = zipEntry(docx.rawPayload, 'word/document.xml');
    for (const text of ['情报研判', '业务培训', '张治保（签名）', '国土所核查宅基地纠纷']) expect(xml).toContain(text);
    expect(await audits('meeting.print')).toHaveLength(1);
    expect(await audits('meeting.export')).toHaveLength(1);
  });

  it('edits minutes, cancels a draft, and refuses steps the state forbids', async () => {
    const edited = await send(chief, 'PATCH', `/api/v1/meetings/${ids.meeting}`, {
      minutes: { training: '学习《人民调解法》' },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((edited.json() as Meeting).items[3]?.minutes).toBe('学习《人民调解法》');
    expect((await send(officer, 'POST', `/api/v1/meetings/${ids.meeting}/close`)).json().error.code).toBe(
      'MEETING_STATE_INVALID',
    );
    const draft = (await send(chief, 'POST', '/api/v1/meetings', { startsAt, place: '临时' })).json() as Meeting;
    expect((await send(chief, 'POST', `/api/v1/meetings/${draft.id}/cancel`)).json()).toMatchObject({
      state: 'cancelled',
      actions: [],
    });
    expect((await send(chief, 'PATCH', `/api/v1/meetings/${draft.id}`, { place: 'x' })).json().error.code).toBe(
      'MEETING_STATE_INVALID',
    );
    expect(await audits('meeting.cancel')).toHaveLength(1);
  });

  it('freezes the month’s figures when held: records added or edited afterwards do not change them', async () => {
    const month = shanghaiDate(new Date()).slice(0, 7);
    const register = (summary: string) =>
      send(chief, 'POST', '/api/v1/disputes', {
        jurisdictionId: town.nanya.id,
        category: 'neighbour',
        source: 'screening',
        summary,
        parties: [{ role: 'applicant', name: '钱七' }],
      });
    const first = await register('邻里纠纷（会前）');
    expect(first.statusCode, first.body).toBe(201);
    const created = await send(chief, 'POST', '/api/v1/meetings', {
      startsAt: new Date().toISOString(),
      place: '会议室',
      month,
    });
    const meeting = created.json() as Meeting;
    const held = await send(chief, 'POST', `/api/v1/meetings/${meeting.id}/hold`);
    expect(held.statusCode, held.body).toBe(200);
    const frozen = (held.json() as Meeting).snapshot;
    if (!frozen) throw new Error('no snapshot');
    expect(frozen).toMatchObject({ townId: town.town.id, asOf: meeting.startsAt, period: { key: month } });
    const registered = (snapshot: StatsSnapshot) =>
      snapshot.figures.find((figure) => figure.measure === 'disputes.registered')?.current ?? -1;
    const before = registered(frozen);
    expect(before).toBeGreaterThan(0);
    expect((held.json() as Meeting).actions).toEqual(['edit', 'close', 'assignTask', 'print']);

    // After the meeting: a new case, and an edit of one it counted.
    expect((await register('邻里纠纷（会后）')).statusCode).toBe(201);
    const edited = await send(chief, 'PATCH', `/api/v1/disputes/${first.json().id}`, { category: 'housing_land' });
    expect(edited.statusCode, edited.body).toBe(200);
    const later = (await get(chief, `/api/v1/meetings/${meeting.id}`)).json() as Meeting;
    expect(later.snapshot).toEqual(frozen);
    // Recomputed now, the figures would differ: the stored ones are what the meeting saw.
    const ctx = callerWith(ids.chief ?? '', [{ role: 'chief', on: town.town }]);
    const fresh = await new StatsService(t.deps).monthSnapshot(ctx, town.town.id, month, new Date().toISOString());
    expect(registered(fresh)).toBe(before + 1);
    // The minutes print the frozen figures, raw counts beside the comparison.
    const page = await get(chief, `/api/v1/meetings/${meeting.id}/print`);
    const label = frozen.figures.find((figure) => figure.measure === 'disputes.registered')?.labelZh ?? '?';
    expect(page.body).toContain(`${label}：${before}起`);
    // Once held the date and month stay; the minutes stay editable until closed.
    const moved = await send(chief, 'PATCH', `/api/v1/meetings/${meeting.id}`, { month: '2026-01' });
    expect(moved.json().error.code).toBe('MEETING_STATE_INVALID');
    expect(
      (await send(chief, 'PATCH', `/api/v1/meetings/${meeting.id}`, { minutes: { intel: '研判' } })).statusCode,
    ).toBe(200);
    expect((await send(chief, 'POST', `/api/v1/meetings/${meeting.id}/close`)).json().actions).toEqual(['print']);
    expect((await send(chief, 'PATCH', `/api/v1/meetings/${meeting.id}`, { minutes: { intel: 'x' } })).statusCode).toBe(
      409,
    );
    expect(await audits('meeting.hold')).toHaveLength(1);
  });

  it('refuses to hold a meeting before it starts', async () => {
    const ahead = (
      await send(chief, 'POST', '/api/v1/meetings', {
        startsAt: new Date(Date.now() + DAY_MS).toISOString(),
        place: '会议室',
      })
    ).json() as Meeting;
    const res = await send(chief, 'POST', `/api/v1/meetings/${ahead.id}/hold`);
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('MEETING_NOT_STARTED');
    expect(((await get(chief, `/api/v1/meetings/${ahead.id}`)).json() as Meeting).state).toBe('draft');
  });
});
