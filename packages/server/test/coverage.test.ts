import { addDays, shanghaiDate } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertStandInRow } from '../src/modules/coverage/coverage.repository';
import { responsibleOfficerFor } from '../src/modules/coverage/district-officer';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { createJurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { createOrganizationRow } from '../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
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
import { QueryCounter } from './support/query-counter';
import { createTestApp, type TestApp } from './support/test-app';

interface GapBody {
  kind: string;
  districtName: string;
  villageName: string | null;
  personName: string | null;
}
interface PersonBody {
  personId: string;
  name: string;
  phone: string | null;
  away: { standInName: string | null } | null;
}
interface CoverageBody {
  day: string;
  districts: {
    districtName: string;
    posts: { name: string }[];
    officers: PersonBody[];
    villages: { villageName: string; auxiliaries: PersonBody[] }[];
    gaps: GapBody[];
  }[];
  gaps: GapBody[];
  actions: string[];
}

const TODAY = shanghaiDate(new Date());

describe.each(testDialects())('districts coverage on %s', (dialect) => {
  const counter = new QueryCounter();
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let cadre: Session;
  let officer: Session;
  const people = { li: '', zhou: '', wang: '', zhao: '', resident: '' };
  let zhaoAssignment = '';

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const post = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const coverage = async (s: Session = chief) => {
    const res = await get(s, '/api/v1/coverage');
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as CoverageBody;
  };
  const gapTexts = (body: CoverageBody) => body.gaps.map((g) => `${g.villageName ?? g.districtName}:${g.kind}`);
  const person = async (name: string, jurisdictionId: string, kind: 'staff' | 'resident' = 'staff') => {
    const row = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId,
      name,
      kind,
      phone: '13812345678',
    });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };
  const leave = (over: object = {}) => ({
    jurisdictionId: town.district1.id,
    duty: 'district_officer',
    absentPersonId: people.li,
    standInPersonId: people.zhou,
    fromDay: TODAY,
    toDay: addDays(TODAY, 3),
    reason: '年休假',
    ...over,
  });

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, {}, {}, [counter]);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    chief = await loginAs(t.app, 'chief');
    cadre = await loginAs(t.app, 'cadre');
    officer = await loginAs(t.app, 'officer');
    await createOrganizationRow(t.deps.db, {
      townId: town.town.id,
      jurisdictionId: town.district1.id,
      kind: 'police_post',
      name: '片区一警务室',
    });
    people.li = await person('李警官', town.district1.id);
    people.zhou = await person('周警官', town.district1.id);
    people.wang = await person('王辅警', town.shuangping.id);
    people.zhao = await person('赵辅警', town.nanya.id);
    people.resident = await person('张村民', town.shuangping.id, 'resident');
    const assign = (personId: string, jurisdictionId: string, duty: 'district_officer' | 'village_auxiliary') =>
      createAssignmentRow(t.deps.db, { townId: town.town.id, personId, jurisdictionId, duty });
    await assign(people.li, town.district1.id, 'district_officer');
    await assign(people.wang, town.shuangping.id, 'village_auxiliary');
    zhaoAssignment = (await assign(people.zhao, town.nanya.id, 'village_auxiliary')).id;
  });
  afterAll(() => t?.close());

  it('shows each district "1+1+N" with masked phones and its gaps', async () => {
    const body = await coverage();
    expect(body.day).toBe(TODAY);
    expect(body.actions).toEqual(['manageStandIns', 'export']);
    const [one, two] = body.districts;
    expect(one?.districtName).toBe('片区一');
    expect(one?.posts.map((p) => p.name)).toEqual(['片区一警务室']);
    expect(one?.officers).toEqual([expect.objectContaining({ name: '李警官', phone: '138****5678', away: null })]);
    expect(one?.villages.map((v) => [v.villageName, v.auxiliaries.map((a) => a.name)])).toEqual([
      ['双坪村', ['王辅警']],
      ['南垭村', ['赵辅警']],
    ]);
    expect(one?.gaps).toEqual([]);
    expect(two?.districtName).toBe('片区二');
    expect(gapTexts(body)).toEqual(['片区二:no_police_post', '片区二:no_officer', '段江村:no_auxiliary']);
    expect((await coverage(cadre)).actions).toEqual(['export']);
  });

  it('shows a gap once an auxiliary officer is removed from his village', async () => {
    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/assignments/${zhaoAssignment}`,
      headers: chief.headers(),
    });
    expect(removed.statusCode).toBe(204);
    expect(gapTexts(await coverage())).toContain('南垭村:no_auxiliary');
  });

  it('costs the same number of queries whatever the number of districts', async () => {
    const count = async () => {
      counter.count = 0;
      await coverage();
      return counter.count;
    };
    const before = await count();
    for (let i = 3; i <= 8; i += 1) {
      const district = await createJurisdictionRow(t.deps.db, {
        parent: town.town,
        level: 'district',
        code: `P0${i}`,
        name: `片区${i}`,
      });
      const village = await createJurisdictionRow(t.deps.db, {
        parent: district,
        level: 'village',
        code: `4206261043${String(i).padStart(2, '0')}`,
        name: `新村${i}`,
      });
      const aux = await person(`新辅警${i}`, village.id);
      await createAssignmentRow(t.deps.db, {
        townId: town.town.id,
        personId: aux,
        jurisdictionId: village.id,
        duty: 'village_auxiliary',
      });
    }
    expect((await coverage()).districts).toHaveLength(8);
    expect(await count()).toBe(before);
  });

  it('refuses bad stand-ins with their codes and writes nothing', async () => {
    const rows = await countRows(t.deps, 'coverage_stand_ins');
    const audits = await countRows(t.deps, 'audit_log');
    const cases: [object, number, string][] = [
      [{ toDay: addDays(TODAY, -1) }, 400, 'STAND_IN_DATES_REVERSED'],
      [{ standInPersonId: people.li }, 400, 'STAND_IN_SAME_PERSON'],
      [{ fromDay: addDays(TODAY, -10), toDay: addDays(TODAY, -1) }, 400, 'STAND_IN_IN_PAST'],
      [{ fromDay: addDays(TODAY, 400), toDay: addDays(TODAY, 401) }, 400, 'STAND_IN_TOO_FAR'],
      [{ toDay: addDays(TODAY, 400) }, 400, 'STAND_IN_TOO_LONG'],
      [{ absentPersonId: people.wang }, 400, 'STAND_IN_NOT_ON_DUTY'],
      [{ standInPersonId: people.resident }, 400, 'STAND_IN_PERSON_UNKNOWN'],
      [{ jurisdictionId: 'nowhere' }, 400, 'JURISDICTION_UNKNOWN'],
      [{ reason: '' }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [over, status, code] of cases) {
      const res = await post(chief, '/api/v1/coverage/stand-ins', leave(over));
      expect([res.statusCode, res.json().error?.code], JSON.stringify(over)).toEqual([status, code]);
    }
    expect((await post(cadre, '/api/v1/coverage/stand-ins', leave())).statusCode).toBe(403);
    expect(await countRows(t.deps, 'coverage_stand_ins')).toBe(rows);
    expect(await countRows(t.deps, 'audit_log')).toBe(audits);
  });

  it('an officer on leave with nobody covering him is a gap; his stand-in then answers for the villages', async () => {
    const uncovered = await post(chief, '/api/v1/coverage/stand-ins', leave({ standInPersonId: null }));
    expect(uncovered.statusCode, uncovered.body).toBe(201);
    expect(uncovered.json()).toMatchObject({ current: true, standInPersonId: null, actions: ['end'] });
    expect(gapTexts(await coverage())).toContain('片区一:officer_uncovered');
    expect(await responsibleOfficerFor(t.deps.db, town.shuangping.id, TODAY)).toMatchObject({
      personId: people.li,
      standIn: false,
    });
    const overlap = await post(chief, '/api/v1/coverage/stand-ins', leave());
    expect([overlap.statusCode, overlap.json().error.code]).toEqual([409, 'STAND_IN_OVERLAPS']);

    const ended = await post(chief, `/api/v1/coverage/stand-ins/${uncovered.json().id}/end`);
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ current: false, actions: [], endedByName: 'chief' });
    const again = await post(chief, `/api/v1/coverage/stand-ins/${uncovered.json().id}/end`);
    expect([again.statusCode, again.json().error.code]).toEqual([409, 'STAND_IN_ENDED']);

    const covered = await post(chief, '/api/v1/coverage/stand-ins', leave());
    expect(covered.statusCode, covered.body).toBe(201);
    const body = await coverage();
    expect(gapTexts(body)).not.toContain('片区一:officer_uncovered');
    expect(body.districts[0]?.officers[0]?.away).toMatchObject({ standInName: '周警官' });
    expect(await responsibleOfficerFor(t.deps.db, town.nanya.id, TODAY)).toMatchObject({
      personId: people.zhou,
      standIn: true,
    });
    const list = await get(cadre, '/api/v1/coverage/stand-ins?when=current');
    expect(list.json().items.map((i: { absentName: string; actions: string[] }) => [i.absentName, i.actions])).toEqual([
      ['李警官', []],
    ]);
    const audits = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target_id'])
      .where('action', 'like', 'coverage.stand_in.%')
      .orderBy('seq')
      .execute();
    expect(audits.map((a) => a.action)).toEqual([
      'coverage.stand_in.create',
      'coverage.stand_in.end',
      'coverage.stand_in.create',
    ]);
  });

  it('an end by someone who may read but not manage is refused, another town answers 404 like a missing one', async () => {
    const open = (await get(chief, '/api/v1/coverage/stand-ins?when=current')).json().items[0] as { id: string };
    expect((await post(cadre, `/api/v1/coverage/stand-ins/${open.id}/end`)).statusCode).toBe(403);
    expect((await post(chief, '/api/v1/coverage/stand-ins/missing/end')).statusCode).toBe(404);
    const otherTown = await seedOtherTown(t.deps, town);
    const otherVillage = await seedOtherVillage(t.deps, otherTown);
    const stranger = newPersonRow(t.deps.cipher, {
      townId: otherTown.id,
      jurisdictionId: otherVillage.id,
      name: '歇马辅警',
      kind: 'staff',
    });
    await insertPersonRow(t.deps.db, stranger);
    const id = newId();
    await insertStandInRow(t.deps.db, {
      id,
      town_id: otherTown.id,
      jurisdiction_id: otherVillage.id,
      duty: 'village_auxiliary',
      absent_person_id: stranger.id,
      stand_in_person_id: null,
      from_day: TODAY,
      to_day: TODAY,
      reason: '病假',
      created_by: null,
      created_by_name: null,
      created_at: new Date().toISOString(),
      ended_at: null,
      ended_by: null,
      ended_by_name: null,
    });
    const refused = await post(chief, `/api/v1/coverage/stand-ins/${id}/end`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([404, 'NOT_FOUND']);
    expect((await get(chief, `/api/v1/coverage?townId=${otherTown.id}`)).statusCode).toBe(404);
  });

  it('exports the coverage with phones in clear only where the caller may unmask, audited', async () => {
    const sheet = async (s: Session) => {
      const res = await get(s, '/api/v1/coverage/export.xlsx');
      expect(res.statusCode, res.body).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const rows: string[][] = [];
      workbook.worksheets[0]?.eachRow((row) => {
        rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
      });
      return rows;
    };
    const byChief = await sheet(chief);
    expect(byChief[0]).toEqual(['片区', '村（社区）', '职责', '姓名（名称）', '电话', '今日在岗情况']);
    expect(byChief).toContainEqual(expect.arrayContaining(['李警官', '13812345678']));
    expect(byChief.some((row) => row.includes('由周警官代岗') || row.some((c) => c.includes('由周警官代岗')))).toBe(
      true,
    );
    expect(byChief.map((row) => row[5])).toContain('段江村 无驻村辅警');
    const byCadre = await sheet(cadre);
    expect(byCadre).toContainEqual(expect.arrayContaining(['李警官', '138****5678']));
    const byOfficer = await sheet(officer);
    expect(byOfficer).toContainEqual(expect.arrayContaining(['李警官', '13812345678']));
    expect(byOfficer.find((row) => row[3] === '新辅警3')?.[4]).toBe('138****5678');
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select(['detail', 'username'])
      .where('action', '=', 'coverage.export')
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.username, JSON.parse(a.detail ?? '{}').clear > 0])).toEqual([
      ['chief', true],
      ['cadre', false],
      ['officer', true],
    ]);
  });
  it('of overlapping leaves sent at once, exactly one is recorded and the others are refused with a code', async () => {
    const before = await countRows(t.deps, 'coverage_stand_ins');
    const body = leave({
      jurisdictionId: town.shuangping.id,
      duty: 'village_auxiliary',
      absentPersonId: people.wang,
      standInPersonId: null,
      fromDay: addDays(TODAY, 20),
      toDay: addDays(TODAY, 30),
    });
    const answers = await Promise.all(
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
        post(chief, '/api/v1/coverage/stand-ins', { ...body, fromDay: addDays(TODAY, 20 + i) }),
      ),
    );
    const codes = answers.map((res) => (res.statusCode === 201 ? 201 : `${res.statusCode} ${res.json().error?.code}`));
    expect(codes.filter((code) => code === 201)).toHaveLength(1);
    expect(codes.filter((code) => code !== 201)).toEqual(Array(7).fill('409 STAND_IN_OVERLAPS'));
    expect(await countRows(t.deps, 'coverage_stand_ins')).toBe(before + 1);
  });
});
