import {
  type AntifraudActivity,
  type AntifraudCoverage,
  addDays,
  addMonths,
  type FraudCase,
  type FraudCaseSummary,
  type Page,
  type StatsCounters,
  shanghaiDate,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import { countRows, createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { multipart } from './support/multipart';
import { createTestApp, type TestApp } from './support/test-app';
import { PDF, PNG } from './support/upload-files';

describe.each(testDialects())('anti-fraud on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let cadre: Session;
  let department: Session;
  const today = shanghaiDate(new Date());
  const monthAgo = addMonths(today, -1);

  const send = (s: Session, method: 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const audits = async (action: string) =>
    t.deps.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'cadre', 'village_cadre', town.shuangping.id);
    await createAccount(t.deps, 'dept', 'department', town.town.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    cadre = await loginAs(t.app, 'cadre');
    department = await loginAs(t.app, 'dept');
  });
  afterAll(async () => t.close());

  describe('bases and installs', () => {
    it('refuses installs without a base, above the base, negative or in the future, writing nothing', async () => {
      const before = await countRows(t.deps, 'antifraud_installs');
      const missing = await send(aux, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.shuangping.id,
        day: today,
        installs: 10,
      });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().error.code).toBe('ANTIFRAUD_BASE_MISSING');
      const base = await send(aux, 'POST', '/api/v1/antifraud/bases', {
        villageId: town.shuangping.id,
        measure: 'households',
        count: 400,
        effectiveFrom: addMonths(today, -3),
      });
      expect(base.statusCode).toBe(201);
      const above = await send(aux, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.shuangping.id,
        day: today,
        installs: 401,
      });
      expect(above.statusCode).toBe(400);
      expect(above.json().error).toMatchObject({
        code: 'ANTIFRAUD_INSTALLS_ABOVE_BASE',
        messageZh: expect.any(String),
      });
      const negative = await send(aux, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.shuangping.id,
        day: today,
        installs: -1,
      });
      expect(negative.statusCode).toBe(400);
      const future = await send(aux, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.shuangping.id,
        day: addDays(today, 2),
        installs: 1,
      });
      expect(future.json().error.code).toBe('ANTIFRAUD_DAY_IN_FUTURE');
      expect(await countRows(t.deps, 'antifraud_installs')).toBe(before);
    });

    it('gives coverage per village and for the town, with the change since a month before in 百分点', async () => {
      for (const [day, installs] of [
        [monthAgo, 360],
        [today, 392],
      ] as const) {
        const res = await send(aux, 'POST', '/api/v1/antifraud/installs', {
          villageId: town.shuangping.id,
          day,
          installs,
        });
        expect(res.statusCode).toBe(201);
      }
      await send(chief, 'POST', '/api/v1/antifraud/bases', {
        villageId: town.nanya.id,
        measure: 'residents',
        count: 1000,
        effectiveFrom: addMonths(today, -2),
      });
      await send(chief, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.nanya.id,
        day: monthAgo,
        installs: 950,
      });
      await send(chief, 'POST', '/api/v1/antifraud/installs', { villageId: town.nanya.id, day: today, installs: 990 });
      const res = await get(chief, '/api/v1/antifraud/coverage');
      expect(res.statusCode).toBe(200);
      const coverage = res.json() as AntifraudCoverage;
      expect(coverage.previousDay).toBe(monthAgo);
      const shuangping = coverage.villages.find((row) => row.villageId === town.shuangping.id);
      expect(shuangping).toMatchObject({
        measure: 'households',
        base: 400,
        installs: 392,
        percent: 98,
        previousPercent: 90,
        change: { kind: 'up', points: 8, textZh: '提高8.0个百分点' },
        actions: ['record'],
      });
      // 段江村 has no base: shown, but counted nowhere.
      expect(coverage.villages.find((row) => row.villageId === town.duanjiang.id)).toMatchObject({
        base: null,
        percent: null,
        change: null,
      });
      // (392 + 990) ÷ (400 + 1000) = 98.7 %; a month before (360 + 950) ÷ 1400 = 93.6 %.
      expect(coverage.total).toMatchObject({ base: 1400, installs: 1382, percent: 98.7, previousPercent: 93.6 });
      expect(coverage.total.change?.textZh).toBe('提高5.1个百分点');
      // As of a month ago the same figures stand back then.
      const back = (await get(chief, `/api/v1/antifraud/coverage?day=${monthAgo}`)).json() as AntifraudCoverage;
      expect(back.villages.find((row) => row.villageId === town.shuangping.id)?.percent).toBe(90);
    });

    it('replaces a day’s count, refuses a base below counted installs, and keeps the history', async () => {
      const again = await send(aux, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.shuangping.id,
        day: today,
        installs: 395,
      });
      expect(again.statusCode).toBe(201);
      const lowered = await send(aux, 'POST', '/api/v1/antifraud/bases', {
        villageId: town.shuangping.id,
        measure: 'households',
        count: 380,
        effectiveFrom: addDays(monthAgo, 1),
      });
      expect(lowered.json().error.code).toBe('ANTIFRAUD_BASE_BELOW_INSTALLS');
      const history = (await get(aux, `/api/v1/antifraud/villages/${town.shuangping.id}/history`)).json();
      expect(history.bases.map((b: { count: number }) => b.count)).toEqual([400]);
      expect(history.installs.map((i: { installs: number }) => i.installs)).toEqual([360, 395]);
      const recorded = await audits('antifraud.installs.record');
      expect(recorded.at(-1)).toMatchObject({ target_type: 'antifraud_coverage', target_id: town.shuangping.id });
      expect(JSON.parse(String(recorded.at(-1)?.detail))).toMatchObject({ installs: 395, before: { installs: 392 } });
    });

    it('refuses a count above a later, lower base it would stand against until the next count', async () => {
      // 南垭村: 1000 residents from two months ago; counts a month ago (950) and today (990).
      const lowered = await send(chief, 'POST', '/api/v1/antifraud/bases', {
        villageId: town.nanya.id,
        measure: 'residents',
        count: 960,
        effectiveFrom: addDays(monthAgo, 2),
      });
      expect(lowered.json().error.code).toBe('ANTIFRAUD_BASE_BELOW_INSTALLS');
      const set = await send(chief, 'POST', '/api/v1/antifraud/bases', {
        villageId: town.nanya.id,
        measure: 'residents',
        count: 990,
        effectiveFrom: addDays(monthAgo, 2),
      });
      expect(set.statusCode).toBe(201);
      // 995 on the day after a month ago would stand against the base of 990 from the day after.
      const above = await send(chief, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.nanya.id,
        day: addDays(monthAgo, 1),
        installs: 995,
      });
      expect(above.json().error.code).toBe('ANTIFRAUD_INSTALLS_ABOVE_BASE');
    });

    it('lets a village auxiliary see and record his village only; a department sees nothing', async () => {
      const own = (await get(aux, '/api/v1/antifraud/coverage')).json() as AntifraudCoverage;
      expect(own.villages.map((row) => row.villageId)).toEqual([town.shuangping.id]);
      const other = await send(aux, 'POST', '/api/v1/antifraud/installs', {
        villageId: town.nanya.id,
        day: today,
        installs: 1,
      });
      expect(other.statusCode).toBe(404);
      expect(other.json().error.code).toBe('ANTIFRAUD_PLACE_NOT_FOUND');
      expect((await get(aux, `/api/v1/antifraud/villages/${town.nanya.id}/history`)).statusCode).toBe(404);
      const cadreView = (await get(cadre, '/api/v1/antifraud/coverage')).json() as AntifraudCoverage;
      expect(cadreView.villages[0]?.actions).toEqual([]);
      for (const url of ['/api/v1/antifraud/coverage', '/api/v1/antifraud/activities', '/api/v1/antifraud/cases']) {
        expect((await get(department, url)).statusCode, url).toBe(403);
      }
    });
  });

  describe('activities', () => {
    let activityId = '';

    it('records a village’s activity and a town-wide one, with photos, for the readers of each', async () => {
      const made = await send(aux, 'POST', '/api/v1/antifraud/activities', {
        jurisdictionId: town.shuangping.id,
        type: 'door_to_door',
        venue: '双坪村一组',
        day: today,
        audience: 45,
      });
      expect(made.statusCode).toBe(201);
      activityId = made.json().id;
      const townWide = await send(aux, 'POST', '/api/v1/antifraud/activities', {
        jurisdictionId: town.town.id,
        type: 'sms',
        venue: '全镇',
        day: today,
        audience: 5000,
      });
      expect(townWide.statusCode).toBe(404);
      const byChief = await send(chief, 'POST', '/api/v1/antifraud/activities', {
        jurisdictionId: town.town.id,
        type: 'sms',
        venue: '全镇',
        day: today,
        audience: 5000,
      });
      expect(byChief.json()).toMatchObject({ villageId: null, placeName: '马良镇' });
      const photo = multipart(PNG, { filename: 'a.png' });
      const uploaded = await t.app.inject({
        method: 'POST',
        url: `/api/v1/antifraud/activities/${activityId}/photos`,
        headers: aux.headers(photo.headers),
        payload: photo.payload,
      });
      expect(uploaded.statusCode).toBe(201);
      const pdf = multipart(PDF, { filename: 'a.pdf' });
      const refused = await t.app.inject({
        method: 'POST',
        url: `/api/v1/antifraud/activities/${activityId}/photos`,
        headers: aux.headers(pdf.headers),
        payload: pdf.payload,
      });
      expect(refused.statusCode).toBe(415);
      const download = await get(cadre, `/api/v1/antifraud/activity-photos/${uploaded.json().id}/download`);
      expect(download.statusCode).toBe(200);
      const own = (await get(aux, '/api/v1/antifraud/activities')).json() as Page<AntifraudActivity>;
      expect(own.items.map((a) => a.id)).toEqual([activityId]);
      expect(own.items[0]).toMatchObject({ photos: [uploaded.json().id], actions: ['edit', 'delete', 'photo'] });
      const all = (await get(chief, '/api/v1/antifraud/activities')).json() as Page<AntifraudActivity>;
      expect(all.items).toHaveLength(2);
      expect(await audits('antifraud.activity.create')).toHaveLength(2);
      expect(await audits('antifraud.activity.photo.create')).toHaveLength(1);
    });

    it('changes and deletes an activity, refusing a negative audience', async () => {
      const negative = await send(aux, 'PATCH', `/api/v1/antifraud/activities/${activityId}`, { audience: -5 });
      expect(negative.statusCode).toBe(400);
      const changed = await send(aux, 'PATCH', `/api/v1/antifraud/activities/${activityId}`, { audience: 60 });
      expect(changed.json().audience).toBe(60);
      expect((await send(cadre, 'DELETE', `/api/v1/antifraud/activities/${activityId}`)).statusCode).toBe(403);
      expect((await send(aux, 'DELETE', `/api/v1/antifraud/activities/${activityId}`)).statusCode).toBe(204);
      expect((await get(aux, `/api/v1/antifraud/activities/${activityId}`)).statusCode).toBe(404);
      expect(await countRows(t.deps, 'antifraud_activity_photos')).toBe(0);
    });
  });

  describe('cases and days since the last one', () => {
    it('is null with no case; 0 for a case today, 1 for yesterday (Shanghai days), on the dashboard too', async () => {
      const none = (await get(chief, '/api/v1/antifraud/cases/summary')).json() as FraudCaseSummary;
      expect(none).toMatchObject({ lastCaseDay: null, daysSinceLastCase: null });
      const counters = async () =>
        ((await get(chief, '/api/v1/stats/counters')).json() as StatsCounters).counters.find(
          (c) => c.key === 'days_since_fraud',
        );
      expect((await counters())?.value).toBeNull();
      const yesterday = await send(officer, 'POST', '/api/v1/antifraud/cases', {
        villageId: town.nanya.id,
        type: 'rebate_task',
        day: addDays(today, -1),
        lostFen: 1_234_56,
      });
      expect(yesterday.statusCode).toBe(201);
      expect(yesterday.json()).toMatchObject({ lostFen: 123456, recoveredFen: 0, actions: ['edit'] });
      expect(((await get(chief, '/api/v1/antifraud/cases/summary')).json() as FraudCaseSummary).daysSinceLastCase).toBe(
        1,
      );
      expect((await counters())?.value).toBe(1);
      await send(chief, 'POST', '/api/v1/antifraud/cases', {
        villageId: town.duanjiang.id,
        type: 'fake_police',
        day: today,
        lostFen: 5000_00,
        recoveredFen: 1000_00,
      });
      expect(((await get(chief, '/api/v1/antifraud/cases/summary')).json() as FraudCaseSummary).daysSinceLastCase).toBe(
        0,
      );
      expect((await counters())?.value).toBe(0);
      // The auxiliary of 双坪村 sees no case of his village.
      const own = (await get(aux, '/api/v1/antifraud/cases/summary')).json() as FraudCaseSummary;
      expect(own.daysSinceLastCase).toBeNull();
      expect(((await get(aux, '/api/v1/antifraud/cases')).json() as Page<FraudCase>).items).toEqual([]);
    });

    it('refuses recovered above lost and negative money, writing nothing; only the police record cases', async () => {
      const before = await countRows(t.deps, 'fraud_cases');
      const over = await send(chief, 'POST', '/api/v1/antifraud/cases', {
        villageId: town.nanya.id,
        type: 'online_loan',
        day: today,
        lostFen: 100,
        recoveredFen: 101,
      });
      expect(over.statusCode).toBe(400);
      expect(over.json().error.code).toBe('FRAUD_RECOVERED_ABOVE_LOST');
      const negative = await send(chief, 'POST', '/api/v1/antifraud/cases', {
        villageId: town.nanya.id,
        type: 'online_loan',
        day: today,
        lostFen: -1,
      });
      expect(negative.statusCode).toBe(400);
      const byAux = await send(aux, 'POST', '/api/v1/antifraud/cases', {
        villageId: town.shuangping.id,
        type: 'online_loan',
        day: today,
        lostFen: 100,
      });
      expect(byAux.statusCode).toBe(403);
      expect(await countRows(t.deps, 'fraud_cases')).toBe(before);
      const [first] = ((await get(chief, '/api/v1/antifraud/cases')).json() as Page<FraudCase>).items;
      const patch = await send(chief, 'PATCH', `/api/v1/antifraud/cases/${first?.id}`, { recoveredFen: 6000_00 });
      expect(patch.json().error.code).toBe('FRAUD_RECOVERED_ABOVE_LOST');
      const ok = await send(chief, 'PATCH', `/api/v1/antifraud/cases/${first?.id}`, { recoveredFen: 4000_00 });
      expect(ok.json().recoveredFen).toBe(400000);
      const updated = await audits('antifraud.case.update');
      expect(updated).toHaveLength(1);
      expect(JSON.parse(String(updated[0]?.detail))).toMatchObject({ after: { recoveredFen: 400000 } });
    });
  });

  describe('exports', () => {
    it('exports each register as a workbook, one audit row each', async () => {
      for (const [url, name] of [
        ['/api/v1/antifraud/activities/export.xlsx', 'antifraud-activities'],
        ['/api/v1/antifraud/cases/export.xlsx', 'fraud-cases'],
        ['/api/v1/antifraud/coverage/export.xlsx', 'antifraud-coverage'],
      ] as const) {
        const res = await get(chief, url);
        expect(res.statusCode, url).toBe(200);
        expect(res.headers['content-type']).toContain('spreadsheetml');
        expect(String(res.headers['content-disposition'])).toContain(name);
      }
      const exports = await audits('antifraud.export');
      expect(exports.map((row) => JSON.parse(String(row.detail)).list)).toEqual(['activities', 'cases', 'coverage']);
      expect((await get(department, '/api/v1/antifraud/cases/export.xlsx')).statusCode).toBe(403);
    });
  });
});
