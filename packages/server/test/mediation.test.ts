import {
  AGREEMENT_ITEM_LABELS,
  addDays,
  computeIdCheckChar,
  formatBeijingDate,
  shanghaiDate,
  shanghaiDayStart,
} from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganizationRow } from '../src/modules/directory/organizations.repository';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { runDeadlineReminders } from '../src/modules/disputes/deadline-reminders';
import { testDialects } from './support/databases';
import { downloadName } from './support/downloads';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';
import { zipEntry } from './support/zip';

const ZHANG_ID = `42062619800101001${computeIdCheckChar('42062619800101001')}`;
/** A Shanghai calendar day relative to today: the rules refuse signatures in the future or before the mediation. */
const day = (offset: number) => addDays(shanghaiDate(new Date()), offset);
/** 10:00 Shanghai time on that day. */
const at10 = (offset: number) => new Date(shanghaiDayStart(day(offset)).getTime() + 10 * 3_600_000).toISOString();
const NO_EXCLUSIONS = {
  hiredViolence: false,
  groupFight: false,
  provocation: false,
  repeatOffender: false,
  partyRefuses: false,
  keepsFighting: false,
};

interface AgreementBody {
  id: string;
  number: string | null;
  status: string;
  effectiveDate: string | null;
  judicialConfirmationDeadline: string | null;
  missingItems: { code: string }[];
  parties: { id: string; name: string }[];
  actions: string[];
}

