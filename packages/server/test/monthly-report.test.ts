import { daysBetween, HAZARD_SOURCES, INCIDENT_CATEGORIES, shanghaiDate } from '@fengqiao/domain';
import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/database';
import { insertBaseRows, insertFraudCaseRows, insertInstallRows } from '../src/modules/antifraud/antifraud.repository';
import { createJurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { insertDutyLogRows } from '../src/modules/duty/duty-logs.repository';
import { type HazardRow, insertHazardRows } from '../src/modules/hazards/hazards.repository';
import { insertIncidentRow } from '../src/modules/incidents/incidents.repository';
import { MonthlyReportsService } from '../src/modules/reports/reports.service';
import { StatsService } from '../src/modules/statistics/stats.service';
import { UsersService } from '../src/modules/users/users.service';
import { newId } from '../src/platform/ids';
import { testDialects } from './support/databases';
import { insertDispute, insertMediationSession, insertResolvedStep } from './support/dispute-rows';
import { downloadName } from './support/downloads';
import {
  callerWith,
  countRows,
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  SYSTEM,
  seedOtherTown,
  seedSmallTown,
  TEST_PASSWORD,
} from './support/fixtures';
import { hazardRow } from './support/hazard-rows';
import { incidentRow } from './support/incident-rows';
import { seedPatrolRecords } from './support/patrol-fixtures';
import { createTestApp, type TestApp } from './support/test-app';
import { seedVideoPatrolRecords } from './support/video-patrol-fixtures';
import { zipEntry } from './support/zip';

interface Comparison {
  kind: string;
  textZh: string;
}
interface FigureBody {
  kind: 'count' | 'rate' | 'value' | 'unavailable';
  key: string;
  labelZh: string;
  current?: number;
  lastYear?: number | null;
  previous?: number | null;
  yoy?: Comparison | null;
  mom?: Comparison | null;
  numerator?: number;
  denominator?: number;
  lastYearNumerator?: number | null;
  lastYearDenominator?: number | null;
  value?: number;
  textZh?: string;
}
interface TableBody {
  key: string;
  rows: { key: string; count: number; lastYear: number }[];
  total: number;
}
interface SectionBody {
  key: string;
  available: boolean;
  textZh?: string;
  figures?: FigureBody[];
  tables?: TableBody[];
  notes?: { level: string; textZh: string }[];
}
interface ReportBody {
  townName: string;
  month: string;
  labelZh: string;
  complete: boolean;
  sections: SectionBody[];
  actions: string[];
}

/**
 * The report month and the months it is compared with, written out as Shanghai midnights in UTC so the test's own
 * queries do not lean on the period code they check.
 */
const MONTH = '2026-04';
const RANGES = {
  current: { from: '2026-03-31T16:00:00.000Z', to: '2026-04-30T16:00:00.000Z' },
  lastYear: { from: '2025-03-31T16:00:00.000Z', to: '2025-04-30T16:00:00.000Z' },
  previous: { from: '2026-02-28T16:00:00.000Z', to: '2026-03-31T16:00:00.000Z' },
} as const;
type RangeName = keyof typeof RANGES;

/** A deterministic sequence (a linear congruential generator), so both engines get the same records. */
function sequence(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return Math.floor(state / 65536) % n;
  };
}

/** Instants spread over January 2025 to May 2026 (UTC text as the server stores it). */
function instant(pick: (n: number) => number): string {
  const month = pick(17);
  const year = 2025 + Math.floor(month / 12);
  const start = Date.UTC(year, month % 12, 1) - 8 * 3_600_000;
  return new Date(start + pick(28 * 24 * 60) * 60_000).toISOString();
}

const OTHER_CLASSES = [
  { code: '020100', name: '打架斗殴', category: 'public_order' },
  { code: '020201', name: '邻里纠纷', category: 'public_order' },
  { code: '030100', name: '交通事故', category: 'traffic' },
  { code: '050100', name: '群众求助', category: 'help' },
] as const;

