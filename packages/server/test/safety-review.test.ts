import { addDays, addMonths, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { JPG } from './support/upload-files';
import { zipEntry } from './support/zip';

/** Issue #10 review: races and leaks of the hazards and anti-fraud modules. */
describe.each(testDialects())('hazards and anti-fraud under review on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let officer: Session;
  let chief: Session;
  let cadre: Session;
  let police: Session;
  const today = shanghaiDate(new Date());

  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id);
    aux = await loginAs(t.app, 'aux');
    officer = await loginAs(t.app, 'officer');
    chief = await loginAs(t.app, 'chief');
    cadre = await loginAs(t.app, 'cadre');
    await createAccount(t.deps, 'police', 'officer', town.town.id);
    police = await loginAs(t.app, 'police');
  });

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const reportAssigned = async (title: string, extra: object = {}): Promise<string> => {
    const reported = await send(officer, 'POST', '/api/v1/hazards', {
      source: 'public',
      villageId: town.shuangping.id,
      title,
      description: '群众来电反映',
      ...extra,
    });
    expect(reported.statusCode, reported.body).toBe(201);
    const id = String(reported.json().id);
    const assigned = await send(chief, 'POST', `/api/v1/hazards/${id}/assign`, {
      assignee: { kind: 'village' },
      deadline: addDays(today, 5),
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    return id;
  };
  const rectifyPhoto = (id: string) => {
    const form = multipart(JPG, { filename: 'photo.jpg', contentType: 'image/jpeg' });
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/hazards/${id}/photos?kind=rectification`,
      headers: aux.headers(form.headers),
      payload: form.payload,
    });
  };

  it('answers a report in an unknown place exactly as in another town’s village: 404, nothing written', async () => {
    const otherTown = await seedOtherTown(t.deps, town);
    const other = await seedOtherVillage(t.deps, otherTown);
    const body = { source: 'patrol', title: '隐患', description: '说明' };
    const answers = await Promise.all(
      [other.id, otherTown.id, 'no-such-place'].map((villageId) =>
        send(chief, 'POST', '/api/v1/hazards', { ...body, villageId }),
      ),
    );
    expect(answers.map((answer) => [answer.statusCode, answer.json().error.code])).toEqual([
      [404, 'NOT_FOUND'],
      [404, 'NOT_FOUND'],
      [404, 'NOT_FOUND'],
    ]);
    const group = town.groups.双坪村?.[0]?.id ?? '';
    const notVillage = await send(chief, 'POST', '/api/v1/hazards', { ...body, villageId: group });
    expect(notVillage.json().error.code).toBe('HAZARD_VILLAGE_UNKNOWN');
  });

  it('never shows the public reporter’s name in clear: screens, export and audit rows', async () => {
    const id = await reportAssigned('路灯杆倾斜', { reporterName: '欧阳秀英', reporterPhone: '13912345678' });
    for (const s of [cadre, chief]) {
      const detail = await get(s, `/api/v1/hazards/${id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.body).not.toContain('欧阳秀英');
      expect(detail.body).not.toContain('13912345678');
      expect(detail.json().reporterName).toBe('欧***');
      const list = await get(s, '/api/v1/hazards?source=public');
      expect(list.body).not.toContain('欧阳秀英');
      const exported = await get(s, '/api/v1/hazards/export.xlsx?source=public');
      expect(exported.statusCode).toBe(200);
      const strings = zipEntry(exported.rawPayload, 'xl/sharedStrings.xml');
      expect(strings).not.toContain('欧阳秀英');
      expect(strings).not.toContain('13912345678');
    }
    const audits = await t.deps.db.selectFrom('audit_log').select('detail').execute();
    expect(JSON.stringify(audits)).not.toContain('欧阳秀英');
    expect(JSON.stringify(audits)).not.toContain('13912345678');
  });

  it('rectifies and verifies the same hazard twice at once: exactly one wins, the other 409, no 500', async () => {
    for (const round of [1, 2, 3]) {
      const id = await reportAssigned(`井盖破损${round}`);
      expect((await rectifyPhoto(id)).statusCode).toBe(201);
      const rectified = await Promise.all(
        [aux, cadre, aux].map((s) => send(s, 'POST', `/api/v1/hazards/${id}/rectify`, { note: '已更换井盖' })),
      );
      expect(rectified.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const verified = await Promise.all(
        [officer, chief, officer].map((s) => send(s, 'POST', `/api/v1/hazards/${id}/verify`, {})),
      );
      expect(verified.map((r) => r.statusCode).sort()).toEqual([200, 409, 409]);
      const events = await t.deps.db.selectFrom('hazard_events').select('kind').where('hazard_id', '=', id).execute();
      expect(events.filter((e) => e.kind === 'rectified')).toHaveLength(1);
      expect(events.filter((e) => e.kind === 'verified')).toHaveLength(1);
    }
  });
  afterAll(async () => t.close());

  it('records two install counts for the same village and day at once: one row, no 500', async () => {
    const base = await send(aux, 'POST', '/api/v1/antifraud/bases', {
      villageId: town.shuangping.id,
      measure: 'households',
      count: 400,
      effectiveFrom: addMonths(today, -3),
    });
    expect(base.statusCode).toBe(201);
    for (const offset of [-1, -2, -3, -4]) {
      const day = addDays(today, offset);
      const answers = await Promise.all(
        [300, 310, 320].map((installs) =>
          send(aux, 'POST', '/api/v1/antifraud/installs', { villageId: town.shuangping.id, day, installs }),
        ),
      );
      for (const answer of answers) expect([201, 409]).toContain(answer.statusCode);
      const rows = await t.deps.db
        .selectFrom('antifraud_installs')
        .selectAll()
        .where('jurisdiction_id', '=', town.shuangping.id)
        .where('day', '=', day)
        .execute();
      expect(rows).toHaveLength(1);
    }
  });

  it('never lets two edits of one fraud case at once leave more recovered than lost', async () => {
    for (const round of [1, 2, 3, 4]) {
      const created = await send(police, 'POST', '/api/v1/antifraud/cases', {
        villageId: town.shuangping.id,
        type: 'fake_police',
        day: addDays(today, -round),
        lostFen: 20_000,
        recoveredFen: 5_000,
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = String(created.json().id);
      const answers = await Promise.all([
        send(police, 'PATCH', `/api/v1/antifraud/cases/${id}`, { lostFen: 10_000 }),
        send(police, 'PATCH', `/api/v1/antifraud/cases/${id}`, { recoveredFen: 15_000 }),
      ]);
      for (const answer of answers) expect([200, 400, 409]).toContain(answer.statusCode);
      const row = await t.deps.db
        .selectFrom('fraud_cases')
        .select(['lost_fen', 'recovered_fen'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(row.recovered_fen).toBeLessThanOrEqual(row.lost_fen);
    }
  });

  it('sets two bases for the same village and day at once: one row, no 500', async () => {
    for (const offset of [-10, -11, -12]) {
      const effectiveFrom = addMonths(today, offset);
      const answers = await Promise.all(
        [500, 510, 520].map((count) =>
          send(aux, 'POST', '/api/v1/antifraud/bases', {
            villageId: town.shuangping.id,
            measure: 'households',
            count,
            effectiveFrom,
          }),
        ),
      );
      for (const answer of answers) expect([201, 409]).toContain(answer.statusCode);
    }
  });
});
