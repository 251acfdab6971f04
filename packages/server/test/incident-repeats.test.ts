import { addressKey, maskAddress, type RiskReason } from '@fengqiao/domain';
import { CompiledQuery, type KyselyPlugin } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JurisdictionRow } from '../src/modules/directory/jurisdictions.repository';
import { fillPii, piiColumns } from '../src/modules/directory/person-pii';
import { DisputesService } from '../src/modules/disputes/disputes.service';
import { linkRepeats } from '../src/modules/incidents/incident-repeats';
import { listRepeatCandidates } from '../src/modules/incidents/incident-repeats.repository';
import {
  findIncidentView,
  insertIncidentPartyRows,
  insertIncidentRow,
  listIncidentPartyRows,
  listIncidentRepeats,
  listIncidentTimelineRows,
  updateIncidentRow,
} from '../src/modules/incidents/incidents.repository';
import type { RequestContext } from '../src/platform/context';
import { newId } from '../src/platform/ids';
import { inUnitOfWork } from '../src/platform/unit-of-work';
import { testDialects } from './support/databases';
import {
  callerWith,
  createAccount,
  loginAs,
  type SmallTown,
  seedOtherTown,
  seedOtherVillage,
  seedSmallTown,
  validIdNumber,
} from './support/fixtures';
import { incidentRow } from './support/incident-rows';
import { createTestApp, type TestApp } from './support/test-app';

const DAY = 24 * 60 * 60 * 1000;
const WINDOW = 30;

/**
 * Repeat detection (issue #8 point 2): same party (blind index of ID number or phone) or same address (blind index
 * of the normalised address) within the window links incidents of one town, and a dispute referred from such an
 * incident is graded red with the incidents named.
 */