async function seedRecords(db: Db, town: SmallTown, officerUserId: string): Promise<void> {
  const pick = sequence(20260430);
  const villages = [town.shuangping, town.nanya, town.duanjiang, town.groups.段江村?.[0] ?? town.duanjiang];
  let n = 0;
  const incident = async (at: string, overrides: Parameters<typeof incidentRow>[1]) => {
    n += 1;
    const place = villages[pick(villages.length)] ?? town.shuangping;
    await insertIncidentRow(
      db,
      incidentRow(
        { id: newId(), townId: town.town.id, jurisdictionId: place.id, number: `J${n}`, receivedAt: at },
        overrides,
      ),
    );
  };
  for (let i = 0; i < 160; i += 1) {
    const kind = OTHER_CLASSES[pick(OTHER_CLASSES.length)] ?? OTHER_CLASSES[0];
    await incident(instant(pick), { class_code: kind.code, class_name: kind.name, category: kind.category });
  }
  // The story's scenario: four thefts in April last year (one at 23:59:59 on its last day, Beijing time), one this
  // April, and one at midnight after this April's last day, which belongs to May.
  const theft = { class_code: '010100', class_name: '盗窃', category: 'criminal' as const, dispute: 0 };
  for (const at of ['2025-04-02T02:00:00.000Z', '2025-04-11T12:30:00.000Z', '2025-04-20T08:00:00.000Z']) {
    await incident(at, theft);
  }
  await incident('2025-04-30T15:59:59.000Z', theft);
  await incident('2026-04-15T03:00:00.000Z', theft);
  await incident('2026-04-30T16:00:00.000Z', theft);
  // A telecom-fraud call in March 2026: last month's criminal incident, the base of 环比.
  await incident('2026-03-05T01:00:00.000Z', { ...theft, class_code: '010201', class_name: '电信网络诈骗' });

  const categories = ['邻里', '婚姻家庭', '山林土地', '债务借贷'];
  for (let i = 0; i < 60; i += 1) {
    const at = instant(pick);
    const place = villages[pick(villages.length)] ?? town.shuangping;
    const resolved = pick(3) > 0;
    const overdueNow = !resolved && pick(2) === 0;
    const dispute = await insertDispute(db, place, at, {
      number: `D${i}`,
      category: categories[pick(categories.length)] ?? '邻里',
      summary: '纠纷',
      state: resolved ? 'RESOLVED' : 'VILLAGE_HANDLING',
      risk_grade: (['red', 'orange', 'yellow', 'green'] as const)[pick(4)] ?? 'green',
      deadline_at: overdueNow ? '2025-01-01T00:00:00.000Z' : '2099-01-01T00:00:00.000Z',
      search_text: '纠纷',
    });
    if (resolved) {
      // Resolved some days later: a case registered late in a month may be resolved in the next.
      await insertResolvedStep(db, dispute.id, new Date(Date.parse(at) + (1 + pick(20)) * 86_400_000).toISOString());
    }
    if (pick(3) === 0) {
      const sessionAt = new Date(Date.parse(at) + pick(10) * 86_400_000).toISOString();
      await insertMediationSession(db, dispute, pick(2) === 0 ? 'online' : 'on_site', sessionAt);
    }
  }

  const rows = [];
  for (let i = 0; i < 80; i += 1) {
    const at = instant(pick);
    const place = villages[pick(3)] ?? town.shuangping;
    rows.push({
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: place.id,
      type: (['patrol', 'video_patrol', 'publicity', 'mediation'] as const)[pick(4)] ?? 'patrol',
      occurred_at: at,
      occurred_on: new Date(Date.parse(at) + 8 * 3_600_000).toISOString().slice(0, 10),
      officer_user_id: officerUserId,
      officer_person_id: null,
      officer_name: '辅警',
      place: null,
      note: null,
      created_at: at,
    });
  }
  await insertDutyLogRows(db, rows);

  // Hazards: found over the months, two in three fixed (verified) some days later, perhaps in the next month.
  const hazards: HazardRow[] = [];
  for (let i = 0; i < 60; i += 1) {
    const at = instant(pick);
    const place = villages[pick(3)] ?? town.shuangping;
    const fixedAt = pick(3) > 0 ? new Date(Date.parse(at) + (1 + pick(20)) * 86_400_000).toISOString() : null;
    hazards.push(
      hazardRow(place, at, {
        source: HAZARD_SOURCES[pick(HAZARD_SOURCES.length)] ?? 'patrol',
        state: fixedAt ? 'verified' : 'assigned',
        due_on: '2026-06-30',
        rectified_at: fixedAt,
        rectify_note: fixedAt ? '已整改' : null,
        verified_at: fixedAt,
        verified_by_name: fixedAt ? '所长' : null,
      }),
    );
  }
  await insertHazardRows(db, hazards);
  await seedAntifraud(db, town, officerUserId, pick);
}

