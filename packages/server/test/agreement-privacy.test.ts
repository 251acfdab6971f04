import { computeIdCheckChar } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationRow } from '../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';
import { zipEntry } from './support/zip';

const ZHANG_ID = `42062619800101001${computeIdCheckChar('42062619800101001')}`;
const ZHANG_PHONE = '13812345678';
const ZHANG_ADDRESS = '双坪村1组18号';
const WANG_ID = `42062619750505002${computeIdCheckChar('42062619750505002')}`;

describe.each(testDialects())('agreement print, DOCX and export privacy on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  const sessions: Record<string, Session> = {};
  const userIds: Record<string, string> = {};
  let inDistrict = '';
  let outOfDistrict = '';
  let agreementId = '';

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: object) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const auditRows = async (username: string, action: string) =>
    t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'detail', 'outcome'])
      .where('user_id', '=', userIds[username] ?? '')
      .where('action', '=', action)
      .execute();
  const register = async (jurisdictionId: string, parties: object[]) => {
    const res = await send(sessions.chief as Session, 'POST', '/api/v1/disputes', {
      jurisdictionId,
      category: 'neighbour',
      source: 'screening',
      summary: '邻里纠纷',
      parties,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; parties: { id: string }[] };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const land = await createOrganizationRow(t.deps.db, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      kind: 'department',
      name: '马良镇自然资源所',
    });
    const staff = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      name: '国土干部',
      kind: 'staff',
      organizationId: land.id,
    });
    const mediator = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '刘调解员',
      kind: 'resident',
    });
    for (const row of [staff, mediator]) await insertPersonRow(t.deps.db, row);
    const accounts: [string, Parameters<typeof createAccount>[2], string][] = [
      ['chief', 'chief', town.town.id],
      ['aux', 'auxiliary', town.shuangping.id],
      ['officer1', 'officer', town.district1.id],
      ['officer2', 'officer', town.district2.id],
      ['land', 'department', town.town.id],
    ];
    for (const [username, role, place] of accounts) {
      userIds[username] = (await createAccount(t.deps, username, role, place)).id;
    }
    await t.deps.db
      .updateTable('users')
      .set({ person_id: staff.id })
      .where('id', '=', userIds.land ?? '')
      .execute();
    for (const [username] of accounts) sessions[username] = await loginAs(t.app, username);

    const dispute = await register(town.shuangping.id, [
      {
        role: 'applicant',
        name: '张三',
        sex: 'male',
        ethnicity: '汉族',
        idNumber: ZHANG_ID,
        occupation: '农民',
        phone: ZHANG_PHONE,
        address: ZHANG_ADDRESS,
      },
      { role: 'respondent', name: '李四', sex: 'male', ethnicity: '汉族', age: 52, phone: '13912345678' },
    ]);
    inDistrict = dispute.id;
    await t.deps.db
      .insertInto('dispute_departments')
      .values({ dispute_id: dispute.id, organization_id: land.id, assigned_at: new Date().toISOString() })
      .execute();
    outOfDistrict = (await register(town.duanjiang.id, [{ role: 'applicant', name: '王五', idNumber: WANG_ID }])).id;

    const mediation = await send(sessions.chief as Session, 'POST', `/api/v1/disputes/${dispute.id}/mediations`, {
      track: 'people',
      startedAt: new Date(Date.now() - 3_600_000).toISOString(),
      initiatedBy: 'party',
      mediatorIds: [mediator.id],
    });
    expect(mediation.statusCode, mediation.body).toBe(201);
    const agreement = await send(
      sessions.chief as Session,
      'POST',
      `/api/v1/mediations/${mediation.json().id}/agreements`,
      {
        kind: 'written',
        partyIds: dispute.parties.map((p) => p.id),
        facts: '双方因排水沟发生争执',
      },
    );
    expect(agreement.statusCode, agreement.body).toBe(201);
    agreementId = agreement.json().id;
  });
  afterAll(async () => t.close());

  it.each([
    ['aux', 'an auxiliary officer'],
    ['officer2', 'an officer outside the district'],
    ['land', 'department staff'],
  ])('gives %s (%s) a masked print and DOCX, and writes no unmask', async (username) => {
    const s = sessions[username] as Session;
    const unmask = await send(s, 'POST', `/api/v1/disputes/${inDistrict}/unmask`, { field: 'address' });
    expect(unmask.statusCode).toBe(403);
    const printed = await get(s, `/api/v1/agreements/${agreementId}/print`);
    expect(printed.statusCode, printed.body).toBe(200);
    const docx = await get(s, `/api/v1/agreements/${agreementId}/docx`);
    expect(docx.statusCode).toBe(200);
    const xml = zipEntry(docx.rawPayload, 'word/document.xml');
    for (const text of [printed.body, xml]) {
      expect(text).toContain('张三');
      expect(text).toContain(`420626********${ZHANG_ID.slice(-4)}`);
      for (const secret of [ZHANG_ID, ZHANG_PHONE, ZHANG_ADDRESS]) expect(text).not.toContain(secret);
    }
    expect((await auditRows(username, 'dispute.unmask')).filter((row) => row.outcome !== 'denied')).toEqual([]);
    const prints = await auditRows(username, 'agreement.print');
    expect(prints.map((row) => JSON.parse(row.detail ?? '{}').unmasked)).toEqual([false]);
  });

  it('gives the chief the clear original, audited as an unmask and a print', async () => {
    const s = sessions.chief as Session;
    const printed = await get(s, `/api/v1/agreements/${agreementId}/print`);
    expect(printed.statusCode).toBe(200);
    for (const secret of [ZHANG_ID, ZHANG_PHONE, ZHANG_ADDRESS]) expect(printed.body).toContain(secret);
    const docx = await get(s, `/api/v1/agreements/${agreementId}/docx`);
    expect(zipEntry(docx.rawPayload, 'word/document.xml')).toContain(ZHANG_ID);
    const unmasks = await auditRows('chief', 'dispute.unmask');
    expect(unmasks.map((row) => [row.target_id, JSON.parse(row.detail ?? '{}').via])).toEqual([
      [inDistrict, 'agreement.print'],
      [inDistrict, 'agreement.export'],
    ]);
    expect((await auditRows('chief', 'agreement.print')).map((row) => JSON.parse(row.detail ?? '{}').unmasked)).toEqual(
      [true],
    );
  });

  it('exports clear values only for the rows in the caller’s unmask scope, counted in one audit row', async () => {
    const res = await get(sessions.officer1 as Session, '/api/v1/disputes/export.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('纠纷');
    const idColumn = new Map<string, string>();
    sheet?.eachRow((row, index) => {
      if (index > 1) idColumn.set(String(row.getCell(1).value), String(row.getCell(9).value ?? ''));
    });
    const numberOf = async (id: string) =>
      (await t.deps.db.selectFrom('disputes').select('number').where('id', '=', id).executeTakeFirstOrThrow()).number;
    // The second party has no ID number: no 、 is left beside the empty value.
    expect(idColumn.get(await numberOf(inDistrict))).toBe(ZHANG_ID);
    expect(idColumn.get(await numberOf(outOfDistrict))).toBe(`420626********${WANG_ID.slice(-4)}`);
    const exports = await auditRows('officer1', 'dispute.export');
    expect(exports).toHaveLength(1);
    expect(JSON.parse(exports[0]?.detail ?? '{}')).toMatchObject({ count: 2, unmaskedRows: 1, unmaskedValues: 3 });
  });
  it('keeps the Excel export and the DOCX readable when stored text holds characters XML forbids', async () => {
    const chief = sessions.chief as Session;
    const typed = await send(chief, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '排水\uFFFF纠纷\u0001',
    });
    expect(typed.json().summary).toBe('排水纠纷');
    // A row stored before the contracts stripped these characters.
    await t.deps.db
      .updateTable('disputes')
      .set({ summary: '旧数据\uFFFF\u0008' })
      .where('id', '=', typed.json().id)
      .execute();
    const res = await get(chief, '/api/v1/disputes/export.xlsx');
    expect(res.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const summaries: string[] = [];
    workbook.getWorksheet('纠纷')?.eachRow((row) => {
      summaries.push(String(row.getCell(7).value));
    });
    expect(summaries).toContain('旧数据');

    await t.deps.db.updateTable('agreements').set({ facts: '旧协议\uFFFF' }).where('id', '=', agreementId).execute();
    const docx = await get(chief, `/api/v1/agreements/${agreementId}/docx`);
    const xml = zipEntry(docx.rawPayload, 'word/document.xml');
    expect(xml).toContain('旧协议');
    expect(xml).not.toContain('\uFFFF');
  });
});
