import { DEFAULT_INCIDENT_CLASSES, INCIDENT_CLASS_IMPORT_COLUMNS, type IncidentClassTable } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { incidentClassFor } from '../src/modules/incidents/incidents.repository';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedOtherTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { paddedWorkbook } from './support/xlsx-bomb';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HEADERS = INCIDENT_CLASS_IMPORT_COLUMNS.map((column) => column.header);

async function sheetWith(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface RowErrorBody {
  error: {
    code: string;
    details: { rows: { row: number; column: string | null; reason: string; reasonZh: string }[] };
  };
}

/**
 * The incident class code table as a setting (issue #8 point 1): read by everyone who works incidents, changed by
 * incident.configure holders one row at a time or from Excel; intake reads it through incidentClassFor.
 */
describe.each(testDialects())('incident class code table on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherTown: JurisdictionRow;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let zongzhiban: Session;

  const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: session.headers() });
  const put = (session: Session, url: string, payload: object) =>
    t.app.inject({ method: 'PUT', url, payload, headers: session.headers() });
  const upload = (session: Session, content: Buffer, query = '') => {
    const body = multipart(content, { filename: 'classes.xlsx', contentType: XLSX });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/incident-classes/import${query}`,
      payload: body.payload,
      headers: session.headers(body.headers),
    });
  };
  const storedRows = async () =>
    t.deps.db.selectFrom('incident_classes').selectAll().where('town_id', '=', town.town.id).orderBy('code').execute();
  const auditRows = (action: string) =>
    t.deps.db.selectFrom('audit_log').select(['action', 'target_id', 'detail']).where('action', '=', action).execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    otherTown = await seedOtherTown(t.deps, town);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    zongzhiban = await loginAs(t.app, 'zzb');
  });
  afterAll(async () => t.close());

  it('answers the defaults while the town has no rows, to everyone who works incidents', async () => {
    for (const session of [chief, officer, aux]) {
      const res = await get(session, '/api/v1/incident-classes');
      expect(res.statusCode, res.body).toBe(200);
      const table = res.json() as IncidentClassTable;
      expect(table.townId).toBe(town.town.id);
      expect(table.custom).toBe(false);
      expect(table.items.map((c) => c.code)).toEqual(DEFAULT_INCIDENT_CLASSES.map((c) => c.code));
      expect(table.actions).toEqual(session === chief ? ['configure'] : []);
    }
    expect((await get(zongzhiban, '/api/v1/incident-classes')).statusCode).toBe(403);
  });

  it('refuses a code whose first two digits do not match its category, and writes nothing', async () => {
    const body = { name: '错类', category: 'public_order', dispute: false, arrivalTargetMinutes: 30 };
    for (const code of ['010299', '02029', 'abcdef']) {
      const res = await put(chief, `/api/v1/incident-classes/${code}`, body);
      expect(res.statusCode, code).toBe(400);
      expect((res.json() as RowErrorBody).error.code).toBe('INCIDENT_CLASS_CODE_INVALID');
    }
    expect(await storedRows()).toEqual([]);
    expect((await put(officer, '/api/v1/incident-classes/020299', body)).statusCode).toBe(403);
    expect(await storedRows()).toEqual([]);
  });

  it('saves one row with the defaults on the first change, audited, and intake reads the new target', async () => {
    const res = await put(chief, '/api/v1/incident-classes/020100', {
      name: '打架斗殴',
      category: 'public_order',
      dispute: false,
      arrivalTargetMinutes: 12,
    });
    expect(res.statusCode, res.body).toBe(200);
    const table = res.json() as IncidentClassTable;
    expect(table.custom).toBe(true);
    expect(table.items).toHaveLength(DEFAULT_INCIDENT_CLASSES.length);
    expect(table.items.find((c) => c.code === '020100')?.arrivalTargetMinutes).toBe(12);
    expect(await storedRows()).toHaveLength(DEFAULT_INCIDENT_CLASSES.length);
    expect((await incidentClassFor(t.deps.db, town.town.id, '020100'))?.arrivalTargetMinutes).toBe(12);
    expect((await incidentClassFor(t.deps.db, town.town.id, '010100'))?.arrivalTargetMinutes).toBe(30);

    const added = await put(chief, '/api/v1/incident-classes/020299', {
      name: '山林权属纠纷',
      category: 'public_order',
      dispute: true,
      arrivalTargetMinutes: 90,
    });
    expect((added.json() as IncidentClassTable).items.map((c) => c.code)).toContain('020299');
    const retired = await put(chief, '/api/v1/incident-classes/020400', {
      name: '赌博',
      category: 'public_order',
      arrivalTargetMinutes: 30,
      active: false,
    });
    expect((retired.json() as IncidentClassTable).items.find((c) => c.code === '020400')?.active).toBe(false);
    expect(await incidentClassFor(t.deps.db, town.town.id, '020400')).toBeNull();
    expect((await auditRows('incident_class.update')).map((row) => row.target_id)).toEqual(['020100', '020400']);
    expect((await auditRows('incident_class.create')).map((row) => row.target_id)).toEqual(['020299']);
    // Another town's table is untouched and still the defaults.
    expect(await incidentClassFor(t.deps.db, otherTown.id, '020299')).toBeNull();
  });

  it('answers 404 for another town, exactly like a missing one', async () => {
    const res = await get(chief, `/api/v1/incident-classes?townId=${otherTown.id}`);
    expect(res.statusCode).toBe(404);
    const missing = await get(chief, '/api/v1/incident-classes?townId=no-such-town');
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(res.json());
  });

  it('imports a sheet: every bad row reported with its row, column and reason, nothing written', async () => {
    const before = await storedRows();
    const audits = (await auditRows('incident_class.import')).length;
    const bad = await sheetWith([
      ['020501', '噪声扰民（治安）', '治安警情', '否', '40', '是'],
      ['010501', '错配类别', '治安警情', '否', '40', ''],
      ['020502', '', '火星警情', '也许', '四十', ''],
      ['020501', '重复代码', '治安警情', '', '30', ''],
      ['020503', '时限过长', 'public_order', '', '5000', ''],
    ]);
    const res = await upload(chief, bad);
    expect(res.statusCode, res.body).toBe(422);
    const body = res.json() as RowErrorBody;
    expect(body.error.code).toBe('IMPORT_ROWS_INVALID');
    const rows = body.error.details.rows;
    expect([...new Set(rows.map((r) => r.row))]).toEqual([3, 4, 5, 6]);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          row: 3,
          column: '类别代码',
          reasonZh: '警情类别代码为六位数字，前两位须与警情大类一致',
        }),
        expect.objectContaining({ row: 4, column: '警情大类' }),
        expect.objectContaining({ row: 4, column: '纠纷警情(是/否)' }),
        expect.objectContaining({ row: 4, column: '到场时限(分钟)' }),
        expect.objectContaining({ row: 4, column: '类别名称' }),
        expect.objectContaining({ row: 5, column: '类别代码', reasonZh: expect.stringContaining('第 2 行') }),
        expect.objectContaining({ row: 6, column: '到场时限(分钟)' }),
      ]),
    );
    for (const row of rows) expect(row.reason.length * row.reasonZh.length).toBeGreaterThan(0);
    expect(await storedRows()).toEqual(before);
    expect((await auditRows('incident_class.import')).length).toBe(audits);
  });

  it('imports a good sheet over the table and audits it once', async () => {
    const good = await sheetWith([
      ['020501', '噪声扰民（治安）', '治安警情', '否', '40', '是'],
      ['020100', '打架斗殴', 'Public order', '否', '15', ''],
    ]);
    const res = await upload(chief, good);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 2 });
    const table = (await get(aux, '/api/v1/incident-classes')).json() as IncidentClassTable;
    expect(table.items.find((c) => c.code === '020501')).toEqual({
      code: '020501',
      name: '噪声扰民（治安）',
      category: 'public_order',
      dispute: false,
      arrivalTargetMinutes: 40,
      active: true,
    });
    expect(table.items.find((c) => c.code === '020100')?.arrivalTargetMinutes).toBe(15);
    expect(table.items.find((c) => c.code === '020299')?.name).toBe('山林权属纠纷');
    expect(await auditRows('incident_class.import')).toHaveLength(1);
    expect((await upload(officer, good)).statusCode).toBe(403);
  });

  it('imports into a town without rows with the defaults kept', async () => {
    const otherChief = 'chief2';
    await createAccount(t.deps, otherChief, 'chief', otherTown.id);
    const session = await loginAs(t.app, otherChief);
    const res = await upload(session, await sheetWith([['030101', '农用车事故', '交通警情', '', '25', '']]));
    expect(res.statusCode, res.body).toBe(200);
    const table = (await get(session, '/api/v1/incident-classes')).json() as IncidentClassTable;
    expect(table.custom).toBe(true);
    expect(table.items).toHaveLength(DEFAULT_INCIDENT_CLASSES.length + 1);
  });

  it('serves a template that imports nothing as it is, and refuses what is not a workbook or too large', async () => {
    const res = await get(chief, '/api/v1/incident-classes/template.xlsx');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(String(res.headers['content-disposition'])).toContain('incident-classes-template.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(res.rawPayload).buffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, ...HEADERS]);
    const untouched = await upload(chief, res.rawPayload);
    expect(untouched.statusCode).toBe(400);
    expect((untouched.json() as RowErrorBody).error.code).toBe('IMPORT_FILE_INVALID');
    expect((await get(officer, '/api/v1/incident-classes/template.xlsx')).statusCode).toBe(403);

    const notXlsx = await upload(chief, Buffer.from('code,name\n020100,打架斗殴\n'));
    expect((notXlsx.json() as RowErrorBody).error.code).toBe('IMPORT_FILE_INVALID');
    const padMiB = Math.ceil(t.config.importMaxUncompressedBytes / (1024 * 1024)) + 1;
    const bomb = await upload(
      chief,
      await paddedWorkbook(await sheetWith([['020100', '打架斗殴', '治安警情', '', '15', '']]), padMiB),
    );
    expect(bomb.statusCode).toBe(413);
    expect((bomb.json() as RowErrorBody).error.code).toBe('IMPORT_TOO_LARGE');
  });
});
