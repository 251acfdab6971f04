import { addMonths, monthSpan, shanghaiDate } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../src/db/json-column';
import { createAssignmentRow } from '../src/modules/directory/assignments.repository';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { UsersService } from '../src/modules/users/users.service';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { downloadName } from './support/downloads';
import {
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  SYSTEM,
  seedSmallTown,
  TEST_PASSWORD,
} from './support/fixtures';
import { incidentRow } from './support/incident-rows';
import { QueryCounter } from './support/query-counter';
import { createTestApp, type TestApp } from './support/test-app';

interface ItemBody {
  item: string;
  actual: number | null;
  met: number | null;
  of: number | null;
  target: number;
  weight: number;
  computedPoints: number;
  points: number;
  adjustment: { kind: string; points: number; reason: string } | null;
}
interface ScorecardBody {
  month: string;
  officer: { personId: string; name: string; districtName: string };
  items: ItemBody[];
  total: number;
  computedTotal: number;
  status: string;
  signedByName: string | null;
  actions: string[];
}
interface RecordBody {
  kind: string;
  id: string;
  at: string;
  label: string;
  refType: string;
  refId: string;
  met: boolean | null;
}

const THIS_MONTH = shanghaiDate(new Date()).slice(0, 7);
const LAST_MONTH = addMonths(`${THIS_MONTH}-01`, -1).slice(0, 7);
const SPAN = monthSpan(LAST_MONTH);
/** An instant `minutes` after the start of last month (Shanghai). */
const at = (minutes: number) => new Date(Date.parse(SPAN.from) + minutes * 60_000).toISOString();
const DAY = 24 * 60;

