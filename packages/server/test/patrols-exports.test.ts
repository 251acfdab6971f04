import type { PatrolCheckpoint, PatrolCheckpointCode, PatrolTeam } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import {
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

describe.each(testDialects())('patrol team and checkpoint exports on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherVillage: JurisdictionRow;
  let chief: Session;
  let office: Session;
  let otherChief: Session;
  const code: Record<string, string> = {};

  const send = (s: Session, url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();
  const sheet = async (s: Session, url: string) => {
    const res = await get(s, url);
    expect(res.statusCode, res.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const rows: string[][] = [];
    workbook.worksheets[0]?.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? '')));
    });
    return rows;
  };
  const addPerson = async (townId: string, jurisdictionId: string, name: string, phone: string) => {
    const row = newPersonRow(t.deps.cipher, { townId, jurisdictionId, name, kind: 'resident', phone });
    await insertPersonRow(t.deps.db, row);
    return row.id;
  };
  /** A team led by an auxiliary officer of the village, with one volunteer, and one checkpoint with its code. */
  const seedPatrol = async (s: Session, townId: string, village: JurisdictionRow, key: string, phone: string) => {
    const leaderId = await addPerson(townId, village.id, `${key}队长`, '13700000000');
    await createAssignmentRow(t.deps.db, {
      townId,
      personId: leaderId,
      jurisdictionId: village.id,
      duty: 'village_auxiliary',
    });
    const team = (
      await send(s, '/api/v1/patrols/teams', { name: `${key}巡逻队`, leaderPersonId: leaderId, areaIds: [village.id] })
    ).json() as PatrolTeam;
    const volunteer = await addPerson(townId, village.id, `${key}志愿`, phone);
    expect((await send(s, `/api/v1/patrols/teams/${team.id}/members`, { personId: volunteer })).statusCode).toBe(201);
    const checkpoint = (
      await send(s, '/api/v1/patrols/checkpoints', { name: `${key}桥头`, villageId: village.id })
    ).json() as PatrolCheckpoint;
    const taken = (await get(s, `/api/v1/patrols/checkpoints/${checkpoint.id}/code`)).json() as PatrolCheckpointCode;
    code[key] = taken.token;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    otherVillage = await seedOtherVillage(t.deps, otherTown);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'office', 'zongzhiban', town.town.id);
    await createAccount(t.deps, 'other_chief', 'chief', otherTown.id);
    chief = await loginAs(t.app, 'chief');
    office = await loginAs(t.app, 'office');
    otherChief = await loginAs(t.app, 'other_chief');
    await seedPatrol(chief, town.town.id, town.shuangping, '双坪', '13900000001');
    await seedPatrol(otherChief, otherTown.id, otherVillage, '歇马', '13900000009');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('exports one row per member, phones clear only for a caller who may unmask, of the caller’s town, audited', async () => {
    const header = ['巡逻队', '巡逻区域', '队长', '队员', '联系电话', '签到账号', '入队日期'];
    const byChief = await sheet(chief, '/api/v1/patrols/teams/export.xlsx');
    expect(byChief[0]).toEqual(header);
    expect(byChief).toHaveLength(2);
    expect(byChief[1]?.slice(0, 6)).toEqual(['双坪巡逻队', '双坪村', '双坪队长', '双坪志愿', '13900000001', '否']);
    expect(byChief[1]?.[6]).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    const byOffice = await sheet(office, '/api/v1/patrols/teams/export.xlsx?active=true');
    expect(byOffice.slice(1).map((row) => row[4])).toEqual(['139****0001']);
    expect(byOffice.flat().some((cell) => cell.includes('歇马'))).toBe(false);
    const rows = await audits('patrol_team.export');
    expect(rows.map((row) => JSON.parse(row.detail ?? '{}'))).toEqual([
      { count: 1, filters: {}, clear: 1 },
      { count: 1, filters: { active: 'true' }, clear: 0 },
    ]);
  });

  it('exports the checkpoints a caller manages without their codes, audited', async () => {
    const rows = await sheet(chief, '/api/v1/patrols/checkpoints/export.xlsx');
    expect(rows).toEqual([
      ['巡逻点', '所在村（社区）', '二维码版本', '启用'],
      ['双坪桥头', '双坪村', '1', '是'],
    ]);
    const cells = rows.flat().join('\n');
    expect(cells).not.toContain(code.双坪);
    expect(cells).not.toContain('/c/');
    expect(cells).not.toContain('歇马');
    expect((await get(office, '/api/v1/patrols/checkpoints/export.xlsx')).statusCode).toBe(403);
    const audit = await audits('patrol_checkpoint.export');
    expect(audit.map((row) => JSON.parse(row.detail ?? '{}'))).toEqual([{ count: 1, filters: {}, clear: 0 }]);
  });
});
