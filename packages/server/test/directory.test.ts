import crypto from 'node:crypto';
import { computeIdCheckChar, PERSON_IMPORT_COLUMNS, VILLAGE_IMPORT_COLUMNS } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUniqueViolation } from '../src/db/dialect';
import { createOrganizationRow } from '../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { paddedWorkbook } from './support/xlsx-bomb';

/** A valid resident ID number from its first 17 digits. */
function idNumber(first17: string): string {
  return `${first17}${computeIdCheckChar(first17)}`;
}

const ZHANG_ID = idNumber('42062619800101001');
const LI_ID = idNumber('42062619850505002');
const WANG_ID = idNumber('42062619900909003');
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const multipartXlsx = (content: Buffer) => multipart(content, { filename: 'upload.xlsx', contentType: XLSX });

async function workbookFrom(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Uint8Array.from(body).buffer);
  return workbook;
}

async function sheetWith(headers: readonly string[], rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow([...headers]);
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

interface PersonBody {
  id: string;
  name: string;
  jurisdictionId: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
  actions: string[];
}

describe.each(testDialects())('%s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let aux: Session;
  let zongzhiban: Session;
  const people: Record<string, PersonBody> = {};

  const get = (session: Session, url: string) => t.app.inject({ method: 'GET', url, headers: session.headers() });
  const send = (session: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: session.headers(), ...(payload ? { payload } : {}) });
  const upload = (session: Session, url: string, content: Buffer, options?: { field?: string }) => {
    const body = multipart(content, { filename: 'upload.xlsx', contentType: XLSX, ...options });
    return t.app.inject({ method: 'POST', url, payload: body.payload, headers: session.headers(body.headers) });
  };
  const countPersons = async () =>
    Number(
      (
        await t.deps.db
          .selectFrom('persons')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const auditRows = (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute();
  const errorCode = (res: LightMyRequestResponse) => (res.json() as { error: { code: string } }).error.code;
  const names = (res: LightMyRequestResponse) => (res.json() as { items: { name: string }[] }).items.map((i) => i.name);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'aux_sp', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id);
    chief = await loginAs(t.app, 'chief');
    aux = await loginAs(t.app, 'aux_sp');
    zongzhiban = await loginAs(t.app, 'zzb');
    const group1 = town.groups[town.shuangping.name]?.[0];
    if (!group1) throw new Error('fixture has no group');
    const seed = [
      {
        key: 'zhang',
        jurisdictionId: group1.id,
        name: '张三',
        idNumber: ZHANG_ID,
        phone: '138 0013 8000',
        address: '马良镇双坪村1组8号',
      },
      {
        key: 'li',
        jurisdictionId: town.nanya.id,
        name: '李四',
        idNumber: LI_ID,
        phone: '13900139000',
        address: '马良镇南垭村2组3号',
      },
      { key: 'wang', jurisdictionId: town.shuangping.id, name: '王五', idNumber: WANG_ID },
    ];
    for (const { key, ...payload } of seed) {
      const res = await send(chief, 'POST', '/api/v1/people', payload);
      expect(res.statusCode, res.body).toBe(201);
      people[key] = res.json() as PersonBody;
    }
  });

  afterAll(async () => {
    await t?.close();
  });

  describe('jurisdictions', () => {
    it('shows the chief every village of the town, with the actions a manager has', async () => {
      const res = await get(chief, '/api/v1/jurisdictions?level=village');
      expect(res.statusCode).toBe(200);
      const items = (res.json() as { items: { name: string; actions: string[] }[] }).items;
      expect(items.map((i) => i.name).sort()).toEqual(['南垭村', '双坪村', '段江村'].sort());
      expect(items.every((i) => i.actions.includes('update') && i.actions.includes('create_child'))).toBe(true);

      const all = await get(chief, '/api/v1/jurisdictions');
      expect(names(all)).not.toContain('保康县');
      expect(names(all)).toEqual(expect.arrayContaining(['马良镇', '片区一', '片区二', '双坪村']));
      const groups = await get(chief, `/api/v1/jurisdictions?parentId=${town.shuangping.id}`);
      expect(names(groups).sort()).toEqual(['1组', '2组']);
    });

    it('lets an auxiliary officer read the directory but offers no changes', async () => {
      const res = await get(aux, '/api/v1/jurisdictions?level=village');
      const items = (res.json() as { items: { actions: string[] }[] }).items;
      expect(items).toHaveLength(3);
      expect(items.every((i) => i.actions.length === 0)).toBe(true);
      const create = await send(aux, 'POST', '/api/v1/jurisdictions', {
        parentId: town.district2.id,
        level: 'village',
        code: '420626104299',
        name: '试验村',
      });
      expect(create.statusCode).toBe(403);
      expect(errorCode(create)).toBe('FORBIDDEN');
      const patch = await send(aux, 'PATCH', `/api/v1/jurisdictions/${town.shuangping.id}`, { population: 1 });
      expect(patch.statusCode).toBe(403);
    });

    it('answers NOT_FOUND for a jurisdiction outside the scope, as for a missing one', async () => {
      const outside = await get(chief, `/api/v1/jurisdictions/${town.county.id}`);
      const missing = await get(chief, `/api/v1/jurisdictions/${crypto.randomUUID()}`);
      expect(outside.statusCode).toBe(404);
      expect(outside.json()).toEqual(missing.json());
    });

    it('creates and edits a village, checking parent, level and code', async () => {
      const base = { parentId: town.district2.id, level: 'village', name: '新建村' };
      const created = await send(chief, 'POST', '/api/v1/jurisdictions', {
        ...base,
        code: '420626104210',
        population: 800,
      });
      expect(created.statusCode, created.body).toBe(201);
      const village = created.json() as { id: string; townId: string; code: string; actions: string[] };
      expect(village).toMatchObject({ townId: town.town.id, code: '420626104210', population: 800 });
      expect((await auditRows('jurisdiction.create'))[0]?.target_id).toBe(village.id);

      const cases: [object, number, string][] = [
        [{ ...base, code: '420626104210' }, 409, 'JURISDICTION_CODE_TAKEN'],
        [{ ...base, code: '420626104099' }, 400, 'JURISDICTION_CODE_INVALID'],
        [{ ...base, code: '420626105211' }, 400, 'JURISDICTION_CODE_INVALID'],
        [{ ...base, code: '42062610421' }, 400, 'JURISDICTION_CODE_INVALID'],
        [{ ...base, level: 'group', code: '420626104210009' }, 400, 'JURISDICTION_PARENT_INVALID'],
        [{ ...base, parentId: town.county.id, level: 'town', code: '420626199000' }, 400, 'JURISDICTION_UNKNOWN'],
        [{ ...base, parentId: 'nope', code: '420626104211' }, 400, 'JURISDICTION_UNKNOWN'],
        [{ ...base, level: 'hamlet', code: '420626104211' }, 400, 'VALIDATION_FAILED'],
      ];
      for (const [payload, status, code] of cases) {
        const res = await send(chief, 'POST', '/api/v1/jurisdictions', payload);
        expect([res.statusCode, errorCode(res)], JSON.stringify(payload)).toEqual([status, code]);
      }

      const patched = await send(chief, 'PATCH', `/api/v1/jurisdictions/${village.id}`, {
        name: '新建村委会',
        households: 210,
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.json()).toMatchObject({
        name: '新建村委会',
        households: 210,
        population: 800,
        code: '420626104210',
      });
      const taken = await send(chief, 'PATCH', `/api/v1/jurisdictions/${village.id}`, { code: '420626104201' });
      expect(errorCode(taken)).toBe('JURISDICTION_CODE_TAKEN');
      expect((await auditRows('jurisdiction.update'))[0]?.target_id).toBe(village.id);
    });
  });

  describe('people', () => {
    it('stores personal data encrypted and shows it masked', async () => {
      const zhang = people.zhang;
      expect(zhang).toMatchObject({
        name: '张三',
        idNumber: `${ZHANG_ID.slice(0, 6)}********${ZHANG_ID.slice(14)}`,
        phone: '138****8000',
        address: '马良镇双坪村1组****',
      });
      const raw = await t.deps.db
        .selectFrom('persons')
        .selectAll()
        .where('id', '=', zhang?.id ?? '')
        .executeTakeFirstOrThrow();
      expect(raw.id_number_enc).toBeTruthy();
      expect(raw.id_number_enc).not.toContain(ZHANG_ID);
      expect(raw.id_number_enc).not.toContain(ZHANG_ID.slice(6, 14));
      expect(raw.phone_enc).not.toContain('13800138000');
      expect(raw.address_enc).not.toContain('8号');
      expect(raw.id_number_masked).toBe(zhang?.idNumber);
      expect(raw.phone_masked).toBe('138****8000');
      expect(raw.id_number_bidx).toBe(t.deps.cipher.blindIndex(ZHANG_ID));
      expect(JSON.stringify(raw)).not.toContain(ZHANG_ID);
      expect(raw.sex).toBe('male');
      expect(raw).toMatchObject({ name_pinyin: 'zhangsan', name_initials: 'zs' });
    });

    it('shows an auxiliary officer only the people of their village, including its groups', async () => {
      const res = await get(aux, '/api/v1/people');
      expect(res.statusCode).toBe(200);
      expect(names(res).sort()).toEqual(['张三', '王五'].sort());
      const zhang = (res.json() as { items: PersonBody[] }).items.find((p) => p.name === '张三');
      expect(zhang?.actions).toEqual(['update']);
    });

    it('answers NOT_FOUND for a person of another village, exactly as for a missing id', async () => {
      const li = people.li?.id ?? '';
      const missing = crypto.randomUUID();
      const pairs = [
        [() => get(aux, `/api/v1/people/${li}`), () => get(aux, `/api/v1/people/${missing}`)],
        [
          () => send(aux, 'PATCH', `/api/v1/people/${li}`, { title: '组长' }),
          () => send(aux, 'PATCH', `/api/v1/people/${missing}`, { title: '组长' }),
        ],
        [
          () => send(aux, 'POST', `/api/v1/people/${li}/unmask`, { field: 'idNumber' }),
          () => send(aux, 'POST', `/api/v1/people/${missing}/unmask`, { field: 'idNumber' }),
        ],
      ] as const;
      for (const [outside, absent] of pairs) {
        const a = await outside();
        const b = await absent();
        expect(a.statusCode).toBe(404);
        expect(errorCode(a)).toBe('NOT_FOUND');
        expect(a.body).toBe(b.body);
      }
      const list = await get(aux, `/api/v1/people?q=${encodeURIComponent('李四')}`);
      expect(names(list)).toEqual([]);
    });

    it('finds people by Chinese substring, full pinyin, initials, ID number and phone', async () => {
      const search = async (q: string) => names(await get(chief, `/api/v1/people?q=${encodeURIComponent(q)}`));
      expect(await search('三')).toEqual(['张三']);
      expect(await search('张')).toEqual(['张三']);
      expect(await search('zhangsan')).toEqual(['张三']);
      expect(await search('ZhangSan')).toEqual(['张三']);
      expect(await search('zhang')).toEqual(['张三']);
      expect(await search('zs')).toEqual(['张三']);
      expect(await search(ZHANG_ID)).toEqual(['张三']);
      expect(await search(ZHANG_ID.toLowerCase())).toEqual(['张三']);
      expect(await search(LI_ID)).toEqual(['李四']);
      expect(await search('+86 139 0013 9000')).toEqual(['李四']);
      expect(await search(ZHANG_ID.slice(0, 10))).toEqual([]);
      expect(await search('%')).toEqual([]);
      expect(await search('ls')).toEqual(['李四']);
      const byPlace = await get(chief, `/api/v1/people?jurisdictionId=${town.district1.id}`);
      expect(names(byPlace).sort()).toEqual(['张三', '李四', '王五'].sort());
      const byVillage = await get(chief, `/api/v1/people?jurisdictionId=${town.nanya.id}`);
      expect(names(byVillage)).toEqual(['李四']);
    });

    it('pages through people in pinyin order with a cursor', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/people?limit=1${cursor ? `&cursor=${cursor}` : ''}`;
        const page = (await get(chief, url)).json() as { items: PersonBody[]; nextCursor: string | null };
        expect(page.items.length).toBeLessThanOrEqual(1);
        seen.push(...page.items.map((p) => p.name));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toEqual(['李四', '王五', '张三']);
      const bad = await get(chief, '/api/v1/people?cursor=not-a-cursor');
      expect([bad.statusCode, errorCode(bad)]).toEqual([400, 'VALIDATION_FAILED']);
    });

    it('audits every list and read of personal data, never with an ID number in clear', async () => {
      const lists = (await auditRows('person.list')).length;
      const res = await get(chief, `/api/v1/people?q=${ZHANG_ID}`);
      expect(names(res)).toEqual(['张三']);
      const rows = await auditRows('person.list');
      expect(rows.length).toBe(lists + 1);
      const detail = JSON.parse(rows[0]?.detail ?? '{}') as { count: number; q: { kind: string } };
      expect(detail).toMatchObject({ count: 1, q: { kind: 'id_number' } });
      expect(rows[0]?.detail).not.toContain(ZHANG_ID);
      expect(rows[0]?.username).toBe('chief');

      const zhang = people.zhang?.id ?? '';
      const read = await get(aux, `/api/v1/people/${zhang}`);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ name: '张三', jurisdictionName: '1组', idNumber: people.zhang?.idNumber });
      const reads = await auditRows('person.read');
      expect(reads[0]).toMatchObject({ target_id: zhang, username: 'aux_sp', outcome: 'success' });
    });

    it('unmasks a field only with the permission, and audits it', async () => {
      const zhang = people.zhang?.id ?? '';
      const denied = await send(aux, 'POST', `/api/v1/people/${zhang}/unmask`, { field: 'idNumber' });
      expect([denied.statusCode, errorCode(denied)]).toEqual([403, 'FORBIDDEN']);
      const alsoDenied = await send(zongzhiban, 'POST', `/api/v1/people/${zhang}/unmask`, { field: 'phone' });
      expect([alsoDenied.statusCode, errorCode(alsoDenied)]).toEqual([403, 'FORBIDDEN']);
      expect((await auditRows('person.unmask'))[0]).toMatchObject({ outcome: 'denied', username: 'zzb' });

      const before = (await auditRows('person.unmask')).length;
      const res = await send(chief, 'POST', `/api/v1/people/${zhang}/unmask`, { field: 'idNumber' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ field: 'idNumber', value: ZHANG_ID });
      const phone = await send(chief, 'POST', `/api/v1/people/${zhang}/unmask`, { field: 'phone' });
      expect(phone.json()).toEqual({ field: 'phone', value: '13800138000' });
      const rows = await auditRows('person.unmask');
      expect(rows.length).toBe(before + 2);
      expect(rows[1]).toMatchObject({ target_id: zhang, username: 'chief', outcome: 'success' });
      expect(JSON.parse(rows[1]?.detail ?? '{}')).toEqual({ field: 'idNumber' });
      expect(rows[1]?.detail).not.toContain(ZHANG_ID);
      const none = await send(chief, 'POST', `/api/v1/people/${people.wang?.id}/unmask`, { field: 'address' });
      expect(none.json()).toEqual({ field: 'address', value: null });
    });

    it('refuses bad input with a stable code and writes nothing', async () => {
      const before = await countPersons();
      const audits = (await auditRows('person.create')).length;
      const base = { jurisdictionId: town.shuangping.id, name: '赵六' };
      const cases: [object, number, string][] = [
        [{ ...base, idNumber: '420626198001010010' }, 400, 'INVALID_ID_NUMBER'],
        [{ ...base, idNumber: '4206261980' }, 400, 'INVALID_ID_NUMBER'],
        [{ ...base, phone: '12345' }, 400, 'INVALID_MOBILE'],
        [{ ...base, phone: '1380013800' }, 400, 'INVALID_MOBILE'],
        [{ ...base, jurisdictionId: crypto.randomUUID() }, 400, 'JURISDICTION_UNKNOWN'],
        [{ ...base, jurisdictionId: town.district1.id }, 400, 'JURISDICTION_UNKNOWN'],
        [{ ...base, idNumber: ZHANG_ID }, 409, 'ID_NUMBER_TAKEN'],
        [{ ...base, organizationId: 'nope' }, 400, 'ORGANIZATION_UNKNOWN'],
        [{ ...base, name: '' }, 400, 'VALIDATION_FAILED'],
      ];
      for (const [payload, status, code] of cases) {
        const res = await send(chief, 'POST', '/api/v1/people', payload);
        expect([res.statusCode, errorCode(res)], JSON.stringify(payload)).toEqual([status, code]);
      }
      const outside = await send(aux, 'POST', '/api/v1/people', { ...base, jurisdictionId: town.nanya.id });
      expect([outside.statusCode, errorCode(outside)]).toEqual([400, 'JURISDICTION_UNKNOWN']);
      const badPatch = await send(chief, 'PATCH', `/api/v1/people/${people.wang?.id}`, { idNumber: LI_ID });
      expect([badPatch.statusCode, errorCode(badPatch)]).toEqual([409, 'ID_NUMBER_TAKEN']);
      expect(await countPersons()).toBe(before);
      expect((await auditRows('person.create')).length).toBe(audits);
    });

    it("recognises this engine's unique violation, which maps a lost race to ID_NUMBER_TAKEN", async () => {
      const base = {
        townId: town.town.id,
        jurisdictionId: town.shuangping.id,
        name: '重复',
        kind: 'resident' as const,
      };
      // ID numbers are unique per home jurisdiction: the twin lives where 张三 does.
      const home = people.zhang?.jurisdictionId ?? '';
      const twin = newPersonRow(t.deps.cipher, { ...base, jurisdictionId: home, idNumber: ZHANG_ID });
      const duplicate = await insertPersonRow(t.deps.db, twin).then(
        () => null,
        (error: unknown) => error,
      );
      expect(isUniqueViolation(duplicate)).toBe(true);
      const orphan = newPersonRow(t.deps.cipher, { ...base, jurisdictionId: 'nowhere' });
      const foreignKey = await insertPersonRow(t.deps.db, orphan).then(
        () => null,
        (error: unknown) => error,
      );
      expect(foreignKey).not.toBeNull();
      expect(isUniqueViolation(foreignKey)).toBe(false);
    });

    it('changes only the fields sent', async () => {
      const wang = people.wang?.id ?? '';
      const res = await send(aux, 'PATCH', `/api/v1/people/${wang}`, { phone: '15912345678', title: '网格员' });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        name: '王五',
        title: '网格员',
        phone: '159****5678',
        idNumber: people.wang?.idNumber,
      });
      const moved = await send(aux, 'PATCH', `/api/v1/people/${wang}`, { jurisdictionId: town.nanya.id });
      expect([moved.statusCode, errorCode(moved)]).toEqual([400, 'JURISDICTION_UNKNOWN']);
      const audit = (await auditRows('person.update'))[0];
      const fields = (JSON.parse(audit?.detail ?? '{}') as { fields: string[] }).fields;
      expect(fields.sort()).toEqual(['phone', 'title']);
    });
  });

  describe('organisations and assignments', () => {
    it('lists organisations in scope', async () => {
      await createOrganizationRow(t.deps.db, {
        townId: town.town.id,
        jurisdictionId: town.town.id,
        kind: 'police_station',
        name: '马良派出所',
        phone: '0710-5801110',
      });
      await createOrganizationRow(t.deps.db, {
        townId: town.town.id,
        jurisdictionId: town.district1.id,
        kind: 'police_post',
        name: '片区一警务室',
      });
      const all = await get(aux, '/api/v1/organizations');
      expect(names(all).sort()).toEqual(['片区一警务室', '马良派出所'].sort());
      const posts = await get(aux, '/api/v1/organizations?kind=police_post');
      expect((posts.json() as { items: object[] }).items).toEqual([
        expect.objectContaining({ name: '片区一警务室', jurisdictionName: '片区一', kind: 'police_post' }),
      ]);
    });

    it('assigns, lists and ends duties', async () => {
      const wang = people.wang?.id ?? '';
      const payload = {
        personId: wang,
        jurisdictionId: town.shuangping.id,
        duty: 'village_auxiliary',
        since: '2024-03-01',
      };
      const created = await send(chief, 'POST', '/api/v1/assignments', payload);
      expect(created.statusCode, created.body).toBe(201);
      const assignment = created.json() as { id: string; actions: string[] };
      expect(assignment).toMatchObject({
        personName: '王五',
        jurisdictionName: '双坪村',
        since: '2024-03-01',
        actions: ['delete'],
      });

      const again = await send(chief, 'POST', '/api/v1/assignments', payload);
      expect([again.statusCode, errorCode(again)]).toEqual([409, 'ASSIGNMENT_EXISTS']);
      const wrongLevel = await send(chief, 'POST', '/api/v1/assignments', { ...payload, duty: 'post_head' });
      expect([wrongLevel.statusCode, errorCode(wrongLevel)]).toEqual([400, 'ASSIGNMENT_DUTY_INVALID']);
      const nobody = await send(chief, 'POST', '/api/v1/assignments', { ...payload, personId: crypto.randomUUID() });
      expect([nobody.statusCode, errorCode(nobody)]).toEqual([400, 'PERSON_UNKNOWN']);
      const nowhere = await send(chief, 'POST', '/api/v1/assignments', { ...payload, jurisdictionId: town.county.id });
      expect([nowhere.statusCode, errorCode(nowhere)]).toEqual([400, 'JURISDICTION_UNKNOWN']);
      const notManager = await send(aux, 'POST', '/api/v1/assignments', payload);
      expect(notManager.statusCode).toBe(403);

      const inDistrict = await get(aux, `/api/v1/assignments?jurisdictionId=${town.district1.id}`);
      const listed = (inDistrict.json() as { items: { id: string; actions: string[] }[] }).items;
      expect(listed.map((a) => a.id)).toEqual([assignment.id]);
      expect(listed[0]?.actions).toEqual([]);
      const elsewhere = await get(chief, `/api/v1/assignments?jurisdictionId=${town.district2.id}`);
      expect((elsewhere.json() as { items: object[] }).items).toEqual([]);

      const auxDelete = await send(aux, 'DELETE', `/api/v1/assignments/${assignment.id}`);
      expect(auxDelete.statusCode).toBe(403);
      const removed = await send(chief, 'DELETE', `/api/v1/assignments/${assignment.id}`);
      expect(removed.statusCode).toBe(204);
      expect((await auditRows('assignment.delete'))[0]?.target_id).toBe(assignment.id);
      const gone = await send(chief, 'DELETE', `/api/v1/assignments/${assignment.id}`);
      expect(gone.statusCode).toBe(404);
    });
  });

  describe('imports', () => {
    it('serves templates that import as they are filled in', async () => {
      const res = await get(chief, '/api/v1/imports/people/template');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(XLSX);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="people-template.xlsx"/);
      const workbook = await workbookFrom(res.rawPayload);
      const sheet = workbook.worksheets[0];
      if (!sheet) throw new Error('template has no sheet');
      const header = PERSON_IMPORT_COLUMNS.map((_, i) => sheet.getRow(1).getCell(i + 1).value);
      expect(header).toEqual([
        '所属村/社区/组',
        '姓名',
        '性别(男/女)',
        '民族',
        '类别(居民/工作人员)',
        '职务',
        '身份证号',
        '手机号',
        '住址',
      ]);
      expect(sheet.getRow(2).getCell(2).value).toBe('张三');

      const before = await countPersons();
      const audits = (await auditRows('import.people')).length;
      sheet.addRow([
        '双坪村2组',
        '陈七',
        '',
        '汉族',
        '居民',
        '',
        idNumber('42062619700303004'),
        '13712345678',
        '马良镇双坪村2组5号',
      ]);
      sheet.addRow(['420626104201', '刘八', '女', '', '工作人员', '会计', '', '', '']);
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const imported = await upload(chief, '/api/v1/imports/people', filled);
      expect(imported.statusCode, imported.body).toBe(200);
      expect(imported.json()).toEqual({ imported: 2 });
      expect(await countPersons()).toBe(before + 2);
      const auditRow = (await auditRows('import.people'))[0];
      expect((await auditRows('import.people')).length).toBe(audits + 1);
      expect(JSON.parse(auditRow?.detail ?? '{}')).toEqual({ count: 2 });

      const chen = (await get(chief, `/api/v1/people?q=${encodeURIComponent('陈七')}`)).json() as { items: object[] };
      expect(chen.items).toEqual([
        expect.objectContaining({ jurisdictionName: '2组', sex: 'female', kind: 'resident', phone: '137****5678' }),
      ]);
      const liu = (await get(chief, '/api/v1/people?q=lb')).json() as { items: object[] };
      expect(liu.items).toEqual([expect.objectContaining({ name: '刘八', jurisdictionName: '双坪村', kind: 'staff' })]);

      const villages = await get(chief, '/api/v1/imports/villages/template');
      expect(villages.headers['content-disposition']).toContain("filename*=UTF-8''");
      const villageBook = await workbookFrom(villages.rawPayload);
      const villageSheet = villageBook.worksheets[0];
      if (!villageSheet) throw new Error('template has no sheet');
      expect(VILLAGE_IMPORT_COLUMNS.map((_, i) => villageSheet.getRow(1).getCell(i + 1).value)).toEqual([
        '上级片区',
        '类型(村/社区)',
        '名称',
        '区划代码',
        '人口',
        '户数',
        '备注',
      ]);
      villageSheet.addRow(['片区二', '村', '东坡村', '420626104230', 950, 260, '']);
      villageSheet.addRow(['片区二', '社区', '河街社区', '420626104005', '', '', '新建']);
      const villageImport = await upload(
        chief,
        '/api/v1/imports/villages',
        Buffer.from(await villageBook.xlsx.writeBuffer()),
      );
      expect(villageImport.statusCode, villageImport.body).toBe(200);
      expect(villageImport.json()).toEqual({ imported: 2 });
      const listed = await get(chief, `/api/v1/jurisdictions?parentId=${town.district2.id}`);
      expect(names(listed)).toEqual(expect.arrayContaining(['东坡村', '河街社区', '段江村']));
      expect(names(listed)).not.toContain('示例村');
    });

    it('imports nothing when any row is bad, and reports every bad row', async () => {
      const before = await countPersons();
      const audits = (await auditRows('import.people')).length;
      const headers = PERSON_IMPORT_COLUMNS.map((c) => c.header);
      const good1 = idNumber('42062619600606005');
      const file = await sheetWith(headers, [
        ['双坪村', '孙九', '男', '', '', '', good1, '', ''],
        ['双坪村', '周十', '男', '', '', '', '420626196006060050', '', ''],
        ['马家村', '吴一', '', '', '', '', '', '', ''],
        ['双坪村1组', '郑二', '', '', '', '', '', '13800000000', ''],
        ['双坪村', '冯三', '', '', '', '', good1, '', ''],
        ['双坪村', '', '', '', '', '', '', '123', ''],
        ['双坪村', '褚四', '', '', '', '', ZHANG_ID, '', ''],
        ['双坪村', '卫五', '不详', '', '学生', '', '', '', ''],
      ]);
      const res = await upload(chief, '/api/v1/imports/people', file);
      expect(res.statusCode, res.body).toBe(422);
      const body = res.json() as {
        error: { code: string; details: { rows: { row: number; column: string | null; reasonZh: string }[] } };
      };
      expect(body.error.code).toBe('IMPORT_ROWS_INVALID');
      const bad = body.error.details.rows;
      expect([...new Set(bad.map((r) => r.row))].sort((a, b) => a - b)).toEqual([3, 4, 6, 7, 8, 9]);
      expect(bad).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 3, column: '身份证号', reasonZh: '身份证号码不正确' }),
          expect.objectContaining({ row: 4, column: '所属村/社区/组', reasonZh: '辖区不存在' }),
          expect.objectContaining({ row: 6, column: '身份证号', reasonZh: expect.stringContaining('第 2 行') }),
          expect.objectContaining({ row: 7, column: '姓名' }),
          expect.objectContaining({ row: 7, column: '手机号', reasonZh: '手机号码不正确' }),
          expect.objectContaining({ row: 8, column: '身份证号', reasonZh: '该身份证号码已登记' }),
          expect.objectContaining({ row: 9, column: '性别(男/女)' }),
          expect.objectContaining({ row: 9, column: '类别(居民/工作人员)' }),
        ]),
      );
      expect(await countPersons()).toBe(before);
      expect((await auditRows('import.people')).length).toBe(audits);

      const outside = await sheetWith(headers, [['南垭村', '蒋六', '', '', '', '', '', '', '']]);
      const auxRes = await upload(aux, '/api/v1/imports/people', outside);
      expect(auxRes.statusCode).toBe(422);
      expect((auxRes.json() as typeof body).error.details.rows).toEqual([
        expect.objectContaining({ row: 2, column: '所属村/社区/组' }),
      ]);

      const villageFile = await sheetWith(
        VILLAGE_IMPORT_COLUMNS.map((c) => c.header),
        [
          ['片区一', '村', '好村', '420626104240', '100', '', ''],
          ['片区三', '村', '无主村', '420626104241', '', '', ''],
          ['片区一', '镇', '错类村', '420626104242', '', '', ''],
          ['片区一', '村', '重码村', '420626104240', '', '', ''],
          ['片区一', '村', '旧码村', '420626104201', '', '', ''],
          ['片区一', '村', '外镇村', '420626105243', 'abc', '', ''],
        ],
      );
      const jurisdictionsBefore = names(await get(chief, '/api/v1/jurisdictions')).length;
      const villageRes = await upload(chief, '/api/v1/imports/villages', villageFile);
      expect(villageRes.statusCode).toBe(422);
      const villageRows = (villageRes.json() as typeof body).error.details.rows;
      expect([...new Set(villageRows.map((r) => r.row))]).toEqual([3, 4, 5, 6, 7]);
      expect(villageRows).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ row: 7, column: '区划代码' }),
          expect.objectContaining({ row: 7, column: '人口' }),
        ]),
      );
      expect(names(await get(chief, '/api/v1/jurisdictions'))).toHaveLength(jurisdictionsBefore);
    });

    it('refuses files that are not readable workbooks', async () => {
      const text = await upload(chief, '/api/v1/imports/people', Buffer.from('姓名,身份证号\n张三,1\n'));
      expect([text.statusCode, errorCode(text)]).toEqual([400, 'IMPORT_FILE_INVALID']);
      const corrupt = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), crypto.randomBytes(200)]);
      const broken = await upload(chief, '/api/v1/imports/villages', corrupt);
      expect([broken.statusCode, errorCode(broken)]).toEqual([400, 'IMPORT_FILE_INVALID']);
      const wrongColumns = await upload(
        chief,
        '/api/v1/imports/people',
        await sheetWith(['名字', '号码'], [['张三', '1']]),
      );
      expect([wrongColumns.statusCode, errorCode(wrongColumns)]).toEqual([400, 'IMPORT_FILE_INVALID']);
      const empty = await upload(chief, '/api/v1/imports/people', await sheetWith(['所属村/社区/组', '姓名'], []));
      expect([empty.statusCode, errorCode(empty)]).toEqual([400, 'IMPORT_FILE_INVALID']);
      const tooMany = await sheetWith(
        ['所属村/社区/组', '姓名'],
        Array.from({ length: 5001 }, (_, i) => ['双坪村', `人${i}`]),
      );
      const big = await upload(chief, '/api/v1/imports/people', tooMany);
      expect([big.statusCode, errorCode(big)]).toEqual([422, 'IMPORT_TOO_MANY_ROWS']);

      const wrongField = await upload(chief, '/api/v1/imports/people', Buffer.from('x'), { field: 'attachment' });
      expect([wrongField.statusCode, errorCode(wrongField)]).toEqual([400, 'VALIDATION_FAILED']);
      const noBoundary = await t.app.inject({
        method: 'POST',
        url: '/api/v1/imports/people',
        headers: chief.headers({ 'content-type': 'multipart/form-data' }),
        payload: 'garbage',
      });
      expect([noBoundary.statusCode, errorCode(noBoundary)]).toEqual([400, 'UPLOAD_MALFORMED']);
      const whole = multipartXlsx(await sheetWith(['所属村/社区/组', '姓名'], [['双坪村', '张三']]));
      const truncated = await t.app.inject({
        method: 'POST',
        url: '/api/v1/imports/villages',
        headers: chief.headers(whole.headers),
        payload: whole.payload.subarray(0, whole.payload.length - 40),
      });
      expect([truncated.statusCode, errorCode(truncated)]).toEqual([400, 'UPLOAD_MALFORMED']);
      const json = await send(chief, 'POST', '/api/v1/imports/people', { rows: [] });
      expect([json.statusCode, errorCode(json)]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
      const forbidden = await upload(zongzhiban, '/api/v1/imports/people', Buffer.from('x'));
      expect([forbidden.statusCode, errorCode(forbidden)]).toEqual([403, 'FORBIDDEN']);
    });

    it('answers 413 IMPORT_TOO_LARGE for a workbook that unpacks past the limit, then imports a normal one', async () => {
      const workbook = await workbookFrom((await get(chief, '/api/v1/imports/people/template')).rawPayload);
      workbook.worksheets[0]?.addRow(['双坪村2组', '韩十一']);
      const filled = Buffer.from(await workbook.xlsx.writeBuffer());
      const before = await countPersons();
      const bomb = await upload(chief, '/api/v1/imports/people', await paddedWorkbook(filled, 80));
      expect([bomb.statusCode, errorCode(bomb)]).toEqual([413, 'IMPORT_TOO_LARGE']);
      expect(await countPersons()).toBe(before);
      const normal = await upload(chief, '/api/v1/imports/people', await paddedWorkbook(filled, 1));
      expect([normal.statusCode, normal.body]).toEqual([200, JSON.stringify({ imported: 1 })]);
    });

    it('answers 413 FILE_TOO_LARGE for an upload over the limit', async () => {
      const small = await createTestApp(dialect, { importMaxBytes: 2048 });
      try {
        const place = await seedSmallTown(small.deps);
        await createAccount(small.deps, 'chief2', 'chief', place.town.id);
        const session = await loginAs(small.app, 'chief2');
        const body = multipartXlsx(crypto.randomBytes(10_000));
        const res = await small.app.inject({
          method: 'POST',
          url: '/api/v1/imports/people',
          payload: body.payload,
          headers: session.headers(body.headers),
        });
        expect([res.statusCode, errorCode(res)]).toEqual([413, 'FILE_TOO_LARGE']);
        const fits = multipartXlsx(Buffer.from('not a workbook'));
        const ok = await small.app.inject({
          method: 'POST',
          url: '/api/v1/imports/people',
          payload: fits.payload,
          headers: session.headers(fits.headers),
        });
        expect(errorCode(ok)).toBe('IMPORT_FILE_INVALID');
      } finally {
        await small.close();
      }
    });
  });
});
