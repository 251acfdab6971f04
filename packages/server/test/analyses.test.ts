import {
  type AnalysisPeriod,
  addDays,
  analysisKeyOfDay,
  analysisPeriodContaining,
  analysisPeriodOf,
  shanghaiDate,
} from '@fengqiao/domain';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { newId } from '../src/platform/ids';
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
import { insertHazard } from './support/hazard-rows';
import { incidentRow } from './support/incident-rows';
import { createTestApp, type TestApp } from './support/test-app';

interface Figure {
  key: string;
  count: number;
  previous: number | null;
  changeZh: string | null;
}
interface Section {
  module: string;
  figures: Figure[];
  breakdowns: { key: string; rows: { key: string; labelZh: string; count: number }[] }[];
}
interface AnalysisBody {
  id: string;
  kind: string;
  state: string;
  period: { key: string; labelZh: string };
  sections: Section[];
  judgement: string;
  signedByName: string | null;
  actions: string[];
}

const TODAY = shanghaiDate(new Date());
const YESTERDAY = addDays(TODAY, -1);
const THIS_WEEK = analysisKeyOfDay('weekly', TODAY);

function periodOf(kind: 'daily' | 'weekly', key: string): AnalysisPeriod {
  const period = analysisPeriodOf(kind, key);
  if (!period) throw new Error(key);
  return period;
}

/** An instant `minutes` after the Shanghai midnight starting a day. */
function onDay(day: string, minutes: number): string {
  return new Date(Date.parse(periodOf('daily', day).from) + minutes * 60_000).toISOString();
}

function figure(body: AnalysisBody, module: string, key: string): number {
  const found = body.sections.find((s) => s.module === module)?.figures.find((f) => f.key === key);
  if (!found) throw new Error(`${module}.${key}`);
  return found.count;
}

function breakdown(body: AnalysisBody, module: string, key: string) {
  const found = body.sections.find((s) => s.module === module)?.breakdowns.find((b) => b.key === key);
  if (!found) throw new Error(`${module}.${key}`);
  return found.rows;
}

