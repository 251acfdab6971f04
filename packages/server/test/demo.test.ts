import {
  addDays,
  addMonths,
  analysisPeriodContaining,
  applyIncidentAction,
  DUTY_TYPES,
  INCIDENT_ACTIONS,
  INCIDENT_STAMPS,
  type IncidentAction,
  type IncidentStamps,
  type IncidentState,
  incidentActionProblems,
  type Me,
  type Role,
  type RoomView,
  SHANGHAI_OFFSET_MS,
  shanghaiDate,
  shanghaiDayStart,
  type Venue,
  type VenueDetail,
  validateDeviceId,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IncidentsTable } from '../src/db/schema';
import { seedMaliang } from '../src/demo/maliang';
import { testDialects } from './support/databases';
import { loginAs, type Session } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const PASSWORD = 'Fengqiao@2026';
// The demo ends "today"; new cases are numbered in the current year, so the test seeds at the real time.
const NOW = new Date();

const STAMP_COLUMNS: Record<(typeof INCIDENT_STAMPS)[number], keyof IncidentsTable> = {
  receivedAt: 'received_at',
  dispatchedAt: 'dispatched_at',
  ackedAt: 'acked_at',
  arrivedAt: 'arrived_at',
  handlingAt: 'handling_at',
  feedbackAt: 'feedback_at',
  reviewedAt: 'reviewed_at',
  closedAt: 'closed_at',
};

/** The role a demo actor acts in, from the title the seed writes after their name. */
function roleOf(actorName: string | null): Role {
  if (actorName?.endsWith('（驻村辅警）')) return 'auxiliary';
  if (actorName?.endsWith('（所长）')) return 'chief';
  return 'officer';
}

const shanghaiHour = (at: string) => new Date(Date.parse(at) + SHANGHAI_OFFSET_MS).getUTCHours();

interface ListItem {
  id: string;
  number: string;
  summary: string;
  state: string;
  riskGrade: string;
}

