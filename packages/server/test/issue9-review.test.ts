import { addDays, type Meeting, type MonthlyReport, type StatsSnapshot, shanghaiDate } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { monthlyReportXlsx } from '../src/modules/reports/report-xlsx';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const DAY_MS = 86_400_000;

/** Regression tests of the issue #9 review's findings (one `it` per finding). */
describe.each(testDialects())('issue #9 review findings on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let zongzhiban: Session;
  const send = (s: Session, url: string, payload: object = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(), payload });
  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id);
    chief = await loginAs(t.app, 'chief');
    zongzhiban = await loginAs(t.app, 'zzb');
  });
  afterAll(async () => t?.close());

  it("gives a meeting's frozen figures drill links only to a reader who may open those lists", async () => {
    const created = await send(chief, '/api/v1/meetings', {
      startsAt: new Date(Date.now() - 2 * DAY_MS).toISOString(),
      place: '马良镇派出所会议室',
    });
    expect(created.statusCode, created.body).toBe(201);
    const held = await send(chief, `/api/v1/meetings/${created.json().id}/hold`);
    expect(held.statusCode, held.body).toBe(200);
    const links = (snapshot: StatsSnapshot | null) => {
      const byModule = new Map<string, number>();
      const add = (measure: string, link: unknown) => {
        const module = measure.split('.')[0] ?? '';
        byModule.set(module, (byModule.get(module) ?? 0) + (link ? 1 : 0));
      };
      for (const figure of snapshot?.figures ?? []) {
        add(figure.measure, figure.drill);
        add(figure.measure, figure.lastYearDrill);
        add(figure.measure, figure.previousDrill);
      }
      for (const rate of snapshot?.rates ?? []) {
        add(rate.measure, rate.drill);
        add(rate.measure, rate.denominatorDrill);
      }
      for (const breakdown of snapshot?.breakdowns ?? []) {
        for (const row of breakdown.rows) add(breakdown.measure, row.drill);
      }
      return Object.fromEntries(byModule);
    };
    // The chief reads incidents and disputes: links to both lists.
    const asChief = links((held.json() as Meeting).snapshot);
    expect(asChief.incidents).toBeGreaterThan(0);
    expect(asChief.disputes).toBeGreaterThan(0);
    // 综治办 reads the disputes but not the incident list: the figures the chief froze carry no incident links for it.
    const read = await get(zongzhiban, `/api/v1/meetings/${created.json().id}`);
    expect(read.statusCode).toBe(200);
    const asZongzhiban = links((read.json() as Meeting).snapshot);
    expect(asZongzhiban.incidents).toBe(0);
    expect(asZongzhiban.disputes).toBe(asChief.disputes);
  });

  it('neutralises a dispute summary or party name typed as a formula in the disputes export', async () => {
    const made = await send(chief, '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'forest_land',
      source: 'screening',
      summary: "=cmd|' /C calc'!A0",
      parties: [{ role: 'applicant', name: '@SUM(1+1)' }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const file = await get(chief, '/api/v1/disputes/export.xlsx');
    expect(file.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Uint8Array.from(file.rawPayload).buffer);
    const row = workbook.worksheets[0]
      ?.getRows(2, (workbook.worksheets[0]?.rowCount ?? 1) - 1)
      ?.find((r) => r.getCell(1).text === made.json().number);
    expect(row?.getCell(7).value).toBe("'=cmd|' /C calc'!A0");
    expect(row?.getCell(8).value).toBe("'@SUM(1+1)");
  });

  it('refuses a meeting that would review a month not yet begun on its day (it could never be held)', async () => {
    const before = await t.deps.db.selectFrom('meetings').select('id').execute();
    const startsAt = '2026-05-08T09:00:00+08:00';
    for (const month of ['2026-06', '2099-01']) {
      const res = await send(chief, '/api/v1/meetings', { startsAt, place: '会议室', month });
      expect(res.statusCode, month).toBe(400);
      expect(res.json().error.code).toBe('PERIOD_IN_FUTURE');
    }
    expect(await t.deps.db.selectFrom('meetings').select('id').execute()).toHaveLength(before.length);
    // The month of the meeting itself (figures so far) and any earlier month stay possible.
    const draft = await send(chief, '/api/v1/meetings', { startsAt, place: '会议室', month: '2026-05' });
    expect(draft.statusCode, draft.body).toBe(201);
    // Moving the draft's day before its month, or its month after its day, is refused the same way.
    const id = draft.json().id as string;
    for (const payload of [{ startsAt: '2026-04-30T09:00:00+08:00' }, { month: '2026-07' }]) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/v1/meetings/${id}`,
        headers: chief.headers(),
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('PERIOD_IN_FUTURE');
    }
    expect((await get(chief, `/api/v1/meetings/${id}`)).json()).toMatchObject({ month: '2026-05', day: '2026-05-08' });
  });

  it('refuses a meeting more than a year and a day ahead, on create and when its day moves (a mistyped year)', async () => {
    const before = await t.deps.db.selectFrom('meetings').select('id').execute();
    const farDay = addDays(shanghaiDate(new Date()), 367);
    const res = await send(chief, '/api/v1/meetings', { startsAt: `${farDay}T09:00:00+08:00`, place: '会议室' });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error.code).toBe('MEETING_TOO_FAR_AHEAD');
    expect(await t.deps.db.selectFrom('meetings').select('id').execute()).toHaveLength(before.length);
    const draft = await send(chief, '/api/v1/meetings', { startsAt: new Date().toISOString(), place: '会议室' });
    expect(draft.statusCode, draft.body).toBe(201);
    const moved = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/meetings/${draft.json().id}`,
      headers: chief.headers(),
      payload: { startsAt: `${farDay}T09:00:00+08:00` },
    });
    expect(moved.statusCode).toBe(400);
    expect(moved.json().error.code).toBe('MEETING_TOO_FAR_AHEAD');
  });

  it('refuses a dashboard year to date that ends after today', async () => {
    const tomorrow = addDays(shanghaiDate(new Date()), 1);
    for (const query of [`period=ytd&key=${tomorrow}`, `period=ytd&key=${addDays(tomorrow, 30)}`]) {
      const res = await get(chief, `/api/v1/stats/dashboard?${query}`);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error.code).toBe('PERIOD_IN_FUTURE');
    }
  });

  it('lets one of two simultaneous holds or signs win, the other 409, with one audit row', async () => {
    const meeting = await send(chief, '/api/v1/meetings', {
      startsAt: new Date(Date.now() - 3 * DAY_MS).toISOString(),
      place: '会议室',
    });
    const id = meeting.json().id as string;
    const holds = await Promise.all([1, 2].map(() => send(chief, `/api/v1/meetings/${id}/hold`)));
    expect(holds.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const holdRows = await t.deps.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'meeting.hold')
      .where('target_id', '=', id)
      .execute();
    expect(holdRows).toHaveLength(1);
    const analysis = await send(chief, '/api/v1/analyses', {
      kind: 'daily',
      period: addDays(shanghaiDate(new Date()), -2),
    });
    const analysisId = analysis.json().id as string;
    const signs = await Promise.all([1, 2].map(() => send(chief, `/api/v1/analyses/${analysisId}/sign`)));
    expect(signs.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const signRows = await t.deps.db
      .selectFrom('audit_log')
      .select('seq')
      .where('action', '=', 'analysis.sign')
      .where('target_id', '=', analysisId)
      .execute();
    expect(signRows).toHaveLength(1);
  });

  it('audits the print of an analysis like every other print', async () => {
    const yesterday = addDays(shanghaiDate(new Date()), -1);
    const created = await send(chief, '/api/v1/analyses', { kind: 'daily', period: yesterday });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    const printed = await get(chief, `/api/v1/analyses/${id}/print`);
    expect(printed.statusCode).toBe(200);
    const rows = await t.deps.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'analysis.print')
      .where('target_id', '=', id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]?.target_type).toBe('analysis');
    // A reader outside the town gets the same 404 as for a missing analysis, and no print is recorded.
    expect((await get(zongzhiban, '/api/v1/analyses/nope/print')).statusCode).toBe(404);
  });
});

