import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NotificationMessage } from '../src/platform/realtime/notification-bus';
import { testDialects } from './support/databases';
import {
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedDepartments,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const LAND = '国土所';
const JUSTICE = '司法所';

describe.each(testDialects())('every hand-off reaches the receiving side on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const sessions: Record<string, Session> = {};
  const userIds: Record<string, string> = {};
  const departments: Record<string, string> = {};
  const staffPeople: Record<string, string> = {};
  const pushed: Record<string, NotificationMessage[]> = {};

  const send = (who: string, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: sessions[who]?.headers(), payload });
  const act = async (who: string, id: string, action: string, payload: object = {}) => {
    const res = await send(who, `/api/v1/disputes/${id}/actions/${action}`, payload);
    expect(res.statusCode, `${who} ${action}: ${res.body}`).toBe(200);
  };
  /** What the notification centre shows a user about one case. */
  const centre = async (who: string, disputeId: string) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/notifications', headers: sessions[who]?.headers() });
    const items = (res.json() as { items: { kind: string; title: string; targetId: string | null }[] }).items;
    return items.filter((item) => item.targetId === disputeId);
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const seeded = await seedDepartments(t.deps, town, [LAND, JUSTICE]);
    Object.assign(departments, seeded.departments);
    Object.assign(staffPeople, seeded.staffPeople);
    const accounts: [string, 'auxiliary' | 'zongzhiban' | 'department' | 'chief', string][] = [
      ['aux', 'auxiliary', town.shuangping.id],
      ['aux_nanya', 'auxiliary', town.nanya.id],
      ['zzb', 'zongzhiban', town.town.id],
      ['chief', 'chief', town.town.id],
      ['land', 'department', town.town.id],
      ['justice', 'department', town.town.id],
    ];
    for (const [username, role, jurisdictionId] of accounts) {
      const user = await createAccount(t.deps, username, role, jurisdictionId);
      userIds[username] = user.id;
      pushed[username] = [];
      t.deps.bus.subscribe(user.id, (message) => pushed[username]?.push(message));
    }
    for (const [username, name] of [
      ['land', LAND],
      ['justice', JUSTICE],
    ] as const) {
      await t.deps.db
        .updateTable('users')
        .set({ person_id: staffPeople[name] })
        .where('id', '=', userIds[username] ?? '')
        .execute();
    }
    for (const [username] of accounts) sessions[username] = await loginAs(t.app, username);
  });
  afterAll(async () => t.close());

  it('escalation reaches the 综治办, acceptance the village, assignment and task force their people, diversion both', async () => {
    const created = await send('aux', '/api/v1/disputes', {
      jurisdictionId: town.groups.双坪村?.[0]?.id,
      category: 'neighbour',
      source: 'screening',
      summary: '双坪村1组排水沟纠纷',
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as { id: string }).id;

    await act('aux', id, 'start_village_handling');
    await act('aux', id, 'village_fail', { reason: '双方分歧大' });
    expect((await centre('zzb', id)).map((n) => n.title)).toEqual([expect.stringContaining('村级调处未果')]);
    expect(pushed.zzb?.some((m) => m.targetId === id)).toBe(true);
    expect(await centre('aux', id)).toEqual([]);
    expect(await centre('aux_nanya', id)).toEqual([]);

    await act('zzb', id, 'accept_at_town');
    expect((await centre('aux', id)).map((n) => n.title)).toEqual([expect.stringContaining('镇级受理')]);
    expect(pushed.aux?.some((m) => m.targetId === id)).toBe(true);

    await act('zzb', id, 'assign_departments', { departmentIds: [departments[LAND]] });
    expect((await centre('land', id)).map((n) => n.kind)).toEqual(['dispute.assigned']);
    expect(await centre('justice', id)).toEqual([]);

    await act('zzb', id, 'form_taskforce', {
      departmentIds: [departments[LAND], departments[JUSTICE]],
      taskforceMembers: [
        { personId: staffPeople[LAND], departmentId: departments[LAND] },
        { personId: staffPeople[JUSTICE], departmentId: departments[JUSTICE] },
      ],
    });
    expect((await centre('justice', id)).map((n) => n.title)).toEqual([expect.stringContaining('组建专班')]);

    await act('zzb', id, 'divert', { route: 'litigation', reason: '当事人起诉' });
    for (const who of ['aux', 'land', 'justice']) {
      expect(
        (await centre(who, id)).some((n) => n.title.includes('分流')),
        who,
      ).toBe(true);
    }
    expect(await centre('aux_nanya', id)).toEqual([]);
    expect((await centre('zzb', id)).some((n) => n.title.includes('分流'))).toBe(false);
  });

  it('closing a town case tells the village', async () => {
    const created = await send('aux', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '双坪村宅基地纠纷',
    });
    const id = (created.json() as { id: string }).id;
    await act('aux', id, 'start_village_handling');
    await act('aux', id, 'village_fail', { reason: '村里调不了' });
    await act('zzb', id, 'accept_at_town');
    await act('zzb', id, 'assign_departments', { departmentIds: [departments[LAND]] });
    await act('land', id, 'resolve', { reason: '双方和解' });
    await act('land', id, 'start_follow_up');
    await act('zzb', id, 'close');
    expect((await centre('aux', id)).some((n) => n.title.includes('办结'))).toBe(true);
    expect((await centre('land', id)).some((n) => n.title.includes('办结'))).toBe(true);
  });
});
