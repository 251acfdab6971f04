import { computeIdCheckChar, permissionsOf, type Role } from '@fengqiao/domain';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../../src/db/schema';
import { createJurisdictionRow, type JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import { createOrganizationRow } from '../../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../../src/modules/directory/people.repository';
import { newPersonRow } from '../../src/modules/directory/person-pii';
import { UsersService } from '../../src/modules/users/users.service';
import type { Actor, RequestContext, RoleGrant } from '../../src/platform/context';
import type { Deps } from '../../src/platform/deps';

export const TEST_PASSWORD = 'Test@12345';
export const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

export interface SmallTown {
  county: JurisdictionRow;
  town: JurisdictionRow;
  district1: JurisdictionRow;
  district2: JurisdictionRow;
  shuangping: JurisdictionRow;
  nanya: JurisdictionRow;
  duanjiang: JurisdictionRow;
  groups: Record<string, JurisdictionRow[]>;
}

/** 保康县 → 马良镇 → 片区一 (双坪村, 南垭村) and 片区二 (段江村), each village with two groups. */
export async function seedSmallTown(deps: Deps): Promise<SmallTown> {
  return deps.db.transaction().execute(async (tx) => {
    const county = await createJurisdictionRow(tx, {
      parent: null,
      level: 'county',
      code: '420626000000',
      name: '保康县',
    });
    const town = await createJurisdictionRow(tx, {
      parent: county,
      level: 'town',
      code: '420626104000',
      name: '马良镇',
    });
    const district1 = await createJurisdictionRow(tx, { parent: town, level: 'district', code: 'P01', name: '片区一' });
    const district2 = await createJurisdictionRow(tx, { parent: town, level: 'district', code: 'P02', name: '片区二' });
    const village = (parent: JurisdictionRow, code: string, name: string) =>
      createJurisdictionRow(tx, { parent, level: 'village', code, name });
    const shuangping = await village(district1, '420626104201', '双坪村');
    const nanya = await village(district1, '420626104202', '南垭村');
    const duanjiang = await village(district2, '420626104203', '段江村');
    const groups: Record<string, JurisdictionRow[]> = {};
    for (const v of [shuangping, nanya, duanjiang]) {
      groups[v.name] = [];
      for (const n of [1, 2]) {
        groups[v.name]?.push(
          await createJurisdictionRow(tx, { parent: v, level: 'group', code: `${v.code}00${n}`, name: `${n}组` }),
        );
      }
    }
    return { county, town, district1, district2, shuangping, nanya, duanjiang, groups };
  });
}

export async function createAccount(deps: Deps, username: string, role: Role, jurisdictionId: string) {
  return deps.db.transaction().execute((tx) =>
    new UsersService(deps).provision(tx, SYSTEM, {
      username,
      displayName: username,
      password: TEST_PASSWORD,
      roles: [{ role, jurisdictionId }],
    }),
  );
}

export interface Session {
  cookie: string;
  csrf: string;
  headers(extra?: Record<string, string>): Record<string, string>;
}

export async function loginAs(app: FastifyInstance, username: string, password = TEST_PASSWORD): Promise<Session> {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'fq_session');
  if (!cookie) throw new Error('no session cookie');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  const header = `fq_session=${cookie.value}`;
  return {
    cookie: header,
    csrf,
    headers: (extra = {}) => ({ cookie: header, 'x-csrf-token': csrf, ...extra }),
  };
}

/**
 * A caller holding exactly these grants, for calling services directly. Built by hand, so a grant may sit at any
 * level of the tree (a county-level grant a role is not normally given, to test how the policy reads it).
 */
export function callerWith(userId: string, grants: { role: Role; on: JurisdictionRow }[]): RequestContext {
  const roleGrants: RoleGrant[] = grants.map(({ role, on }) => ({
    role,
    jurisdictionId: on.id,
    jurisdictionName: on.name,
    level: on.level,
    path: on.path,
    townId: on.town_id,
  }));
  const actor: Actor = {
    userId,
    username: userId,
    displayName: userId,
    sessionId: userId,
    grants: roleGrants,
    permissions: new Set(permissionsOf(roleGrants.map((grant) => grant.role))),
  };
  return { actor, ip: null, requestId: null };
}

/** Town departments (国土所, 司法所…), each with one staff member in the people directory (`<name>干部`). */
export async function seedDepartments(
  deps: Deps,
  town: SmallTown,
  names: readonly string[],
): Promise<{ departments: Record<string, string>; staffPeople: Record<string, string> }> {
  const departments: Record<string, string> = {};
  const staffPeople: Record<string, string> = {};
  for (const name of names) {
    const org = await createOrganizationRow(deps.db, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      kind: 'department',
      name,
    });
    departments[name] = org.id;
    const person = newPersonRow(deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      name: `${name}干部`,
      kind: 'staff',
      organizationId: org.id,
    });
    await insertPersonRow(deps.db, person);
    staffPeople[name] = person.id;
  }
  return { departments, staffPeople };
}

/** A second town of the same county, 歇马镇: what must stay out of 马良镇's reach. */
export function seedOtherTown(deps: Deps, town: SmallTown): Promise<JurisdictionRow> {
  return createJurisdictionRow(deps.db, { parent: town.county, level: 'town', code: '420626105000', name: '歇马镇' });
}

/** 歇马村, a village of the second town from seedOtherTown. */
export function seedOtherVillage(deps: Deps, otherTown: JurisdictionRow): Promise<JurisdictionRow> {
  return createJurisdictionRow(deps.db, { parent: otherTown, level: 'village', code: '420626105201', name: '歇马村' });
}

/** A resident ID number that passes the check: the 17 digits given and their check character. */
export function validIdNumber(first17: string): string {
  return `${first17}${computeIdCheckChar(first17)}`;
}

/** How many rows a table holds now: the tests' check that a refused request wrote nothing. */
export async function countRows(deps: Deps, table: keyof Database): Promise<number> {
  return Number(
    (
      await deps.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
}