describe.each(testDialects())('daily analysis and weekly judgement on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let zongzhiban: Session;
  let auxiliary: Session;
  let otherChief: Session;
  let chiefUserId = '';
  let serial = 0;

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: s.headers(), ...(payload ? { payload } : {}) });
  const draft = (s: Session, kind: 'daily' | 'weekly', period: string) =>
    send(s, 'POST', '/api/v1/analyses', { kind, period });

  const incident = async (
    jurisdictionId: string,
    receivedAt: string,
    overrides: {
      class_code?: string;
      class_name?: string;
      arrival_late?: number;
      town_id?: string;
      dispute_id?: string;
    } = {},
  ) => {
    serial += 1;
    await insertIncidentRow(
      t.deps.db,
      incidentRow({ id: newId(), townId: town.town.id, jurisdictionId, number: `J${serial}`, receivedAt }, overrides),
    );
  };
  const dutyLog = async (type: 'patrol' | 'mediation', occurredAt: string) => {
    await t.deps.db
      .insertInto('duty_logs')
      .values({
        id: newId(),
        town_id: town.town.id,
        jurisdiction_id: town.shuangping.id,
        type,
        occurred_at: occurredAt,
        occurred_on: shanghaiDate(occurredAt),
        officer_user_id: chiefUserId,
        officer_person_id: null,
        officer_name: '所长',
        place: null,
        note: null,
        created_at: occurredAt,
      })
      .execute();
  };

  /** The figures counted directly, each with its own query (not the sources' ones). */
  const directCounts = async (period: AnalysisPeriod) => {
    const { db } = t.deps;
    const townId = town.town.id;
    const n = async (q: Promise<{ n: number | string | bigint }>) => Number((await q).n);
    const countOf = sql<number>`count(*)`;
    const now = new Date().toISOString();
    const asOf = Date.parse(now) < Date.parse(period.to) ? now : period.to;
    return {
      received: await n(
        db
          .selectFrom('incidents')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where('received_at', '>=', period.from)
          .where('received_at', '<', period.to)
          .executeTakeFirstOrThrow(),
      ),
      // Late: arrived late, or not reached and past its deadline at the period's end (or now, while it runs).
      late: await n(
        db
          .selectFrom('incidents')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where((eb) =>
            eb.or([
              eb('arrival_late', '=', 1),
              eb.and([
                eb('arrived_at', 'is', null),
                eb('state', '<>', 'CLOSED'),
                eb('arrival_deadline_at', '<=', asOf),
              ]),
            ]),
          )
          .where('received_at', '>=', period.from)
          .where('received_at', '<', period.to)
          .executeTakeFirstOrThrow(),
      ),
      disputes: await n(
        db
          .selectFrom('disputes')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where('created_at', '>=', period.from)
          .where('created_at', '<', period.to)
          .executeTakeFirstOrThrow(),
      ),
      referred: await n(
        db
          .selectFrom('incidents')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where('dispute_id', 'is not', null)
          .where('received_at', '>=', period.from)
          .where('received_at', '<', period.to)
          .executeTakeFirstOrThrow(),
      ),
      red: await n(
        db
          .selectFrom('disputes')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where('risk_grade', '=', 'red')
          .where('created_at', '>=', period.from)
          .where('created_at', '<', period.to)
          .executeTakeFirstOrThrow(),
      ),
      overdue: await n(
        db
          .selectFrom('disputes')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where('overdue', '=', 1)
          .executeTakeFirstOrThrow(),
      ),
      duty: await n(
        db
          .selectFrom('duty_logs')
          .select(countOf.as('n'))
          .where('town_id', '=', townId)
          .where('occurred_at', '>=', period.from)
          .where('occurred_at', '<', period.to)
          .executeTakeFirstOrThrow(),
      ),
    };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    chiefUserId = (await createAccount(t.deps, 'an_chief', 'chief', town.town.id)).id;
    await createAccount(t.deps, 'an_officer', 'officer', town.district1.id);
    await createAccount(t.deps, 'an_zzb', 'zongzhiban', town.town.id);
    await createAccount(t.deps, 'an_aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'an_other', 'chief', otherTown.id);
    chief = await loginAs(t.app, 'an_chief');
    officer = await loginAs(t.app, 'an_officer');
    zongzhiban = await loginAs(t.app, 'an_zzb');
    auxiliary = await loginAs(t.app, 'an_aux');
    otherChief = await loginAs(t.app, 'an_other');

    const group = town.groups[town.shuangping.name]?.[0]?.id ?? '';
    // Yesterday: 3 in 双坪 (one in its group) at 09:xx, 2 in 段江 at 21:xx, one of them late; a theft among them.
    await incident(town.shuangping.id, onDay(YESTERDAY, 9 * 60 + 5));
    await incident(group, onDay(YESTERDAY, 9 * 60 + 40), { arrival_late: 1 });
    await incident(town.shuangping.id, onDay(YESTERDAY, 10 * 60), { class_code: '010100', class_name: '盗窃' });
    await incident(town.duanjiang.id, onDay(YESTERDAY, 21 * 60 + 15));
    await incident(town.duanjiang.id, onDay(YESTERDAY, 24 * 60 - 1 / 60));
    // Just outside yesterday (the day before at 23:59), and another town's incident yesterday.
    await incident(town.nanya.id, onDay(YESTERDAY, -1));
    await incident(otherTown.id, onDay(YESTERDAY, 12 * 60), { town_id: otherTown.id });
    await dutyLog('patrol', onDay(YESTERDAY, 20 * 60));
    await dutyLog('patrol', onDay(YESTERDAY, 22 * 60));
    await dutyLog('mediation', onDay(YESTERDAY, 8 * 60));
    // Hazards yesterday: two found (one at 23:59, one fixed the same evening), one found the day before; one overdue.
    await insertHazard(t.deps.db, town.shuangping, onDay(YESTERDAY, 9 * 60), {
      state: 'verified',
      verified_at: onDay(YESTERDAY, 20 * 60),
      source: 'inspection',
    });
    await insertHazard(t.deps.db, town.duanjiang, onDay(YESTERDAY, 24 * 60 - 1 / 60), { due_on: addDays(TODAY, -1) });
    await insertHazard(t.deps.db, town.nanya, onDay(YESTERDAY, -1));

    // Today: three disputes (one red: a group of twelve, one from an incident referred to mediation), one flagged overdue.
    const dispute = async (payload: object) => {
      const res = await send(chief, 'POST', '/api/v1/disputes', {
        jurisdictionId: town.shuangping.id,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里纠纷',
        ...payload,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    await dispute({});
    const fromIncident = await dispute({ source: 'incident' });
    // The incident referred to people's mediation: it names the dispute made from it.
    await incident(town.nanya.id, new Date(Date.now() - 1000).toISOString(), { dispute_id: fromIncident });
    const red = await dispute({ peopleInvolved: 12 });
    await t.deps.db.updateTable('disputes').set({ overdue: 1 }).where('id', '=', red).execute();
    // Two tasks assigned today: one still open past its last day (moved back to yesterday), one open and on time.
    for (const late of [true, false]) {
      const task = await send(chief, 'POST', '/api/v1/tasks', {
        title: '走访排查',
        owner: { kind: 'user', id: chiefUserId },
        dueOn: TODAY,
      });
      expect(task.statusCode, task.body).toBe(201);
      if (late)
        await t.deps.db.updateTable('tasks').set({ due_on: YESTERDAY }).where('id', '=', task.json().id).execute();
    }
  }, 60_000);
  afterAll(async () => t.close());

  it('drafts a day, a week and today with figures equal to direct counts of the town’s records', async () => {
    const res = await draft(chief, 'daily', YESTERDAY);
    expect(res.statusCode, res.body).toBe(201);
    const day = res.json() as AnalysisBody;
    expect(day.state).toBe('draft');
    expect(day.actions).toEqual(['edit', 'regenerate', 'sign', 'print']);
    const direct = await directCounts(periodOf('daily', YESTERDAY));
    expect(direct.received).toBe(5);
    expect(figure(day, 'incidents', 'received')).toBe(direct.received);
    expect(figure(day, 'incidents', 'late')).toBe(direct.late);
    expect(figure(day, 'duty', 'entries')).toBe(direct.duty);
    expect(breakdown(day, 'incidents', 'village').map((r) => [r.labelZh, r.count])).toEqual([
      ['双坪村', 3],
      ['段江村', 2],
    ]);
    expect(breakdown(day, 'incidents', 'class').map((r) => [r.labelZh, r.count])).toEqual([
      ['邻里纠纷', 4],
      ['盗窃', 1],
    ]);
    // Beijing hours: 09:00 twice, then 10, 21, 23.
    expect(breakdown(day, 'incidents', 'hour')[0]).toMatchObject({ key: '9', labelZh: '9时', count: 2 });
    expect(breakdown(day, 'duty', 'type')[0]).toMatchObject({ key: 'patrol', count: 2 });
    expect([figure(day, 'hazards', 'found'), figure(day, 'hazards', 'fixed')]).toEqual([2, 1]);
    expect(breakdown(day, 'hazards', 'source').map((r) => [r.key, r.count])).toEqual([
      ['inspection', 1],
      ['patrol', 1],
    ]);
    expect(day.judgement).toContain('新增警情5起');
    expect(day.judgement).toContain('研判意见：');

    const today = (await draft(chief, 'daily', TODAY)).json() as AnalysisBody;
    const now = await directCounts(periodOf('daily', TODAY));
    expect(now.disputes).toBe(3);
    expect(figure(today, 'disputes', 'registered')).toBe(now.disputes);
    // The statistics' figure, with its 环比 against yesterday (no dispute then).
    const registered = today.sections[1]?.figures.find((f) => f.key === 'registered');
    expect(registered).toMatchObject({ previous: 0, changeZh: '新增3起（上期为0）' });
    expect(now.referred).toBe(1);
    expect(figure(today, 'disputes', 'referred')).toBe(now.referred);
    expect(figure(today, 'disputes', 'red')).toBe(now.red);
    expect(figure(today, 'disputes', 'overdue')).toBe(now.overdue);
    expect(breakdown(today, 'disputes', 'risk').find((r) => r.key === 'red')?.count).toBe(1);
    expect(figure(today, 'tasks', 'assigned')).toBe(2);
    expect(figure(today, 'tasks', 'overdue')).toBe(1);
    expect(figure(today, 'tasks', 'done')).toBe(0);

    const weekRes = await draft(officer, 'weekly', THIS_WEEK);
    expect(weekRes.statusCode, weekRes.body).toBe(201);
    const week = weekRes.json() as AnalysisBody;
    const weekly = await directCounts(periodOf('weekly', THIS_WEEK));
    expect(figure(week, 'incidents', 'received')).toBe(weekly.received);
    expect(figure(week, 'disputes', 'registered')).toBe(weekly.disputes);
    expect(figure(week, 'duty', 'entries')).toBe(weekly.duty);
  });

  it('keeps a draft’s figures until regenerated, and a signed analysis frozen whatever is recorded later', async () => {
    const day = addDays(TODAY, -3);
    const made = (await draft(chief, 'daily', day)).json() as AnalysisBody;
    expect(figure(made, 'incidents', 'received')).toBe(0);
    await incident(town.nanya.id, onDay(day, 600));
    expect(figure((await get(chief, `/api/v1/analyses/${made.id}`)).json(), 'incidents', 'received')).toBe(0);
    const regenerated = await send(chief, 'POST', `/api/v1/analyses/${made.id}/regenerate`);
    expect(figure(regenerated.json(), 'incidents', 'received')).toBe(1);

    const edited = await send(chief, 'PATCH', `/api/v1/analyses/${made.id}`, {
      judgement: '研判意见：南垭村需加强巡逻。',
    });
    expect(edited.json().judgement).toBe('研判意见：南垭村需加强巡逻。');
    const signed = await send(chief, 'POST', `/api/v1/analyses/${made.id}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ state: 'signed', signedByName: 'an_chief', actions: ['archive', 'print'] });

    await incident(town.nanya.id, onDay(day, 700));
    const after = (await get(chief, `/api/v1/analyses/${made.id}`)).json() as AnalysisBody;
    expect(figure(after, 'incidents', 'received')).toBe(1);
    expect(after.judgement).toBe('研判意见：南垭村需加强巡逻。');
    for (const res of [
      await send(chief, 'PATCH', `/api/v1/analyses/${made.id}`, { judgement: '改' }),
      await send(chief, 'POST', `/api/v1/analyses/${made.id}/regenerate`),
      await send(chief, 'POST', `/api/v1/analyses/${made.id}/sign`),
    ]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ANALYSIS_SIGNED');
    }
    const archived = await send(chief, 'POST', `/api/v1/analyses/${made.id}/archive`);
    expect(archived.json()).toMatchObject({ state: 'archived', actions: ['print'] });
    expect((await send(chief, 'POST', `/api/v1/analyses/${made.id}/archive`)).json().error.code).toBe(
      'ANALYSIS_NOT_SIGNED',
    );
  });

  it('refuses bad periods, duplicates and an empty judgement with stable codes, writing nothing', async () => {
    const before = { analyses: await countRows(t.deps, 'analyses'), audit: await countRows(t.deps, 'audit_log') };
    const cases: [object, number, string][] = [
      [{ kind: 'daily', period: addDays(TODAY, 1) }, 400, 'PERIOD_IN_FUTURE'],
      [{ kind: 'weekly', period: analysisKeyOfDay('weekly', addDays(TODAY, 7)) }, 400, 'PERIOD_IN_FUTURE'],
      [{ kind: 'daily', period: '2026-02-30' }, 400, 'PERIOD_INVALID'],
      [{ kind: 'weekly', period: '2025-W53' }, 400, 'PERIOD_INVALID'],
      [{ kind: 'weekly', period: YESTERDAY }, 400, 'PERIOD_INVALID'],
      [{ kind: 'daily', period: 'yesterday' }, 400, 'VALIDATION_FAILED'],
      [{ kind: 'monthly', period: YESTERDAY }, 400, 'VALIDATION_FAILED'],
      [{ kind: 'daily', period: YESTERDAY }, 409, 'ANALYSIS_EXISTS'],
    ];
    for (const [payload, status, code] of cases) {
      const res = await send(chief, 'POST', '/api/v1/analyses', payload);
      expect([res.statusCode, res.json().error?.code], JSON.stringify(payload)).toEqual([status, code]);
    }
    const empty = (await draft(chief, 'daily', addDays(TODAY, -5))).json() as AnalysisBody;
    await send(chief, 'PATCH', `/api/v1/analyses/${empty.id}`, { judgement: '   ' });
    const refused = await send(chief, 'POST', `/api/v1/analyses/${empty.id}/sign`);
    expect([refused.statusCode, refused.json().error.code]).toEqual([400, 'ANALYSIS_JUDGEMENT_REQUIRED']);
    expect((await get(chief, `/api/v1/analyses/${empty.id}`)).json().state).toBe('draft');
    // The draft and its edit are the only rows written (with their two audit rows).
    expect(await countRows(t.deps, 'analyses')).toBe(before.analyses + 1);
    expect(await countRows(t.deps, 'audit_log')).toBe(before.audit + 2);
  });

  it('lets the town read, the writers write and sign, and answers 404 to a village auxiliary and another town', async () => {
    const made = (await draft(chief, 'daily', addDays(TODAY, -6))).json() as AnalysisBody;
    const url = `/api/v1/analyses/${made.id}`;
    expect((await get(zongzhiban, url)).json().actions).toEqual(['print']);
    expect((await send(zongzhiban, 'PATCH', url, { judgement: '改' })).statusCode).toBe(403);
    expect((await send(zongzhiban, 'POST', `${url}/sign`)).statusCode).toBe(403);
    expect((await draft(zongzhiban, 'daily', addDays(TODAY, -7))).statusCode).toBe(403);
    for (const session of [auxiliary, otherChief]) {
      expect((await get(session, url)).statusCode).toBe(404);
      expect((await get(session, `${url}/print`)).statusCode).toBe(404);
      expect((await send(session, 'PATCH', url, { judgement: '改' })).statusCode).toBe(404);
      expect((await send(session, 'POST', `${url}/sign`)).statusCode).toBe(404);
    }
    expect((await get(auxiliary, '/api/v1/analyses')).statusCode).toBe(403);
    expect((await get(otherChief, '/api/v1/analyses')).json().items).toEqual([]);
    expect((await get(officer, url)).json().actions).toEqual(['edit', 'regenerate', 'sign', 'print']);
    expect((await send(officer, 'POST', `${url}/sign`)).json().state).toBe('signed');
  });

  it('lists the archive by kind, state and period, newest first, page by page', async () => {
    const list = async (query: string) => (await get(chief, `/api/v1/analyses?${query}`)).json();
    const daily = await list('kind=daily');
    expect(daily.actions).toEqual(['create']);
    const days = daily.items.map((i: AnalysisBody) => i.period.key);
    expect(days).toEqual([...days].sort().reverse());
    expect(days[0]).toBe(TODAY);
    expect((await list('kind=weekly')).items.map((i: AnalysisBody) => i.period.key)).toEqual([THIS_WEEK]);
    expect((await list('state=draft')).items.every((i: AnalysisBody) => i.state === 'draft')).toBe(true);
    const ranged = await list(`kind=daily&from=${addDays(TODAY, -4)}&to=${YESTERDAY}`);
    expect(ranged.items.map((i: AnalysisBody) => i.period.key)).toEqual([YESTERDAY, addDays(TODAY, -3)]);
    const first = await list('kind=daily&limit=2');
    const second = await list(`kind=daily&limit=2&cursor=${first.nextCursor}`);
    expect([...first.items, ...second.items].map((i: AnalysisBody) => i.period.key)).toEqual(days.slice(0, 4));
    expect((await get(zongzhiban, '/api/v1/analyses')).json().actions).toEqual([]);
  });

  it('prints a draft with the 草稿 watermark and 未签发, a signed one with its signer', async () => {
    const list = (await get(chief, '/api/v1/analyses?state=draft&kind=daily')).json();
    const draftId = list.items[0].id as string;
    const page = await get(chief, `/api/v1/analyses/${draftId}/print`);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('class="watermark"');
    expect(page.body).toContain('草稿');
    expect(page.body).toContain('未签发');
    await send(chief, 'POST', `/api/v1/analyses/${draftId}/sign`);
    const signed = await get(chief, `/api/v1/analyses/${draftId}/print`);
    expect(signed.body).not.toContain('未签发');
    expect(signed.body).not.toContain('class="watermark"');
    expect(signed.body).toContain('签发人：an_chief');
  });

  it('audits every change and every print with the analysis as its target', async () => {
    const rows = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target_type', 'target_id'])
      .where('action', 'like', 'analysis.%')
      .execute();
    const actions = new Set(rows.map((r) => r.action));
    expect([...actions].sort()).toEqual([
      'analysis.archive',
      'analysis.create',
      'analysis.print',
      'analysis.regenerate',
      'analysis.sign',
      'analysis.update',
    ]);
    expect(rows.every((r) => r.target_type === 'analysis' && r.target_id)).toBe(true);
    expect(rows.filter((r) => r.action === 'analysis.create')).toHaveLength(await countRows(t.deps, 'analyses'));
  });

  it('knows which period contains an instant (the web’s “today” and “this week”)', () => {
    expect(analysisPeriodContaining('daily', new Date()).key).toBe(TODAY);
    expect(analysisPeriodContaining('weekly', new Date()).key).toBe(THIS_WEEK);
  });
});