/**
 * Anti-fraud: two villages with a base (one changed in between) and install counts on random days, and fraud cases on
 * random days before today, so the app coverage and the days since the last case have something to stand on.
 */
async function seedAntifraud(db: Db, town: SmallTown, userId: string, pick: (n: number) => number): Promise<void> {
  const at = new Date().toISOString();
  const recorded = { recorded_by: userId, recorded_by_name: '民警', created_at: at };
  const day = () => shanghaiDate(instant(pick));
  await insertBaseRows(db, [
    {
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      measure: 'households',
      count: 300,
      effective_from: '2025-01-01',
      ...recorded,
    },
    {
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: town.shuangping.id,
      measure: 'households',
      count: 320,
      effective_from: '2026-01-01',
      ...recorded,
    },
    {
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: town.nanya.id,
      measure: 'residents',
      count: 900,
      effective_from: '2025-02-01',
      ...recorded,
    },
  ]);
  const installs = new Map<string, { village: string; day: string }>();
  for (let i = 0; i < 24; i++) {
    const village = i % 2 === 0 ? town.shuangping.id : town.nanya.id;
    const picked = day();
    installs.set(`${village}|${picked}`, { village, day: picked });
  }
  await insertInstallRows(
    db,
    [...installs.values()].map(({ village, day: d }) => ({
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: village,
      day: d,
      installs: 200 + pick(100),
      ...recorded,
    })),
  );
  await insertFraudCaseRows(
    db,
    [0, 1, 2, 3, 4].map(() => ({
      id: newId(),
      town_id: town.town.id,
      jurisdiction_id: town.duanjiang.id,
      type: 'rebate_task' as const,
      day: day(),
      lost_fen: 100_000,
      recovered_fen: 0,
      note: null,
      ...recorded,
      updated_at: at,
    })),
  );
}

/**
 * The test's own count of each figure: one query per figure and month, written here from the definitions in
 * domain.md §7 and the list filters, not through the statistics providers.
 */
