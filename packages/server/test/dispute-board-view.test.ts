import type { Dispute, DisputeBoard, DisputeListItem, Page, Person } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

/** What the board page shows and costs (issue #7): places with their village, case numbers, task forces, audit. */
describe.each(testDialects())('the board view on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let zzb: Session;
  let chief: Session;
  const departments: Record<string, string> = {};
  const staff: Record<string, string> = {};
  let groupCaseId = '';
  let villageCaseId = '';
  let redCaseId = '';

  const get = (url: string) => t.app.inject({ method: 'GET', url, headers: zzb.headers() });
  const send = (url: string, payload: object, as: Session = zzb) =>
    t.app.inject({ method: 'POST', url, headers: as.headers(), payload });
  const register = async (jurisdictionId: string, summary: string, extra: object = {}) => {
    const res = await send('/api/v1/disputes', {
      jurisdictionId,
      category: 'neighbour',
      source: 'screening',
      summary,
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Dispute;
  };
  const auditRows = async () => t.deps.db.selectFrom('audit_log').select(['seq', 'action']).orderBy('seq').execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const seeded = await seedDepartments(t.deps, town, ['国土所', '司法所']);
    Object.assign(departments, seeded.departments);
    Object.assign(staff, seeded.staffPeople);
    await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    zzb = await loginAs(t.app, 'zzb');
    chief = await loginAs(t.app, 'chief');
    groupCaseId = (await register(town.groups.双坪村?.[1]?.id ?? '', '排水沟纠纷')).id;
    villageCaseId = (await register(town.nanya.id, '宅基地纠纷')).id;
    redCaseId = (await register(town.duanjiang.id, '扬言报复', { riskFlags: { threats: true } })).id;
  });
  afterAll(async () => t.close());

  it('names the village with the group, in the list and on the case', async () => {
    const page = (await get('/api/v1/disputes?limit=10')).json() as Page<DisputeListItem>;
    const byId = new Map(page.items.map((item) => [item.id, item]));
    expect(byId.get(groupCaseId)).toMatchObject({ villageName: '双坪村', jurisdictionName: '2组' });
    expect(byId.get(villageCaseId)).toMatchObject({ villageName: null, jurisdictionName: '南垭村' });
    const one = (await get(`/api/v1/disputes/${groupCaseId}`)).json() as Dispute;
    expect(one).toMatchObject({ villageName: '双坪村', jurisdictionName: '2组' });
  });

  it('finds a case by its full number, and only that case', async () => {
    const one = (await get(`/api/v1/disputes/${villageCaseId}`)).json() as Dispute;
    expect(one.number).toMatch(/^420626104-\d{4}-\d{5}$/);
    for (const q of [one.number, ` ${one.number} `]) {
      const page = (await get(`/api/v1/disputes?q=${encodeURIComponent(q)}`)).json() as Page<DisputeListItem>;
      expect(page.items.map((item) => item.id)).toEqual([villageCaseId]);
    }
    const other = one.number.replace(/\d{5}$/, '99999');
    const none = (await get(`/api/v1/disputes?q=${other}`)).json() as Page<DisputeListItem>;
    expect(none.items).toEqual([]);
  });

  it('writes one audit row for the requests one board view makes', async () => {
    const before = (await auditRows()).length;
    const board = await get('/api/v1/disputes/board');
    expect(board.statusCode, board.body).toBe(200);
    const figures = board.json() as DisputeBoard;
    // The red alerts come with the figures, not from a second list request.
    expect(figures.openRed.map((item) => item.id)).toEqual([redCaseId]);
    expect(figures.openRed[0]).toMatchObject({ villageName: null, jurisdictionName: '段江村', summary: '扬言报复' });
    const list = await get('/api/v1/disputes?order=urgency&limit=30');
    expect(list.statusCode, list.body).toBe(200);
    const after = (await auditRows()).slice(before);
    expect(after.map((row) => row.action)).toEqual(['dispute.list']);
  });

  it('lists the people of one department for the task-force dialog', async () => {
    const res = await get(`/api/v1/people?organizationId=${departments.国土所}&kind=staff`);
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Page<Person>).items.map((person) => person.id)).toEqual([staff.国土所]);
  });

  it('ranks a closed red case with the rest, not above the open red one', async () => {
    const closedRed = (await register(town.nanya.id, '扬言报复（已化解）', { riskFlags: { threats: true } })).id;
    for (const [action, payload] of [
      ['start_village_handling', {}],
      ['resolve', { reason: '双方和解' }],
      ['start_follow_up', {}],
      ['close', {}],
    ] as const) {
      const res = await send(`/api/v1/disputes/${closedRed}/actions/${action}`, payload, chief);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    const page = (await get('/api/v1/disputes?order=urgency&limit=50')).json() as Page<DisputeListItem>;
    const ids = page.items.map((item) => item.id);
    // Newer than the open red case, so it would come first if its grade still counted.
    expect(ids[0]).toBe(redCaseId);
    const board = (await get('/api/v1/disputes/board')).json() as DisputeBoard;
    expect(board.openRed.map((item) => item.id)).toEqual([redCaseId]);
  });

  it('carries the task force on the case, members with their department', async () => {
    const id = groupCaseId;
    for (const [action, payload] of [
      ['start_village_handling', {}],
      ['village_fail', { reason: '分歧大' }],
    ] as const) {
      const res = await send(`/api/v1/disputes/${id}/actions/${action}`, payload, chief);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    for (const [action, payload] of [
      ['accept_at_town', {}],
      ['assign_departments', { departmentIds: [departments.国土所] }],
      [
        'form_taskforce',
        {
          departmentIds: [departments.国土所, departments.司法所],
          taskforceMembers: [
            { personId: staff.国土所, departmentId: departments.国土所 },
            { personId: staff.司法所, departmentId: departments.司法所 },
          ],
        },
      ],
    ] as const) {
      const res = await send(`/api/v1/disputes/${id}/actions/${action}`, payload);
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    const one = (await get(`/api/v1/disputes/${id}`)).json() as Dispute;
    expect(one.taskforce).toEqual(
      expect.arrayContaining([
        { personId: staff.国土所, name: '国土所干部', departmentId: departments.国土所, departmentName: '国土所' },
        { personId: staff.司法所, name: '司法所干部', departmentId: departments.司法所, departmentName: '司法所' },
      ]),
    );
    expect(one.taskforce).toHaveLength(2);
  });
});
