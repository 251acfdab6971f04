import { ROLES, type Role } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

/** Where each role's account is granted: the level its role is meant for. */
function grantFor(role: Role, town: SmallTown): string {
  switch (role) {
    case 'officer':
      return town.district1.id;
    case 'auxiliary':
    case 'village_cadre':
      return town.shuangping.id;
    case 'sysadmin':
    case 'secadmin':
    case 'auditor':
      return town.county.id;
    default:
      return town.town.id;
  }
}

interface RouteCase {
  name: string;
  allowed: readonly Role[];
  /**
   * Collection routes refuse with 403. Record routes answer 404, exactly as for a missing record,
   * to callers who may not see the record, and 403 to those who see it but may not do this.
   */
  refusal: 403 | 404 | { seenBy: readonly Role[] };
  call(s: Session, role: Role): { method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE'; url: string; payload?: object };
}

const READERS: Role[] = [
  'chief',
  'officer',
  'auxiliary',
  'zongzhiban',
  'department',
  'village_cadre',
  'patrol',
  'monitor',
  'sysadmin',
  'secadmin',
];
const PERSON_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];
const PERSON_WRITERS: Role[] = ['chief', 'officer', 'auxiliary'];
const DIRECTORY_WRITERS: Role[] = ['chief', 'sysadmin'];
// Department staff list disputes but see only those assigned to their department (none here): 404 on a record.
const DISPUTE_LISTERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban', 'department'];
const DISPUTE_READERS: Role[] = ['chief', 'officer', 'auxiliary', 'zongzhiban'];