describe.each(testDialects())('repeat incidents on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let otherVillage: JurisdictionRow;
  let ctx: RequestContext;
  let chiefId: string;
  let sequence = 0;

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    const otherTown = await seedOtherTown(t.deps, town);
    otherVillage = await seedOtherVillage(t.deps, otherTown);
    chiefId = (await createAccount(t.deps, 'chief', 'chief', town.town.id)).id;
    ctx = callerWith(chiefId, [{ role: 'chief', on: town.town }]);
  });
  afterAll(async () => t.close());

  /** An incident as intake stores it (the intake service is tested on its own), received `daysAgo` days ago. */
  async function incident(input: {
    daysAgo: number;
    place?: JurisdictionRow;
    address?: string;
    idNumber?: string;
    phone?: string;
  }): Promise<{ id: string; number: string }> {
    const { cipher } = t.deps;
    const place = input.place ?? town.shuangping;
    const incidentId = newId();
    sequence += 1;
    const number = `JQ2026-${String(sequence).padStart(4, '0')}`;
    const receivedAt = new Date(Date.now() - input.daysAgo * DAY).toISOString();
    const key = addressKey(input.address);
    await insertIncidentRow(
      t.deps.db,
      incidentRow(
        { id: incidentId, townId: place.town_id ?? '', jurisdictionId: place.id, number, receivedAt },
        {
          address_enc: input.address ? cipher.encrypt(input.address) : null,
          address_bidx: key ? cipher.blindIndex(key) : null,
          address_masked: maskAddress(input.address),
          party_keys: ' ',
        },
      ),
    );
    if (input.idNumber || input.phone) {
      const pii = fillPii(piiColumns(cipher, { idNumber: input.idNumber, phone: input.phone }));
      await insertIncidentPartyRows(t.deps.db, [
        {
          id: newId(),
          incident_id: incidentId,
          town_id: place.town_id ?? '',
          jurisdiction_id: place.id,
          person_id: null,
          role: 'party',
          name: '张三',
          name_pinyin: 'zhangsan',
          name_initials: 'zs',
          sex: null,
          ...pii,
          created_at: receivedAt,
        },
      ]);
    }
    return { id: incidentId, number };
  }

  /** The repeat check as intake runs it, on the incident and parties as stored. */
  const link = (incidentId: string) =>
    inUnitOfWork(t.deps, ctx, async (uow) => {
      const subject = await findIncidentView(uow.tx, incidentId);
      if (!subject) throw new Error(`no incident ${incidentId}`);
      return (await linkRepeats(uow, subject, await listIncidentPartyRows(uow.tx, [incidentId]), WINDOW)).linked;
    });
  const repeatsOf = async (incidentId: string) =>
    (await listIncidentRepeats(t.deps.db, [incidentId])).map((row) => [row.other_number, row.reason]);

  it('links two incidents with the same ID number within the window, both ways, with a timeline entry on each', async () => {
    const first = await incident({ daysAgo: 20, idNumber: validIdNumber('42062619800101001') });
    const second = await incident({ daysAgo: 2, idNumber: validIdNumber('42062619800101001') });
    expect((await link(second.id)).map((c) => [c.number, c.reason])).toEqual([[first.number, 'same_party']]);
    expect(await repeatsOf(second.id)).toEqual([[first.number, 'same_party']]);
    expect(await repeatsOf(first.id)).toEqual([[second.number, 'same_party']]);
    for (const [self, other] of [
      [first, second],
      [second, first],
    ] as const) {
      const entries = (await listIncidentTimelineRows(t.deps.db, self.id)).filter((e) => e.event === 'repeat_linked');
      expect(entries.map((e) => [e.ref_id, e.actor_id])).toEqual([[other.id, chiefId]]);
    }
    // Running again links nothing twice.
    expect(await link(second.id)).toEqual([]);
    expect(await repeatsOf(second.id)).toHaveLength(1);
  });

  it('does not link the same ID number outside the window', async () => {
    await incident({ daysAgo: 50, idNumber: validIdNumber('42062619800101002') });
    const late = await incident({ daysAgo: 5, idNumber: validIdNumber('42062619800101002') });
    expect(await link(late.id)).toEqual([]);
    expect(await repeatsOf(late.id)).toEqual([]);
  });

  it('links the same phone, and the same address written differently', async () => {
    const first = await incident({ daysAgo: 9, phone: '13800138011', address: '双坪村三组 12号' });
    const second = await incident({ daysAgo: 1, phone: '138 0013 8011', address: '双坪村3组，12号' });
    await link(second.id);
    expect(await repeatsOf(second.id)).toEqual([
      [first.number, 'same_address'],
      [first.number, 'same_party'],
    ]);
    // Two reasons, one pair: one timeline entry on each incident.
    const entries = await listIncidentTimelineRows(t.deps.db, second.id);
    expect(entries.filter((e) => e.event === 'repeat_linked').map((e) => e.ref_id)).toEqual([first.id]);
    const third = await incident({ daysAgo: 1, address: '双坪村4组12号' });
    expect(await link(third.id)).toEqual([]);
  });

  it('links nothing across towns', async () => {
    await incident({ daysAgo: 3, idNumber: validIdNumber('42062619800101003'), address: '同一地址1号' });
    const elsewhere = await incident({
      daysAgo: 1,
      place: otherVillage,
      idNumber: validIdNumber('42062619800101003'),
      address: '同一地址1号',
    });
    expect(await link(elsewhere.id)).toEqual([]);
    expect(await repeatsOf(elsewhere.id)).toEqual([]);
  });

  it('grades a dispute referred from an incident with repeats red, naming the incidents', async () => {
    const first = await incident({ daysAgo: 15, idNumber: validIdNumber('42062619800101004') });
    const second = await incident({ daysAgo: 3, idNumber: validIdNumber('42062619800101004') });
    await link(second.id);
    const dispute = await refer(second.id, '反复报警的邻里纠纷');
    const row = await t.deps.db
      .selectFrom('disputes')
      .select(['risk_grade', 'risk_reasons'])
      .where('id', '=', dispute)
      .executeTakeFirstOrThrow();
    expect(row.risk_grade).toBe('red');
    expect(JSON.parse(row.risk_reasons) as RiskReason[]).toEqual([
      {
        code: 'REPEAT_INCIDENTS',
        zh: `反复警情2次：${first.number}、${second.number}`,
        en: `2 incidents about the same parties or address: ${first.number}, ${second.number}`,
      },
    ]);
    expect(await redAlerts(dispute)).toBe(1);
  });

  it('re-grades the referred dispute when a new repeat arrives: history row and red alert', async () => {
    const first = await incident({ daysAgo: 6, phone: '13900139022' });
    const dispute = await refer(first.id, '第一次报警后转调解');
    const before = await gradeOf(dispute);
    expect(before.grade).toBe('yellow');
    expect(before.reasons.map((r) => r.zh)).toEqual([`已有警情1次：${first.number}`]);
    expect(await redAlerts(dispute)).toBe(0);

    const again = await incident({ daysAgo: 0, phone: '13900139022' });
    await link(again.id);
    const after = await gradeOf(dispute);
    expect(after.grade).toBe('red');
    expect(after.reasons.map((r) => r.zh)).toEqual([`反复警情2次：${first.number}、${again.number}`]);
    const history = await t.deps.db
      .selectFrom('dispute_risk_history')
      .select('grade')
      .where('dispute_id', '=', dispute)
      .orderBy('id')
      .execute();
    expect(history.map((h) => h.grade)).toEqual(['yellow', 'red']);
    expect(await redAlerts(dispute)).toBe(1);
  });

  it('counts typed-in incident references only when they are real incidents of the town', async () => {
    const made = await new DisputesService(t.deps).register(ctx, {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'walk_in',
      summary: '手填警情编号的纠纷',
      complexity: 'general',
      peopleInvolved: 2,
      incidentIds: ['JQ-typed-1', 'JQ-typed-2', 'JQ-typed-3'],
    });
    expect(made.riskGrade).toBe('green');
    expect(made.riskReasons).toEqual([]);
  });

  it('links at intake and when a party is added over HTTP, and a referral from the repeat is graded red', async () => {
    const officerId = (await createAccount(t.deps, 'officer', 'officer', town.district1.id)).id;
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    const chief = await loginAs(t.app, 'chief');
    const aux = await loginAs(t.app, 'aux');
    const wang = validIdNumber('42062619700303005');
    const intake = async (minutesAgo: number, parties: object[]) => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/incidents',
        headers: chief.headers(),
        payload: {
          source: 'phone',
          classCode: '020201',
          jurisdictionId: town.shuangping.id,
          summary: '王某报警称邻居堵路',
          receivedAt: new Date(Date.now() - minutesAgo * 60_000).toISOString(),
          parties,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json() as { id: string; number: string; repeats: { number: string; reason: string }[] };
    };
    const first = await intake(3 * 24 * 60, [{ role: 'caller', name: '王某', idNumber: wang }]);
    const second = await intake(60, [{ role: 'caller', name: '王某', idNumber: wang }]);
    expect(second.repeats).toEqual([expect.objectContaining({ number: first.number, reason: 'same_party' })]);

    const third = await intake(30, [{ role: 'caller', name: '赵某' }]);
    expect(third.repeats).toEqual([]);
    const added = await t.app.inject({
      method: 'POST',
      url: `/api/v1/incidents/${third.id}/parties`,
      headers: chief.headers(),
      payload: { role: 'party', name: '王某', idNumber: wang },
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((added.json() as typeof third).repeats.map((r) => r.number).sort()).toEqual(
      [first.number, second.number].sort(),
    );

    const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();
    const steps = [
      [chief, 'dispatch', { responsibleOfficerId: officerId, at: at(59) }],
      [aux, 'acknowledge', { at: at(58) }],
      [aux, 'arrive', { at: at(50) }],
      [aux, 'start_handling', { at: at(49) }],
      [aux, 'refer_people_mediation', { disputeCategory: 'neighbour' }],
    ] as const;
    let disputeId = '';
    for (const [session, action, body] of steps) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/incidents/${second.id}/actions`,
        headers: session.headers(),
        payload: { action, ...body },
      });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
      disputeId = (res.json() as { disputeId: string | null }).disputeId ?? '';
    }
    const dispute = await gradeOf(disputeId);
    expect(dispute.grade).toBe('red');
    expect(dispute.reasons[0]?.code).toBe('REPEAT_INCIDENTS');
    expect(dispute.reasons[0]?.zh).toBe(`反复警情3次：${first.number}、${second.number}、${third.number}`);
    expect(await redAlerts(disputeId)).toBe(1);
  });

  it.runIf(dialect === 'sqlite')(
    'looks parties up through the town-first blind-index indexes, not the town',
    async () => {
      const captured: CompiledQuery[] = [];
      const capture: KyselyPlugin = {
        transformQuery: (args) => {
          captured.push(t.deps.db.getExecutor().compileQuery(args.node, args.queryId));
          return args.node;
        },
        transformResult: async (args) => args.result,
      };
      await listRepeatCandidates(t.deps.db.withPlugin(capture), {
        townId: town.town.id,
        excludeId: 'none',
        from: '2026-01-01T00:00:00.000Z',
        until: '2027-01-01T00:00:00.000Z',
        idNumberIndexes: ['a'],
        phoneIndexes: ['b'],
        addressIndex: null,
      });
      const [query] = captured;
      if (!query) throw new Error('no statement');
      const plan = await t.deps.db.executeQuery<{ detail: string }>(
        CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
      );
      const details = plan.rows.map((row) => row.detail).join('\n');
      expect(details).toContain('incident_parties_town_id_bidx');
      expect(details).toContain('incident_parties_town_phone_bidx');
      expect(details).not.toMatch(/SCAN p\b/);
    },
  );

  /** What a referral to people's mediation does: a dispute registered and the incident pointing at it. */
  async function refer(incidentId: string, summary: string): Promise<string> {
    return inUnitOfWork(t.deps, ctx, async (uow) => {
      const made = await new DisputesService(t.deps).register(
        ctx,
        {
          jurisdictionId: town.shuangping.id,
          category: 'neighbour',
          source: 'incident',
          summary,
          complexity: 'general',
          peopleInvolved: 2,
          incidentIds: [incidentId],
        },
        uow,
      );
      await updateIncidentRow(uow.tx, incidentId, { dispute_id: made.id });
      return made.id;
    });
  }

  async function gradeOf(disputeId: string): Promise<{ grade: string; reasons: RiskReason[] }> {
    const row = await t.deps.db
      .selectFrom('disputes')
      .select(['risk_grade', 'risk_reasons'])
      .where('id', '=', disputeId)
      .executeTakeFirstOrThrow();
    return { grade: row.risk_grade, reasons: JSON.parse(row.risk_reasons) as RiskReason[] };
  }

  async function redAlerts(disputeId: string): Promise<number> {
    const rows = await t.deps.db
      .selectFrom('notifications')
      .select('id')
      .where('target_id', '=', disputeId)
      .where('kind', '=', 'dispute.risk_red')
      .where('user_id', '=', chiefId)
      .execute();
    return rows.length;
  }
});