describe.each(testDialects())('monthly assessment on %s', (dialect) => {
  const counter = new QueryCounter();
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let auxA: Session;
  const person: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  const userOf: Record<'a' | 'b' | 'c', string> = { a: '', b: '', c: '' };
  let disputeId = '';

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PUT', url: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const card = (s: Session, month: string, personId: string) =>
    get(s, `/api/v1/assessments/${month}/officers/${personId}`);
  const item = (body: ScorecardBody, name: string) => {
    const found = body.items.find((i) => i.item === name);
    if (!found) throw new Error(name);
    return found;
  };
  const auditActions = async () =>
    (await t.deps.db.selectFrom('audit_log').select('action').execute()).map((row) => row.action);

  const addOfficer = async (key: 'a' | 'b' | 'c', village: JurisdictionRow, name: string) => {
    const row = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: village.id,
      name,
      kind: 'staff',
    });
    await insertPersonRow(t.deps.db, row);
    await createAssignmentRow(t.deps.db, {
      townId: town.town.id,
      personId: row.id,
      jurisdictionId: village.id,
      duty: 'village_auxiliary',
    });
    const user = await t.deps.db.transaction().execute((tx) =>
      new UsersService(t.deps).provision(tx, SYSTEM, {
        username: `aux_${key}`,
        displayName: name,
        password: TEST_PASSWORD,
        personId: row.id,
        roles: [{ role: 'auxiliary', jurisdictionId: village.id }],
      }),
    );
    person[key] = row.id;
    userOf[key] = user.id;
  };

  const dutyLog = async (key: 'a' | 'b' | 'c', type: 'patrol' | 'mediation' | 'video_patrol', occurredAt: string) => {
    const village = key === 'c' ? town.duanjiang : key === 'b' ? town.nanya : town.shuangping;
    const id = newId();
    await t.deps.db
      .insertInto('duty_logs')
      .values({
        id,
        town_id: town.town.id,
        jurisdiction_id: village.id,
        type,
        occurred_at: occurredAt,
        occurred_on: shanghaiDate(occurredAt),
        officer_user_id: userOf[key],
        officer_person_id: person[key],
        officer_name: key,
        place: `${village.name}1组`,
        note: null,
        created_at: occurredAt,
      })
      .execute();
    return id;
  };

  let incidentSerial = 0;
  const incident = async (
    key: 'a' | 'b' | 'c',
    stamps: { received: number; dispatched: number; acked: number; arrived: number | null },
  ) => {
    incidentSerial += 1;
    const id = newId();
    const received = at(stamps.received);
    await t.deps.db
      .insertInto('incidents')
      .values(
        incidentRow(
          {
            id,
            townId: town.town.id,
            jurisdictionId: town.shuangping.id,
            number: `J${incidentSerial}`,
            receivedAt: received,
          },
          {
            state: stamps.arrived === null ? 'ACKED' : 'ON_SCENE',
            dispatched_at: at(stamps.dispatched),
            acked_at: at(stamps.acked),
            arrived_at: stamps.arrived === null ? null : at(stamps.arrived),
            search_text: '',
          },
        ),
      )
      .execute();
    await t.deps.db
      .insertInto('incident_timeline')
      .values({
        id: newId(),
        incident_id: id,
        town_id: town.town.id,
        jurisdiction_id: town.shuangping.id,
        at: at(stamps.acked),
        event: 'acknowledge',
        actor_id: userOf[key],
        actor_name: key,
        from_state: 'DISPATCHED',
        to_state: 'ACKED',
        note: null,
        ref_id: null,
      })
      .execute();
    return id;
  };

  beforeAll(async () => {
    t = await createTestApp(dialect, {}, { FENGQIAO_INCIDENT_BACKDATE_DAYS: '62' }, {}, [counter]);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    await createAccount(t.deps, 'officer', 'officer', town.district1.id);
    await addOfficer('a', town.shuangping, '王辅警');
    await addOfficer('b', town.nanya, '李辅警');
    await addOfficer('c', town.duanjiang, '赵辅警');
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    auxA = await loginAs(t.app, 'aux_a');

    // A: 6 patrols, one of them at 23:30 Beijing on the month's last day; one at 00:30 on the 1st of the next month
    // belongs to the next month.
    for (let d = 0; d < 5; d++) await dutyLog('a', 'patrol', at(d * DAY + 600));
    await dutyLog('a', 'patrol', new Date(Date.parse(SPAN.until) - 30 * 60_000).toISOString());
    await dutyLog('a', 'patrol', new Date(Date.parse(SPAN.until) + 30 * 60_000).toISOString());
    await dutyLog('a', 'patrol', new Date(Date.parse(SPAN.from) - 30 * 60_000).toISOString());
    await dutyLog('a', 'mediation', at(DAY + 900));
    // B: 12 patrols and 4 mediation duties (both targets: 10 + 8 points); C nothing.
    for (let d = 0; d < 12; d++) await dutyLog('b', 'patrol', at(d * DAY + 600));
    for (let d = 0; d < 4; d++) await dutyLog('b', 'mediation', at(d * DAY + 700));

    // A acknowledged three incidents: in 4, 10 and 20 minutes of dispatch; arrived in 20 and 45 minutes, one never.
    await incident('a', { received: 3 * DAY, dispatched: 3 * DAY + 1, acked: 3 * DAY + 5, arrived: 3 * DAY + 20 });
    await incident('a', { received: 4 * DAY, dispatched: 4 * DAY, acked: 4 * DAY + 10, arrived: 4 * DAY + 45 });
    await incident('a', { received: 5 * DAY, dispatched: 5 * DAY, acked: 5 * DAY + 20, arrived: null });

    // A mediated one dispute and visited it once; the visit of someone else does not count.
    const dispute = await send(chief, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '邻里纠纷',
      parties: [{ role: 'applicant', name: '赵六' }],
    });
    disputeId = dispute.json().id;
    const number = dispute.json().number as string;
    await t.deps.db
      .insertInto('mediations')
      .values({
        id: newId(),
        dispute_id: disputeId,
        town_id: town.town.id,
        jurisdiction_id: town.shuangping.id,
        track: 'people',
        initiated_by: 'party',
        started_at: at(2 * DAY),
        status: 'open',
        ended_at: null,
        mediator_ids: toJson([person.a, person.b]),
        responsible_officer_id: null,
        extensions: toJson([]),
        termination_reason: null,
        other_routes_explained: null,
        reported_to_police: 0,
        created_at: at(2 * DAY),
      })
      .execute();
    for (const visitor of [userOf.a, userOf.c]) {
      await t.deps.db
        .insertInto('follow_ups')
        .values({
          id: newId(),
          dispute_id: disputeId,
          town_id: town.town.id,
          jurisdiction_id: town.shuangping.id,
          visited_at: at(6 * DAY),
          whom: '赵六',
          person_id: null,
          agreement_id: null,
          performed: 1,
          satisfaction: 'satisfied',
          hidden_risk: null,
          note: null,
          visitor_id: visitor,
          visitor_name: '辅警',
          created_at: at(6 * DAY),
        })
        .execute();
    }
    expect(number).toBeTruthy();
  });
  afterAll(async () => t.close());

  it('computes the scorecard from the month’s evidence, within the Shanghai month', async () => {
    const res = await card(chief, LAST_MONTH, person.a);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ScorecardBody;
    expect(body.officer).toMatchObject({ name: '王辅警', districtName: '片区一' });
    expect(body.status).toBe('open');
    expect(item(body, 'duty_patrol')).toMatchObject({ actual: 6, target: 12, weight: 10, points: 5 });
    expect(item(body, 'duty_mediation')).toMatchObject({ actual: 1, points: 2 });
    expect(item(body, 'incidents_acked')).toMatchObject({ actual: 3, points: 10 });
    // 2 of 3 within 10 minutes: 66.7 % of a 90 % target → 10 × 0.741 = 7.4.
    expect(item(body, 'ack_timely')).toMatchObject({ met: 2, of: 3, actual: 66.7, points: 7.4 });
    // Arrived in 20 (on time), 45 (late), never (overdue).
    expect(item(body, 'arrival_timely')).toMatchObject({ met: 1, of: 3, points: 3.7 });
    expect(item(body, 'mediations')).toMatchObject({ actual: 1, points: 5 });
    expect(item(body, 'follow_ups')).toMatchObject({ actual: 1, points: 2.5 });
    // Items are added in tenths: 5 + 2 + 10 + 7.4 + 3.7 + 5 + 2.5.
    expect(body.total).toBe(35.6);
    expect(body.actions).toEqual(['adjust', 'sign']);
  });

  it('shows the records behind every score, with links to them', async () => {
    const patrols = await get(chief, `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/evidence/duty_patrol`);
    expect(patrols.statusCode, patrols.body).toBe(200);
    const records = patrols.json().records as RecordBody[];
    expect(records).toHaveLength(6);
    expect(records.every((r) => r.kind === 'duty_log' && r.refType === 'duty_log' && r.refId === r.id)).toBe(true);
    expect(records.at(-1)?.at).toBe(new Date(Date.parse(SPAN.until) - 30 * 60_000).toISOString());
    expect(records[0]?.label).toContain('双坪村1组');

    const mediations = await get(chief, `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/evidence/mediations`);
    expect(mediations.json().records).toMatchObject([{ kind: 'mediation', refType: 'dispute', refId: disputeId }]);
    const timely = await get(chief, `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/evidence/ack_timely`);
    expect((timely.json().records as RecordBody[]).map((r) => r.met)).toEqual([true, true, false]);
    expect((timely.json().records as RecordBody[])[0]).toMatchObject({ refType: 'incident', label: 'J1' });
  });

  it('lets an auxiliary officer see only their own scorecard: a colleague’s answers like a missing one', async () => {
    expect((await card(auxA, LAST_MONTH, person.a)).statusCode).toBe(200);
    const mine = await get(auxA, `/api/v1/assessments/${LAST_MONTH}/mine`);
    expect(mine.json().officer.personId).toBe(person.a);
    expect((await get(chief, `/api/v1/assessments/${LAST_MONTH}/mine`)).statusCode).toBe(404);
    expect((await card(auxA, LAST_MONTH, person.a)).json().actions).toEqual([]);
    const colleague = await card(auxA, LAST_MONTH, person.b);
    const missing = await card(auxA, LAST_MONTH, newId());
    expect(colleague.statusCode).toBe(404);
    expect(colleague.json().error.code).toBe(missing.json().error.code);
    const evidence = await get(auxA, `/api/v1/assessments/${LAST_MONTH}/officers/${person.b}/evidence/duty_patrol`);
    expect(evidence.statusCode).toBe(404);
    const ranking = await get(auxA, `/api/v1/assessments/${LAST_MONTH}/ranking`);
    expect(ranking.json().districts).toHaveLength(1);
    expect(ranking.json().districts[0].entries.map((e: { officer: { name: string } }) => e.officer.name)).toEqual([
      '王辅警',
    ]);
    // Their true rank in the district: B has more points (38 against 35.6).
    expect(ranking.json().districts[0].entries[0].rank).toBe(2);
  });

  it('lets an officer see the auxiliary officers of their districts only', async () => {
    expect((await card(officer, LAST_MONTH, person.b)).statusCode).toBe(200);
    expect((await card(officer, LAST_MONTH, person.c)).statusCode).toBe(404);
    expect((await card(officer, LAST_MONTH, person.a)).json().actions).toEqual([]);
    const ranking = await get(officer, `/api/v1/assessments/${LAST_MONTH}/ranking`);
    expect(ranking.json().districts.map((d: { districtName: string }) => d.districtName)).toEqual(['片区一']);
    expect(ranking.json().actions).toEqual(['export']);
  });

  it('refuses an unknown item or a malformed month as bad input', async () => {
    const item = await get(chief, `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/evidence/bribes`);
    expect(item.statusCode).toBe(400);
    expect(item.json().error.code).toBe('VALIDATION_FAILED');
    const month = await get(chief, `/api/v1/assessments/2026-13/officers/${person.a}`);
    expect(month.statusCode).toBe(400);
  });

  it('ranks every auxiliary officer within their district', async () => {
    const res = await get(chief, `/api/v1/assessments/${LAST_MONTH}/ranking`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as {
      districts: { districtName: string; entries: { officer: { name: string }; total: number; rank: number }[] }[];
      actions: string[];
    };
    expect(body.districts.map((d) => d.districtName)).toEqual(['片区一', '片区二']);
    const first = body.districts[0]?.entries ?? [];
    expect(first.map((e) => [e.officer.name, e.rank])).toEqual([
      ['李辅警', 1],
      ['王辅警', 2],
    ]);
    // C made one visit (2.5) and has no incident: the two timeliness items have nothing to measure (20).
    expect(body.districts[1]?.entries).toMatchObject([{ total: 22.5, rank: 1 }]);
    expect(body.actions).toEqual(['export', 'configure']);
  });

  it('refuses settings whose weights do not add up to 100 and writes nothing; saves valid ones', async () => {
    const current = await get(chief, '/api/v1/assessments/settings');
    expect(current.statusCode).toBe(200);
    const { items, ackWithinMinutes } = current.json();
    const bad = await send(chief, 'PUT', '/api/v1/assessments/settings', {
      items: { ...items, follow_ups: { weight: 11, target: 4 } },
      ackWithinMinutes,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('ASSESSMENT_WEIGHTS_INVALID');
    expect(await t.deps.db.selectFrom('assessment_settings').selectAll().execute()).toEqual([]);
    expect((await send(officer, 'PUT', '/api/v1/assessments/settings', { items, ackWithinMinutes })).statusCode).toBe(
      403,
    );

    const saved = await send(chief, 'PUT', '/api/v1/assessments/settings', {
      items: { ...items, follow_ups: { weight: 10, target: 1 } },
      ackWithinMinutes: 20,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().updatedAt).not.toBeNull();
    const body = (await card(chief, LAST_MONTH, person.a)).json() as ScorecardBody;
    expect(item(body, 'follow_ups').points).toBe(10);
    expect(item(body, 'ack_timely')).toMatchObject({ met: 3, of: 3 });
    expect(await auditActions()).toContain('assessment.settings');
    // Back to the defaults for the tests below.
    expect((await send(chief, 'PUT', '/api/v1/assessments/settings', { items, ackWithinMinutes })).statusCode).toBe(
      200,
    );
  });

  it('lets the chief adjust an item with a reason, clamped to the weight, and audits it', async () => {
    const url = `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/adjustments`;
    const noReason = await send(chief, 'POST', url, { item: 'follow_ups', kind: 'delta', points: 2, reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await send(officer, 'POST', url, { item: 'follow_ups', kind: 'delta', points: 2, reason: '走访' })).statusCode,
    ).toBe(403);
    const res = await send(chief, 'POST', url, {
      item: 'follow_ups',
      kind: 'delta',
      points: 50,
      reason: '另有回访未录入',
    });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as ScorecardBody;
    expect(item(body, 'follow_ups')).toMatchObject({
      computedPoints: 2.5,
      points: 10,
      adjustment: { kind: 'delta', points: 50, reason: '另有回访未录入' },
    });
    expect(body.total).toBe(body.computedTotal + 7.5);
    expect(await auditActions()).toContain('assessment.adjust');

    // A later adjustment of the same item replaces the earlier one; both stay on record.
    const replaced = await send(chief, 'POST', url, { item: 'follow_ups', kind: 'replace', points: 5, reason: '复核' });
    expect(item(replaced.json() as ScorecardBody, 'follow_ups')).toMatchObject({
      points: 5,
      adjustment: { kind: 'replace', points: 5, reason: '复核' },
    });
    const again = await send(chief, 'POST', url, {
      item: 'follow_ups',
      kind: 'delta',
      points: 50,
      reason: '另有回访未录入',
    });
    expect(item(again.json() as ScorecardBody, 'follow_ups').points).toBe(10);
  });

  it('signs a month that has ended and freezes it: later evidence does not change it; no second sign or adjustment', async () => {
    const notOver = await send(chief, 'POST', `/api/v1/assessments/${THIS_MONTH}/officers/${person.a}/sign`);
    expect(notOver.statusCode).toBe(409);
    expect(notOver.json().error.code).toBe('ASSESSMENT_MONTH_NOT_OVER');
    expect(
      (await send(officer, 'POST', `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/sign`)).statusCode,
    ).toBe(403);

    const before = (await card(chief, LAST_MONTH, person.a)).json() as ScorecardBody;
    const signed = await send(chief, 'POST', `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/sign`);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', total: before.total, signedByName: 'chief', actions: [] });

    const late = await dutyLog('a', 'patrol', at(20 * DAY));
    const after = (await card(chief, LAST_MONTH, person.a)).json() as ScorecardBody;
    expect(item(after, 'duty_patrol').actual).toBe(6);
    expect(after.total).toBe(before.total);
    const evidence = await get(chief, `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/evidence/duty_patrol`);
    expect(evidence.json().status).toBe('signed');
    expect((evidence.json().records as RecordBody[]).map((r) => r.id)).not.toContain(late);

    const again = await send(chief, 'POST', `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/sign`);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ASSESSMENT_SIGNED');
    const adjust = await send(chief, 'POST', `/api/v1/assessments/${LAST_MONTH}/officers/${person.a}/adjustments`, {
      item: 'duty_patrol',
      kind: 'replace',
      points: 10,
      reason: '补录',
    });
    expect(adjust.statusCode).toBe(409);
    expect(adjust.json().error.code).toBe('ASSESSMENT_SIGNED');
    const rows = await t.deps.db.selectFrom('assessment_adjustments').select('item').execute();
    expect(rows.map((r) => r.item)).toEqual(['follow_ups', 'follow_ups', 'follow_ups']);
    expect(await auditActions()).toContain('assessment.sign');

    // Backdating a duty into the signed month would be evidence the frozen card never counts: refused, nothing written.
    const logs = await countRows(t.deps, 'duty_logs');
    const backdated = await send(auxA, 'POST', '/api/v1/duty-logs', {
      type: 'patrol',
      occurredAt: new Date(Date.parse(SPAN.until) - 60_000).toISOString(),
    });
    expect(backdated.statusCode, backdated.body).toBe(409);
    expect(backdated.json().error.code).toBe('ASSESSMENT_SIGNED');
    expect(await countRows(t.deps, 'duty_logs')).toBe(logs);

    const ranking = await get(chief, `/api/v1/assessments/${LAST_MONTH}/ranking`);
    const mine = ranking
      .json()
      .districts[0].entries.find((e: { officer: { personId: string } }) => e.officer.personId === person.a);
    expect(mine).toMatchObject({ status: 'signed', total: before.total });
  });

  it('exports the ranking and the items to Excel with names only, and audits it', async () => {
    const res = await get(chief, `/api/v1/assessments/${LAST_MONTH}/export.xlsx`);
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(downloadName(res)).toBe(`驻村辅警月度考核_马良镇_${LAST_MONTH}.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ranking = workbook.getWorksheet('排名');
    const rows = (ranking?.getSheetValues() ?? []).filter(Boolean) as unknown[][];
    // A's adjustment (+7.5) took them past B since the ranking above.
    expect(rows.map((row) => row[4])).toEqual(['驻村辅警', '王辅警', '李辅警', '赵辅警']);
    const items = workbook.getWorksheet('分项得分');
    expect(items?.rowCount).toBe(4);
    expect(await auditActions()).toContain('assessment.export');
  });

  it('ranks and exports any number of officers in the same number of queries', async () => {
    const queries = async (url: string) => {
      counter.count = 0;
      expect((await get(chief, url)).statusCode).toBe(200);
      return counter.count;
    };
    const ranking = `/api/v1/assessments/${THIS_MONTH}/ranking`;
    const exported = `/api/v1/assessments/${THIS_MONTH}/export.xlsx`;
    const before = [await queries(ranking), await queries(exported)];
    for (let i = 0; i < 10; i++) {
      const row = newPersonRow(t.deps.cipher, {
        townId: town.town.id,
        jurisdictionId: town.duanjiang.id,
        name: `新辅警${i}`,
        kind: 'staff',
      });
      await insertPersonRow(t.deps.db, row);
      await createAssignmentRow(t.deps.db, {
        townId: town.town.id,
        personId: row.id,
        jurisdictionId: town.duanjiang.id,
        duty: 'village_auxiliary',
      });
    }
    expect([await queries(ranking), await queries(exported)]).toEqual(before);
  });

  it('never leaves an accepted adjustment outside a month signed at the same moment', async () => {
    const month = addMonths(`${LAST_MONTH}-01`, -1).slice(0, 7);
    const base = `/api/v1/assessments/${month}/officers/${person.c}`;
    const adjust = (points: number) =>
      send(chief, 'POST', `${base}/adjustments`, { item: 'duty_patrol', kind: 'replace', points, reason: '补录' });
    const answers = await Promise.all([
      ...[1, 2, 3, 4, 5].map(adjust),
      send(chief, 'POST', `${base}/sign`),
      ...[6, 7, 8, 9, 10].map(adjust),
    ]);
    const signed = (await card(chief, month, person.c)).json() as ScorecardBody;
    expect(signed.status).toBe('signed');
    const accepted = answers.filter((res, i) => i !== 5 && res.statusCode === 200).map((res) => res.json());
    const rows = await t.deps.db
      .selectFrom('assessment_adjustments')
      .select('points_tenths')
      .where('person_id', '=', person.c)
      .where('month', '=', month)
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(accepted.length);
    // Every adjustment on record was made before the sign-off, so the frozen card carries the last one.
    expect(item(signed, 'duty_patrol').adjustment?.points ?? null).toBe(
      rows.length > 0 ? (rows.at(-1)?.points_tenths ?? 0) / 10 : null,
    );
  });
});
