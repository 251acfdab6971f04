import { addDays, DEFAULT_HOLIDAY_CALENDAR, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import { createJurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { insertCalendarDayRows } from '../src/modules/rotation/rotation.repository';
import { testDialects } from './support/databases';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedOtherTown,
  seedSmallTown,
} from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { PDF } from './support/upload-files';

const THIS_YEAR = Number(shanghaiDate(new Date()).slice(0, 4));
const NEXT = THIS_YEAR + 1;
const PREV = THIS_YEAR - 1;

interface Slot {
  id: string;
  month: number;
  index: number;
  days: string[];
  villageId: string;
  villageName: string;
  directorName: string | null;
  checkIns: string[];
  actions: string[];
}
interface RotaBody {
  slots: Slot[];
  seed: number | null;
  actions: string[];
}

describe.each(testDialects())('security-director rotation on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let cadre: Session;
  let otherChief: Session;
  const directors: Record<string, string> = {};
  let other = '';

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const count = (table: 'rotas' | 'rota_slots' | 'rota_check_ins' | 'rota_swaps' | 'rotation_settings') =>
    countRows(t.deps, table);
  const generate = (s: Session, year: number, seed: number) =>
    send(s, 'POST', '/api/v1/rotation/rota', { townId: town.town.id, year, seed });
  const rotaOf = async (year: number, s: Session = chief) =>
    (await get(s, `/api/v1/rotation/rota?townId=${town.town.id}&year=${year}`)).json() as RotaBody;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id);
    await createAccount(t.deps, 'other_chief', 'chief', otherTown.id);
    other = otherTown.id;
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    cadre = await loginAs(t.app, 'cadre');
    otherChief = await loginAs(t.app, 'other_chief');
    for (const village of [town.shuangping, town.nanya]) {
      const person = newPersonRow(t.deps.cipher, {
        townId: town.town.id,
        jurisdictionId: village.id,
        name: `${village.name.slice(0, 2)}主任`,
        kind: 'staff',
      });
      await insertPersonRow(t.deps.db, person);
      await createAssignmentRow(t.deps.db, {
        townId: town.town.id,
        personId: person.id,
        jurisdictionId: village.id,
        duty: 'security_director',
      });
      directors[village.id] = person.id;
    }
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses a town with fewer villages than slots a month, writing nothing', async () => {
    const res = await generate(chief, NEXT, 7);
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('ROTA_TOO_FEW_VILLAGES');
    expect(await count('rotas')).toBe(0);
    expect(await count('rotation_settings')).toBe(0);
  });

  it('generates 4 turns of 3 working days a month, naming each village’s security director or none', async () => {
    await createJurisdictionRow(t.deps.db, {
      parent: town.district2,
      level: 'village',
      code: '420626104204',
      name: '寺坪村',
    });
    await createJurisdictionRow(t.deps.db, {
      parent: town.district2,
      level: 'village',
      code: '420626104205',
      name: '龙坪村',
    });
    const res = await generate(chief, NEXT, 7);
    expect(res.statusCode).toBe(200);
    const rota = res.json() as RotaBody;
    expect(rota.slots).toHaveLength(48);
    expect(rota.seed).toBe(7);
    expect(rota.actions).toContain('generate');
    for (let month = 1; month <= 12; month += 1) {
      const ofMonth = rota.slots.filter((slot) => slot.month === month);
      expect(ofMonth).toHaveLength(4);
      expect(new Set(ofMonth.map((slot) => slot.villageId)).size).toBe(4);
      for (const slot of ofMonth) expect(slot.days).toHaveLength(3);
    }
    const shuangping = rota.slots.find((slot) => slot.villageId === town.shuangping.id);
    expect(shuangping?.directorName).toBe('双坪主任');
    expect(rota.slots.find((slot) => slot.villageId === town.duanjiang.id)?.directorName).toBeNull();
    const counts = [...new Set(rota.slots.map((s) => s.villageId))].map(
      (id) => rota.slots.filter((s) => s.villageId === id).length,
    );
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
    // A future year is generated again whole; the same seed gives the same turns.
    const again = (await generate(chief, NEXT, 7)).json() as RotaBody;
    expect(again.slots.map((s) => [s.villageId, s.days])).toEqual(rota.slots.map((s) => [s.villageId, s.days]));
    const audit = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'rotation.generate')
      .execute();
    expect(audit).toHaveLength(2);
  });

  it('refuses a year whose calendar leaves a month without working days, writing nothing', async () => {
    const year = NEXT + 1;
    const closed = [];
    for (let day = `${year}-01-01`; day < `${year + 1}-01-01`; day = addDays(day, 1)) {
      closed.push({
        town_id: town.town.id,
        date: day,
        kind: 'holiday' as const,
        name: '停',
        updated_at: '2026-01-01T00:00:00.000Z',
      });
    }
    await insertCalendarDayRows(t.deps.db, closed);
    const slotsBefore = await count('rota_slots');
    const res = await generate(chief, year, 1);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'ROTA_MONTH_TOO_SHORT', details: { month: 1 } });
    expect(await count('rota_slots')).toBe(slotsBefore);
    expect((await rotaOf(year)).slots).toEqual([]);
  });

  it('answers two chiefs generating the same new year at once with one rota, never a server error', async () => {
    const year = NEXT + 3;
    const answers = await Promise.all([generate(chief, year, 1), generate(chief, year, 2)]);
    for (const res of answers) expect([200, 409], res.body).toContain(res.statusCode);
    const refused = answers.filter((res) => res.statusCode === 409);
    for (const res of refused) expect(res.json().error.code).toBe('ROTA_GENERATED_MEANWHILE');
    const rows = await t.deps.db.selectFrom('rotas').select('id').where('year', '=', year).execute();
    expect(rows).toHaveLength(1);
    expect((await rotaOf(year)).slots).toHaveLength(48);
    // The first two changes of another town's calendar at once seed its official days once.
    const put = (date: string) =>
      send(otherChief, 'PUT', `/api/v1/rotation/calendar/${date}`, { kind: 'holiday', name: '镇庆', townId: other });
    const [a, b] = await Promise.all([put(`${NEXT}-06-01`), put(`${NEXT}-06-02`)]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    const days = await t.deps.db
      .selectFrom('rotation_calendar_days')
      .select('date')
      .where('town_id', '=', other)
      .execute();
    expect(days).toHaveLength(DEFAULT_HOLIDAY_CALENDAR.length + 2);
  });

  it('shows the rota to a village cadre and an auxiliary officer, who cannot generate; another town gets 404', async () => {
    expect((await rotaOf(NEXT, cadre)).slots).toHaveLength(48);
    expect((await rotaOf(NEXT, aux)).actions).toEqual([]);
    expect((await generate(cadre, NEXT, 3)).statusCode).toBe(403);
    expect((await generate(aux, NEXT, 3)).statusCode).toBe(403);
    const foreign = await get(otherChief, `/api/v1/rotation/rota?townId=${town.town.id}&year=${NEXT}`);
    expect(foreign.statusCode).toBe(404);
    expect((await generate(otherChief, NEXT, 3)).statusCode).toBe(404);
    const slot = (await rotaOf(NEXT)).slots[0];
    expect((await get(otherChief, `/api/v1/rotation/slots/${slot?.id}`)).statusCode).toBe(404);
    expect((await get(chief, '/api/v1/rotation/rota?townId=nope&year=2027')).statusCode).toBe(404);
  });

  it('applies a swap the chief approves and leaves the rota as it was when refused', async () => {
    const before = await rotaOf(NEXT);
    const [a, b] = before.slots.filter((slot) => slot.month === 3);
    if (!a || !b) throw new Error('no March slots');
    expect(a.actions).toContain('request_swap');
    const asked = await send(officer, 'POST', '/api/v1/rotation/swaps', {
      kind: 'exchange',
      slotId: a.id,
      otherSlotId: b.id,
      reason: '家中有事',
    });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ status: 'pending', actions: [] });
    const listed = (await get(chief, `/api/v1/rotation/swaps?townId=${town.town.id}&year=${NEXT}`)).json();
    expect(listed[0].actions).toEqual(['approve', 'refuse']);
    expect(
      (await send(officer, 'POST', `/api/v1/rotation/swaps/${asked.json().id}/decision`, { decision: 'approve' }))
        .statusCode,
    ).toBe(403);
    // Approved twice at once (two chiefs, or a double tap): applied once, the other told it is decided.
    const approve = () =>
      send(chief, 'POST', `/api/v1/rotation/swaps/${asked.json().id}/decision`, { decision: 'approve' });
    const answers = await Promise.all([approve(), approve()]);
    expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 409]);
    const approved = answers.find((res) => res.statusCode === 200);
    expect(approved?.json().status).toBe('approved');
    const after = await rotaOf(NEXT);
    expect(after.slots.find((s) => s.id === a.id)?.villageId).toBe(b.villageId);
    expect(after.slots.find((s) => s.id === b.id)?.villageId).toBe(a.villageId);
    const twice = await send(chief, 'POST', `/api/v1/rotation/swaps/${asked.json().id}/decision`, {
      decision: 'refuse',
    });
    expect(twice.json().error.code).toBe('ROTA_SWAP_NOT_PENDING');

    const second = await send(officer, 'POST', '/api/v1/rotation/swaps', {
      kind: 'exchange',
      slotId: a.id,
      otherSlotId: b.id,
      reason: '再调',
    });
    const refused = await send(chief, 'POST', `/api/v1/rotation/swaps/${second.json().id}/decision`, {
      decision: 'refuse',
      note: '人手不足',
    });
    expect(refused.json()).toMatchObject({ status: 'refused', decisionNote: '人手不足' });
    const kinds = (await t.deps.db.selectFrom('notifications').select('kind').execute()).map((n) => n.kind);
    expect(kinds.filter((k) => k === 'rotation.swap_requested')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'rotation.swap_decided')).toHaveLength(2);
    // Dates a person reads go through the Beijing formatter: 3月 as 2027年3月…日, never a raw ISO day.
    const titles = (await t.deps.db.selectFrom('notifications').select('title').execute()).map((n) => n.title);
    for (const title of titles) expect(title).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(titles.some((title) => /\d{4}年3月\d{1,2}日/.test(title))).toBe(true);
    expect((await rotaOf(NEXT)).slots.map((s) => s.villageId)).toEqual(after.slots.map((s) => s.villageId));
  });

  it('lets the village side ask for its own slot, not an auxiliary officer, and refuses bad swaps', async () => {
    const rota = await rotaOf(NEXT);
    const own = rota.slots.find((slot) => slot.villageId === town.shuangping.id);
    const foreign = rota.slots.find((slot) => slot.villageId === town.nanya.id);
    if (!own || !foreign) throw new Error('no slots');
    expect((await rotaOf(NEXT, cadre)).slots.find((s) => s.id === own.id)?.actions).toContain('request_swap');
    expect((await rotaOf(NEXT, cadre)).slots.find((s) => s.id === foreign.id)?.actions).not.toContain('request_swap');
    const replace = { kind: 'replace', slotId: own.id, replacementPersonId: directors[town.nanya.id], reason: '病假' };
    expect((await send(cadre, 'POST', '/api/v1/rotation/swaps', replace)).statusCode).toBe(201);
    expect((await send(aux, 'POST', '/api/v1/rotation/swaps', replace)).statusCode).toBe(403);
    expect((await send(cadre, 'POST', '/api/v1/rotation/swaps', { ...replace, slotId: foreign.id })).statusCode).toBe(
      403,
    );
    const swapsBefore = await count('rota_swaps');
    const noPerson = await send(officer, 'POST', '/api/v1/rotation/swaps', {
      kind: 'replace',
      slotId: own.id,
      reason: 'x',
    });
    expect(noPerson.json().error.code).toBe('ROTA_SWAP_REPLACEMENT_REQUIRED');
    const same = await send(officer, 'POST', '/api/v1/rotation/swaps', {
      kind: 'exchange',
      slotId: own.id,
      otherSlotId: own.id,
      reason: 'x',
    });
    expect(same.json().error.code).toBe('ROTA_SWAP_SAME_SLOT');
    // Across months, an exchange must not put a village on duty twice in one of them.
    const jan = rota.slots.filter((s) => s.month === 1);
    const feb = rota.slots.filter((s) => s.month === 2);
    const pair = jan.flatMap((x) =>
      feb.filter((y) => feb.some((z) => z.villageId === x.villageId) && y.villageId !== x.villageId).map((y) => [x, y]),
    )[0];
    if (!pair) throw new Error('five villages always share one between January and February');
    const clash = await send(officer, 'POST', '/api/v1/rotation/swaps', {
      kind: 'exchange',
      slotId: pair[0]?.id,
      otherSlotId: pair[1]?.id,
      reason: 'x',
    });
    expect(clash.json().error.code).toBe('ROTA_SWAP_MONTH_CLASH');
    expect(await count('rota_swaps')).toBe(swapsBefore);
  });

  it('generates a published rota again only for the months not yet begun, withdrawing their pending swaps', async () => {
    const month = Number(shanghaiDate(new Date()).slice(5, 7));
    const first = (await generate(chief, THIS_YEAR, 21)).json() as RotaBody;
    expect(first.slots).toHaveLength(48);
    if (month === 12) {
      expect((await generate(chief, THIS_YEAR, 22)).json().error.code).toBe('ROTA_NOTHING_TO_REGENERATE');
      return;
    }
    const [a, b] = first.slots.filter((slot) => slot.month === month + 1);
    const asked = await send(officer, 'POST', '/api/v1/rotation/swaps', {
      kind: 'exchange',
      slotId: a?.id,
      otherSlotId: b?.id,
      reason: '换届',
    });
    expect(asked.statusCode).toBe(201);
    const second = (await generate(chief, THIS_YEAR, 22)).json() as RotaBody;
    expect(second.slots).toHaveLength(48);
    const standing = (rota: RotaBody) => rota.slots.filter((slot) => slot.month <= month);
    expect(standing(second)).toEqual(standing(first));
    const ids = new Set(first.slots.map((slot) => slot.id));
    expect(second.slots.filter((slot) => slot.month > month).every((slot) => !ids.has(slot.id))).toBe(true);
    const swaps = (await get(chief, `/api/v1/rotation/swaps?year=${THIS_YEAR}`)).json();
    expect(swaps.find((swap: { id: string }) => swap.id === asked.json().id)).toMatchObject({
      status: 'withdrawn',
      actions: [],
    });
    const counts = [...new Set(second.slots.map((s) => s.villageId))].map(
      (id) => second.slots.filter((s) => s.villageId === id).length,
    );
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
  });

  it('records check-ins by the desk on the slot’s days only', async () => {
    expect((await generate(chief, PREV, 11)).statusCode).toBe(200);
    const slot = (await rotaOf(PREV, officer)).slots[5];
    if (!slot) throw new Error('no slot');
    expect(slot.actions).toContain('check_in');
    expect((await rotaOf(PREV, aux)).slots[5]?.actions).not.toContain('check_in');
    const day = slot.days[1];
    const res = await send(officer, 'POST', `/api/v1/rotation/slots/${slot.id}/check-ins`, { date: day });
    expect(res.statusCode).toBe(200);
    expect(res.json().checkIns).toEqual([day]);
    expect((await send(officer, 'POST', `/api/v1/rotation/slots/${slot.id}/check-ins`, { date: day })).statusCode).toBe(
      200,
    );
    expect(await count('rota_check_ins')).toBe(1);
    const outside = await send(officer, 'POST', `/api/v1/rotation/slots/${slot.id}/check-ins`, {
      date: addDays(slot.days[2] ?? '', 1),
    });
    expect(outside.statusCode).toBe(422);
    expect(outside.json().error.code).toBe('ROTA_CHECKIN_OUTSIDE_SLOT');
    expect((await send(aux, 'POST', `/api/v1/rotation/slots/${slot.id}/check-ins`, { date: day })).statusCode).toBe(
      403,
    );
    const future = (await rotaOf(NEXT)).slots[0];
    const ahead = await send(officer, 'POST', `/api/v1/rotation/slots/${future?.id}/check-ins`, {
      date: future?.days[0],
    });
    expect(ahead.json().error.code).toBe('TIME_IN_FUTURE');
    expect(await count('rota_check_ins')).toBe(1);
    const actions = await t.deps.db
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'rotation.check_in')
      .execute();
    expect(actions).toHaveLength(1);
    // A past year's rota is never generated again.
    expect((await generate(chief, PREV, 12)).json().error.code).toBe('ROTA_NOTHING_TO_REGENERATE');
  });

  it('shows what happened at the station during a director’s days, as far as the reader may see', async () => {
    const slot = (await rotaOf(PREV)).slots[7];
    if (!slot) throw new Error('no slot');
    const registered = await send(chief, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '驻所期间的邻里纠纷',
      parties: [{ role: 'applicant', name: '赵六' }],
    });
    expect(registered.statusCode).toBe(201);
    // Registered on the director's second day (10:00 Beijing); another the day after the turn ends.
    await t.deps.db
      .updateTable('disputes')
      .set({ created_at: `${slot.days[1]}T02:00:00.000Z` })
      .where('id', '=', registered.json().id)
      .execute();
    const later = await send(chief, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '轮值结束后的纠纷',
      parties: [{ role: 'applicant', name: '钱七' }],
    });
    await t.deps.db
      .updateTable('disputes')
      .set({ created_at: `${addDays(slot.days[2] ?? '', 1)}T02:00:00.000Z` })
      .where('id', '=', later.json().id)
      .execute();
    const stay = (await get(chief, `/api/v1/rotation/slots/${slot.id}/stay`)).json();
    expect(stay.slot.id).toBe(slot.id);
    expect(stay.disputes.map((d: { id: string }) => d.id)).toEqual([registered.json().id]);
    expect(stay.incidents).toEqual([]);
    // A village cadre reads the rota but not disputes: the stay shows the turn and nothing of the cases.
    const forCadre = (await get(cadre, `/api/v1/rotation/slots/${slot.id}/stay`)).json();
    expect(forCadre).toMatchObject({ slot: { id: slot.id }, incidents: [], mediationSessions: [], disputes: [] });
  });

  it('keeps the calendar as a setting the chief edits', async () => {
    const shown = await get(aux, `/api/v1/rotation/calendar?townId=${town.town.id}&year=2026`);
    expect(shown.json().days).toContainEqual({ date: '2026-10-01', kind: 'holiday', name: '国庆节' });
    expect(shown.json().actions).toEqual([]);
    const day = `${NEXT}-03-02`;
    const put = await send(chief, 'PUT', `/api/v1/rotation/calendar/${day}`, {
      townId: town.town.id,
      kind: 'holiday',
      name: '镇庆',
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().days).toContainEqual({ date: day, kind: 'holiday', name: '镇庆' });
    expect(
      (
        await send(cadre, 'PUT', `/api/v1/rotation/calendar/${day}`, {
          townId: town.town.id,
          kind: 'workday',
          name: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const removed = await send(chief, 'DELETE', `/api/v1/rotation/calendar/${day}?townId=${town.town.id}`);
    expect(removed.json().days).not.toContainEqual(expect.objectContaining({ date: day }));
    expect((await send(chief, 'DELETE', `/api/v1/rotation/calendar/${day}?townId=${town.town.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await send(chief, 'PUT', '/api/v1/rotation/calendar/2026-02-30', {
          townId: town.town.id,
          kind: 'holiday',
          name: 'x',
        })
      ).statusCode,
    ).toBe(400);
  });

  it('keeps training records with attendees and materials', async () => {
    const body = {
      townId: town.town.id,
      topic: '矛盾纠纷排查化解',
      trainer: '司法所',
      heldOn: '2026-11-05',
      place: '派出所会议室',
      attendeeIds: Object.values(directors),
    };
    const created = await send(chief, 'POST', '/api/v1/rotation/trainings', body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(
      created
        .json()
        .attendees.map((a: { name: string }) => a.name)
        .sort(),
    ).toEqual(['南垭主任', '双坪主任']);
    expect((await send(aux, 'POST', '/api/v1/rotation/trainings', body)).statusCode).toBe(403);
    const unknown = await send(chief, 'POST', '/api/v1/rotation/trainings', { ...body, attendeeIds: ['nobody'] });
    expect(unknown.json().error.code).toBe('PERSON_UNKNOWN');
    const edited = await send(chief, 'PUT', `/api/v1/rotation/trainings/${id}`, { ...body, topic: '治安巡防' });
    expect(edited.json().topic).toBe('治安巡防');
    const file = multipart(PDF, { filename: '讲义.pdf' });
    const uploaded = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rotation/trainings/${id}/materials`,
      headers: chief.headers(file.headers),
      payload: file.payload,
    });
    expect(uploaded.statusCode).toBe(201);
    const material = uploaded.json().materials[0];
    expect(material.fileName).toBe('讲义.pdf');
    const exe = multipart(Buffer.from('MZ\x90\x00'), { filename: 'x.pdf' });
    const refused = await t.app.inject({
      method: 'POST',
      url: `/api/v1/rotation/trainings/${id}/materials`,
      headers: chief.headers(exe.headers),
      payload: exe.payload,
    });
    expect(refused.statusCode).toBe(415);
    const download = await get(cadre, `/api/v1/rotation/training-materials/${material.id}/download`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    await send(chief, 'POST', '/api/v1/rotation/trainings', { ...body, heldOn: '2026-10-08' });
    const page = (await get(aux, `/api/v1/rotation/trainings?townId=${town.town.id}&limit=1`)).json();
    expect(page.items).toHaveLength(1);
    expect(page.items[0].heldOn).toBe('2026-11-05');
    const rest = (
      await get(aux, `/api/v1/rotation/trainings?townId=${town.town.id}&limit=1&cursor=${page.nextCursor}`)
    ).json();
    expect(rest.items[0].heldOn).toBe('2026-10-08');
    expect((await get(otherChief, `/api/v1/rotation/trainings/${id}`)).statusCode).toBe(404);
    expect((await send(chief, 'DELETE', `/api/v1/rotation/trainings/${id}`)).statusCode).toBe(204);
    expect((await get(chief, `/api/v1/rotation/trainings/${id}`)).statusCode).toBe(404);
  });
});