describe('the monthly report workbook', () => {
  it('neutralises text a spreadsheet would take for a formula (a code-table name typed as =cmd|…)', async () => {
    const hostile = ["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(A1)', '\t=1', '＝HYPERLINK("x")'];
    const report: MonthlyReport = {
      townId: 't',
      townName: '马良镇',
      month: '2026-04',
      labelZh: '2026年4月',
      labelEn: 'April 2026',
      firstDay: '2026-04-01',
      lastDay: '2026-04-30',
      asOf: '2026-05-01T00:00:00.000Z',
      complete: true,
      actions: [],
      sections: [
        {
          key: 'incidents',
          titleZh: '一、警情',
          titleEn: 'Incidents',
          available: true,
          figures: [],
          notes: [],
          tables: [
            {
              key: 'by_class',
              titleZh: '按类别',
              titleEn: 'By class',
              columnZh: '类别',
              columnEn: 'Class',
              total: hostile.length,
              rows: hostile.map((label, index) => ({
                key: `k${index}`,
                labelZh: label,
                labelEn: label,
                count: 1,
                lastYear: 0,
                drill: null,
              })),
            },
          ],
        },
      ],
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await monthlyReportXlsx(report)) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('报告');
    const first: unknown[] = [];
    const second: unknown[] = [];
    sheet?.eachRow((row) => {
      first.push(row.getCell(1).value);
      second.push(row.getCell(2).value);
      row.eachCell((cell) => expect(cell.formula).toBeUndefined());
    });
    for (const label of hostile) {
      const cell = first.find((value) => typeof value === 'string' && value.endsWith(label.trim()));
      expect(cell, label).toBe(`'${label}`);
    }
    // Counts stay numbers a reader can sum.
    expect(second).toContain(1);
  });
});
