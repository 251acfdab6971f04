import { addDays, type Role, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAnalysisRow } from '../src/modules/analyses/analyses.repository';
import { insertCadreRegistration } from '../src/modules/cadre-registrations/cadre-registrations.repository';
import { createOrganizationRow } from '../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { insertDepartments } from '../src/modules/disputes/disputes.repository';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, seedSmallTown } from './support/fixtures';
import { seedPatrolLists } from './support/patrol-fixtures';
import { QueryCounter } from './support/query-counter';
import { seedRoomList } from './support/room-fixtures';
import { createTestApp, type TestApp } from './support/test-app';
import { seedViewableCamera } from './support/video-fixtures';
import { seedVideoPatrolLists } from './support/video-patrol-fixtures';

interface OpenApi {
  paths: Record<
    string,
    Record<string, { responses?: Record<string, { content?: Record<string, { schema?: { properties?: object } }> }> }>
  >;
}

const SMALL = 10;
const LARGE = 50;
const ROWS = LARGE + 1;

describe.each(testDialects())('queries per list on %s', (dialect) => {
  const counter = new QueryCounter();
  let t: TestApp;
  const sessions = new Map<Role, Session>();
  let cameraGroupId = '';

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, {}, {}, [counter]);
    const town = await seedSmallTown(t.deps);
    const department = await createOrganizationRow(t.deps.db, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      kind: 'department',
      name: '司法所',
    });
    const staff = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      name: '司法所干部',
      kind: 'staff',
      organizationId: department.id,
    });
    await insertPersonRow(t.deps.db, staff);
    const grants: [Role, string][] = [
      ['chief', town.town.id],
      ['zongzhiban', town.town.id],
      ['officer', town.district1.id],
      ['auxiliary', town.shuangping.id],
      ['department', town.town.id],
      ['sysadmin', town.county.id],
      ['secadmin', town.county.id],
      ['auditor', town.county.id],
    ];
    for (const [role, place] of grants) {
      const user = await createAccount(t.deps, `lq_${role}`, role, place);
      if (role === 'department') {
        await t.deps.db.updateTable('users').set({ person_id: staff.id }).where('id', '=', user.id).execute();
      }
    }
    for (let i = 0; i < ROWS; i++)
      await createAccount(t.deps, `patrol${String(i).padStart(2, '0')}`, 'patrol', town.town.id);
    for (const [role] of grants) sessions.set(role, await loginAs(t.app, `lq_${role}`));
    const chief = sessions.get('chief');
    if (!chief) throw new Error('no chief');
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({ method: 'POST', url, headers: chief.headers(), payload });
      expect(res.statusCode, res.body).toBeLessThan(300);
      return res.json();
    };
    const mediator = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '刘调解员',
      kind: 'resident',
    });
    await insertPersonRow(t.deps.db, mediator);
    for (let i = 0; i < ROWS; i++) {
      await insertPersonRow(
        t.deps.db,
        newPersonRow(t.deps.cipher, {
          townId: town.town.id,
          jurisdictionId: town.shuangping.id,
          name: `村民${i}`,
          kind: 'resident',
        }),
      );
      // Red (threats), so the chief is alerted: one notification per case.
      const dispute = await post('/api/v1/disputes', {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'screening',
        summary: `邻里纠纷${i}`,
        riskFlags: { threats: true },
        parties: [
          { role: 'applicant', name: '张三', phone: '13812345678', address: '双坪村1组' },
          { role: 'respondent', name: '李四' },
        ],
      });
      await insertDepartments(t.deps.db, dispute.id, [department.id], new Date().toISOString());
      const mediation = await post(`/api/v1/disputes/${dispute.id}/mediations`, {
        track: 'people',
        startedAt: new Date().toISOString(),
        initiatedBy: 'party',
        mediatorIds: [mediator.id],
      });
      await post(`/api/v1/mediations/${mediation.id}/agreements`, {
        kind: 'oral',
        partyIds: (dispute.parties as { id: string }[]).map((party) => party.id),
        content: '双方同意赔偿500元',
        recordedAt: new Date().toISOString(),
      });
      await post('/api/v1/incidents', {
        source: 'dispatch_110',
        classCode: '020201',
        jurisdictionId: town.shuangping.id,
        summary: `邻里纠纷警情${i}`,
        address: '双坪村1组',
        parties: [
          { role: 'caller', name: '张三', phone: '13812345678' },
          { role: 'party', name: '李四' },
        ],
      });
      await post('/api/v1/duty-logs', {
        type: 'mediation',
        villageId: town.shuangping.id,
        links: [{ kind: 'dispute', id: dispute.id }],
      });
      // A meeting per row, each with a task owned by the department, linked to the dispute (read per page at once).
      const meeting = await post('/api/v1/meetings', {
        startsAt: new Date(Date.now() - (i + 1) * 3_600_000).toISOString(),
        place: '会议室',
        attendees: [{ kind: 'department', organizationId: department.id }],
      });
      await post('/api/v1/tasks', {
        meetingId: meeting.id,
        title: `交办任务${i}`,
        owner: { kind: 'organization', id: department.id },
        villageId: town.shuangping.id,
        dueOn: meeting.day,
        links: [{ kind: 'dispute', id: dispute.id }],
      });
    }
    for (let i = 0; i < ROWS; i++) {
      await post('/api/v1/rotation/trainings', {
        townId: town.town.id,
        topic: `业务培训${i}`,
        trainer: '司法所',
        heldOn: '2026-11-05',
        place: '会议室',
        attendeeIds: [mediator.id],
      });
    }
    // Analyses: written directly (their assembly is tested in analyses.test.ts), one per day.
    for (let i = 0; i < ROWS; i++) {
      const at = new Date().toISOString();
      await insertAnalysisRow(t.deps.db, {
        id: newId(),
        town_id: town.town.id,
        jurisdiction_id: town.town.id,
        kind: 'daily',
        period_key: addDays('2026-10-31', -i),
        first_day: addDays('2026-10-31', -i),
        state: i % 2 === 0 ? 'signed' : 'draft',
        sections: [],
        judgement: '研判意见：平稳。',
        generated_at: at,
        created_by: null,
        created_by_name: null,
        created_at: at,
        updated_at: at,
        signed_by: null,
        signed_by_name: i % 2 === 0 ? '所长' : null,
        signed_at: i % 2 === 0 ? at : null,
        archived_at: null,
      });
    }
    // Hazards of 双坪村, assigned to the department (its staff list them through their organisation).
    for (let i = 0; i < ROWS; i++) {
      const hazard = await post('/api/v1/hazards', {
        source: 'patrol',
        villageId: town.shuangping.id,
        title: `安全隐患${i}`,
        description: '桥头护栏缺失',
      });
      await post(`/api/v1/hazards/${hazard.id}/assign`, {
        assignee: { kind: 'department', organizationId: department.id },
        deadline: addDays(shanghaiDate(new Date()), 7),
      });
    }
    // Household cameras of 双坪村 with owners and a consent each (the page reads owners and consents per page).
    for (let i = 0; i < ROWS; i++) {
      const camera = await post('/api/v1/cameras', {
        villageId: town.shuangping.id,
        deviceId: `42062604001320${String(i + 1).padStart(6, '0')}`,
        name: `看家视频${String(i).padStart(2, '0')}`,
        kind: 'household',
        owner: { name: `户主${i}`, phone: '13812345678' },
        source: { kind: 'rtsp', url: 'rtsp://admin:pw@10.0.0.1/live' },
      });
      await post(`/api/v1/cameras/${camera.id}/consents`, {
        roles: ['officer'],
        purposes: ['incident'],
        startsOn: '2026-11-01',
        lastDay: '2027-10-31',
      });
    }
    // A camera group: its grant form pages the town's accounts (the ROWS patrol accounts and the roles above).
    cameraGroupId = (await post('/api/v1/camera-groups', { name: '列表分组' })).id;
    // Anti-fraud: activities (one of them town-wide) and telecom-fraud cases, one a day.
    for (let i = 0; i < ROWS; i++) {
      await post('/api/v1/antifraud/activities', {
        jurisdictionId: i === 0 ? town.town.id : town.shuangping.id,
        type: 'lecture',
        venue: '村委会',
        day: addDays('2026-10-31', -i),
        audience: 30,
      });
      await post('/api/v1/antifraud/cases', {
        villageId: town.shuangping.id,
        type: 'rebate_task',
        day: addDays('2026-10-31', -i),
        lostFen: 10000,
      });
    }
    // Key persons of both groups in 双坪村 (residents written directly; the record through the API, so the person
    // link is encrypted as it is in use): the page decrypts each link and reads the people in one query. Enough of
    // each group that a reader of the governance group alone (the auxiliary officer) fills a page too.
    for (let i = 0; i < 2 * ROWS; i++) {
      const resident = newPersonRow(t.deps.cipher, {
        townId: town.town.id,
        jurisdictionId: town.shuangping.id,
        name: `重点人员${i}`,
        kind: 'resident',
      });
      await insertPersonRow(t.deps.db, resident);
      await post('/api/v1/key-persons', {
        personId: resident.id,
        category: i % 2 === 0 ? 'drugs' : 'released_prisoner',
        level: 'medium',
      });
    }
    const chiefUser = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'lq_chief')
      .executeTakeFirstOrThrow();
    await seedPatrolLists(t.deps, town, chiefUser.id, ROWS);
    await seedVideoPatrolLists(t.deps, town, chiefUser.id, ROWS);
    // Venues of 双坪村, each with the mediator as its contact: the page reads agreements and cameras in one query each.
    for (let i = 0; i < ROWS; i++) {
      await post('/api/v1/venues', {
        villageId: town.shuangping.id,
        name: `场所${String(i).padStart(2, '0')}`,
        kind: 'supermarket',
        contactPersonId: mediator.id,
      });
    }
    const videoCamera = await seedViewableCamera(t.deps, town.shuangping, {
      name: '列表测试点位',
      kind: 'public',
      grantRoles: ['chief'],
    });
    for (let i = 0; i < ROWS; i++) await post('/api/v1/video/views', { cameraId: videoCamera, purpose: 'patrol' });
    await seedRoomList(t.deps, town.shuangping, chiefUser.id, ROWS);
    // Cadre registration codes of 双坪村, and a registration per patrol account (standing in for the pending ones).
    const cadreCodes: { id: string }[] = [];
    for (let i = 0; i < ROWS; i++)
      cadreCodes.push(await post('/api/v1/cadre-codes', { villageId: town.shuangping.id }));
    const registrants = await t.deps.db.selectFrom('users').select('id').where('username', 'like', 'patrol%').execute();
    for (const [i, registrant] of registrants.entries()) {
      await insertCadreRegistration(t.deps.db, {
        id: newId(),
        code_id: cadreCodes[i % cadreCodes.length]?.id ?? '',
        town_id: town.town.id,
        village_id: town.shuangping.id,
        display_name: `村干部${i}`,
        phone_enc: t.deps.cipher.encrypt('13912345678'),
        phone_bidx: t.deps.cipher.blindIndex('13912345678'),
        phone_masked: '139****5678',
        position: 'grid_worker',
        user_id: registrant.id,
        status: 'pending',
        decided_by: null,
        decided_at: null,
        refusal_reason: null,
        created_at: new Date().toISOString(),
      });
    }
    // Some 150 requests: room for a busy machine.
  }, 180_000);
  afterAll(async () => t.close());

  it('runs as many queries for 50 rows as for 10 on every list route, for every role that can list', async () => {
    const spec = t.app.swagger() as OpenApi;
    const lists = Object.entries(spec.paths)
      .filter(([path, methods]) => {
        const properties = methods.get?.responses?.['200']?.content?.['application/json']?.schema?.properties ?? {};
        return (
          path.startsWith('/api/v1/') && !path.includes('{') && 'items' in properties && 'nextCursor' in properties
        );
      })
      .map(([path]) => path);
    expect(lists).toEqual(
      expect.arrayContaining([
        '/api/v1/disputes',
        '/api/v1/agreements',
        '/api/v1/people',
        '/api/v1/incidents',
        '/api/v1/duty-logs',
        '/api/v1/meetings',
        '/api/v1/tasks',
        '/api/v1/analyses',
        '/api/v1/hazards',
        '/api/v1/antifraud/activities',
        '/api/v1/antifraud/cases',
        '/api/v1/key-persons',
        '/api/v1/patrols/teams',
        '/api/v1/patrols/shifts',
        '/api/v1/patrols/checkpoints',
        '/api/v1/patrols/check-ins',
        '/api/v1/patrols/logs',
        '/api/v1/cameras',
        '/api/v1/video-patrols/plans',
        '/api/v1/video-patrols/rounds',
        '/api/v1/video-patrols/reminders',
        '/api/v1/venues',
        '/api/v1/video/views',
        '/api/v1/mediation-rooms',
        '/api/v1/cadre-codes',
        '/api/v1/cadre-registrations',
      ]),
    );

    const measure = async (session: Session, path: string, limit: number) => {
      const before = counter.count;
      const res = await t.app.inject({ method: 'GET', url: `${path}?limit=${limit}`, headers: session.headers() });
      return {
        status: res.statusCode,
        rows: res.statusCode === 200 ? res.json().items.length : 0,
        queries: counter.count - before,
      };
    };
    const growing: string[] = [];
    const measured = new Set<string>();
    for (const path of lists) {
      for (const [role, session] of sessions) {
        const small = await measure(session, path, SMALL);
        const large = await measure(session, path, LARGE);
        if (small.status !== 200 || small.rows !== SMALL || large.rows !== LARGE) continue;
        measured.add(path);
        if (large.queries > small.queries) growing.push(`${path} as ${role}: ${small.queries} → ${large.queries}`);
      }
    }
    expect(growing).toEqual([]);
    // A list no role could fill with 50 rows would pass unmeasured: seed it above.
    expect(lists.filter((path) => !measured.has(path))).toEqual([]);
  });

  // Lists under a record's id are not found by the path scan above: measured here one by one.
  it('runs as many queries for 50 rows as for 10 on the lists under a record', async () => {
    const chief = sessions.get('chief');
    if (!chief) throw new Error('no chief');
    for (const path of [`/api/v1/camera-groups/${cameraGroupId}/accounts`]) {
      const measure = async (limit: number) => {
        const before = counter.count;
        const res = await t.app.inject({ method: 'GET', url: `${path}?limit=${limit}`, headers: chief.headers() });
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().items).toHaveLength(limit);
        return counter.count - before;
      };
      expect(await measure(LARGE), path).toBe(await measure(SMALL));
    }
  });
});
