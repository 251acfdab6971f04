import { computeIdCheckChar, type Duty, ROLE_LABELS, type Role } from '@fengqiao/domain';
import { createAssignmentRow } from '../modules/directory/assignments.repository';
import { createJurisdictionRow, type JurisdictionRow } from '../modules/directory/jurisdictions.repository';
import { createOrganizationRow } from '../modules/directory/organizations.repository';
import { insertPersonRow } from '../modules/directory/people.repository';
import { fillPii, nameColumns, piiColumns } from '../modules/directory/person-pii';
import { StatsService } from '../modules/statistics/stats.service';
import { UsersService } from '../modules/users/users.service';
import type { RequestContext } from '../platform/context';
import type { Deps } from '../platform/deps';
import { newId, nowIso } from '../platform/ids';
import { seedMaliangAnalyses } from './maliang-analyses';
import { seedMaliangAntifraud } from './maliang-antifraud';
import { seedMaliangAssessments } from './maliang-assessments';
import { seedMaliangCameras } from './maliang-cameras';
import { seedMaliangCoverage } from './maliang-coverage';
import { COUNTY, DEPARTMENTS, DISTRICT_SIZES, GIVEN, PARTNER_STATIONS, SURNAMES, TOWN, VILLAGES } from './maliang-data';
import { seedMaliangDisputes } from './maliang-disputes';
import { seedMaliangDuty } from './maliang-duty';
import { seedMaliangHazards } from './maliang-hazards';
import { seedMaliangIncidents } from './maliang-incidents';
import { seedMaliangKeyPersons } from './maliang-key-persons';
import { seedMaliangMeetings } from './maliang-meetings';
import { seedMaliangPatrols } from './maliang-patrols';
import { seedMaliangRooms } from './maliang-rooms';
import { seedMaliangRotation } from './maliang-rotation';
import { seedMaliangVenues } from './maliang-venues';
import { seedMaliangVideoPatrols } from './maliang-video-patrols';
import { between, pick, seededRandom } from './random';

const SEED_CONTEXT: RequestContext = { actor: null, ip: null, requestId: 'demo-seed' };

export interface DemoAccount {
  username: string;
  role: Role;
  label: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'chief', role: 'chief', label: '所长 station chief' },
  { username: 'officer', role: 'officer', label: '片区民警 district officer (双坪村所在片区)' },
  { username: 'zongzhiban', role: 'zongzhiban', label: '综治办 governance office' },
  { username: 'auxiliary', role: 'auxiliary', label: '双坪村驻村辅警 auxiliary officer of 双坪村' },
  { username: 'dept_land', role: 'department', label: '自然资源所 land office' },
  { username: 'patrol01', role: 'patrol', label: '双坪夜巡队队员 night-patrol volunteer (双坪村所在片区)' },
  { username: 'monitor', role: 'monitor', label: '监控中心值班员 monitoring-centre duty officer' },
  {
    username: 'cadre_duanjiang',
    role: 'village_cadre',
    label: '段江村村委会 village cadre of 段江村 (online mediation)',
  },
  { username: 'sysadmin', role: 'sysadmin', label: '系统管理员 system administrator' },
  { username: 'secadmin', role: 'secadmin', label: '安全管理员 security administrator' },
  { username: 'auditor', role: 'auditor', label: '审计管理员 audit administrator' },
];