describe.each(testDialects())('mediation and agreements on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let otherAux: Session;
  let chief: Session;
  let officerPersonId = '';
  let auxiliaryPersonId = '';
  let mediatorId = '';

  const get = (s: Session, url: string) => t.app.inject({ method: 'GET', url, headers: s.headers() });
  const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const auditActions = async () =>
    (await t.deps.db.selectFrom('audit_log').select('action').execute()).map((row) => row.action);

  const register = async (extra: object = {}) => {
    const res = await send(aux, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'forest_land',
      source: 'screening',
      summary: '双坪村张三与李四山林地界纠纷',
      parties: [
        {
          role: 'applicant',
          name: '张三',
          sex: 'male',
          ethnicity: '汉族',
          idNumber: ZHANG_ID,
          occupation: '农民',
          phone: '13812345678',
          address: '双坪村1组18号',
        },
        {
          role: 'respondent',
          name: '李四',
          sex: 'male',
          ethnicity: '汉族',
          age: 52,
          occupation: '农民',
          phone: '13912345678',
          address: '双坪村1组20号',
        },
      ],
      ...extra,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; parties: { id: string }[] };
  };

  /** A people's mediation that began ten days ago, so agreements may carry the past days' signatures. */
  const startPeople = async (disputeId: string, s: Session = aux) => {
    const res = await send(s, 'POST', `/api/v1/disputes/${disputeId}/mediations`, {
      track: 'people',
      startedAt: at10(-10),
      initiatedBy: 'party',
      mediatorIds: [mediatorId],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; actions: string[] };
  };

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const station = await createOrganizationRow(t.deps.db, {
      townId: town.town.id,
      jurisdictionId: town.town.id,
      kind: 'police_station',
      name: '保康县公安局马良派出所',
    });
    const person = (name: string) =>
      newPersonRow(t.deps.cipher, {
        townId: town.town.id,
        jurisdictionId: town.town.id,
        name,
        kind: 'staff',
        organizationId: station.id,
      });
    const officer = person('王警官');
    const auxiliary = person('赵辅警');
    const mediator = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '刘调解员',
      kind: 'resident',
    });
    for (const row of [officer, auxiliary, mediator]) await insertPersonRow(t.deps.db, row);
    officerPersonId = officer.id;
    auxiliaryPersonId = auxiliary.id;
    mediatorId = mediator.id;
    const auxUser = await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await t.deps.db.updateTable('users').set({ person_id: auxiliary.id }).where('id', '=', auxUser.id).execute();
    await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id);
    await createAccount(t.deps, 'chief', 'chief', town.town.id);
    aux = await loginAs(t.app, 'aux');
    otherAux = await loginAs(t.app, 'aux_nanya');
    chief = await loginAs(t.app, 'chief');
  });
  afterAll(async () => t.close());

  it('refuses police mediation for each exclusion with its code, and without a police officer', async () => {
    const dispute = await register();
    const start = (s: Session, police: object) =>
      send(s, 'POST', `/api/v1/disputes/${dispute.id}/mediations`, {
        track: 'police',
        startedAt: at10(-1),
        initiatedBy: 'committee',
        mediatorIds: [officerPersonId],
        police: { ...NO_EXCLUSIONS, responsibleOfficerId: officerPersonId, ...police },
      });
    const exclusions: [string, string][] = [
      ['hiredViolence', 'POLICE_MEDIATION_EXCLUDED_HIRED_VIOLENCE'],
      ['groupFight', 'POLICE_MEDIATION_EXCLUDED_GROUP_FIGHT'],
      ['provocation', 'POLICE_MEDIATION_EXCLUDED_PROVOCATION'],
      ['repeatOffender', 'POLICE_MEDIATION_EXCLUDED_REPEAT_OFFENDER'],
      ['partyRefuses', 'POLICE_MEDIATION_EXCLUDED_PARTY_REFUSES'],
      ['keepsFighting', 'POLICE_MEDIATION_EXCLUDED_ONGOING_FIGHTING'],
    ];
    for (const [fact, code] of exclusions) {
      const res = await start(chief, { [fact]: true });
      expect(res.statusCode, fact).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, fact).toBeLessThan(500);
      expect(res.json().error.code, fact).toBe(code);
    }
    const byAuxiliaryOfficer = await start(chief, { responsibleOfficerId: auxiliaryPersonId });
    expect(byAuxiliaryOfficer.json().error.code).toBe('POLICE_MEDIATION_OFFICER_REQUIRED');
    const byAuxiliaryUser = await start(aux, {});
    expect(byAuxiliaryUser.statusCode).toBe(403);
    expect(await t.deps.db.selectFrom('mediations').select('id').execute()).toEqual([]);

    const started = await start(chief, {});
    expect(started.statusCode, started.body).toBe(201);
    const mediationId = started.json().id as string;
    const mixed = await send(aux, 'POST', `/api/v1/disputes/${dispute.id}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'party',
      mediatorIds: [mediatorId],
    });
    expect(mixed.json().error.code).toBe('MEDIATION_TRACK_MIXED');

    const session = (n: number) =>
      send(chief, 'POST', `/api/v1/mediations/${mediationId}/sessions`, {
        mode: 'on_site',
        startedAt: new Date(Date.now() - 3_600_000).toISOString(),
        endedAt: new Date().toISOString(),
        participants: [{ kind: 'party', name: `张三${n}` }],
        record: '双方陈述事实',
      });
    expect((await session(1)).statusCode).toBe(201);
    expect((await session(2)).statusCode).toBe(201);
    expect((await session(3)).json().error.code).toBe('POLICE_MEDIATION_SESSION_LIMIT');
  });

  it('blocks people’s mediation when a party refuses, and terminates only with the routes explained', async () => {
    const dispute = await register();
    const refused = await send(aux, 'POST', `/api/v1/disputes/${dispute.id}/mediations`, {
      track: 'people',
      startedAt: new Date().toISOString(),
      initiatedBy: 'committee',
      mediatorIds: [mediatorId],
      partyRefuses: true,
    });
    expect(refused.json().error.code).toBe('MEDIATION_PARTY_REFUSED');
    const mediation = await startPeople(dispute.id);
    const noConsent = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/extension`, {
      until: '2099-01-01',
      consentedPartyIds: [dispute.parties[0]?.id],
    });
    expect(noConsent.json().error.code).toBe('MEDIATION_EXTENSION_CONSENT_MISSING');
    const extended = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/extension`, {
      until: '2099-01-01',
      consentedPartyIds: dispute.parties.map((p) => p.id),
    });
    expect(extended.json().lastDay).toBe('2099-01-01');
    const reported = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/police-report`, { note: '扬言报复' });
    expect(reported.json().reportedToPolice).toBe(true);
    const unexplained = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/terminate`, {
      reason: '双方分歧大',
      otherRoutesExplained: false,
    });
    expect(unexplained.json().error.code).toBe('TERMINATION_ROUTES_NOT_EXPLAINED');
    const ended = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/terminate`, {
      reason: '双方分歧大',
      otherRoutesExplained: true,
      routesExplained: ['litigation', 'arbitration'],
    });
    expect(ended.json()).toMatchObject({ status: 'terminated', otherRoutesExplained: true, actions: [] });
    const listed = (await get(aux, `/api/v1/disputes/${dispute.id}/mediations`)).json() as { id: string }[];
    expect(listed.map((m) => m.id)).toContain(mediation.id);
    expect((await get(otherAux, `/api/v1/disputes/${dispute.id}/mediations`)).statusCode).toBe(404);
  });

  it('records a written agreement: draft, signatures, effective with its number, print and DOCX', async () => {
    const dispute = await register();
    const mediation = await startPeople(dispute.id);
    const [zhang, li] = dispute.parties.map((p) => p.id);
    const draft = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/agreements`, {
      kind: 'written',
      partyIds: [zhang, li],
      facts: '双方因山林地界发生争执',
      disputedMatters: '地界走向',
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const created = draft.json() as AgreementBody;
    expect(created.missingItems.map((item) => item.code)).toEqual([
      'RESPONSIBILITIES',
      'TERMS',
      'PERFORMANCE_MANNER',
      'PERFORMANCE_PLACE',
      'PERFORMANCE_DEADLINE',
    ]);
    const incomplete = await send(aux, 'POST', `/api/v1/agreements/${created.id}/effective`);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().error.code).toBe('AGREEMENT_ITEMS_MISSING');

    const printed = await get(aux, `/api/v1/agreements/${created.id}/print`);
    expect(printed.statusCode).toBe(200);
    expect(printed.headers['content-type']).toContain('text/html');
    // A real preview: A4 pages, a 打印 button wired by a script file (the CSP allows no inline script), hidden
    // when printing, and no heading repeated as the label of the line under it.
    expect(printed.body).not.toMatch(/<script(?![^>]*\ssrc=)/);
    expect(printed.body).toContain('<script src="/agreement-print.js" defer></script>');
    expect(printed.body).toContain('id="print-button"');
    expect(printed.body).toMatch(/@page \{ size: A4;/);
    expect(printed.body).toMatch(/@media print \{[^}]*\.toolbar/);
    for (const [, heading] of printed.body.matchAll(/<h2>([^<]*)<\/h2>/g)) {
      expect(printed.body, heading).not.toContain(`<span class="label">${heading}：`);
    }
    expect(printed.body).toContain('<h2>纠纷主要事实</h2><p>双方因山林地界发生争执</p>');
    expect(printed.body).toContain('人民调解协议书');
    expect(printed.body).toContain('【缺】');
    for (const label of Object.values(AGREEMENT_ITEM_LABELS).filter((l) => l.zh !== '双方当事人')) {
      expect(printed.body, label.zh).toContain(label.zh);
    }
    for (const name of ['张三', '李四']) expect(printed.body).toContain(name);
    // An auxiliary officer may not unmask, so the print is the masked copy; the chief's is the original.
    expect(printed.body).not.toContain(ZHANG_ID);
    expect(printed.body).toContain('不作签署原件');
    const original = await get(chief, `/api/v1/agreements/${created.id}/print`);
    expect(original.body).toContain(ZHANG_ID);
    expect(original.body).not.toContain('不作签署原件');

    const id = created.id;
    const completed = await send(aux, 'PATCH', `/api/v1/agreements/${id}`, {
      responsibilities: '双方各负其责',
      terms: '以老界石为界',
      performanceManner: '共同埋设界桩',
      performancePlace: '双坪村1组',
      performanceDeadline: '2026-12-31',
    });
    expect((completed.json() as AgreementBody).missingItems).toEqual([]);
    const partial = await send(aux, 'PUT', `/api/v1/agreements/${id}/signatures`, {
      signatures: [{ partyId: zhang, method: 'signature', at: day(-5) }],
      mediatorSignedAt: day(-5),
      committeeSealedAt: null,
    });
    expect((partial.json() as AgreementBody).effectiveDate).toBeNull();
    const unsigned = await send(aux, 'POST', `/api/v1/agreements/${id}/effective`);
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().error.code).toBe('AGREEMENT_SIGNATURES_MISSING');
    expect(
      (await t.deps.db.selectFrom('agreements').select('number').where('id', '=', id).executeTakeFirst())?.number,
    ).toBeNull();

    const signed = await send(aux, 'PUT', `/api/v1/agreements/${id}/signatures`, {
      signatures: [
        { partyId: zhang, method: 'signature', at: day(-5) },
        { partyId: li, method: 'fingerprint', at: day(-3) },
      ],
      mediatorSignedAt: day(-5),
      committeeSealedAt: day(-4),
    });
    expect((signed.json() as AgreementBody).effectiveDate).toBe(day(-3));
    const effective = await send(aux, 'POST', `/api/v1/agreements/${id}/effective`);
    expect(effective.statusCode, effective.body).toBe(200);
    const body = effective.json() as AgreementBody;
    expect(body.status).toBe('effective');
    expect(body.number).toBe(`（${day(-3).slice(0, 4)}）马人调字第1号`);
    expect(body.judicialConfirmationDeadline).toBe(addDays(day(-3), 30));
    expect(body.actions).toContain('record_performance');
    expect((await send(aux, 'POST', `/api/v1/agreements/${id}/effective`)).statusCode).toBe(409);

    const docx = await get(aux, `/api/v1/agreements/${id}/docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml.document');
    expect(downloadName(docx)).toBe(`人民调解协议书_${body.number}.docx`);
    expect(docx.headers['content-disposition']).toContain('filename="agreement.docx"');
    const xml = zipEntry(docx.rawPayload, 'word/document.xml');
    for (const name of ['张三', '李四', body.number ?? 'none']) expect(xml).toContain(name);
    expect(xml.match(/纠纷主要事实/g)).toHaveLength(1);
    const actions = await auditActions();
    expect(actions).toContain('agreement.print');
    expect(actions).toContain('agreement.export');
    expect((await get(otherAux, `/api/v1/agreements/${id}`)).statusCode).toBe(404);
    expect((await get(otherAux, `/api/v1/agreements/${id}/print`)).statusCode).toBe(404);

    const performance = await send(aux, 'PATCH', `/api/v1/agreements/${id}/performance`, {
      status: 'performing',
      note: '界桩已备',
    });
    expect(performance.json()).toMatchObject({ performanceStatus: 'performing', performanceNote: '界桩已备' });

    const visit = await send(aux, 'POST', `/api/v1/disputes/${dispute.id}/follow-ups`, {
      visitedAt: new Date().toISOString(),
      whom: '张三',
      agreementId: id,
      performed: true,
      satisfaction: 'satisfied',
      hiddenRisk: '无',
    });
    expect(visit.statusCode, visit.body).toBe(201);
    const visits = (await get(aux, `/api/v1/disputes/${dispute.id}/follow-ups`)).json() as { agreementId: string }[];
    expect(visits.map((v) => v.agreementId)).toEqual([id]);
    expect((await get(otherAux, `/api/v1/disputes/${dispute.id}/follow-ups`)).statusCode).toBe(404);

    const deadline = addDays(day(-3), 30);
    const beforeWindow = shanghaiDayStart(addDays(deadline, -12));
    const reminderCount = async () =>
      (
        await t.deps.db
          .selectFrom('notifications')
          .select('id')
          .where('kind', '=', 'agreement.judicial_confirmation_soon')
          .execute()
      ).length;
    await runDeadlineReminders(t.deps, beforeWindow);
    expect(await reminderCount()).toBe(0);
    const inWindow = shanghaiDayStart(addDays(deadline, -3));
    await runDeadlineReminders(t.deps, inWindow);
    const sent = await reminderCount();
    expect(sent).toBeGreaterThan(0);
    const reminder = await t.deps.db
      .selectFrom('notifications')
      .select('body')
      .where('kind', '=', 'agreement.judicial_confirmation_soon')
      .executeTakeFirstOrThrow();
    expect(reminder.body).toContain(`于 ${formatBeijingDate(deadline)} 前`);
    await runDeadlineReminders(t.deps, inWindow);
    await runDeadlineReminders(t.deps, shanghaiDayStart(addDays(deadline, -1)));
    expect(await reminderCount()).toBe(sent);
  });

  it('records an oral agreement effective the day recorded, in the oral register', async () => {
    const dispute = await register();
    const mediation = await startPeople(dispute.id);
    const oral = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/agreements`, {
      kind: 'oral',
      partyIds: dispute.parties.map((p) => p.id),
      content: '李四赔偿张三树苗款300元，当场付清',
      recordedAt: at10(-2),
    });
    expect(oral.statusCode, oral.body).toBe(201);
    // No judicial confirmation (that needs a written agreement) and no copies: the mediator's record is all.
    expect(oral.json()).toMatchObject({
      kind: 'oral',
      number: null,
      status: 'effective',
      effectiveDate: day(-2),
      judicialConfirmationDeadline: null,
      copies: null,
    });
    const oralPrint = await get(aux, `/api/v1/agreements/${oral.json().id}/print`);
    expect(oralPrint.body).not.toContain('一式');
    expect(oralPrint.body).toContain('自记录之日起生效');
    type Register = { items: { id: string; kind: string }[]; nextCursor: string | null };
    const oralRegister = (await get(aux, '/api/v1/agreements?kind=oral')).json() as Register;
    expect(oralRegister.items.map((a) => a.id)).toContain(oral.json().id);
    expect(oralRegister.items.every((a) => a.kind === 'oral')).toBe(true);
    expect((await get(otherAux, '/api/v1/agreements?kind=oral')).json()).toEqual({ items: [], nextCursor: null });

    // The register pages by cursor, newest first, so it is not capped at one request's rows.
    const everything = ((await get(aux, '/api/v1/agreements?limit=200')).json() as Register).items.map((a) => a.id);
    expect(everything.length).toBeGreaterThan(1);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Register = (
        await get(aux, `/api/v1/agreements?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      ).json() as Register;
      expect(page.items.length).toBe(1);
      paged.push(...page.items.map((a) => a.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(everything);
    expect(paged).toEqual([...paged].sort().reverse());
    const after = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/sessions`, {
      mode: 'phone',
      startedAt: new Date().toISOString(),
      endedAt: new Date().toISOString(),
      participants: [{ kind: 'party', name: '张三' }],
      record: '电话回访',
    });
    expect(after.statusCode).toBe(409);
  });
  it('refuses signatures, seals and oral records in the future or before the mediation, and writes nothing', async () => {
    const dispute = await register();
    const mediation = await startPeople(dispute.id);
    const [zhang, li] = dispute.parties.map((p) => p.id);
    const count = async () => (await t.deps.db.selectFrom('agreements').select('id').execute()).length;
    const before = await count();
    const create = (body: object) =>
      send(aux, 'POST', `/api/v1/mediations/${mediation.id}/agreements`, { partyIds: [zhang, li], ...body });
    const future = await create({
      kind: 'written',
      signatures: [{ partyId: zhang, method: 'signature', at: day(1) }],
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({
      code: 'TIME_IN_FUTURE',
      details: { problems: [{ code: 'TIME_IN_FUTURE', path: 'signatures.0.at' }] },
    });
    const early = await create({ kind: 'written', committeeSealedAt: day(-11) });
    expect(early.json().error.code).toBe('TIME_BEFORE_MEDIATION_START');
    const oralTomorrow = await create({ kind: 'oral', content: '赔偿300元', recordedAt: at10(1) });
    expect(oralTomorrow.json().error.code).toBe('TIME_IN_FUTURE');
    expect(await count()).toBe(before);

    const draft = await create({ kind: 'written' });
    expect(draft.statusCode, draft.body).toBe(201);
    const sign = (mediatorSignedAt: string) =>
      send(aux, 'PUT', `/api/v1/agreements/${draft.json().id}/signatures`, {
        signatures: [],
        mediatorSignedAt,
        committeeSealedAt: null,
      });
    expect((await sign(day(2))).json().error.code).toBe('TIME_IN_FUTURE');
    expect((await sign(day(-12))).json().error.code).toBe('TIME_BEFORE_MEDIATION_START');
    expect((await sign(day(0))).statusCode).toBe(200);

    const session = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/sessions`, {
      mode: 'on_site',
      startedAt: at10(-11),
      endedAt: at10(-11),
      participants: [{ kind: 'party', name: '张三' }],
      record: '双方陈述事实',
    });
    expect(session.json().error.code).toBe('TIME_BEFORE_MEDIATION_START');
    const lateStart = await send(aux, 'POST', `/api/v1/disputes/${dispute.id}/mediations`, {
      track: 'people',
      startedAt: at10(3),
      initiatedBy: 'party',
      mediatorIds: [mediatorId],
    });
    expect(lateStart.json().error.code).toBe('TIME_IN_FUTURE');
    const grievance = await send(aux, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '积怨',
      grievanceStartedOn: day(1),
    });
    expect(grievance.statusCode).toBe(400);
    expect(grievance.json().error.code).toBe('TIME_IN_FUTURE');
  });

  it('prints Shanghai dates, 各方 for three parties and the station’s registered name on a police agreement', async () => {
    const dispute = await register({
      parties: [
        { role: 'applicant', name: '张三', sex: 'male' },
        { role: 'respondent', name: '李四', sex: 'male' },
        { role: 'respondent', name: '王五', sex: 'male' },
      ],
    });
    const mediation = await startPeople(dispute.id);
    const [zhang] = dispute.parties.map((p) => p.id);
    // 01:30 in Shanghai is 17:30 UTC the day before: the print must show the Shanghai day.
    const earlyMorning = `${day(-3)}T01:30:00+08:00`;
    const res = await send(aux, 'POST', `/api/v1/mediations/${mediation.id}/agreements`, {
      kind: 'written',
      partyIds: dispute.parties.map((p) => p.id),
      signatures: [{ partyId: zhang, method: 'signature', at: earlyMorning }],
    });
    expect(res.statusCode, res.body).toBe(201);
    const printed = (await get(aux, `/api/v1/agreements/${res.json().id}/print`)).body;
    const [y, m, d] = day(-3).split('-').map(Number);
    expect(printed).toContain(`签名 ${y}年${m}月${d}日`);
    expect(printed).toContain('经调解，各方当事人自愿达成如下协议');
    expect(printed).toContain('本协议书一式4份，各方当事人各执一份');
    expect(printed).not.toContain('双方当事人各执');

    const fight = await register();
    const police = await send(chief, 'POST', `/api/v1/disputes/${fight.id}/mediations`, {
      track: 'police',
      startedAt: at10(-1),
      initiatedBy: 'committee',
      mediatorIds: [officerPersonId],
      police: { ...NO_EXCLUSIONS, responsibleOfficerId: officerPersonId },
    });
    expect(police.statusCode, police.body).toBe(201);
    const policeAgreement = await send(chief, 'POST', `/api/v1/mediations/${police.json().id}/agreements`, {
      kind: 'written',
      partyIds: fight.parties.map((p) => p.id),
    });
    expect(policeAgreement.statusCode, policeAgreement.body).toBe(201);
    const policePrint = (await get(chief, `/api/v1/agreements/${policeAgreement.json().id}/print`)).body;
    expect(policePrint).toContain('治安调解协议书');
    expect(policePrint).toContain('保康县公安局马良派出所（印章）');
    expect(policePrint).toContain('双方当事人各执一份');
    // A draft has no number yet: its file is named as a draft, under the police track's own title.
    const policeDocx = await get(chief, `/api/v1/agreements/${policeAgreement.json().id}/docx`);
    expect(downloadName(policeDocx)).toBe('治安调解协议书_草稿.docx');
  });
});
