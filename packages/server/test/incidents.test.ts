import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from './support/databases';
import {
  createAccount,
  loginAs,
  type Session,
  type SmallTown,
  seedDepartments,
  seedSmallTown,
  validIdNumber,
} from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const ZHANG_ID = validIdNumber('42062619800101001');
const MINUTE = 60_000;

interface IncidentBody {
  id: string;
  number: string;
  state: string;
  disposition: string | null;
  dispute: boolean;
  disputeId: string | null;
  disputeNumber: string | null;
  responsibleOfficerId: string | null;
  address: string | null;
  receivedAt: string;
  dispatchedAt: string | null;
  ackedAt: string | null;
  arrivedAt: string | null;
  closedAt: string | null;
  arrival: { status: string; late: boolean };
  parties: { id: string; name: string; role: string; idNumber: string | null; phone: string | null }[];
  timeline: { event: string; fromState: string | null; toState: string | null; at: string; refId: string | null }[];
  actions: string[];
}

type Socket = Awaited<ReturnType<TestApp['app']['injectWS']>>;

function nextMessage(socket: Socket): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no message within 5 s')), 5000);
    socket.once('message', (data: Buffer) => {
      clearTimeout(timer);
      resolve(JSON.parse(String(data)));
    });
  });
}

type Table = 'incidents' | 'incident_parties' | 'incident_timeline' | 'disputes' | 'dispute_parties';

const BACKDATE_DAYS = 3650;