function directQueries(db: Db, townId: string) {
  const count = async (query: ReturnType<typeof sql<{ n: number | string }>>) =>
    Number((await query.execute(db)).rows[0]?.n ?? 0);
  const grouped = async (query: ReturnType<typeof sql<{ k: string; n: number | string }>>) =>
    new Map((await query.execute(db)).rows.map((row) => [String(row.k), Number(row.n)]));
  const incidents = (r: RangeName, extra = sql`1 = 1`) =>
    count(sql`select count(*) as n from incidents i where i.town_id = ${townId}
      and i.received_at >= ${RANGES[r].from} and i.received_at < ${RANGES[r].to} and ${extra}`);
  const registered = (r: RangeName, extra = sql`1 = 1`) =>
    count(sql`select count(*) as n from disputes d where d.town_id = ${townId}
      and d.created_at >= ${RANGES[r].from} and d.created_at < ${RANGES[r].to} and ${extra}`);
  const resolvedStep = (r: RangeName, fromOpen: boolean) => sql`exists (select 1 from dispute_timeline t
      where t.dispute_id = d.id and t.to_state = 'RESOLVED' and t.at < ${RANGES[r].to}
      and (${fromOpen ? 1 : 0} = 1 or t.at >= ${RANGES[r].from}))`;
  const anyDispute = (extra: ReturnType<typeof sql>) =>
    count(sql`select count(*) as n from disputes d where d.town_id = ${townId} and ${extra}`);

  const counts: Record<string, (r: RangeName) => Promise<number>> = {
    'incidents.received': (r) => incidents(r),
    'disputes.registered': (r) => registered(r),
    'disputes.resolved': (r) => anyDispute(resolvedStep(r, false)),
    'disputes.red': (r) => registered(r, sql`d.risk_grade = 'red'`),
    'disputes.overdue': () =>
      anyDispute(sql`d.state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED')
        and (d.overdue = 1 or d.deadline_at < ${new Date().toISOString()})`),
    'disputes.mediated_online': (r) =>
      anyDispute(sql`exists (select 1 from mediations m inner join mediation_sessions s on s.mediation_id = m.id
        where m.dispute_id = d.id and s.mode = 'online'
        and s.started_at >= ${RANGES[r].from} and s.started_at < ${RANGES[r].to})`),
    'duty.entries': (r) =>
      count(sql`select count(*) as n from duty_logs l where l.town_id = ${townId}
        and l.occurred_at >= ${RANGES[r].from} and l.occurred_at < ${RANGES[r].to}`),
    'prevention.hazards_found': (r) =>
      count(sql`select count(*) as n from hazards h where h.town_id = ${townId}
        and h.reported_at >= ${RANGES[r].from} and h.reported_at < ${RANGES[r].to}`),
    'prevention.hazards_fixed': (r) =>
      count(sql`select count(*) as n from hazards h where h.town_id = ${townId} and h.state = 'verified'
        and h.verified_at >= ${RANGES[r].from} and h.verified_at < ${RANGES[r].to}`),
    // A night patrol is a shift with its log, counted in the month its shift began (domain.md §8).
    'prevention.night_patrols': (r) =>
      count(sql`select count(*) as n from patrol_shifts s inner join patrol_logs l on l.shift_id = s.id
        where s.town_id = ${townId} and s.starts_at >= ${RANGES[r].from} and s.starts_at < ${RANGES[r].to}`),
    // Video patrols done: finished rounds, in the month of their scheduled time (23:30 on the last day is that month's).
    'prevention.video_patrols': (r) =>
      count(sql`select count(*) as n from video_patrol_rounds r where r.town_id = ${townId} and r.state = 'closed'
        and r.scheduled_at >= ${RANGES[r].from} and r.scheduled_at < ${RANGES[r].to}`),
    // Remote reminders: a finding's reminder once, by when it was first sent (a retry is not a new reminder).
    'prevention.remote_reminders': (r) =>
      count(sql`select count(*) as n from video_reminders m where m.town_id = ${townId} and m.attempt = 1
        and m.sent_at >= ${RANGES[r].from} and m.sent_at < ${RANGES[r].to}`),
    // Patrols that caught a suspect: logs with a suspect finding, however many suspects it records.
    'prevention.suspects_caught': (r) =>
      count(sql`select count(distinct l.id) as n from patrol_findings f inner join patrol_logs l on l.id = f.log_id
        inner join patrol_shifts s on s.id = l.shift_id where f.town_id = ${townId} and f.kind = 'suspect'
        and s.starts_at >= ${RANGES[r].from} and s.starts_at < ${RANGES[r].to}`),
  };
  for (const category of INCIDENT_CATEGORIES) {
    counts[`incidents.received.${category}`] = (r) => incidents(r, sql`i.category = ${category}`);
  }
  const village = sql`(case when j.level in ('village', 'community') then j.id else j.parent_id end)`;
  const tables: Record<string, (r: RangeName) => Promise<Map<string, number>>> = {
    'incidents.by_village': (r) =>
      grouped(sql`select ${village} as k, count(*) as n from incidents i inner join jurisdictions j on j.id = i.jurisdiction_id
        where i.town_id = ${townId} and i.received_at >= ${RANGES[r].from} and i.received_at < ${RANGES[r].to}
        group by ${village}`),
    'incidents.by_class': (r) =>
      grouped(sql`select i.class_code as k, count(*) as n from incidents i where i.town_id = ${townId}
        and i.received_at >= ${RANGES[r].from} and i.received_at < ${RANGES[r].to} group by i.class_code`),
    'incidents.by_hour': async (r) => {
      // The Beijing hour worked out in JavaScript from each received time, not in SQL.
      const rows = await sql<{ at: string }>`select i.received_at as at from incidents i where i.town_id = ${townId}
        and i.received_at >= ${RANGES[r].from} and i.received_at < ${RANGES[r].to}`.execute(db);
      const out = new Map<string, number>();
      for (const row of rows.rows) {
        const hour = String(new Date(Date.parse(row.at) + 8 * 3_600_000).getUTCHours());
        out.set(hour, (out.get(hour) ?? 0) + 1);
      }
      return out;
    },
    'disputes.by_category': (r) =>
      grouped(sql`select d.category as k, count(*) as n from disputes d where d.town_id = ${townId}
        and d.created_at >= ${RANGES[r].from} and d.created_at < ${RANGES[r].to} group by d.category`),
    'disputes.by_risk': (r) =>
      grouped(sql`select d.risk_grade as k, count(*) as n from disputes d where d.town_id = ${townId}
        and d.created_at >= ${RANGES[r].from} and d.created_at < ${RANGES[r].to} group by d.risk_grade`),
    'duty.by_type': (r) =>
      grouped(sql`select l.type as k, count(*) as n from duty_logs l where l.town_id = ${townId}
        and l.occurred_at >= ${RANGES[r].from} and l.occurred_at < ${RANGES[r].to} group by l.type`),
  };
  const rates: Record<string, (r: RangeName) => Promise<{ numerator: number; denominator: number }>> = {
    'disputes.resolution_rate': async (r) => ({
      numerator: await registered(r, resolvedStep(r, true)),
      denominator: await registered(r),
    }),
  };
  const appCoverage = async (day: string) => {
    // Each village's base and install count standing on the day, summed over the villages that have both.
    const rows = await sql<{ num: number | string | null; den: number | string | null }>`select
        sum(i.installs) as num, sum(b.count) as den
      from antifraud_bases b inner join antifraud_installs i on i.jurisdiction_id = b.jurisdiction_id
      where b.town_id = ${townId}
        and b.effective_from = (select max(b2.effective_from) from antifraud_bases b2
          where b2.jurisdiction_id = b.jurisdiction_id and b2.effective_from <= ${day})
        and i.day = (select max(i2.day) from antifraud_installs i2
          where i2.jurisdiction_id = i.jurisdiction_id and i2.day <= ${day})`.execute(db);
    return { numerator: Number(rows.rows[0]?.num ?? 0), denominator: Number(rows.rows[0]?.den ?? 0) };
  };
  rates['prevention.antifraud_app'] = (r) => appCoverage(r === 'lastYear' ? '2025-04-30' : '2026-04-30');
  const keyPersons = (group: string, extra: ReturnType<typeof sql>) =>
    count(sql`select count(*) as n from key_persons k where k.town_id = ${townId}
      and k.category_group = ${group} and k.status = 'active' and ${extra}`);
  const visits = (group: string) =>
    count(sql`select count(*) as n from key_person_visits v inner join key_persons k on k.id = v.key_person_id
      where v.town_id = ${townId} and k.category_group = ${group}
      and v.visited_on >= '2026-04-01' and v.visited_on <= '2026-04-30'`);
  const values: Record<string, () => Promise<number>> = {
    'disputes.registered_open': async () =>
      (await registered('current')) - (await registered('current', resolvedStep('current', true))),
    'prevention.days_since_fraud': async () => {
      const today = shanghaiDate(new Date());
      const rows = await sql<{ day: string }>`select max(c.day) as day from fraud_cases c
        where c.town_id = ${townId} and c.day <= ${today}`.execute(db);
      return daysBetween(rows.rows[0]?.day ?? today, today);
    },
    ...Object.fromEntries(
      ['police', 'governance'].flatMap((group) => [
        [`key_persons.${group}.active`, () => keyPersons(group, sql`1 = 1`)],
        [`key_persons.${group}.visits`, () => visits(group)],
        [`key_persons.${group}.overdue`, () => keyPersons(group, sql`k.next_visit_due < '2026-05-01'`)],
      ]),
    ),
  };
  return { counts, tables, rates, values };
}

