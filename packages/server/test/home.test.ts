import { addDays, type Role, shanghaiDate, type Today, type TodayGroup, type TodayGroupKey } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertDepartments } from '../src/modules/disputes/disputes.repository';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { nowIso } from '../src/platform/ids';
import { testDialects } from './support/databases';
import {
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedDepartments,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { incidentRow } from './support/incident-rows';
import { QueryCounter } from './support/query-counter';
import { createTestApp, type TestApp } from './support/test-app';

const HOUR = 3_600_000;
const ago = (ms: number) => new Date(Date.now() - ms).toISOString();
const ahead = (ms: number) => new Date(Date.now() + ms).toISOString();

/**
 * The home page (工作台) per role: each group holds exactly the records the caller's own policies let them act on,
 * its total and first items equal the filtered list its link names, and a page costs the same number of queries
 * however many records match.
 */
describe.each(testDialects())('home page on %s', (dialect) => {
  const counter = new QueryCounter();
  let t: TestApp;
  let town: SmallTown;
  const sessions = new Map<string, Session>();
  /** Record names by id, so failures read as names. */
  const names = new Map<string, string>();
  const userIds = new Map<string, string>();

  const session = (name: string) => {
    const s = sessions.get(name);
    if (!s) throw new Error(`no session ${name}`);
    return s;
  };
  const today = async (name: string): Promise<Today> => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/home/today', headers: session(name).headers() });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Today;
  };
  /** Each group as the names of its items (sorted), by key. */
  const shown = (page: Today) =>
    Object.fromEntries(page.groups.map((g) => [g.key, g.items.map((i) => names.get(i.id) ?? i.id).sort()]));

  const register = async (who: string, name: string, place: JurisdictionRow) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: session(who).headers(),
      payload: {
        jurisdictionId: place.id,
        category: 'neighbour',
        source: 'screening',
        summary: `邻里纠纷${name}`,
        parties: [{ role: 'applicant', name: '张三' }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = (res.json() as { id: string }).id;
    names.set(id, name);
    return id;
  };
  const setDispute = (id: string, patch: { deadline_at?: string; risk_grade?: 'red' }) =>
    t.deps.db.updateTable('disputes').set(patch).where('id', '=', id).execute();
  const send = async (who: string, url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, headers: session(who).headers(), payload });
    expect(res.statusCode, res.body).toBeLessThan(300);
    return (res.json() as { id: string }).id;
  };
  /** A task assigned by the chief; `dueOn` is written directly so it may lie in the past. */
  const task = async (name: string, owner: { kind: 'user' | 'organization'; id: string }, dueOn: string) => {
    const id = await send('chief', '/api/v1/tasks', {
      townId: town.town.id,
      title: `任务${name}`,
      owner,
      villageId: town.shuangping.id,
      dueOn: addDays(shanghaiDate(new Date()), 30),
    });
    await t.deps.db.updateTable('tasks').set({ due_on: dueOn }).where('id', '=', id).execute();
    names.set(id, name);
    return id;
  };
  let incidentSeq = 0;
  const incident = async (
    name: string,
    place: JurisdictionRow,
    state: 'DISPATCHED' | 'ACKED' | 'ON_SCENE',
    receivedAt: string,
  ) => {
    incidentSeq += 1;
    const id = `incident-${name}`;
    await insertIncidentRow(
      t.deps.db,
      incidentRow(
        {
          id,
          townId: place.town_id ?? '',
          jurisdictionId: place.id,
          number: `（2026）马警字第${incidentSeq}号`,
          receivedAt,
        },
        {
          state,
          summary: `张某某报称${name}家中被盗`,
          dispatched_at: receivedAt,
          acked_at: state === 'DISPATCHED' ? null : receivedAt,
          arrived_at: state === 'ON_SCENE' ? receivedAt : null,
        },
      ),
    );
    names.set(id, name);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, {}, {}, [counter]);
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    const otherVillage = await seedOtherVillage(t.deps, otherTown);
    const { departments, staffPeople } = await seedDepartments(t.deps, town, ['国土所']);
    const accounts: [string, Role, string][] = [
      ['chief', 'chief', town.town.id],
      ['officer', 'officer', town.district1.id],
      ['auxiliary', 'auxiliary', town.shuangping.id],
      ['department', 'department', town.town.id],
      ['zongzhiban', 'zongzhiban', town.town.id],
      ['sysadmin', 'sysadmin', town.county.id],
      ['cadre', 'village_cadre', town.shuangping.id],
      ['otherChief', 'chief', otherTown.id],
    ];
    for (const [name, role, on] of accounts) {
      const account = await createAccount(t.deps, name, role, on);
      userIds.set(name, account.id);
      if (role === 'department') {
        await t.deps.db
          .updateTable('users')
          .set({ person_id: staffPeople.国土所 ?? '' })
          .where('id', '=', account.id)
          .execute();
      }
      sessions.set(name, await loginAs(t.app, name));
    }

    // Disputes: overdue, due soon and red, in 双坪村 (片区一), 南垭村 (片区一), 段江村 (片区二) and another town.
    const spOverdue = await register('chief', 'spOverdue', town.shuangping);
    await setDispute(spOverdue, { deadline_at: ago(HOUR) });
    const spDueSoon = await register('chief', 'spDueSoon', town.shuangping);
    await setDispute(spDueSoon, { deadline_at: ahead(2 * HOUR) });
    const djOverdue = await register('chief', 'djOverdue', town.duanjiang);
    await setDispute(djOverdue, { deadline_at: ago(HOUR) });
    const spLand = await register('chief', 'spLandOverdue', town.groups.双坪村?.[0] ?? town.shuangping);
    await setDispute(spLand, { deadline_at: ago(2 * HOUR) });
    await insertDepartments(t.deps.db, spLand, [departments.国土所 ?? ''], nowIso());
    const nyRed = await register('chief', 'nyRed', town.nanya);
    await setDispute(nyRed, { risk_grade: 'red' });
    const djRed = await register('chief', 'djRedOverdue', town.duanjiang);
    await setDispute(djRed, { risk_grade: 'red', deadline_at: ago(HOUR) });
    await register('chief', 'spQuiet', town.shuangping);
    const other = await register('otherChief', 'otherOverdue', otherVillage);
    await setDispute(other, { deadline_at: ago(HOUR), risk_grade: 'red' });

    // Incidents: dispatched (one past its arrival target), acknowledged late and on time, reached, another town's.
    await incident('spDispatched', town.shuangping, 'DISPATCHED', ago(60_000));
    await incident('djDispatchedLate', town.duanjiang, 'DISPATCHED', ago(2 * HOUR));
    await incident('spAckedLate', town.shuangping, 'ACKED', ago(HOUR));
    await incident('nyAckedOnTime', town.nanya, 'ACKED', ago(60_000));
    await incident('spOnScene', town.shuangping, 'ON_SCENE', ago(HOUR));
    await incident('otherDispatched', otherVillage, 'DISPATCHED', ago(60_000));

    // Tasks: the auxiliary officer's overdue, due soon, later and done ones; the land office's overdue one.
    const today = shanghaiDate(new Date());
    const user = (name: string) => ({ kind: 'user' as const, id: userIds.get(name) ?? '' });
    await task('auxOverdue', user('auxiliary'), addDays(today, -1));
    await task('auxDueSoon', user('auxiliary'), addDays(today, 1));
    await task('auxLater', user('auxiliary'), addDays(today, 20));
    const done = await task('auxDoneOverdue', user('auxiliary'), addDays(today, -3));
    await t.deps.db.updateTable('tasks').set({ state: 'done' }).where('id', '=', done).execute();
    await task('landOverdue', { kind: 'organization', id: departments.国土所 ?? '' }, addDays(today, -2));

    // Meetings: one this week (a minute ago), one cancelled this week, one next month; another town's this week.
    const meeting = async (who: string, name: string, startsAt: string) => {
      const id = await send(who, '/api/v1/meetings', { startsAt, place: '派出所会议室', title: `会商${name}` });
      names.set(id, name);
      return id;
    };
    await meeting('chief', 'thisWeek', ago(60_000));
    await send('chief', `/api/v1/meetings/${await meeting('chief', 'cancelled', ago(120_000))}/cancel`, {});
    await meeting('chief', 'nextMonth', ahead(40 * 24 * HOUR));
    await meeting('otherChief', 'otherThisWeek', ago(60_000));
  });
  afterAll(async () => t?.close());

  it('shows the chief the whole town: cases to work, red alerts, incidents to acknowledge and not reached', async () => {
    expect(shown(await today('chief'))).toEqual({
      task_overdue: [],
      task_due_soon: [],
      hazard_overdue: [],
      hazard_due_soon: [],
      dispute_overdue: ['djOverdue', 'djRedOverdue', 'spLandOverdue', 'spOverdue'],
      dispute_due_soon: ['spDueSoon'],
      dispute_red: ['djRedOverdue', 'nyRed'],
      incident_unacknowledged: ['djDispatchedLate', 'spDispatched'],
      incident_late: ['spAckedLate'],
      meeting_this_week: ['thisWeek'],
      key_person_visit_overdue: [],
      video_reminder_pending: [],
    });
  });

  it('names an incident by its class and place, never by its summary, which can name people (the list audits it)', async () => {
    const page = await today('chief');
    const items = page.groups.filter((g) => g.key.startsWith('incident_')).flatMap((g) => g.items);
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(item.title).not.toContain('张某某');
  });

  it('shows an officer the cases of their districts to work, the town red alerts and the desk incidents', async () => {
    expect(shown(await today('officer'))).toEqual({
      task_overdue: [],
      task_due_soon: [],
      hazard_overdue: [],
      hazard_due_soon: [],
      dispute_overdue: ['spLandOverdue', 'spOverdue'],
      dispute_due_soon: ['spDueSoon'],
      dispute_red: ['djRedOverdue', 'nyRed'],
      incident_unacknowledged: ['djDispatchedLate', 'spDispatched'],
      incident_late: ['spAckedLate'],
      meeting_this_week: ['thisWeek'],
      key_person_visit_overdue: [],
      video_reminder_pending: [],
    });
  });

  it("shows an auxiliary officer their village's records only", async () => {
    expect(shown(await today('auxiliary'))).toEqual({
      task_overdue: ['auxOverdue'],
      task_due_soon: ['auxDueSoon'],
      hazard_overdue: [],
      hazard_due_soon: [],
      dispute_overdue: ['spLandOverdue', 'spOverdue'],
      dispute_due_soon: ['spDueSoon'],
      dispute_red: [],
      incident_unacknowledged: ['spDispatched'],
      incident_late: ['spAckedLate'],
      key_person_visit_overdue: [],
      video_reminder_pending: [],
    });
  });

  it('shows a department the cases assigned to it and nothing of incidents', async () => {
    expect(shown(await today('department'))).toEqual({
      task_overdue: ['landOverdue'],
      task_due_soon: [],
      hazard_overdue: [],
      hazard_due_soon: [],
      dispute_overdue: ['spLandOverdue'],
      dispute_due_soon: [],
      dispute_red: [],
    });
  });

  it('shows the 综治办 the town disputes and no incident groups', async () => {
    expect(shown(await today('zongzhiban'))).toEqual({
      task_overdue: [],
      task_due_soon: [],
      hazard_overdue: [],
      hazard_due_soon: [],
      dispute_overdue: ['djOverdue', 'djRedOverdue', 'spLandOverdue', 'spOverdue'],
      dispute_due_soon: ['spDueSoon'],
      dispute_red: ['djRedOverdue', 'nyRed'],
      meeting_this_week: ['thisWeek'],
      key_person_visit_overdue: [],
    });
  });

  it('gives an administrator an empty page, not a refusal, and a village cadre only the tasks', async () => {
    expect((await today('sysadmin')).groups).toEqual([]);
    expect(shown(await today('cadre'))).toEqual({
      task_overdue: [],
      task_due_soon: [],
      hazard_overdue: [],
      hazard_due_soon: [],
      video_reminder_pending: [],
    });
  });

  it("keeps another town's records out, and shows them to that town's chief", async () => {
    expect(shown(await today('otherChief'))).toEqual({
      task_overdue: [],
      task_due_soon: [],
      hazard_overdue: [],
      hazard_due_soon: [],
      dispute_overdue: ['otherOverdue'],
      dispute_due_soon: [],
      dispute_red: ['otherOverdue'],
      incident_unacknowledged: ['otherDispatched'],
      incident_late: [],
      meeting_this_week: ['otherThisWeek'],
      key_person_visit_overdue: [],
      video_reminder_pending: [],
    });
  });

  it('badges each item with its group and any other urgency, and links it to its record', async () => {
    const page = await today('chief');
    const group = (key: TodayGroupKey) => page.groups.find((g) => g.key === key) as TodayGroup;
    const red = group('dispute_red').items.find((i) => names.get(i.id) === 'djRedOverdue');
    expect(red?.badges).toEqual(['red_alert', 'overdue']);
    expect(red?.link).toBe(`/disputes/${red?.id}`);
    expect(red?.title).toBe('邻里纠纷djRedOverdue');
    expect(red?.place).toBe('段江村');
    const land = group('dispute_overdue').items.find((i) => names.get(i.id) === 'spLandOverdue');
    expect(land?.place).toBe('双坪村1组');
    // A deadline is 24:00 of its last day: the item names that day, as the dispute page does.
    const deadline = await t.deps.db
      .selectFrom('disputes')
      .select('deadline_at')
      .where('id', '=', land?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(land?.dueOn).toBe(shanghaiDate(new Date(Date.parse(deadline.deadline_at ?? '') - 1)));
    expect(land?.at).toBeNull();
    const late = group('incident_unacknowledged').items.find((i) => names.get(i.id) === 'djDispatchedLate');
    expect(late?.badges).toEqual(['unacknowledged', 'late_arrival']);
    expect(late?.link).toBe('/incidents/incident-djDispatchedLate');
    // Arrive by: the call's time and the class's 30-minute target.
    const received = await t.deps.db
      .selectFrom('incidents')
      .select('received_at')
      .where('id', '=', late?.id ?? '')
      .executeTakeFirstOrThrow();
    expect(late?.at).toBe(new Date(Date.parse(received.received_at) + 30 * 60_000).toISOString());
    expect(late?.dueOn).toBeNull();
    expect(group('incident_late').list).toEqual({ path: '/incidents', query: { state: 'ACKED', late: 'true' } });
  });

  it("has each group's total and items equal the list its link opens, for every role", async () => {
    const api = {
      '/disputes': '/api/v1/disputes',
      '/incidents': '/api/v1/incidents',
      '/tasks': '/api/v1/tasks',
      '/meetings': '/api/v1/meetings',
      '/hazards': '/api/v1/hazards',
      '/key-persons': '/api/v1/key-persons',
      '/video-patrols/reminders': '/api/v1/video-patrols/reminders',
    } as const;
    for (const name of ['chief', 'officer', 'auxiliary', 'department', 'zongzhiban']) {
      for (const group of (await today(name)).groups) {
        const path = api[group.list.path as keyof typeof api];
        const query = new URLSearchParams({ ...group.list.query, limit: '200' });
        const res = await t.app.inject({ method: 'GET', url: `${path}?${query}`, headers: session(name).headers() });
        expect(res.statusCode, res.body).toBe(200);
        // The week's meetings list shows a cancelled one too (marked so); the home page leaves it out.
        const listed = (res.json() as { items: { id: string; state?: string }[] }).items
          .filter((i) => group.module !== 'meetings' || i.state !== 'cancelled')
          .map((i) => i.id);
        expect({ name, key: group.key, total: group.total }).toEqual({ name, key: group.key, total: listed.length });
        if (group.module === 'meetings') {
          // The list runs newest first, the home page earliest first (what comes next): the same meetings.
          expect(group.items.map((i) => i.id).sort()).toEqual([...listed].sort());
        } else {
          expect(group.items.map((i) => i.id)).toEqual(listed.slice(0, group.items.length));
        }
      }
    }
  });

  it('costs the same number of queries with many records, showing five per group with the full total', async () => {
    await today('chief');
    const before = counter.count;
    await today('chief');
    const few = counter.count - before;
    for (let i = 0; i < 6; i += 1) {
      await setDispute(await register('chief', `more${i}`, town.nanya), { deadline_at: ago(HOUR) });
      await incident(`moreDispatched${i}`, town.nanya, 'DISPATCHED', ago(60_000));
      const chief = { kind: 'user' as const, id: userIds.get('chief') ?? '' };
      await task(`moreTask${i}`, chief, addDays(shanghaiDate(new Date()), -1));
      await send('chief', '/api/v1/meetings', { startsAt: ago(3 * 60_000), place: '会议室', title: `会商${i}` });
    }
    await today('chief');
    const start = counter.count;
    const page = await today('chief');
    expect(counter.count - start).toBe(few);
    const overdue = page.groups.find((g) => g.key === 'dispute_overdue');
    expect(overdue?.items).toHaveLength(5);
    expect(overdue?.total).toBe(10);
    expect(page.groups.find((g) => g.key === 'incident_unacknowledged')?.total).toBe(8);
    const tasks = page.groups.find((g) => g.key === 'task_overdue');
    expect([tasks?.items.length, tasks?.total]).toEqual([5, 6]);
    const meetings = page.groups.find((g) => g.key === 'meeting_this_week');
    expect([meetings?.items.length, meetings?.total]).toEqual([5, 7]);
  });

  it('refuses a caller without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/home/today' });
    expect(res.statusCode).toBe(401);
  });
});