describe.each(testDialects())('incidents on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let chief: Session;
  let officer: Session;
  let aux: Session;
  let otherAux: Session;
  let officerId: string;
  let auxId: string;
  let justiceId: string;

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const post = (s: Session, url: string, payload: object, extra: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: s.headers(extra), payload });
  const act = (s: Session, id: string, action: string, payload: object = {}, extra: Record<string, string> = {}) =>
    post(s, `/api/v1/incidents/${id}/actions`, { action, ...payload }, extra);
  const count = async (table: Table) => (await t.deps.db.selectFrom(table).select('id').execute()).length;
  const counts = async () => ({
    incidents: await count('incidents'),
    parties: await count('incident_parties'),
    timeline: await count('incident_timeline'),
    disputes: await count('disputes'),
    disputeParties: await count('dispute_parties'),
  });
  const audits = async (action: string) =>
    t.deps.db
      .selectFrom('audit_log')
      .select(['action', 'outcome', 'target_id', 'user_id'])
      .where('action', '=', action)
      .execute();
  const ago = (minutes: number) => new Date(Date.now() - minutes * MINUTE).toISOString();

  const record = async (s: Session, extra: object = {}) => {
    const res = await post(s, '/api/v1/incidents', {
      source: 'dispatch_110',
      classCode: '020201',
      jurisdictionId: town.groups.双坪村?.[0]?.id,
      summary: '张三报警称与邻居李四因排水沟发生争吵',
      address: '双坪村1组18号',
      parties: [
        { role: 'caller', name: '张三', idNumber: ZHANG_ID, phone: '13812345678' },
        { role: 'party', name: '李四', phone: '13987654321' },
        { role: 'witness', name: '王五' },
      ],
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as IncidentBody;
  };

  /** RECEIVED → … → HANDLING, each step a minute after the last (arrival `arrivedMinutesAgo`), all in the past. */
  const toHandling = async (id: string, receivedMinutesAgo = 60, arrivedMinutesAgo = receivedMinutesAgo - 3) => {
    const steps = [
      [chief, 'dispatch', { responsibleOfficerId: officerId }, receivedMinutesAgo - 1],
      [aux, 'acknowledge', {}, receivedMinutesAgo - 2],
      [aux, 'arrive', {}, arrivedMinutesAgo],
      [aux, 'start_handling', {}, arrivedMinutesAgo - 1],
    ] as const;
    for (const [s, action, body, minute] of steps) {
      const res = await act(s, id, action, { ...body, at: ago(minute) });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
  };

  beforeAll(async () => {
    // Ten years back, so the fixed New Year dates below stay recordable; the bound itself is tested with it.
    t = await createTestApp(dialect, {}, { FENGQIAO_INCIDENT_BACKDATE_DAYS: String(BACKDATE_DAYS) });
    town = await seedSmallTown(t.deps);
    justiceId = (await seedDepartments(t.deps, town, ['司法所'])).departments.司法所 ?? '';
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    officerId = (await createAccount(t.deps, 'officer', 'officer', town.district2.id)).id;
    auxId = (await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id)).id;
    await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id);
    chief = await loginAs(t.app, 'chief');
    officer = await loginAs(t.app, 'officer');
    aux = await loginAs(t.app, 'aux');
    otherAux = await loginAs(t.app, 'aux_nanya');
  });
  afterAll(async () => t.close());

  it('walks RECEIVED → DISPATCHED → ACKED → ON_SCENE → HANDLING → FEEDBACK → REVIEWED → CLOSED with its timeline', async () => {
    const created = await record(officer, { receivedAt: ago(30), latitude: 31.612345, longitude: 111.304567 });
    expect(created.number).toMatch(/^（\d{4}）马警字第\d+号$/);
    // The exact point is personal data like the address: records carry it to about a kilometre, unmask gives it all.
    expect(created).toMatchObject({ latitude: 31.61, longitude: 111.3 });
    expect(created).toMatchObject({ state: 'RECEIVED', dispute: true, address: '双坪村1组****' });
    expect(created.parties.map((party) => party.idNumber)).not.toContain(ZHANG_ID);
    expect(created.parties[0]?.phone).not.toBe('13812345678');
    expect(created.actions).toContain('dispatch');
    const id = created.id;

    const byAux = await act(aux, id, 'dispatch', { responsibleOfficerId: officerId });
    expect(byAux.statusCode).toBe(403);
    expect(byAux.json().error.code).toBe('ROLE_NOT_ALLOWED');

    await toHandling(id, 30);
    const handled = await act(aux, id, 'handle_on_scene', { note: '双方当场和解', at: ago(20) });
    expect(handled.json()).toMatchObject({ state: 'FEEDBACK', disposition: 'handled_on_scene' });
    expect(handled.json().actions).not.toContain('review');
    const sentBack = await act(chief, id, 'return_for_more', { note: '补充双方签字' });
    expect(sentBack.json().state).toBe('HANDLING');
    expect((await act(aux, id, 'handle_on_scene', { note: '已补签字' })).json().state).toBe('FEEDBACK');
    expect((await act(officer, id, 'review')).json().state).toBe('REVIEWED');
    const closed = (await act(chief, id, 'close')).json() as IncidentBody;

    expect(closed.state).toBe('CLOSED');
    expect(closed.arrival).toMatchObject({ status: 'on_time', late: false });
    expect(closed.responsibleOfficerId).toBe(officerId);
    expect(closed.timeline.map((entry) => entry.event)).toEqual([
      'received',
      'dispatch',
      'acknowledge',
      'arrive',
      'start_handling',
      'handle_on_scene',
      'return_for_more',
      'handle_on_scene',
      'review',
      'close',
    ]);
    expect(closed.timeline.map((entry) => entry.toState)).toEqual([
      'RECEIVED',
      'DISPATCHED',
      'ACKED',
      'ON_SCENE',
      'HANDLING',
      'FEEDBACK',
      'HANDLING',
      'FEEDBACK',
      'REVIEWED',
      'CLOSED',
    ]);
    const stamps = [closed.receivedAt, closed.dispatchedAt, closed.ackedAt, closed.arrivedAt, closed.closedAt];
    expect([...stamps].sort()).toEqual(stamps);
    expect(closed.actions).not.toContain('close');
    expect(closed.actions).not.toContain('add_party');
    const late = await post(chief, `/api/v1/incidents/${id}/parties`, { role: 'witness', name: '补录' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('TRANSITION_NOT_ALLOWED');

    const transitions = (await audits('incident.transition')).filter((row) => row.target_id === id);
    expect(transitions).toHaveLength(9);
    const notified = await t.deps.db
      .selectFrom('notifications')
      .select(['user_id', 'kind'])
      .where('target_id', '=', id)
      .execute();
    expect(notified).toEqual(
      expect.arrayContaining([
        { user_id: auxId, kind: 'incident.created' },
        { user_id: auxId, kind: 'incident.dispatched' },
        { user_id: officerId, kind: 'incident.dispatched' },
      ]),
    );
    expect(notified.filter((row) => row.user_id === officerId && row.kind === 'incident.created')).toEqual([]);
  });

  it('flags a late arrival against the class target and finds it with late=true', async () => {
    const late = await record(chief, { classCode: '020100', receivedAt: ago(90) });
    await toHandling(late.id, 90, 30);
    const view = (await get(chief, `/api/v1/incidents/${late.id}`)).json() as IncidentBody;
    expect(view.arrival).toMatchObject({ status: 'late', late: true });

    const waiting = await record(chief, { classCode: '020100', receivedAt: ago(45) });
    const fresh = await record(chief, { classCode: '020100' });
    const lateIds = (await get(chief, '/api/v1/incidents?late=true&limit=200'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(lateIds).toEqual(expect.arrayContaining([late.id, waiting.id]));
    expect(lateIds).not.toContain(fresh.id);
    const notLate = (await get(chief, '/api/v1/incidents?late=false&limit=200'))
      .json()
      .items.map((i: { id: string }) => i.id);
    expect(notLate).toContain(fresh.id);
    expect(notLate).not.toContain(waiting.id);
  });

  it('refuses bad intake with a stable code and writes nothing', async () => {
    const before = await counts();
    const base = {
      source: 'phone',
      classCode: '020201',
      jurisdictionId: town.shuangping.id,
      summary: '测试',
      parties: [{ role: 'caller', name: '赵六', phone: '13700000000' }],
    };
    const cases: [object, number, string][] = [
      [{ classCode: '999999' }, 400, 'INCIDENT_CLASS_UNKNOWN'],
      [{ classCode: '02020' }, 400, 'VALIDATION_FAILED'],
      [{ jurisdictionId: 'no-such-village' }, 404, 'NOT_FOUND'],
      [{ jurisdictionId: town.district1.id }, 400, 'INCIDENT_JURISDICTION_INVALID'],
      [{ receivedAt: new Date(Date.now() + 60 * MINUTE).toISOString() }, 400, 'TIME_IN_FUTURE'],
      [{ receivedAt: '1900-01-01T08:00:00+08:00' }, 400, 'TIME_TOO_FAR_BACK'],
      [
        { receivedAt: new Date(Date.now() - (BACKDATE_DAYS + 1) * 24 * 60 * MINUTE).toISOString() },
        400,
        'TIME_TOO_FAR_BACK',
      ],
      [{ parties: [{ role: 'caller', name: '赵六', idNumber: '420626198001010010' }] }, 400, 'INVALID_ID_NUMBER'],
    ];
    for (const [change, status, code] of cases) {
      const res = await post(officer, '/api/v1/incidents', { ...base, ...change });
      expect(res.statusCode, JSON.stringify(change)).toBe(status);
      expect(res.json().error.code).toBe(code);
    }
    const elsewhere = await post(otherAux, '/api/v1/incidents', base);
    expect(elsewhere.statusCode).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it('takes the class from the town’s own code table once it has one', async () => {
    const at = new Date().toISOString();
    const row = (code: string, active: number) => ({
      id: `class-${code}`,
      town_id: town.town.id,
      jurisdiction_id: town.town.id,
      code,
      name: code === '020299' ? '山林边界纠纷' : '停用',
      category: 'public_order' as const,
      dispute: 1,
      arrival_target_minutes: 90,
      active,
      created_at: at,
      updated_at: at,
    });
    await t.deps.db
      .insertInto('incident_classes')
      .values([row('020299', 1), row('020298', 0)])
      .execute();
    try {
      const own = await record(chief, { classCode: '020299' });
      expect(own).toMatchObject({ className: '山林边界纠纷', arrivalTargetMinutes: 90 });
      for (const code of ['020298', '020201']) {
        const res = await post(chief, '/api/v1/incidents', {
          source: 'phone',
          classCode: code,
          jurisdictionId: town.shuangping.id,
          summary: '测试',
        });
        expect(res.json().error.code).toBe('INCIDENT_CLASS_UNKNOWN');
      }
    } finally {
      await t.deps.db.deleteFrom('incident_classes').execute();
    }
  });

  it('refuses a step the state does not allow, a time before the last step or in the future, and writes nothing', async () => {
    const created = await record(chief, { receivedAt: ago(60) });
    const id = created.id;
    const refusals: [Session, string, object, number, string][] = [
      [aux, 'acknowledge', {}, 409, 'TRANSITION_NOT_ALLOWED'],
      [chief, 'arrive', {}, 409, 'TRANSITION_NOT_ALLOWED'],
      [chief, 'dispatch', {}, 400, 'RESPONSIBLE_OFFICER_REQUIRED'],
      [chief, 'dispatch', { responsibleOfficerId: auxId }, 400, 'RESPONSIBLE_OFFICER_REQUIRED'],
      [chief, 'dispatch', { responsibleOfficerId: officerId, at: ago(61) }, 400, 'TIME_BEFORE_PREVIOUS_STEP'],
    ];
    const check = async (cases: typeof refusals) => {
      for (const [s, action, body, status, code] of cases) {
        const before = await counts();
        const res = await act(s, id, action, body);
        expect(res.statusCode, `${action} ${res.body}`).toBe(status);
        expect(res.json().error.code).toBe(code);
        expect(await counts()).toEqual(before);
      }
    };
    await check(refusals);
    expect((await act(chief, id, 'dispatch', { responsibleOfficerId: officerId, at: ago(50) })).statusCode).toBe(200);
    expect((await act(aux, id, 'acknowledge', { at: ago(45) })).statusCode).toBe(200);
    await check([
      [aux, 'arrive', { at: ago(55) }, 400, 'TIME_BEFORE_PREVIOUS_STEP'],
      [aux, 'arrive', { at: new Date(Date.now() + 30 * MINUTE).toISOString() }, 400, 'TIME_IN_FUTURE'],
      [aux, 'close', {}, 409, 'TRANSITION_NOT_ALLOWED'],
    ]);
    const view = (await get(chief, `/api/v1/incidents/${id}`)).json() as IncidentBody;
    expect(view).toMatchObject({ state: 'ACKED', arrivedAt: null });

    await act(aux, id, 'arrive', { at: ago(40) });
    await act(aux, id, 'start_handling', { at: ago(39) });
    await check([
      [aux, 'open_case', { caseKind: 'criminal', caseNumber: 'X' }, 403, 'ROLE_NOT_ALLOWED'],
      [chief, 'open_case', { caseKind: 'criminal' }, 400, 'CASE_NUMBER_REQUIRED'],
      [chief, 'mark_duplicate', { duplicateOfId: id }, 400, 'DUPLICATE_OF_REQUIRED'],
      [chief, 'mark_duplicate', { duplicateOfId: 'no-such-incident' }, 400, 'DUPLICATE_OF_REQUIRED'],
      [aux, 'refer_department', { departmentId: town.town.id }, 400, 'DEPARTMENT_REQUIRED'],
      [aux, 'refer_people_mediation', {}, 400, 'DISPUTE_CATEGORY_REQUIRED'],
    ]);
    const referred = await act(aux, id, 'refer_department', { departmentId: justiceId, note: '移交司法所' });
    expect(referred.json()).toMatchObject({
      state: 'FEEDBACK',
      disposition: 'linkage_referral',
      departmentName: '司法所',
    });
  });

  it('opens a case and marks a duplicate of another incident of the town', async () => {
    const original = await record(chief, { receivedAt: ago(40) });
    const copy = await record(chief, { receivedAt: ago(35) });
    await toHandling(copy.id, 35);
    const duplicate = await act(chief, copy.id, 'mark_duplicate', { duplicateOfId: original.id, note: '同一警情' });
    expect(duplicate.json()).toMatchObject({ disposition: 'duplicate', duplicateOfNumber: original.number });
    await toHandling(original.id, 40);
    const opened = await act(chief, original.id, 'open_case', {
      caseKind: 'administrative',
      caseNumber: '马公（治）行受字〔2026〕15号',
    });
    expect(opened.json()).toMatchObject({ disposition: 'case_opened', caseKind: 'administrative' });
  });

  it('refers to people’s mediation: one dispute with the parties, once, and a retry with the same key creates none', async () => {
    const created = await record(aux, { receivedAt: ago(30) });
    const id = created.id;
    await toHandling(id, 30);
    const before = await counts();
    const key = { 'idempotency-key': 'refer-incident-0001' };
    const body = { disputeCategory: 'neighbour', note: '移交村调委会' };
    // The officer of the other district works the town's incidents but registers disputes only in that district.
    const handling = (await get(officer, `/api/v1/incidents/${id}`)).json() as IncidentBody;
    expect(handling.actions).toContain('mark_invalid');
    expect(handling.actions).not.toContain('refer_people_mediation');
    const outside = await act(officer, id, 'refer_people_mediation', body);
    expect(outside.statusCode).toBe(403);
    expect(outside.json().error.code).toBe('ROLE_NOT_ALLOWED');
    expect(await counts()).toEqual(before);
    const first = await act(aux, id, 'refer_people_mediation', body, key);
    expect(first.statusCode, first.body).toBe(200);
    const referred = first.json() as IncidentBody;
    expect(referred).toMatchObject({ state: 'FEEDBACK', disposition: 'people_mediation' });
    expect(referred.disputeId).toBeTruthy();
    expect(referred.timeline.at(-1)).toMatchObject({ event: 'refer_people_mediation', refId: referred.disputeId });

    const retry = await act(aux, id, 'refer_people_mediation', body, key);
    expect(retry.statusCode).toBe(200);
    expect(retry.headers['idempotent-replay']).toBe('true');
    expect(retry.json().disputeId).toBe(referred.disputeId);

    const after = await counts();
    expect(after.disputes).toBe(before.disputes + 1);
    expect(after.disputeParties).toBe(before.disputeParties + 2);

    const dispute = (await get(aux, `/api/v1/disputes/${referred.disputeId}`)).json();
    expect(dispute).toMatchObject({
      number: referred.disputeNumber,
      source: 'incident',
      category: 'neighbour',
      summary: '张三报警称与邻居李四因排水沟发生争吵',
      incidentIds: [id],
    });
    expect(dispute.parties.map((party: { name: string; role: string }) => [party.name, party.role])).toEqual([
      ['张三', 'applicant'],
      ['李四', 'respondent'],
    ]);
    const [stored] = await t.deps.db
      .selectFrom('dispute_parties')
      .select(['id_number_bidx', 'phone_bidx'])
      .where('dispute_id', '=', referred.disputeId ?? '')
      .where('name', '=', '张三')
      .execute();
    expect(stored?.id_number_bidx).toBe(t.deps.cipher.blindIndex(ZHANG_ID));

    await act(chief, id, 'return_for_more', { note: '再核实' });
    const beforeSecond = await counts();
    const second = await act(aux, id, 'refer_people_mediation', body, { 'idempotency-key': 'refer-incident-0002' });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('INCIDENT_ALREADY_REFERRED');
    expect(await counts()).toEqual(beforeSecond);
  });

  it('takes one of two concurrent steps from the same state: one referral, one dispute, the other 409', async () => {
    const created = await record(aux, { receivedAt: ago(30) });
    await toHandling(created.id, 30);
    const before = await counts();
    const body = { disputeCategory: 'neighbour', note: '移交村调委会' };
    const answers = await Promise.all([
      act(aux, created.id, 'refer_people_mediation', body),
      act(aux, created.id, 'refer_people_mediation', body),
      act(chief, created.id, 'mark_invalid', { note: '重复报警' }),
    ]);
    expect(answers.map((res) => res.statusCode).sort()).toEqual([200, 409, 409]);
    const after = await counts();
    expect(after.timeline - before.timeline).toBe(1);
    expect(after.disputes - before.disputes).toBeLessThanOrEqual(1);
    const [stored] = await t.deps.db.selectFrom('incidents').selectAll().where('id', '=', created.id).execute();
    expect(after.disputes - before.disputes).toBe(stored?.dispute_id ? 1 : 0);
  });

  it('rolls back the referral and the dispute together when the dispute cannot be registered', async () => {
    const created = await record(aux, { receivedAt: ago(30) });
    await toHandling(created.id, 30);
    const before = await counts();
    const res = await act(aux, created.id, 'refer_people_mediation', { disputeCategory: 'no_such_category' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('DISPUTE_CATEGORY_UNKNOWN');
    expect(await counts()).toEqual(before);
    const view = (await get(aux, `/api/v1/incidents/${created.id}`)).json() as IncidentBody;
    expect(view).toMatchObject({ state: 'HANDLING', disputeId: null });
  });

  it('shows an auxiliary officer only the village’s incidents; another village’s answers 404 like a missing one', async () => {
    const mine = await record(aux);
    const theirs = await record(chief, { jurisdictionId: town.nanya.id });
    const list = (await get(aux, '/api/v1/incidents?limit=200')).json().items as {
      id: string;
      villageName: string | null;
      jurisdictionName: string;
    }[];
    expect(list.map((item) => item.id)).toContain(mine.id);
    expect(list.map((item) => item.id)).not.toContain(theirs.id);
    const other = (await get(otherAux, '/api/v1/incidents?limit=200')).json().items.map((i: { id: string }) => i.id);
    expect(other).toEqual([theirs.id]);

    const missing = await get(aux, '/api/v1/incidents/no-such-incident');
    for (const url of [
      `/api/v1/incidents/${theirs.id}`,
      `/api/v1/incidents/${theirs.id}/responders`,
      `/api/v1/incidents/${theirs.id}/unmask`,
    ]) {
      const res = await get(aux, url);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(missing.json());
    }
    const before = await counts();
    for (const res of [
      await act(aux, theirs.id, 'acknowledge'),
      await post(aux, `/api/v1/incidents/${theirs.id}/parties`, { role: 'party', name: '某人' }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(missing.json());
    }
    expect(await counts()).toEqual(before);
  });

  it('filters the desk list by class, state, village, district, dispute, days and search, in pages', async () => {
    const group = await record(chief, {
      classCode: '030100',
      jurisdictionId: town.duanjiang.id,
      summary: '段江村路口两车相撞',
      parties: [],
    });
    const village = await record(chief);
    const items = async (query: string) =>
      ((await get(chief, `/api/v1/incidents?limit=200&${query}`)).json().items as { id: string }[]).map((i) => i.id);
    expect(await items('classCode=030100')).toEqual([group.id]);
    expect(await items('category=traffic')).toEqual([group.id]);
    expect(await items(`districtId=${town.district2.id}`)).toEqual([group.id]);
    expect(await items(`villageId=${town.shuangping.id}`)).not.toContain(group.id);
    expect(await items(`villageId=${town.shuangping.id}`)).toContain(village.id);
    expect(await items('dispute=false')).toContain(group.id);
    expect(await items('dispute=true')).not.toContain(group.id);
    expect(await items('state=RECEIVED&open=true')).toContain(group.id);
    expect(await items('open=false')).not.toContain(group.id);
    expect(await items(`q=${encodeURIComponent('两车相撞')}`)).toEqual([group.id]);
    expect(await items(`q=${encodeURIComponent(group.number.replace('（', '(').replace('）', ')'))}`)).toEqual([
      group.id,
    ]);
    const today = new Date(Date.now() + 8 * 60 * MINUTE).toISOString().slice(0, 10);
    expect(await items(`receivedFrom=${today}&receivedTo=${today}`)).toContain(group.id);
    expect(await items('receivedFrom=2020-01-01&receivedTo=2020-01-02')).toEqual([]);
    const byPhone = await items('q=13812345678');
    expect(byPhone).toContain(village.id);
    expect(byPhone).not.toContain(group.id);
    expect((await items('q=zhangsan')).length).toBe(byPhone.length);

    const all = await items('');
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(chief, `/api/v1/incidents?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
      const page = res.json() as { items: { id: string }[]; nextCursor: string | null };
      paged.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  it('unmasks for those who may, audits every read of personal data, and lists the town’s police as responders', async () => {
    const created = await record(aux, { latitude: 31.612345, longitude: 111.304567 });
    const id = created.id;
    expect(created).toMatchObject({ latitude: 31.61, longitude: 111.3 });
    const refused = await get(aux, `/api/v1/incidents/${id}/unmask`);
    expect(refused.statusCode).toBe(404);
    const clear = await get(chief, `/api/v1/incidents/${id}/unmask`);
    expect(clear.statusCode).toBe(200);
    expect(clear.json()).toMatchObject({ address: '双坪村1组18号', latitude: 31.612345, longitude: 111.304567 });
    expect(clear.json().parties[0]).toMatchObject({ idNumber: ZHANG_ID, phone: '13812345678' });
    expect((await get(aux, `/api/v1/incidents/${id}`)).statusCode).toBe(200);
    await get(aux, '/api/v1/incidents?q=13812345678');

    const unmasks = (await audits('incident.unmask')).filter((row) => row.target_id === id);
    expect(unmasks.map((row) => [row.user_id, row.outcome])).toEqual([
      [auxId, 'denied'],
      [expect.any(String), 'success'],
    ]);
    expect((await audits('incident.read')).some((row) => row.target_id === id && row.user_id === auxId)).toBe(true);
    const listed = await t.deps.db
      .selectFrom('audit_log')
      .select('detail')
      .where('action', '=', 'incident.list')
      .where('user_id', '=', auxId)
      .execute();
    expect(listed.map((row) => row.detail).join()).not.toContain('13812345678');
    expect(listed.map((row) => row.detail).join()).toContain('138****5678');

    const responders = (await get(aux, `/api/v1/incidents/${id}/responders`)).json() as {
      userId: string;
      role: string;
    }[];
    expect(responders.map((r) => r.role).sort()).toEqual(['chief', 'officer']);
    expect(responders.map((r) => r.userId)).toContain(officerId);

    const added = await post(aux, `/api/v1/incidents/${id}/parties`, {
      role: 'victim',
      name: '赵七',
      phone: '13600000000',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json().parties.map((p: { name: string }) => p.name)).toContain('赵七');
    expect(added.json().timeline.at(-1).event).toBe('party_added');
  });

  it('answers an intake with exactly the record a read of it returns: fields, masking, repeats, timeline, actions', async () => {
    const first = await record(chief);
    const second = await record(chief, { latitude: 31.87, longitude: 111.25 });
    expect(second.timeline.filter((entry) => entry.refId === first.id)).toHaveLength(1);
    const atVillage = await record(aux, { jurisdictionId: town.shuangping.id, parties: [], address: undefined });
    for (const [s, posted] of [
      [chief, first],
      [chief, second],
      [aux, atVillage],
    ] as const) {
      const read = await get(s, `/api/v1/incidents/${posted.id}`);
      expect(read.statusCode).toBe(200);
      const { repeats, timeline, ...rest } = read.json() as IncidentBody & { repeats: { incidentId: string }[] };
      // Read after the second intake, the first one has gained its repeats and the timeline entry saying so.
      const later = (id: string | null) => posted === first && id === second.id;
      expect({
        ...rest,
        repeats: repeats.filter((repeat) => !later(repeat.incidentId)),
        timeline: timeline.filter((entry) => !later(entry.refId)),
      }).toEqual(posted);
    }
  });

  it('numbers concurrent intakes without a gap or a repeat', async () => {
    const made = await Promise.all(Array.from({ length: 8 }, () => record(chief, { parties: [] })));
    const seqs = made.map((incident) => Number(/第(\d+)号/.exec(incident.number)?.[1])).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(8);
    expect((seqs.at(-1) ?? 0) - (seqs[0] ?? 0)).toBe(7);
  });

  it('pushes a new incident of the village to its auxiliary officer over the WebSocket once it is committed', async () => {
    const socket = await t.app.injectWS('/api/v1/notifications/ws', { headers: { cookie: aux.cookie } });
    const pushed = nextMessage(socket);
    const created = await record(officer);
    expect(await pushed).toMatchObject({
      type: 'notification',
      notification: { kind: 'incident.created', targetType: 'incident', targetId: created.id, read: false },
    });
    socket.terminate();
  });

  it('files an intake at 23:30 Beijing under that day and one at 00:30 under the next, in the day filter and the number', async () => {
    // 2026-01-01 in Beijing runs from 2025-12-31T16:00Z to 2026-01-01T16:00Z.
    const late = await record(chief, { receivedAt: '2026-01-01T15:30:00Z', summary: '元旦夜间报警' });
    const early = await record(chief, { receivedAt: '2025-12-31T16:30:00Z', summary: '元旦凌晨报警' });
    const before = await record(chief, { receivedAt: '2025-12-31T15:30:00Z', summary: '除夕夜报警' });
    expect(early.number).toMatch(/^（2026）/);
    expect(before.number).toMatch(/^（2025）/);
    const ids = async (query: string) =>
      ((await get(chief, `/api/v1/incidents?${query}&limit=200`)).json().items as { id: string }[]).map((i) => i.id);
    const newYear = await ids('receivedFrom=2026-01-01&receivedTo=2026-01-01');
    expect(newYear).toEqual(expect.arrayContaining([late.id, early.id]));
    expect(newYear).not.toContain(before.id);
    const eve = await ids('receivedFrom=2025-12-31&receivedTo=2025-12-31');
    expect(eve).toContain(before.id);
    expect(eve).not.toContain(early.id);
  });

  it('records one incident when the same Idempotency-Key arrives several times at once', async () => {
    const before = await counts();
    const key = { 'idempotency-key': 'intake-at-once-0001' };
    const body = {
      source: 'phone',
      classCode: '020201',
      jurisdictionId: town.groups.双坪村?.[0]?.id,
      summary: '弱网重发的同一报警',
    };
    const answers = await Promise.all([1, 2, 3].map(() => post(chief, '/api/v1/incidents', body, key)));
    expect((await counts()).incidents - before.incidents).toBe(1);
    // Each answer is the first one's, or a 409 saying that request is still being processed: never a second record.
    const created = answers.filter((res) => res.statusCode === 201);
    expect(created.length).toBeGreaterThanOrEqual(1);
    expect(new Set(created.map((res) => res.json().id)).size).toBe(1);
    for (const res of answers.filter((r) => r.statusCode !== 201)) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('IDEMPOTENCY_IN_PROGRESS');
    }
    const retry = await post(chief, '/api/v1/incidents', body, key);
    expect(retry.statusCode).toBe(201);
    expect(retry.json().id).toBe(created[0]?.json().id);
  });

  it('takes over a key whose first request never answered (a restart mid-request) once it is stale', async () => {
    const me = await t.deps.db
      .selectFrom('users')
      .select('id')
      .where('username', '=', 'chief')
      .executeTakeFirstOrThrow();
    const body = {
      source: 'phone',
      classCode: '020201',
      jurisdictionId: town.groups.双坪村?.[0]?.id,
      summary: '重启后重发',
    };
    const hashOf = (await import('node:crypto'))
      .createHash('sha256')
      .update(`POST /api/v1/incidents\n${JSON.stringify(body)}`)
      .digest('hex');
    await t.deps.db
      .insertInto('idempotency_keys')
      .values({
        user_id: me.id,
        key: 'abandoned-key-0001',
        request_hash: hashOf,
        status_code: 0,
        response_body: '',
        created_at: ago(10),
      })
      .execute();
    const res = await post(chief, '/api/v1/incidents', body, { 'idempotency-key': 'abandoned-key-0001' });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('answers a NUL byte in the search with URL_INVALID on both engines, never a 500', async () => {
    for (const url of ['/api/v1/incidents?q=%00', '/api/v1/disputes?q=a%00b']) {
      const res = await get(chief, url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().error.code).toBe('URL_INVALID');
    }
  });
});