describe.each(testDialects())('the Maliang demo on %s', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    await seedMaliang(t.deps, PASSWORD, NOW);
  }, 120_000);
  afterAll(async () => t.close());
  // One login per account for the whole file: a login per test would trip the login rate limit as the demo grows.
  const sessions = new Map<string, Promise<Session>>();
  const sessionOf = (username: string): Promise<Session> => {
    const known = sessions.get(username) ?? loginAs(t.app, username, PASSWORD);
    sessions.set(username, known);
    return known;
  };

  it('holds about 18 months of disputes across the villages with a mix of outcomes', async () => {
    const rows = await t.deps.db.selectFrom('disputes').select(['state', 'tier', 'created_at']).execute();
    expect(rows.length).toBeGreaterThan(300);
    const states = new Set(rows.map((r) => r.state));
    for (const state of ['CLOSED', 'DIVERTED', 'ESCALATED_COUNTY']) expect(states).toContain(state);
    expect(rows.some((r) => r.state !== 'CLOSED' && r.state !== 'DIVERTED' && r.state !== 'ESCALATED_COUNTY')).toBe(
      true,
    );
    const oldest = rows.map((r) => r.created_at).sort()[0] ?? '';
    const months = (NOW.getTime() - Date.parse(oldest)) / (30.4 * 86_400_000);
    expect(months).toBeGreaterThan(15);
    expect(months).toBeLessThan(19);
    expect(rows.every((r) => r.created_at <= NOW.toISOString())).toBe(true);
  });

  it('includes the story cases: 段江村 online mediation and the 鸡冠河村 task force', async () => {
    const chief = await sessionOf('chief');
    const search = async (q: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/v1/disputes?q=${encodeURIComponent(q)}&limit=50`,
          headers: chief.headers(),
        })
      ).json().items as ListItem[];
    const jiguan = (await search('孟永福'))[0];
    expect(jiguan).toBeDefined();
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/disputes/${jiguan?.id}`, headers: chief.headers() })
    ).json();
    expect(detail.timeline.map((e: { toState: string | null }) => e.toState)).toContain('TASKFORCE');
    expect(detail.grievanceYears).toBeGreaterThanOrEqual(6);
    const duanjiang = (await search('李春林'))[0];
    expect(duanjiang).toBeDefined();
    const mediations = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/disputes/${duanjiang?.id}/mediations`,
        headers: chief.headers(),
      })
    ).json();
    const sessions = mediations.flatMap((m: { sessions: { mode: string }[] }) => m.sessions);
    expect(sessions.some((s: { mode: string }) => s.mode === 'online')).toBe(true);
  });

  it('gives the 段江村 online session its closed room: 5 participants, 40 minutes of media, an agreement', async () => {
    const chief = await sessionOf('chief');
    const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: chief.headers() })).json();
    const found = (await get(`/api/v1/disputes?q=${encodeURIComponent('李春林')}&limit=5`)).items as ListItem[];
    const disputeId = found[0]?.id;
    const rooms = (await get(`/api/v1/disputes/${disputeId}/rooms`)) as RoomView[];
    expect(rooms).toHaveLength(1);
    const room = rooms[0] as RoomView;
    expect(room.status).toBe('closed');
    expect(room.outcome).toBe('agreement');
    expect(room.durationSeconds).toBe(40 * 60);
    expect(Date.parse(room.openedAt)).toBeLessThan(Date.parse(room.mediaStartedAt ?? ''));
    expect(room.participants.map((p) => `${p.kind}:${p.joinMethod}`).sort()).toEqual([
      'auxiliary:login',
      'cadre:cadre_login',
      'officer:login',
      'party:link',
      'party:link',
    ]);
    expect(room.participants.every((p) => p.admittedAt !== null && p.admittedAt <= (room.mediaStartedAt ?? ''))).toBe(
      true,
    );
    const mediations = (await get(`/api/v1/disputes/${disputeId}/mediations`)) as {
      sessions: { id: string; mode: string; startedAt: string; endedAt: string; record: string }[];
    }[];
    const session = mediations.flatMap((m) => m.sessions).find((s) => s.mode === 'online');
    expect(session?.startedAt).toBe(room.mediaStartedAt);
    expect(session?.endedAt).toBe(room.closedAt);
    expect(room.record).toBe(session?.record);
    const officer = await t.deps.db
      .selectFrom('mediation_room_participants as p')
      .innerJoin('users as u', 'u.id', 'p.account_id')
      .select('u.username')
      .where('p.room_id', '=', room.id)
      .where('p.kind', 'in', ['officer', 'cadre'])
      .execute();
    expect(officer.map((u) => u.username).sort()).toEqual(['cadre_duanjiang', 'officer']);
  });

  it('has a closed room for every dispute mediated online, so the count of disputes mediated online holds', async () => {
    const chief = await sessionOf('chief');
    const online = (
      await t.app.inject({ method: 'GET', url: '/api/v1/disputes?online=true&limit=200', headers: chief.headers() })
    ).json().items as ListItem[];
    expect(online.length).toBeGreaterThan(12);
    const rooms = await t.deps.db
      .selectFrom('mediation_rooms as r')
      .innerJoin('mediation_sessions as s', 's.id', 'r.session_id')
      .select(['r.dispute_id', 'r.status', 's.mode', 'r.media_started_at', 's.started_at'])
      .execute();
    expect(new Set(rooms.map((r) => r.dispute_id))).toEqual(new Set(online.map((d) => d.id)));
    expect(
      rooms.every((r) => r.status === 'closed' && r.mode === 'online' && r.media_started_at === r.started_at),
    ).toBe(true);
    const sessions = await t.deps.db
      .selectFrom('mediation_sessions')
      .select('id')
      .where('mode', '=', 'online')
      .execute();
    expect(rooms).toHaveLength(sessions.length);
  });

  it('has an open people’s mediation in 段江村 without a room for the live demo, and 段江村’s cadre account', async () => {
    const chief = await sessionOf('chief');
    const get = async (s: Session, url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: s.headers() })).json();
    const found = (await get(chief, `/api/v1/disputes?q=${encodeURIComponent('陈秀兰')}&limit=5`)).items as ListItem[];
    expect(found).toHaveLength(1);
    const mediations = (await get(chief, `/api/v1/disputes/${found[0]?.id}/mediations`)) as {
      id: string;
      status: string;
      track: string;
      sessions: unknown[];
    }[];
    expect(mediations.map((m) => [m.status, m.track, m.sessions.length])).toEqual([['open', 'people', 0]]);
    expect(await get(chief, `/api/v1/disputes/${found[0]?.id}/rooms`)).toEqual([]);
    const cadre = await sessionOf('cadre_duanjiang');
    const me = (await get(cadre, '/api/v1/auth/me')) as Me;
    expect(me.displayName).toBe('段江村村委会');
    expect(me.roles.map((r) => [r.role, r.jurisdictionName])).toEqual([['village_cadre', '段江村']]);
    expect(me.permissions).toContain('room.join');
    const open = await t.app.inject({ method: 'GET', url: '/api/v1/mediation-rooms', headers: cadre.headers() });
    expect(open.statusCode).toBe(200);
    expect(open.json().items).toEqual([]);
  });

  it('has 12 night-patrol teams with a year of patrols, and patrol01 on tonight’s rota of the 双坪 team', async () => {
    const chief = await sessionOf('chief');
    const get = async (s: Session, url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: s.headers() })).json();
    const teams = await get(chief, '/api/v1/patrols/teams');
    expect(teams.items).toHaveLength(12);
    const kinds = await t.deps.db.selectFrom('patrol_findings').select('kind').distinct().execute();
    expect(kinds.map((k) => k.kind).sort()).toEqual(['hazard', 'incident', 'nothing', 'suspect']);
    const linked = await t.deps.db
      .selectFrom('patrol_findings')
      .select(['kind', 'hazard_id', 'incident_id'])
      .where('kind', 'in', ['hazard', 'incident'])
      .execute();
    expect(linked.every((f) => (f.kind === 'hazard' ? f.hazard_id : f.incident_id) !== null)).toBe(true);
    const volunteer = await sessionOf('patrol01');
    const year = await get(volunteer, `/api/v1/patrols/hours?year=${NOW.toISOString().slice(0, 4)}`);
    expect(year.people.length).toBeGreaterThan(0);
    const tonight = await get(chief, '/api/v1/patrols/shifts?limit=200');
    const days = new Set(tonight.items.map((s: { day: string }) => s.day));
    expect(days.has(shanghaiDate(NOW))).toBe(true);
  });

  it('continues numbering after the demo cases', async () => {
    const last = await t.deps.db
      .selectFrom('disputes')
      .select('number')
      .where('number', 'like', `%-${NOW.getFullYear()}-%`)
      .orderBy('number', 'desc')
      .executeTakeFirstOrThrow();
    const chief = await sessionOf('chief');
    const village = await t.deps.db
      .selectFrom('jurisdictions')
      .select('id')
      .where('name', '=', '双坪村')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/disputes',
      headers: chief.headers(),
      payload: {
        jurisdictionId: village.id,
        category: 'neighbour',
        source: 'screening',
        summary: '邻里排水纠纷',
        peopleInvolved: 2,
      },
    });
    expect(res.statusCode).toBe(201);
    const seq = (n: string) => Number(n.split('-').at(-1));
    expect(seq(res.json().number)).toBe(seq(last.number) + 1);
  });

  it('holds a year of duty logs for every village auxiliary officer, more on working days, ending yesterday', async () => {
    const logs = await t.deps.db
      .selectFrom('duty_logs')
      .select(['jurisdiction_id', 'officer_user_id', 'type', 'occurred_on'])
      .execute();
    const villages = await t.deps.db
      .selectFrom('jurisdictions')
      .select('id')
      .where('level', 'in', ['village', 'community'])
      .execute();
    expect(new Set(logs.map((l) => l.jurisdiction_id)).size).toBe(villages.length);
    expect(new Set(logs.map((l) => l.officer_user_id)).size).toBe(villages.length);
    expect(new Set(logs.map((l) => l.type)).size).toBe(DUTY_TYPES.length);
    const days = logs.map((l) => l.occurred_on).sort();
    const today = shanghaiDate(NOW);
    expect(days.at(-1)).toBe(addDays(today, -1));
    expect(days[0]).toBe(addDays(today, -365));
    const weekend = (day: string) => [0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay());
    const onWeekends = logs.filter((l) => weekend(l.occurred_on)).length;
    // Two weekend days against five working days: per day, working days carry well over twice as many entries.
    expect((logs.length - onWeekends) / 5).toBeGreaterThan((onWeekends / 2) * 2);

    const aux = await sessionOf('auxiliary');
    const calendar = await t.app.inject({
      method: 'GET',
      url: `/api/v1/duty-logs/calendar?month=${addDays(today, -31).slice(0, 7)}`,
      headers: aux.headers(),
    });
    expect(calendar.statusCode).toBe(200);
    expect(calendar.json().days.length).toBeGreaterThan(10);
    const linked = await t.deps.db.selectFrom('duty_log_links').select('kind').execute();
    expect(linked.length).toBeGreaterThan(100);
  });

  it('holds 18 months of incidents ending today, about 100–150 a month, the last ones still on the desk', async () => {
    const rows = await t.deps.db
      .selectFrom('incidents')
      .select(['received_at', 'state', 'category', 'dispute', 'responsible_officer_id'])
      .execute();
    const months = 18.5;
    expect(rows.length).toBeGreaterThan(100 * months);
    expect(rows.length).toBeLessThan(150 * months);
    const received = rows.map((r) => r.received_at).sort();
    const oldest = Date.parse(received[0] ?? '');
    expect((NOW.getTime() - oldest) / (30.4 * 86_400_000)).toBeGreaterThan(17.5);
    expect(received.at(-1)! <= NOW.toISOString()).toBe(true);
    expect(NOW.getTime() - Date.parse(received.at(-1) ?? '')).toBeLessThan(3_600_000);
    const recent = rows.filter((r) => Date.parse(r.received_at) > NOW.getTime() - 2 * 86_400_000);
    const openStates = new Set(recent.filter((r) => r.state !== 'CLOSED').map((r) => r.state));
    for (const state of ['RECEIVED', 'DISPATCHED', 'ACKED', 'ON_SCENE', 'HANDLING'])
      expect(openStates).toContain(state);
    expect(
      rows.filter((r) => Date.parse(r.received_at) < NOW.getTime() - 5 * 86_400_000).every((r) => r.state === 'CLOSED'),
    ).toBe(true);
    const counts = new Map<string, number>();
    for (const r of rows) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
    const share = (category: string) => (counts.get(category) ?? 0) / rows.length;
    expect(share('public_order') + share('help')).toBeGreaterThan(0.5);
    for (const category of ['criminal', 'traffic', 'fire_rescue', 'linkage'])
      expect(share(category)).toBeGreaterThan(0.01);
    const disputes = rows.filter((r) => r.dispute === 1).length / rows.length;
    expect(disputes).toBeGreaterThan(0.08);
    expect(disputes).toBeLessThan(0.125);
    expect(rows.filter((r) => r.state !== 'RECEIVED').every((r) => r.responsible_officer_id !== null)).toBe(true);
  });

  it('arrives mostly within the class target, late more often in the villages far down the list', async () => {
    const places = await t.deps.db
      .selectFrom('jurisdictions')
      .select(['id', 'parent_id', 'level', 'sort_order'])
      .where('level', 'in', ['village', 'community', 'group'])
      .execute();
    const villages = places.filter((p) => p.level !== 'group').sort((a, b) => a.sort_order - b.sort_order);
    const rank = new Map(villages.map((v, i) => [v.id, i]));
    for (const group of places.filter((p) => p.level === 'group')) {
      rank.set(group.id, rank.get(group.parent_id ?? '') ?? 0);
    }
    const arrived = await t.deps.db
      .selectFrom('incidents')
      .select(['jurisdiction_id', 'arrival_late', 'received_at', 'arrived_at', 'arrival_target_minutes'])
      .where('arrived_at', 'is not', null)
      .execute();
    const late = (rows: typeof arrived) => rows.filter((r) => r.arrival_late === 1).length / rows.length;
    expect(late(arrived)).toBeGreaterThan(0.05);
    expect(late(arrived)).toBeLessThan(0.25);
    for (const r of arrived) {
      const minutes = Math.floor((Date.parse(r.arrived_at ?? '') - Date.parse(r.received_at)) / 60_000);
      expect(r.arrival_late).toBe(minutes > r.arrival_target_minutes ? 1 : 0);
    }
    const half = villages.length / 2;
    const near = arrived.filter((r) => (rank.get(r.jurisdiction_id) ?? 0) < half);
    const far = arrived.filter((r) => (rank.get(r.jurisdiction_id) ?? 0) >= half);
    expect(late(far)).toBeGreaterThan(late(near));
  });

  it('puts public-order calls at night and help requests by day', async () => {
    const rows = await t.deps.db.selectFrom('incidents').select(['received_at', 'category']).execute();
    const perHour = (category: string, hours: number[]) =>
      rows.filter((r) => r.category === category && hours.includes(shanghaiHour(r.received_at))).length / hours.length;
    const night = [20, 21, 22, 23, 0, 1];
    const day = [8, 9, 10, 11, 12, 13, 14, 15, 16, 17];
    expect(perHour('public_order', night)).toBeGreaterThan(1.5 * perHour('public_order', day));
    expect(perHour('help', day)).toBeGreaterThan(2 * perHour('help', night));
  });

  it('walked every incident through the state machine: each stored timeline replays without a problem', async () => {
    const incidents = await t.deps.db.selectFrom('incidents').selectAll().execute();
    const timeline = await t.deps.db.selectFrom('incident_timeline').selectAll().orderBy('id').execute();
    const disputes = new Map(
      (await t.deps.db.selectFrom('disputes').select(['id', 'category']).execute()).map((d) => [d.id, d.category]),
    );
    const byIncident = new Map<string, typeof timeline>();
    for (const entry of timeline)
      byIncident.set(entry.incident_id, [...(byIncident.get(entry.incident_id) ?? []), entry]);
    const actions: ReadonlySet<string> = new Set(INCIDENT_ACTIONS);
    for (const row of incidents) {
      const entries = byIncident.get(row.id) ?? [];
      expect(entries[0]?.event, row.id).toBe('received');
      let incident: { state: IncidentState } & IncidentStamps = { state: 'RECEIVED', receivedAt: row.received_at };
      for (const entry of entries.slice(1)) {
        if (!actions.has(entry.event)) continue;
        const action = entry.event as IncidentAction;
        const input = {
          at: entry.at,
          responsibleOfficerId: row.responsible_officer_id,
          caseKind: row.case_kind,
          caseNumber: row.case_number,
          departmentId: row.department_id,
          duplicateOfId: row.duplicate_of_id,
          disputeCategory: row.dispute_id ? (disputes.get(row.dispute_id) ?? null) : null,
          note: entry.note,
        };
        const problems = incidentActionProblems(incident, action, roleOf(entry.actor_name), input, NOW);
        expect(problems, `${row.number} ${action}`).toEqual([]);
        expect(entry.from_state).toBe(incident.state);
        incident = applyIncidentAction(incident, action, entry.at);
        expect(entry.to_state).toBe(incident.state);
      }
      expect(row.state, row.number).toBe(incident.state);
      for (const stamp of INCIDENT_STAMPS)
        expect(row[STAMP_COLUMNS[stamp]] ?? null, stamp).toBe(incident[stamp] ?? null);
    }
  });

  it('links the disputes registered from an incident to the incident that was referred, both ways', async () => {
    const referred = await t.deps.db
      .selectFrom('incidents')
      .select(['id', 'dispute_id', 'received_at', 'feedback_at', 'disposition', 'dispute'])
      .where('dispute_id', 'is not', null)
      .execute();
    const disputes = (
      await t.deps.db
        .selectFrom('disputes')
        .select(['id', 'source', 'created_at', 'occurred_on', 'incident_ids', 'risk_reasons'])
        .execute()
    ).map((d) => ({
      ...d,
      incident_ids: JSON.parse(d.incident_ids) as string[],
      risk_reasons: JSON.parse(d.risk_reasons) as { code: string }[],
    }));
    const fromIncidents = disputes.filter((d) => d.source === 'incident');
    expect(fromIncidents.length).toBeGreaterThan(50);
    expect(referred.length).toBe(fromIncidents.length);
    const byId = new Map(disputes.map((d) => [d.id, d]));
    for (const incident of referred) {
      const dispute = byId.get(incident.dispute_id ?? '');
      expect(dispute?.source).toBe('incident');
      expect(incident.disposition).toBe('people_mediation');
      expect(incident.dispute).toBe(1);
      expect(incident.feedback_at).toBe(dispute?.created_at);
      expect(dispute?.occurred_on).toBe(shanghaiDate(incident.received_at));
      expect(dispute?.incident_ids).toContain(incident.id);
    }
    const incidentIds = new Set(
      (await t.deps.db.selectFrom('incidents').select('id').execute()).map((incident) => incident.id),
    );
    for (const dispute of fromIncidents) for (const id of dispute.incident_ids) expect(incidentIds.has(id)).toBe(true);
    const repeated = fromIncidents.filter((d) => d.incident_ids.length > 1);
    expect(repeated.length).toBeGreaterThan(5);
    expect(repeated.some((d) => d.risk_reasons.some((r) => r.code === 'REPEAT_INCIDENTS'))).toBe(true);
  });

  it('links repeat calls, marks duplicates against their original, and keeps parties encrypted and masked', async () => {
    const links = await t.deps.db.selectFrom('incident_links').selectAll().execute();
    expect(links.filter((l) => l.reason === 'same_party').length).toBeGreaterThan(5);
    expect(links.filter((l) => l.reason === 'same_address').length).toBeGreaterThan(5);
    const duplicates = await t.deps.db
      .selectFrom('incidents as i')
      .innerJoin('incidents as o', 'o.id', 'i.duplicate_of_id')
      .select(['i.received_at', 'o.received_at as original_at', 'i.disposition'])
      .execute();
    expect(duplicates.length).toBeGreaterThan(5);
    for (const d of duplicates) {
      expect(d.disposition).toBe('duplicate');
      expect(d.original_at < d.received_at).toBe(true);
    }
    const parties = await t.deps.db.selectFrom('incident_parties').selectAll().limit(200).execute();
    for (const party of parties) {
      expect(party.id_number_bidx).not.toBeNull();
      expect(party.id_number_masked).toMatch(/\*/);
      const clear = t.deps.cipher.decrypt(party.id_number_enc ?? '');
      expect(clear).toMatch(/^\d{17}[\dX]$/);
      expect(t.deps.cipher.blindIndex(clear)).toBe(party.id_number_bidx);
    }
  });

  it('continues incident numbering after the demo, and the desk reads the demo through the API', async () => {
    const year = Number(shanghaiDate(NOW).slice(0, 4));
    const numbers = await t.deps.db
      .selectFrom('incidents')
      .select('number')
      .where('number', 'like', `（${year}）%`)
      .execute();
    const officer = await sessionOf('officer');
    const village = await t.deps.db
      .selectFrom('jurisdictions')
      .select('id')
      .where('name', '=', '双坪村')
      .executeTakeFirstOrThrow();
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/incidents',
      headers: officer.headers(),
      payload: { source: 'phone', classCode: '050100', jurisdictionId: village.id, summary: '群众求助' },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().number).toBe(`（${year}）马警字第${numbers.length + 1}号`);

    const aux = await sessionOf('auxiliary');
    const open = (
      await t.app.inject({ method: 'GET', url: '/api/v1/incidents?open=true&limit=50', headers: aux.headers() })
    ).json().items as { id: string; villageName: string | null; jurisdictionName: string; actions: string[] }[];
    expect(open.length).toBeGreaterThan(1);
    expect(open.every((item) => (item.villageName ?? item.jurisdictionName) === '双坪村')).toBe(true);
    expect(open.some((item) => item.actions.includes('acknowledge'))).toBe(true);

    const referred = await t.deps.db
      .selectFrom('incidents')
      .select('id')
      .where('dispute_id', 'is not', null)
      .orderBy('received_at', 'desc')
      .executeTakeFirstOrThrow();
    const chief = await sessionOf('chief');
    const detail = (
      await t.app.inject({ method: 'GET', url: `/api/v1/incidents/${referred.id}`, headers: chief.headers() })
    ).json();
    expect(detail.disposition).toBe('people_mediation');
    expect(detail.disputeNumber).toMatch(/-\d{4}-\d{5}$/);
    expect(detail.responsibleOfficerName).toBeTruthy();
    expect(detail.parties.length).toBeGreaterThan(0);
    expect(detail.timeline.map((e: { event: string }) => e.event)).toContain('refer_people_mediation');
  });

  it('generates the same incidents from the same seed', async () => {
    const again = await createTestApp(dialect);
    try {
      await seedMaliang(again.deps, PASSWORD, NOW);
      const digest = async (app: TestApp) =>
        (
          await app.deps.db
            .selectFrom('incidents')
            .select(['id', 'number', 'class_code', 'received_at', 'state', 'disposition', 'summary', 'closed_at'])
            // Only what the seed wrote: other tests here record incidents of their own.
            .where('received_at', '<=', NOW.toISOString())
            .orderBy('id')
            .execute()
        ).map((row) => Object.values(row).join('|'));
      expect(await digest(again)).toEqual(await digest(t));
    } finally {
      await again.close();
    }
  }, 120_000);

  it('has this year’s rota of security directors with past check-ins, a pending swap and trainings', async () => {
    const chief = await sessionOf('chief');
    const today = shanghaiDate(NOW);
    const rota = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/rotation/rota?year=${today.slice(0, 4)}`,
        headers: chief.headers(),
      })
    ).json() as { slots: { month: number; directorName: string | null; days: string[]; checkIns: string[] }[] };
    expect(rota.slots).toHaveLength(48);
    expect(rota.slots.every((slot) => slot.directorName !== null)).toBe(true);
    const ofMonth = rota.slots.filter((slot) => slot.month === Number(today.slice(5, 7)));
    expect(ofMonth).toHaveLength(4);
    const past = rota.slots.flatMap((slot) => slot.days.filter((day) => day < today));
    const checked = rota.slots.flatMap((slot) => slot.checkIns);
    expect(checked.length).toBeGreaterThan(past.length * 0.8);
    expect(checked.every((day) => day < today)).toBe(true);
    const trainings = (
      await t.app.inject({ method: 'GET', url: '/api/v1/rotation/trainings', headers: chief.headers() })
    ).json();
    if (Number(today.slice(5, 7)) > 1) expect(trainings.items.length).toBeGreaterThan(0);
  });

  it('has last month assessed and signed by the chief for every village auxiliary officer', async () => {
    const month = addMonths(`${shanghaiDate(NOW).slice(0, 7)}-01`, -1).slice(0, 7);
    const officers = await t.deps.db
      .selectFrom('assignments')
      .select('person_id')
      .where('duty', '=', 'village_auxiliary')
      .execute();
    const signed = await t.deps.db
      .selectFrom('assessment_signoffs')
      .select(['person_id', 'signed_by_name', 'total_tenths'])
      .where('month', '=', month)
      .execute();
    expect(officers.length).toBeGreaterThan(20);
    expect(new Set(signed.map((row) => row.person_id))).toEqual(new Set(officers.map((row) => row.person_id)));
    expect(new Set(signed.map((row) => row.signed_by_name))).toEqual(new Set(['周建国（所长）']));
    const chief = await sessionOf('chief');
    const ranking = await t.app.inject({
      method: 'GET',
      url: `/api/v1/assessments/${month}/ranking`,
      headers: chief.headers(),
    });
    const entries = (ranking.json().districts as { entries: { status: string }[] }[]).flatMap((d) => d.entries);
    expect(entries).toHaveLength(officers.length);
    expect(entries.every((entry) => entry.status === 'signed')).toBe(true);
    const adjusted = await t.deps.db.selectFrom('assessment_adjustments').select(['month', 'reason']).execute();
    expect(adjusted).toEqual([{ month, reason: expect.stringContaining('回访') }]);
  });

  it('has the last twelve monthly consultations with frozen figures and tasks the demo accounts own', async () => {
    const chief = await sessionOf('chief');
    const meetings = (
      await t.app.inject({ method: 'GET', url: '/api/v1/meetings?limit=50', headers: chief.headers() })
    ).json().items as { id: string; state: string; day: string; taskCount: number }[];
    expect(meetings).toHaveLength(12);
    expect(meetings.every((m) => m.day <= shanghaiDate(NOW) && m.taskCount > 0)).toBe(true);
    expect(meetings.filter((m) => m.state === 'closed')).toHaveLength(11);
    const latest = (
      await t.app.inject({ method: 'GET', url: `/api/v1/meetings/${meetings[0]?.id}`, headers: chief.headers() })
    ).json();
    expect(latest.snapshot.asOf).toBe(latest.startsAt);
    expect(latest.snapshot.figures.length).toBeGreaterThan(0);
    expect(latest.attendees.some((a: { kind: string }) => a.kind === 'village')).toBe(true);
    const states = await t.deps.db.selectFrom('tasks').select(['state', 'owner_name']).execute();
    expect(states.filter((s) => s.state === 'confirmed').length).toBeGreaterThan(states.length / 2);
    expect(await t.deps.db.selectFrom('task_feedback').select('id').execute()).not.toHaveLength(0);
    for (const username of ['officer', 'auxiliary', 'dept_land', 'zongzhiban']) {
      const session = await sessionOf(username);
      const mine = (
        await t.app.inject({ method: 'GET', url: '/api/v1/tasks?mine=true&limit=50', headers: session.headers() })
      ).json().items as unknown[];
      expect(mine.length, username).toBeGreaterThan(0);
    }
  });

  it('has key persons of both groups with visits over the months, a few overdue, one level change pending', async () => {
    const rows = await t.deps.db.selectFrom('key_persons').selectAll().execute();
    expect(new Set(rows.map((row) => row.category_group))).toEqual(new Set(['police', 'governance']));
    expect(new Set(rows.map((row) => row.jurisdiction_id)).size).toBeGreaterThan(5);
    const today = shanghaiDate(NOW);
    const overdue = rows.filter((row) => row.next_visit_due < today);
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThan(rows.length / 2);
    const visits = await t.deps.db.selectFrom('key_person_visits').select(['visited_on']).execute();
    expect(new Set(visits.map((visit) => visit.visited_on.slice(0, 7))).size).toBeGreaterThanOrEqual(3);
    const pending = await t.deps.db
      .selectFrom('key_person_requests')
      .selectAll()
      .where('state', '=', 'pending')
      .execute();
    expect(pending).toHaveLength(1);
    const chief = await sessionOf('chief');
    const page = await t.app.inject({ method: 'GET', url: '/api/v1/key-persons?limit=100', headers: chief.headers() });
    expect(page.json().items).toHaveLength(rows.length);
  });

  it('has 30 daily analyses and 12 weekly judgements assembled from the demo, signed except today’s and this week’s', async () => {
    const rows = await t.deps.db
      .selectFrom('analyses')
      .select(['id', 'kind', 'period_key', 'state', 'signed_by_name'])
      .orderBy('period_key')
      .execute();
    const daily = rows.filter((row) => row.kind === 'daily');
    const weekly = rows.filter((row) => row.kind === 'weekly');
    const today = shanghaiDate(NOW);
    const thisWeek = analysisPeriodContaining('weekly', NOW).key;
    expect(daily).toHaveLength(30);
    expect(weekly).toHaveLength(12);
    expect(daily.at(-1)?.period_key).toBe(today);
    expect(weekly.at(-1)?.period_key).toBe(thisWeek);
    const drafts = rows.filter((row) => row.state === 'draft').map((row) => row.period_key);
    expect(drafts.sort()).toEqual([today, thisWeek].sort());
    expect(new Set(rows.filter((r) => r.state === 'signed').map((r) => r.signed_by_name))).toEqual(
      new Set(['周建国（所长）']),
    );
    // A signed week's incident figure is the direct count of the demo's incidents in that week.
    const chief = await sessionOf('chief');
    const week = weekly.at(-2);
    if (!week) throw new Error('no signed week');
    const body = (
      await t.app.inject({ method: 'GET', url: `/api/v1/analyses/${week.id}`, headers: chief.headers() })
    ).json();
    const received = body.sections[0].figures.find((f: { key: string }) => f.key === 'received').count;
    const direct = await t.deps.db
      .selectFrom('incidents')
      .select((eb) => eb.fn.countAll().as('n'))
      .where('received_at', '>=', body.period.from)
      .where('received_at', '<', body.period.to)
      .executeTakeFirstOrThrow();
    expect(received).toBe(Number(direct.n));
    expect(received).toBeGreaterThan(0);
    expect(body.judgement).toContain('研判意见：');
  });

  it('covers the 12 districts "1+1+N" with one officer away and covered, and one real gap', async () => {
    const chief = await sessionOf('chief');
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/coverage', headers: chief.headers() });
    const body = res.json() as {
      districts: { posts: unknown[]; officers: { away: { standInName: string | null } | null }[] }[];
      gaps: { kind: string }[];
    };
    expect(body.districts).toHaveLength(12);
    expect(body.districts.every((d) => d.posts.length === 1 && d.officers.length === 1)).toBe(true);
    // One officer away from both his districts, covered by a colleague.
    expect(body.districts.flatMap((d) => d.officers).filter((o) => o.away?.standInName)).toHaveLength(2);
    expect(body.gaps.map((gap) => gap.kind)).toEqual(['auxiliary_uncovered']);
    const leaves = await t.app.inject({ method: 'GET', url: '/api/v1/coverage/stand-ins', headers: chief.headers() });
    expect(leaves.json().items).toHaveLength(4);
  });

  it('holds the story’s hazards: about 45 found and fixed in the year, some open, a few overdue', async () => {
    const rows = await t.deps.db.selectFrom('hazards').selectAll().execute();
    const fixed = rows.filter((row) => row.state === 'verified');
    expect(fixed.length).toBe(45);
    for (const row of fixed) {
      expect(row.rectified_at && row.verified_at && row.rectified_at < row.verified_at).toBe(true);
      expect(Date.parse(row.reported_at)).toBeGreaterThan(NOW.getTime() - 366 * 86_400_000);
    }
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set(['patrol', 'video_patrol', 'inspection', 'public']));
    expect(new Set(rows.map((row) => row.jurisdiction_id)).size).toBeGreaterThan(10);
    const today = shanghaiDate(NOW);
    const open = rows.filter((row) => row.state === 'reported' || row.state === 'assigned');
    const overdue = open.filter((row) => row.due_on !== null && row.due_on < today);
    expect(open.length).toBeGreaterThan(overdue.length);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(rows.filter((row) => row.responsible_name !== null).length).toBe(rows.length);
    const events = await t.deps.db.selectFrom('hazard_events').select('kind').where('kind', '=', 'verified').execute();
    expect(events).toHaveLength(45);
  });

  it('has anti-fraud coverage near 98 % rising over the year, activities every month and a case some weeks ago', async () => {
    const chief = await sessionOf('chief');
    const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: chief.headers() })).json();
    const coverage = await get('/api/v1/antifraud/coverage');
    expect(coverage.total.percent).toBeGreaterThanOrEqual(97);
    expect(coverage.total.percent).toBeLessThanOrEqual(99.5);
    expect(coverage.villages.every((row: { percent: number | null }) => row.percent !== null)).toBe(true);
    const yearAgo = await get(`/api/v1/antifraud/coverage?day=${addMonths(shanghaiDate(NOW), -11)}`);
    expect(yearAgo.total.percent).toBeLessThan(80);
    const activities = await t.deps.db.selectFrom('antifraud_activities').select('day').execute();
    const perMonth = new Map<string, number>();
    for (const { day } of activities) perMonth.set(day.slice(0, 7), (perMonth.get(day.slice(0, 7)) ?? 0) + 1);
    const today = shanghaiDate(NOW);
    for (let m = 1; m <= 11; m++) {
      const month = addMonths(today, -m).slice(0, 7);
      expect(perMonth.get(month) ?? 0, month).toBeGreaterThanOrEqual(2);
    }
    const summary = await get('/api/v1/antifraud/cases/summary');
    expect(summary.daysSinceLastCase).toBeGreaterThanOrEqual(21);
    expect(summary.daysSinceLastCase).toBeLessThanOrEqual(60);
    const counters = await get('/api/v1/stats/counters');
    expect(counters.counters.find((c: { key: string }) => c.key === 'days_since_fraud').value).toBe(
      summary.daysSinceLastCase,
    );
  });

  it('registers 82 public and about 1,000 household cameras with consents, groups and grants', async () => {
    // The venues' cameras, consents and group are the venues demo's (the test after this one).
    const cameras = await t.deps.db
      .selectFrom('cameras')
      .select(['kind', 'source_kind', 'status', 'device_id'])
      .where('kind', '!=', 'venue')
      .execute();
    expect(cameras.filter((c) => c.kind === 'public')).toHaveLength(82);
    expect(cameras.filter((c) => c.kind === 'household').length).toBeGreaterThanOrEqual(1_000);
    expect(cameras.filter((c) => c.source_kind === 'rtp')).toHaveLength(9);
    expect(cameras.filter((c) => c.status === 'offline').length).toBeGreaterThan(5);
    expect(cameras.every((c) => validateDeviceId(c.device_id, '42062604') === null)).toBe(true);
    const consents = await t.deps.db
      .selectFrom('camera_consents')
      .select(['expires_at', 'revoked_at'])
      .where('agreement_id', 'is', null)
      .execute();
    const now = NOW.toISOString();
    const monthEnd = shanghaiDayStart(addMonths(`${shanghaiDate(NOW).slice(0, 7)}-01`, 1)).toISOString();
    expect(consents.filter((c) => c.expires_at > now && c.expires_at <= monthEnd).length).toBeGreaterThanOrEqual(20);
    expect(consents.filter((c) => c.expires_at <= now).length).toBeGreaterThanOrEqual(3);
    expect(consents.filter((c) => c.revoked_at !== null)).toHaveLength(1);

    const monitor = await sessionOf('monitor');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/cameras?kind=household&limit=5',
      headers: monitor.headers(),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().items[0].owner.phone).toMatch(/\*{4}/);
    const groups = await t.app.inject({ method: 'GET', url: '/api/v1/camera-groups', headers: monitor.headers() });
    expect(
      groups
        .json()
        .items.filter((g: { name: string }) => g.name !== '场所视频')
        .map((g: { memberCount: number }) => g.memberCount)
        .sort((a: number, b: number) => a - b),
    ).toEqual([82, cameras.length - 82]);
  });

  it('has 12 venues sharing 4–8 valid venue cameras each, one agreement ending this month and one revoked', async () => {
    const chief = await sessionOf('chief');
    const get = async (url: string) => t.app.inject({ method: 'GET', url, headers: chief.headers() });
    const venues = (await (await get('/api/v1/venues?limit=50')).json()).items as Venue[];
    const kinds = new Map<string, number>();
    for (const venue of venues) kinds.set(venue.kind, (kinds.get(venue.kind) ?? 0) + 1);
    expect(Object.fromEntries(kinds)).toEqual({ bank: 2, school: 3, hospital: 1, supermarket: 3, hotel: 2, other: 1 });
    expect(venues.every((venue) => venue.cameraCount >= 4 && venue.cameraCount <= 8)).toBe(true);
    expect(venues.every((venue) => venue.contactPhoneMasked?.includes('****'))).toBe(true);
    const states = venues.map((venue) => venue.agreementState).sort();
    expect(states.filter((state) => state === 'expiring')).toHaveLength(1);
    expect(states.filter((state) => state === 'revoked')).toHaveLength(1);
    expect(states.filter((state) => state === 'active')).toHaveLength(10);
    const expiring = venues.find((venue) => venue.agreementState === 'expiring');
    expect(expiring?.agreementLastDay?.slice(0, 7)).toBe(shanghaiDate(NOW).slice(0, 7));
    const cameras = await t.deps.db.selectFrom('cameras').select('device_id').where('kind', '=', 'venue').execute();
    expect(cameras.filter((camera) => validateDeviceId(camera.device_id, '42062604') !== null)).toEqual([]);
    const detail = (await (await get(`/api/v1/venues/${venues[0]?.id}`)).json()) as VenueDetail;
    const document = detail.agreements[0]?.document;
    expect(document?.mediaType).toBe('application/pdf');
    expect((await get(`/api/v1/venues/agreement-documents/${document?.id}/download`)).statusCode).toBe(200);
  });
});