describe.each(testDialects())('access matrix on %s: every route as every role', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const sessions = new Map<Role, Session>();
  let personId = '';
  let targetUserId = '';
  let cases: RouteCase[] = [];

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    for (const role of ROLES) await createAccount(t.deps, `as_${role}`, role, grantFor(role, town));
    for (const role of ROLES) sessions.set(role, await loginAs(t.app, `as_${role}`));
    const chief = sessions.get('chief');
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/people',
      headers: chief?.headers(),
      payload: { jurisdictionId: town.shuangping.id, name: '王五', kind: 'resident', idNumber: '11010519491231002X' },
    });
    personId = created.json().id;
    const assignmentOf = new Map<Role | 'untouched', string>();
    const places = [town.duanjiang.id, town.shuangping.id, town.nanya.id];
    for (const [i, role] of [...DIRECTORY_WRITERS, 'untouched' as const].entries()) {
      const row = await createAssignmentRow(t.deps.db, {
        townId: town.town.id,
        personId,
        jurisdictionId: places[i] ?? town.town.id,
        duty: 'security_director',
      });
      assignmentOf.set(role, row.id);
    }
    const target = await createAccount(t.deps, 'target', 'patrol', town.town.id);
    targetUserId = target.id;
    const disputeOf = new Map<Role, { id: string; partyId: string }>();
    for (const role of [...ROLES, 'chief' as const]) {
      const made = await t.app.inject({
        method: 'POST',
        url: '/api/v1/disputes',
        headers: chief?.headers(),
        payload: {
          jurisdictionId: town.shuangping.id,
          category: 'neighbour',
          source: 'screening',
          summary: `邻里纠纷${role}`,
          parties: [{ role: 'applicant', name: '赵六', phone: '13812345678' }],
        },
      });
      disputeOf.set(role, { id: made.json().id, partyId: made.json().parties[0].id });
    }
    const dispute = (role: Role) => disputeOf.get(role) ?? { id: '', partyId: '' };
    const code = (role: Role, i: number) => `${town.shuangping.code}${String(100 + ROLES.indexOf(role) * 10 + i)}`;
    cases = [
      { name: 'GET /auth/me', allowed: ROLES, refusal: 403, call: () => ({ method: 'GET', url: '/api/v1/auth/me' }) },
      {
        name: 'GET /jurisdictions',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/jurisdictions' }),
      },
      {
        name: 'GET /jurisdictions/:id',
        allowed: READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/jurisdictions/${town.shuangping.id}` }),
      },
      {
        name: 'POST /jurisdictions',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/jurisdictions',
          payload: { parentId: town.shuangping.id, level: 'group', code: code(role, 1), name: `${role}组` },
        }),
      },
      {
        name: 'PATCH /jurisdictions/:id',
        allowed: DIRECTORY_WRITERS,
        refusal: { seenBy: READERS },
        call: () => ({
          method: 'PATCH',
          url: `/api/v1/jurisdictions/${town.shuangping.id}`,
          payload: { population: 1200 },
        }),
      },
      {
        name: 'GET /organizations',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/organizations' }),
      },
      {
        name: 'GET /assignments',
        allowed: READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/assignments' }),
      },
      {
        name: 'POST /assignments',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/assignments',
          payload: {
            personId,
            jurisdictionId: role === 'chief' ? town.shuangping.id : town.nanya.id,
            duty: 'village_auxiliary',
          },
        }),
      },
      {
        name: 'DELETE /assignments/:id',
        allowed: DIRECTORY_WRITERS,
        refusal: { seenBy: READERS },
        call: (_s, role) => ({
          method: 'DELETE',
          url: `/api/v1/assignments/${assignmentOf.get(role) ?? assignmentOf.get('untouched')}`,
        }),
      },
      {
        name: 'GET /people',
        allowed: PERSON_READERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/people' }),
      },
      {
        name: 'GET /people/:id',
        allowed: PERSON_READERS,
        refusal: 404,
        call: () => ({ method: 'GET', url: `/api/v1/people/${personId}` }),
      },
      {
        name: 'POST /people',
        allowed: PERSON_WRITERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/people',
          payload: { jurisdictionId: town.shuangping.id, name: `新人${role}`, kind: 'resident' },
        }),
      },
      {
        name: 'PATCH /people/:id',
        allowed: PERSON_WRITERS,
        refusal: { seenBy: PERSON_READERS },
        call: () => ({ method: 'PATCH', url: `/api/v1/people/${personId}`, payload: { title: '村民' } }),
      },
      {
        name: 'POST /people/:id/unmask',
        allowed: ['chief', 'officer'],
        refusal: { seenBy: PERSON_READERS },
        call: () => ({ method: 'POST', url: `/api/v1/people/${personId}/unmask`, payload: { field: 'idNumber' } }),
      },
      {
        name: 'GET /imports/villages/template',
        allowed: DIRECTORY_WRITERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/imports/villages/template' }),
      },
      {
        name: 'GET /imports/people/template',
        allowed: PERSON_WRITERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/imports/people/template' }),
      },
      {
        name: 'GET /users',
        allowed: ['sysadmin', 'secadmin', 'auditor'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/users' }),
      },
      {
        name: 'GET /users/:id',
        allowed: ['sysadmin', 'secadmin', 'auditor'],
        refusal: 403,
        call: () => ({ method: 'GET', url: `/api/v1/users/${targetUserId}` }),
      },
      {
        name: 'POST /users',
        allowed: ['sysadmin'],
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/users',
          payload: { username: `made_by_${role}`, displayName: '新账号', password: 'Welcome@2026x' },
        }),
      },
      {
        name: 'PATCH /users/:id',
        allowed: ['sysadmin'],
        refusal: 403,
        call: () => ({ method: 'PATCH', url: `/api/v1/users/${targetUserId}`, payload: { displayName: '巡逻队员' } }),
      },
      {
        name: 'POST /users/:id/password-reset',
        allowed: ['sysadmin'],
        refusal: 403,
        call: () => ({
          method: 'POST',
          url: `/api/v1/users/${targetUserId}/password-reset`,
          payload: { newPassword: 'Another@2026x' },
        }),
      },
      {
        name: 'PUT /users/:id/roles',
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({
          method: 'PUT',
          url: `/api/v1/users/${targetUserId}/roles`,
          payload: { roles: [{ role: 'patrol', jurisdictionId: town.town.id }] },
        }),
      },
      {
        name: 'POST /users/:id/unlock',
        allowed: ['secadmin'],
        refusal: 403,
        call: () => ({ method: 'POST', url: `/api/v1/users/${targetUserId}/unlock` }),
      },
      { name: 'GET /audit', allowed: ['auditor'], refusal: 403, call: () => ({ method: 'GET', url: '/api/v1/audit' }) },
      {
        name: 'GET /disputes',
        allowed: DISPUTE_LISTERS,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/disputes' }),
      },
      {
        name: 'GET /disputes/export.xlsx',
        allowed: ['chief', 'zongzhiban'],
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/disputes/export.xlsx' }),
      },
      {
        name: 'GET /disputes/:id',
        allowed: DISPUTE_READERS,
        refusal: 404,
        call: (_s, role) => ({ method: 'GET', url: `/api/v1/disputes/${dispute(role).id}` }),
      },
      {
        name: 'POST /disputes',
        allowed: DISPUTE_READERS,
        refusal: 403,
        call: (_s, role) => ({
          method: 'POST',
          url: '/api/v1/disputes',
          payload: {
            jurisdictionId: town.shuangping.id,
            category: 'neighbour',
            source: 'walk_in',
            summary: `${role}登记`,
          },
        }),
      },
      {
        name: 'PATCH /disputes/:id',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'PATCH',
          url: `/api/v1/disputes/${dispute(role).id}`,
          payload: { peopleInvolved: 3 },
        }),
      },
      {
        name: 'POST /disputes/:id/parties',
        allowed: DISPUTE_READERS,
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/parties`,
          payload: { role: 'respondent', name: '钱七' },
        }),
      },
      {
        name: 'POST /disputes/:id/unmask',
        allowed: ['chief', 'officer', 'zongzhiban'],
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/unmask`,
          payload: { field: 'address' },
        }),
      },
      {
        name: 'POST /disputes/:id/parties/:partyId/unmask',
        allowed: ['chief', 'officer', 'zongzhiban'],
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/parties/${dispute(role).partyId}/unmask`,
          payload: { field: 'phone' },
        }),
      },
      {
        name: 'POST /disputes/:id/actions/:action',
        allowed: ['chief', 'officer', 'auxiliary'],
        refusal: { seenBy: DISPUTE_READERS },
        call: (_s, role) => ({
          method: 'POST',
          url: `/api/v1/disputes/${dispute(role).id}/actions/start_village_handling`,
          payload: {},
        }),
      },
      {
        name: 'GET /notifications',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/notifications' }),
      },
      {
        name: 'GET /notifications/unread-count',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'GET', url: '/api/v1/notifications/unread-count' }),
      },
      {
        name: 'POST /notifications/read',
        allowed: ROLES,
        refusal: 403,
        call: () => ({ method: 'POST', url: '/api/v1/notifications/read', payload: {} }),
      },
    ];
  });
  afterAll(async () => t.close());

  it('allows exactly the designed roles on every route and refuses the rest the designed way', async () => {
    const mismatches: string[] = [];
    for (const route of cases) {
      for (const role of ROLES) {
        const session = sessions.get(role);
        if (!session) throw new Error(`no session for ${role}`);
        const { method, url, payload } = route.call(session, role);
        const res = await t.app.inject({ method, url, headers: session.headers(), ...(payload ? { payload } : {}) });
        const allowed = route.allowed.includes(role);
        const refusal =
          typeof route.refusal === 'number' ? route.refusal : route.refusal.seenBy.includes(role) ? 403 : 404;
        const ok = allowed ? res.statusCode >= 200 && res.statusCode < 300 : res.statusCode === refusal;
        if (!ok) mismatches.push(`${route.name} as ${role}: ${res.statusCode} ${res.body.slice(0, 120)}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('covers every API route the server registers', () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const registered = Object.entries(spec.paths)
      .filter(([path]) => path.startsWith('/api/v1/'))
      .flatMap(([path, methods]) =>
        Object.keys(methods).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
      );
    const covered = new Set([
      ...cases.map((c) => c.name.replace(/^(\w+) /, '$1 /api/v1/').replace('/api/v1//', '/api/v1/')),
      ...ROUTES_CHECKED_ELSEWHERE,
    ]);
    expect(registered.filter((r) => !covered.has(r))).toEqual([]);
  });
});

/** Not in the matrix: log-in (public) and the caller's own session (auth.test.ts); uploads (directory.test.ts). */
const ROUTES_CHECKED_ELSEWHERE = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/logout-all',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/mfa/enrol',
  'POST /api/v1/auth/mfa/verify',
  'POST /api/v1/imports/villages',
  'POST /api/v1/imports/people',
  // A WebSocket upgrade, not a JSON route: authenticated by the same session hook as every /api/v1 GET.
  'GET /api/v1/notifications/ws',
];