export async function hasAnyJurisdiction(deps: Deps): Promise<boolean> {
  const row = await deps.db.selectFrom('jurisdictions').select('id').limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Seeds the Maliang town into an empty database, deterministically, in one transaction. */
export async function seedMaliang(deps: Deps, password: string, now: Date = new Date()): Promise<void> {
  const random = seededRandom(20_220_514);
  const users = new UsersService(deps);
  await deps.db.transaction().execute(async (tx) => {
    const county = await createJurisdictionRow(tx, {
      parent: null,
      level: 'county',
      code: COUNTY.code,
      name: COUNTY.name,
    });
    const town = await createJurisdictionRow(tx, {
      parent: county,
      level: 'town',
      code: TOWN.code,
      name: TOWN.name,
      population: TOWN.population,
      note: '演示数据：区划代码中的乡镇码为示意',
    });
    const townId = town.id;
    const org = (jurisdictionId: string, kind: Parameters<typeof createOrganizationRow>[1]['kind'], name: string) =>
      createOrganizationRow(tx, {
        townId,
        jurisdictionId,
        kind,
        name,
        phone: `0710-58${between(random, 10000, 99999)}`,
      });

    const station = await org(townId, 'police_station', '保康县公安局马良派出所');
    const governance = await org(townId, 'governance_office', '马良镇综治办');
    const departments = [];
    for (const name of DEPARTMENTS) departments.push(await org(townId, 'department', name));
    await org(townId, 'mediation_committee', '马良镇人民调解委员会');
    for (const name of PARTNER_STATIONS) await org(townId, 'partner_station', name);

    const districts: JurisdictionRow[] = [];
    const villages: JurisdictionRow[] = [];
    let villageIndex = 0;
    let communityCode = 1;
    let villageCode = 201;
    for (const [d, size] of DISTRICT_SIZES.entries()) {
      const first = VILLAGES[villageIndex]?.name.replace(/(村|社区)$/, '') ?? `${d + 1}`;
      const district = await createJurisdictionRow(tx, {
        parent: town,
        level: 'district',
        code: `P${String(d + 1).padStart(2, '0')}`,
        name: `${first}片区`,
        sortOrder: d,
      });
      districts.push(district);
      await org(district.id, 'police_post', `${first}警务室`);
      for (let i = 0; i < size; i++) {
        const v = VILLAGES[villageIndex++];
        if (!v) throw new Error('demo: more district places than villages');
        const suffix = v.kind === 'community' ? communityCode++ : villageCode++;
        const households = between(random, 150, 360);
        const village = await createJurisdictionRow(tx, {
          parent: district,
          level: v.kind,
          code: `${TOWN.code.slice(0, 9)}${String(suffix).padStart(3, '0')}`,
          name: v.name,
          population: households * 3 + between(random, 0, 200),
          households,
          note: v.invented ? '演示数据：村名为虚构' : null,
          sortOrder: villageIndex,
        });
        villages.push(village);
        const groupCount = between(random, 4, 9);
        for (let g = 1; g <= groupCount; g++) {
          await createJurisdictionRow(tx, {
            parent: village,
            level: 'group',
            code: `${village.code}${String(g).padStart(3, '0')}`,
            name: `${g}组`,
            sortOrder: g,
          });
        }
      }
    }

    const usedNames = new Set<string>();
    const personName = () => {
      for (;;) {
        const name =
          pick(random, [...SURNAMES]) + pick(random, [...GIVEN]) + (random() < 0.6 ? pick(random, [...GIVEN]) : '');
        if (!usedNames.has(name)) {
          usedNames.add(name);
          return name;
        }
      }
    };
    let serial = 0;
    const idNumber = (sex: 'male' | 'female', year: number) => {
      serial += 1;
      const date = `${year}${String(between(random, 1, 12)).padStart(2, '0')}${String(between(random, 1, 28)).padStart(2, '0')}`;
      const seq = String((serial % 50) * 2 + (sex === 'male' ? 1 : 0) + 100).slice(-3);
      const first17 = `420626${date}${seq}`;
      return first17 + computeIdCheckChar(first17);
    };
    const mobile = () =>
      `1${pick(random, ['33', '37', '39', '58', '77', '80', '86', '89'])}${String(between(random, 0, 99_999_999)).padStart(8, '0')}`;

    const addPerson = async (input: {
      jurisdiction: JurisdictionRow;
      name?: string;
      kind: 'staff' | 'resident';
      title?: string;
      organizationId?: string;
      sex?: 'male' | 'female';
      address?: string;
    }) => {
      const sex = input.sex ?? (random() < 0.5 ? 'male' : 'female');
      const name = input.name ?? personName();
      const now = nowIso();
      const id = newId();
      await insertPersonRow(tx, {
        id,
        town_id: townId,
        jurisdiction_id: input.jurisdiction.id,
        ...nameColumns(name),
        sex,
        ethnicity: '汉族',
        kind: input.kind,
        title: input.title ?? null,
        organization_id: input.organizationId ?? null,
        ...fillPii(
          piiColumns(deps.cipher, {
            idNumber: idNumber(sex, between(random, 1950, 2000)),
            phone: mobile(),
            address:
              input.address ??
              `湖北省保康县马良镇${input.jurisdiction.name}${between(random, 1, 6)}组${between(random, 1, 60)}号`,
          }),
        ),
        created_at: now,
        updated_at: now,
      });
      return id;
    };
    const assign = (personId: string, jurisdiction: JurisdictionRow, duty: Duty) =>
      createAssignmentRow(tx, { townId, personId, jurisdictionId: jurisdiction.id, duty, since: '2020-06-01' });
    const account = async (
      username: string,
      displayName: string,
      personId: string,
      roles: { role: Role; jurisdictionId: string }[],
    ) => {
      await users.provision(tx, SEED_CONTEXT, { username, displayName, password, personId, roles });
    };

    const chief = await addPerson({
      jurisdiction: villages[0] ?? town,
      name: '周建国',
      kind: 'staff',
      title: '所长',
      organizationId: station.id,
      sex: 'male',
    });
    await account('chief', '周建国（所长）', chief, [{ role: 'chief', jurisdictionId: townId }]);

    const shuangping = villages.find((v) => v.name === '双坪村');
    if (!shuangping) throw new Error('demo: 双坪村 missing');
    for (let o = 0; o < 6; o++) {
      const officer = await addPerson({
        jurisdiction: villages[0] ?? town,
        kind: 'staff',
        title: '社区民警',
        organizationId: station.id,
      });
      const covered = districts.slice(o * 2, o * 2 + 2);
      for (const district of covered) {
        await assign(officer, district, 'district_officer');
        await assign(officer, district, 'post_head');
      }
      if (covered.some((d) => d.id === shuangping.parent_id)) {
        await account(
          'officer',
          '片区民警',
          officer,
          covered.map((d) => ({ role: 'officer' as const, jurisdictionId: d.id })),
        );
      }
    }
    for (const village of villages) {
      const aux = await addPerson({ jurisdiction: village, kind: 'staff', title: '驻村辅警' });
      await assign(aux, village, 'village_auxiliary');
      if (village.id === shuangping.id) {
        await account('auxiliary', '双坪村驻村辅警', aux, [{ role: 'auxiliary', jurisdictionId: village.id }]);
      }
      const residents = village.id === shuangping.id ? 8 : 5;
      for (let r = 0; r < residents; r++) await addPerson({ jurisdiction: village, kind: 'resident' });
    }
    await addPerson({ jurisdiction: shuangping, name: '张三', kind: 'resident', sex: 'male' });

    const governanceStaff = await addPerson({
      jurisdiction: villages[0] ?? town,
      kind: 'staff',
      title: '综治办主任',
      organizationId: governance.id,
    });
    await assign(governanceStaff, town, 'governance_staff');
    await account('zongzhiban', '综治办主任', governanceStaff, [{ role: 'zongzhiban', jurisdictionId: townId }]);
    for (const department of departments) {
      const staff = await addPerson({
        jurisdiction: villages[0] ?? town,
        kind: 'staff',
        title: '工作人员',
        organizationId: department.id,
      });
      await assign(staff, town, 'department_staff');
      if (department.name === DEPARTMENTS[0]) {
        await account('dept_land', '自然资源所', staff, [{ role: 'department', jurisdictionId: townId }]);
      }
    }
    for (const [username, role] of [
      ['sysadmin', 'sysadmin'],
      ['secadmin', 'secadmin'],
      ['auditor', 'auditor'],
    ] as const) {
      await users.provision(tx, SEED_CONTEXT, {
        username,
        displayName: ROLE_LABELS[role].zh,
        password,
        roles: [{ role, jurisdictionId: county.id }],
      });
    }
    await seedMaliangDisputes(tx, deps, now);
    await seedMaliangDuty(tx, deps, password, now);
    await seedMaliangIncidents(tx, deps, password, now);
    await seedMaliangRotation(tx, deps, now);
    await seedMaliangAssessments(tx, deps, now);
    await seedMaliangMeetings(tx, now, new StatsService(deps));
    await seedMaliangAnalyses(tx, deps, now);
    await seedMaliangCoverage(tx, deps, now);
    await seedMaliangHazards(tx, deps, now);
    await seedMaliangAntifraud(tx, deps, now);
    await seedMaliangKeyPersons(tx, deps, now);
    await seedMaliangPatrols(tx, deps, password, now);
    await seedMaliangCameras(tx, deps, password, now);
    await seedMaliangVenues(tx, deps, now);
    await seedMaliangVideoPatrols(tx, deps, now);
    await seedMaliangRooms(tx, deps, password);
  });
}
