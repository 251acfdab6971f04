import crypto from 'node:crypto';
import { computeIdCheckChar, PERSON_IMPORT_COLUMNS } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

function idNumber(first17: string): string {
  return `${first17}${computeIdCheckChar(first17)}`;
}

/** Registered in 段江村 (片区二) only: outside the 双坪村 auxiliary officer's and the 片区一 officer's scope. */
const ELSEWHERE_ID = idNumber('42062619750707001');
const NEVER_SEEN_ID = idNumber('42062619750707002');
const LATER_ID = idNumber('42062619750707003');

async function peopleSheet(rows: readonly (readonly string[])[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(PERSON_IMPORT_COLUMNS.map((c) => c.header));
  for (const row of rows) sheet.addRow([...row]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Registering an ID number held by someone outside one's scope must answer exactly like a new one (no
 * ID_NUMBER_TAKEN that would tell where a person lives); one held inside the scope is still refused.
 */
describe.each(testDialects())('registering a person reveals nothing outside the scope on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let auxShuangping: Session;
  let auxDuanjiang: Session;
  let officer: Session;

  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload: object) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const register = (s: Session, jurisdictionId: string, name: string, id: string) =>
    send(s, 'POST', '/api/v1/people', { jurisdictionId, name, idNumber: id });
  const answer = (res: LightMyRequestResponse) => [res.statusCode, res.json().error?.code ?? null];
  const holders = async (id: string) =>
    (
      await t.deps.db
        .selectFrom('persons')
        .select('jurisdiction_id')
        .where('id_number_bidx', '=', t.deps.cipher.blindIndex(id))
        .execute()
    ).map((row) => row.jurisdiction_id);

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'aux_sp', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'aux_dj', 'auxiliary', town.duanjiang.id);
    await createAccount(t.deps, 'officer1', 'officer', town.district1.id);
    chief = await loginAs(t.app, 'chief');
    auxShuangping = await loginAs(t.app, 'aux_sp');
    auxDuanjiang = await loginAs(t.app, 'aux_dj');
    officer = await loginAs(t.app, 'officer1');
    expect(answer(await register(auxDuanjiang, town.duanjiang.id, '段一', ELSEWHERE_ID))).toEqual([201, null]);
  });
  afterAll(async () => t.close());

  it('answers an ID number registered only elsewhere exactly like one never seen', async () => {
    const elsewhere = await register(auxShuangping, town.shuangping.id, '段一', ELSEWHERE_ID);
    const fresh = await register(auxShuangping, town.shuangping.id, '新一', NEVER_SEEN_ID);
    expect(answer(elsewhere)).toEqual([201, null]);
    expect(answer(fresh)).toEqual([201, null]);
    expect(Object.keys(elsewhere.json()).sort()).toEqual(Object.keys(fresh.json()).sort());
    expect(elsewhere.json()).toMatchObject({
      jurisdictionId: town.shuangping.id,
      idNumber: `420626********${ELSEWHERE_ID.slice(-4)}`,
    });
    expect((await holders(ELSEWHERE_ID)).sort()).toEqual([town.duanjiang.id, town.shuangping.id].sort());
    const found = await t.app.inject({
      method: 'GET',
      url: `/api/v1/people?q=${ELSEWHERE_ID}`,
      headers: auxShuangping.headers(),
    });
    expect((found.json().items as { id: string }[]).map((p) => p.id)).toEqual([elsewhere.json().id]);
  });

  it('still refuses an ID number already registered inside the caller’s scope, in any of its places', async () => {
    const group1 = town.groups[town.shuangping.name]?.[0];
    if (!group1) throw new Error('fixture has no group');
    expect(answer(await register(auxShuangping, town.shuangping.id, '重复', NEVER_SEEN_ID))).toEqual([
      409,
      'ID_NUMBER_TAKEN',
    ]);
    expect(answer(await register(auxShuangping, group1.id, '重复', NEVER_SEEN_ID))).toEqual([409, 'ID_NUMBER_TAKEN']);
    expect(answer(await register(officer, town.nanya.id, '重复', NEVER_SEEN_ID))).toEqual([409, 'ID_NUMBER_TAKEN']);
    expect(answer(await register(chief, town.duanjiang.id, '重复', NEVER_SEEN_ID))).toEqual([409, 'ID_NUMBER_TAKEN']);
    expect(answer(await register(auxDuanjiang, town.duanjiang.id, '段一', ELSEWHERE_ID))).toEqual([
      409,
      'ID_NUMBER_TAKEN',
    ]);
    expect(await holders(NEVER_SEEN_ID)).toEqual([town.shuangping.id]);
  });

  it('lets a changed ID number through when only someone elsewhere holds it, and refuses one held in scope', async () => {
    const person = await register(auxShuangping, town.shuangping.id, '后补', '');
    expect(person.statusCode).toBe(201);
    const url = `/api/v1/people/${person.json().id}`;
    const held = await register(auxDuanjiang, town.duanjiang.id, '段二', LATER_ID);
    expect(held.statusCode).toBe(201);
    expect(answer(await send(auxShuangping, 'PATCH', url, { idNumber: LATER_ID }))).toEqual([200, null]);
    expect(answer(await send(auxShuangping, 'PATCH', url, { idNumber: NEVER_SEEN_ID }))).toEqual([
      409,
      'ID_NUMBER_TAKEN',
    ]);
  });

  it('imports a row whose ID number is registered only elsewhere, and refuses one registered in scope', async () => {
    const upload = async (s: Session, rows: readonly (readonly string[])[]) => {
      const boundary = `----fengqiao${crypto.randomBytes(8).toString('hex')}`;
      const payload = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="people.xlsx"\r\n` +
            'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n',
        ),
        await peopleSheet(rows),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]);
      return t.app.inject({
        method: 'POST',
        url: '/api/v1/imports/people',
        payload,
        headers: s.headers({ 'content-type': `multipart/form-data; boundary=${boundary}` }),
      });
    };
    const elsewhereOnly = idNumber('42062619750707004');
    expect((await register(auxDuanjiang, town.duanjiang.id, '段三', elsewhereOnly)).statusCode).toBe(201);
    const ok = await upload(auxShuangping, [['双坪村', '段三', '', '', '', '', elsewhereOnly, '', '']]);
    expect([ok.statusCode, ok.body]).toEqual([200, JSON.stringify({ imported: 1 })]);
    const refused = await upload(auxShuangping, [['双坪村', '新二', '', '', '', '', NEVER_SEEN_ID, '', '']]);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.details.rows).toEqual([
      expect.objectContaining({ row: 2, column: '身份证号', reasonZh: '该身份证号码已登记' }),
    ]);
  });
});