describe.each(testDialects())('the monthly report (%s)', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let report: ReportBody;
  let officerId: string;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    chief = await loginAs(t.app, 'chief');
    const officer = await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    officerId = officer.id;
    await seedRecords(t.deps.db, town, officer.id);
    // Nights around the month's edges: the shift from 22:00 on 30 April belongs to April, 31 March's to March.
    const nights = ['2025-04-02', '2025-04-30', '2026-03-05', '2026-03-31', '2026-04-01', '2026-04-15', '2026-04-30'];
    await seedPatrolRecords(t.deps, town, officer.id, nights, (i) => i % 3);
    // Video patrol rounds around the month's edges: 23:30 on 30 April is April's, 00:10 on 1 April too; a round left
    // unfinished is no patrol done, though its reminder was sent.
    await seedVideoPatrolRecords(t.deps, town, officer.id, [
      { at: '2025-04-10T02:00:00.000Z' },
      { at: '2025-04-20T02:00:00.000Z' },
      { at: '2026-03-15T02:00:00.000Z' },
      { at: '2026-03-31T15:00:00.000Z' },
      { at: '2026-03-31T16:10:00.000Z' },
      { at: '2026-04-12T02:00:00.000Z', finished: false },
      { at: '2026-04-13T02:00:00.000Z' },
      { at: '2026-04-20T02:00:00.000Z' },
      { at: '2026-04-30T15:30:00.000Z' },
    ]);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly?month=${MONTH}`,
      headers: chief.headers(),
    });
    expect(res.statusCode, res.body).toBe(200);
    report = res.json();
  });
  afterAll(async () => t.close());

  const figures = () => report.sections.flatMap((section) => section.figures ?? []);

  it('has every §7 section in order, and the sections of modules not built yet say so instead of zeros', () => {
    expect(report.sections.map((section) => section.key)).toEqual([
      'incidents',
      'hotspots',
      'disputes',
      'key_persons',
      'prevention',
      'warnings',
      'next_steps',
    ]);
    // The chief reads both groups across the town: under control, visits this month and overdue, per group.
    const keyPersons = report.sections.find((section) => section.key === 'key_persons');
    expect(keyPersons).toMatchObject({ available: true });
    expect(keyPersons?.figures?.map((figure) => figure.key)).toEqual([
      'key_persons.police.active',
      'key_persons.police.visits',
      'key_persons.police.overdue',
      'key_persons.governance.active',
      'key_persons.governance.visits',
      'key_persons.governance.overdue',
    ]);
    const unavailable = figures().filter((figure) => figure.kind === 'unavailable');
    expect(unavailable.map((figure) => figure.key)).toEqual(expect.arrayContaining(['disputes.criminal_prevented']));
    for (const figure of unavailable) {
      expect(figure.textZh).toMatch(/模块/);
      expect(figure).not.toHaveProperty('current');
      expect(figure).not.toHaveProperty('value');
    }
    expect(report).toMatchObject({ townName: '马良镇', month: MONTH, labelZh: '2026年4月', complete: true });
  });

  it('equals, figure by figure, a direct count of the records', async () => {
    const direct = directQueries(t.deps.db, town.town.id);
    const checked: string[] = [];
    for (const figure of figures()) {
      if (figure.kind === 'unavailable') continue;
      checked.push(figure.key);
      if (figure.kind === 'count') {
        const query = direct.counts[figure.key];
        expect(query, `a direct query for ${figure.key}`).toBeDefined();
        if (!query) continue;
        expect(figure.current, `${figure.key} this month`).toBe(await query('current'));
        if (figure.lastYear !== null) expect(figure.lastYear, `${figure.key} last year`).toBe(await query('lastYear'));
        if (figure.previous !== null) expect(figure.previous, `${figure.key} last month`).toBe(await query('previous'));
      } else if (figure.kind === 'rate') {
        const query = direct.rates[figure.key];
        expect(query, `a direct query for ${figure.key}`).toBeDefined();
        if (!query) continue;
        const current = await query('current');
        const lastYear = await query('lastYear');
        expect([figure.numerator, figure.denominator], figure.key).toEqual([current.numerator, current.denominator]);
        expect([figure.lastYearNumerator, figure.lastYearDenominator], figure.key).toEqual([
          lastYear.numerator,
          lastYear.denominator,
        ]);
      } else {
        const query = direct.values[figure.key];
        expect(query, `a direct query for ${figure.key}`).toBeDefined();
        if (query) expect(figure.value, figure.key).toBe(await query());
      }
    }
    for (const table of report.sections.flatMap((section) => section.tables ?? [])) {
      checked.push(table.key);
      const query = direct.tables[table.key];
      expect(query, `a direct query for ${table.key}`).toBeDefined();
      if (!query) continue;
      const current = await query('current');
      const lastYear = await query('lastYear');
      expect(new Map(table.rows.map((row) => [row.key, row.count])), table.key).toEqual(current);
      for (const row of table.rows)
        expect(row.lastYear, `${table.key} ${row.key} last year`).toBe(lastYear.get(row.key) ?? 0);
      expect(table.total).toBe([...current.values()].reduce((sum, n) => sum + n, 0));
    }
    // The seed gives every kind of figure something to count.
    expect(checked).toEqual(
      expect.arrayContaining([
        'incidents.received',
        'incidents.received.criminal',
        'incidents.by_village',
        'incidents.by_hour',
        'disputes.registered',
        'disputes.resolution_rate',
        'disputes.registered_open',
        'prevention.hazards_found',
        'prevention.hazards_fixed',
        'prevention.antifraud_app',
        'prevention.days_since_fraud',
        'prevention.video_patrols',
        'prevention.remote_reminders',
      ]),
    );
    expect(figures().find((figure) => figure.key === 'incidents.received')?.current).toBeGreaterThan(0);
  });

  it('links each number the chief may open to the filtered list of its records', () => {
    const drill = (key: string) => (figures().find((figure) => figure.key === key) as { drill?: unknown })?.drill;
    expect(drill('incidents.received.criminal')).toEqual({
      path: '/incidents',
      query: { receivedFrom: '2026-04-01', receivedTo: '2026-04-30', category: 'criminal' },
    });
    expect(drill('disputes.registered')).toEqual({
      path: '/disputes',
      query: { registeredFrom: '2026-04-01', registeredTo: '2026-04-30' },
    });
  });

  it('says 下降75.0%（4→1） for four thefts last April and one this April, never 300 %', async () => {
    const criminal = figures().find((figure) => figure.key === 'incidents.received.criminal');
    expect(criminal).toMatchObject({ current: 1, lastYear: 4, yoy: { kind: 'down', textZh: '下降75.0%（4→1）' } });
    const html = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly/print?month=${MONTH}`,
      headers: chief.headers(),
    });
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('下降75.0%（4→1）');
    expect(html.body).not.toContain('300');
    const warnings = report.sections.find((section) => section.key === 'warnings')?.notes ?? [];
    expect(warnings.map((note) => note.textZh).join('\n')).not.toContain('刑事警情');
  });

  it('lists under 下步工作 the tasks of the consultation that reviewed the month, overdue ones as warnings', async () => {
    const nextSteps = (body: ReportBody) => body.sections.find((section) => section.key === 'next_steps');
    expect(nextSteps(report)).toMatchObject({
      available: true,
      notes: [{ level: 'info', textZh: '本月的会商尚未召开或登记，下步工作待会商交办。' }],
    });
    const send = (url: string, payload: object) =>
      t.app.inject({ method: 'POST', url, headers: chief.headers(), payload });
    const meeting = await send('/api/v1/meetings', {
      startsAt: '2026-05-08T09:00:00+08:00',
      month: MONTH,
      place: '马良镇派出所会议室',
      title: '四月警治会商',
    });
    expect(meeting.statusCode, meeting.body).toBe(201);
    const task = await send('/api/v1/tasks', {
      meetingId: meeting.json().id,
      title: '加强南垭村夜间巡逻',
      owner: { kind: 'user', id: officerId },
      villageId: town.nanya.id,
      dueOn: '2026-05-20',
    });
    expect(task.statusCode, task.body).toBe(201);
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly?month=${MONTH}`,
      headers: chief.headers(),
    });
    expect(nextSteps(res.json())?.notes).toEqual([
      { level: 'info', textZh: '四月警治会商（2026年5月8日）交办任务1项：', textEn: expect.any(String) },
      {
        level: 'warning',
        textZh: '加强南垭村夜间巡逻（责任：aux，南垭村；期限：2026年5月20日；办理中，已逾期）',
        textEn: expect.any(String),
      },
    ]);
  });

  it('prints on A4 and exports DOCX and XLSX with the same figures, each audited', async () => {
    const before = await countRows(t.deps, 'audit_log');
    const html = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly/print?month=${MONTH}&townId=${town.town.id}`,
      headers: chief.headers(),
    });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('size: A4');
    expect(html.body).toContain('马良镇2026年4月工作报告');
    expect(html.body).toContain('2026年4月1日至2026年4月30日');
    expect(html.body).toContain('公安重点人员在管');

    const docx = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly.docx?month=${MONTH}`,
      headers: chief.headers(),
    });
    expect(docx.statusCode).toBe(200);
    expect(downloadName(docx)).toBe('月度工作报告_马良镇_2026-04.docx');
    const document = zipEntry(docx.rawPayload, 'word/document.xml');
    expect(document).toContain('下降75.0%（4→1）');
    expect(document).toContain('马良镇2026年4月工作报告');
    expect(document).toContain('公安重点人员在管');

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly.xlsx?month=${MONTH}`,
      headers: chief.headers(),
    });
    expect(xlsx.statusCode).toBe(200);
    expect(downloadName(xlsx)).toBe('月度工作报告_马良镇_2026-04.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    const sheetRows: string[][] = [];
    workbook.getWorksheet('报告')?.eachRow((row) => {
      const values: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell) => {
        values.push(cell.value === null ? '' : String(cell.value));
      });
      sheetRows.push(values);
      cells.push(...values);
    });
    expect(sheetRows.find((row) => row[0] === '刑事警情')).toEqual([
      '刑事警情',
      '1',
      '4',
      '下降75.0%（4→1）',
      '1',
      '持平（1→1）',
    ]);
    expect(cells).toContain('马良镇2026年4月工作报告');

    const rows = await t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'target_id', 'detail'])
      .where('action', 'in', ['report.print', 'report.export'])
      .orderBy('seq')
      .execute();
    expect(rows.slice(-3).map((row) => [row.action, row.target_id, JSON.parse(row.detail ?? '{}').kind])).toEqual([
      ['report.print', town.town.id, 'print'],
      ['report.export', town.town.id, 'docx'],
      ['report.export', town.town.id, 'xlsx'],
    ]);
    expect(await countRows(t.deps, 'audit_log')).toBeGreaterThan(before);
  });

  it('refuses a malformed month, a month in the future, a town outside the reach and a reader without a town', async () => {
    const call = async (query: string, session = chief) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/reports/monthly${query}`,
        headers: session.headers(),
      });
      return [res.statusCode, res.json().error?.code];
    };
    const before = await countRows(t.deps, 'audit_log');
    expect(await call('?month=2026-13')).toEqual([400, 'PERIOD_INVALID']);
    expect(await call('?month=April')).toEqual([400, 'PERIOD_INVALID']);
    expect(await call('?month=2099-01')).toEqual([400, 'PERIOD_IN_FUTURE']);
    expect(await call(`?month=${MONTH}&townId=${town.shuangping.id}`)).toEqual([404, 'NOT_FOUND']);
    expect(await call(`?month=${MONTH}&townId=nope`)).toEqual([404, 'NOT_FOUND']);
    const print = await t.app.inject({
      method: 'GET',
      url: '/api/v1/reports/monthly.docx?month=2099-01',
      headers: chief.headers(),
    });
    expect(print.statusCode).toBe(400);
    expect(await countRows(t.deps, 'audit_log')).toBe(before);

    // A reader of two towns must name one; a reader whose reach holds no town is refused.
    const other = await seedOtherTown(t.deps, town);
    await t.deps.db.transaction().execute((tx) =>
      new UsersService(t.deps).provision(tx, SYSTEM, {
        username: 'twotowns',
        displayName: 'twotowns',
        password: TEST_PASSWORD,
        roles: [
          { role: 'chief', jurisdictionId: town.town.id },
          { role: 'chief', jurisdictionId: other.id },
        ],
      }),
    );
    const twoTowns = await loginAs(t.app, 'twotowns');
    expect(await call(`?month=${MONTH}`, twoTowns)).toEqual([400, 'REPORT_TOWN_REQUIRED']);
    const named = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly?month=${MONTH}&townId=${other.id}`,
      headers: twoTowns.headers(),
    });
    expect(named.json()).toMatchObject({ townName: '歇马镇', townId: other.id });
    const emptyCounty = await createJurisdictionRow(t.deps.db, {
      parent: null,
      level: 'county',
      code: '420627000000',
      name: '空县',
    });
    const reports = new MonthlyReportsService(t.deps, new StatsService(t.deps));
    await expect(
      reports.report(callerWith('nobody', [{ role: 'chief', on: emptyCounty }]), { month: MONTH }),
    ).rejects.toMatchObject({ code: 'REPORT_NO_TOWN' });
    await expect(
      reports.report(callerWith('aux', [{ role: 'auxiliary', on: town.shuangping }]), { month: MONTH }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });

    await createAccount(t.deps, 'zzb', 'zongzhiban', town.town.id);
    const zongzhiban = await loginAs(t.app, 'zzb');
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/reports/monthly?month=${MONTH}`,
      headers: zongzhiban.headers(),
    });
    expect(res.statusCode).toBe(200);
    // 综治办 may not open the incident list: the report's incident numbers carry no link for them.
    const body: { sections: { key: string; figures?: { key: string; drill: unknown }[] }[] } = res.json();
    const incidents = body.sections.find((section) => section.key === 'incidents');
    expect(incidents?.figures?.every((figure) => figure.drill === null)).toBe(true);
  });
});
