import { addDays, computeIdCheckChar, type Dispute, fullYearsBetween, shanghaiDate } from '@fengqiao/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertPersonRow } from '../src/modules/directory/people.repository';
import { newPersonRow } from '../src/modules/directory/person-pii';
import { testDialects } from './support/databases';
import { createAccount, loginAs, type Session, type SmallTown, seedSmallTown } from './support/fixtures';
import { createTestApp, type TestApp } from './support/test-app';

const ID_NUMBER = `42062619800101001${computeIdCheckChar('42062619800101001')}`;
const FULL = {
  sex: 'male',
  ethnicity: '汉族',
  age: 40,
  occupation: '农民',
  phone: '13812345678',
  address: '双坪村1组',
};

describe.each(testDialects())('editing a dispute party on %s', (dialect) => {
  let t: TestApp;
  let town: SmallTown;
  let aux: Session;
  let otherAux: Session;
  let farOfficer: Session;
  let mediatorId = '';

  const send = (s: Session, method: 'POST' | 'PATCH' | 'PUT', url: string, payload: object = {}) =>
    t.app.inject({ method, url, headers: s.headers(), payload });
  const patchParty = (s: Session, id: string, partyId: string, payload: object) =>
    send(s, 'PATCH', `/api/v1/disputes/${id}/parties/${partyId}`, payload);
  const register = async () => {
    const res = await send(aux, 'POST', '/api/v1/disputes', {
      jurisdictionId: town.shuangping.id,
      category: 'neighbour',
      source: 'screening',
      summary: '宅基地边界纠纷',
      parties: [
        { role: 'applicant', name: '张三', ...FULL },
        { role: 'respondent', name: '李四', ...FULL },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as Dispute;
  };
  const partyRow = (partyId: string) =>
    t.deps.db.selectFrom('dispute_parties').selectAll().where('id', '=', partyId).executeTakeFirstOrThrow();

  beforeAll(async () => {
    t = await createTestApp(dialect);
    town = await seedSmallTown(t.deps);
    await createAccount(t.deps, 'aux', 'auxiliary', town.shuangping.id);
    await createAccount(t.deps, 'aux_nanya', 'auxiliary', town.nanya.id);
    await createAccount(t.deps, 'officer2', 'officer', town.district2.id);
    aux = await loginAs(t.app, 'aux');
    otherAux = await loginAs(t.app, 'aux_nanya');
    farOfficer = await loginAs(t.app, 'officer2');
    const mediator = newPersonRow(t.deps.cipher, {
      townId: town.town.id,
      jurisdictionId: town.shuangping.id,
      name: '刘调解员',
      kind: 'resident',
    });
    await insertPersonRow(t.deps.db, mediator);
    mediatorId = mediator.id;
  });
  afterAll(async () => t.close());

  it('changes every Art. 29 particular, stores personal data encrypted, indexed and masked, and audits', async () => {
    const dispute = await register();
    const partyId = dispute.parties[0]?.id ?? '';
    const res = await patchParty(aux, dispute.id, partyId, {
      name: '张山',
      sex: 'female',
      ethnicity: '土家族',
      birthDate: '1986-05-20',
      idNumber: ID_NUMBER,
      occupation: '个体户',
      address: '双坪村2组8号',
      phone: '13900001111',
      agent: '王律师',
    });
    expect(res.statusCode, res.body).toBe(200);
    const party = (res.json() as Dispute).parties.find((p) => p.id === partyId);
    expect(party).toMatchObject({
      name: '张山',
      sex: 'female',
      ethnicity: '土家族',
      age: fullYearsBetween('1986-05-20', shanghaiDate(new Date())),
      occupation: '个体户',
      agent: '王律师',
      idNumber: `420626********${ID_NUMBER.slice(-4)}`,
      phone: '139****1111',
    });
    expect(party?.address).not.toContain('8号');

    const row = await partyRow(partyId);
    expect(t.deps.cipher.decrypt(row.id_number_enc ?? '')).toBe(ID_NUMBER);
    expect(row.id_number_bidx).toBe(t.deps.cipher.blindIndex(ID_NUMBER));
    expect(t.deps.cipher.decrypt(row.phone_enc ?? '')).toBe('13900001111');
    expect(row.phone_bidx).toBe(t.deps.cipher.blindIndex('13900001111'));
    expect(t.deps.cipher.decrypt(row.address_enc ?? '')).toBe('双坪村2组8号');
    expect(row.name_pinyin).toBe('zhangshan');

    const found = (
      await t.app.inject({ method: 'GET', url: '/api/v1/disputes?q=张山', headers: aux.headers() })
    ).json();
    expect(found.items.map((item: { id: string }) => item.id)).toContain(dispute.id);

    const audited = await t.deps.db
      .selectFrom('audit_log')
      .select(['detail'])
      .where('action', '=', 'dispute.party.update')
      .where('target_id', '=', dispute.id)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audited.detail ?? '{}')).toMatchObject({ partyId, fields: expect.arrayContaining(['phone']) });
    expect(audited.detail).not.toContain('13900001111');

    const cleared = await patchParty(aux, dispute.id, partyId, { phone: null, agent: '' });
    expect(cleared.statusCode).toBe(200);
    const clearedRow = await partyRow(partyId);
    expect([clearedRow.phone_enc, clearedRow.phone_bidx, clearedRow.phone_masked, clearedRow.agent]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(t.deps.cipher.decrypt(clearedRow.address_enc ?? '')).toBe('双坪村2组8号');
  });

  it('refuses bad input with stable codes and writes nothing', async () => {
    const dispute = await register();
    const partyId = dispute.parties[0]?.id ?? '';
    const before = await partyRow(partyId);
    const badId = await patchParty(aux, dispute.id, partyId, { idNumber: '420626198001010010', name: '改名' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().error.code).toBe('INVALID_ID_NUMBER');
    const badPhone = await patchParty(aux, dispute.id, partyId, { phone: '12345' });
    expect(badPhone.json().error.code).toBe('INVALID_MOBILE');
    for (const body of [{}, { age: 30, birthDate: '1990-01-01' }, { name: '' }, { sex: 'x' }]) {
      const res = await patchParty(aux, dispute.id, partyId, body);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    expect(await partyRow(partyId)).toEqual(before);
  });

  it('answers 404 out of scope or for another case’s party, 403 to a reader who may not work the case', async () => {
    const dispute = await register();
    const other = await register();
    const partyId = dispute.parties[0]?.id ?? '';
    expect((await patchParty(otherAux, dispute.id, partyId, { occupation: '教师' })).statusCode).toBe(404);
    expect((await patchParty(aux, dispute.id, other.parties[0]?.id ?? '', { occupation: '教师' })).statusCode).toBe(
      404,
    );
    expect((await patchParty(aux, dispute.id, 'no-such-party', { occupation: '教师' })).statusCode).toBe(404);
    const reader = await patchParty(farOfficer, dispute.id, partyId, { occupation: '教师' });
    expect(reader.statusCode).toBe(403);
    expect((await partyRow(partyId)).occupation).toBe('农民');
  });

  it('allows corrections while the agreement is a draft and refuses them once it has taken effect', async () => {
    const dispute = await register();
    const partyIds = dispute.parties.map((p) => p.id);
    const [first, second] = partyIds;
    await patchParty(aux, dispute.id, first ?? '', { ethnicity: null });
    const mediation = await send(aux, 'POST', `/api/v1/disputes/${dispute.id}/mediations`, {
      track: 'people',
      startedAt: new Date(Date.now() - 86_400_000).toISOString(),
      initiatedBy: 'party',
      mediatorIds: [mediatorId],
    });
    // Signed today (Beijing day): the law's date rules refuse a signature before the mediation or in the future.
    const today = shanghaiDate(new Date());
    const agreement = await send(aux, 'POST', `/api/v1/mediations/${mediation.json().id}/agreements`, {
      kind: 'written',
      partyIds,
      facts: '事实',
      disputedMatters: '争议',
      responsibilities: '责任',
      terms: '条款',
      performanceManner: '现金',
      performancePlace: '村委会',
      performanceDeadline: addDays(today, 30),
      signatures: partyIds.map((partyId) => ({ partyId, method: 'signature', at: today })),
      mediatorSignedAt: today,
      committeeSealedAt: today,
    });
    expect(agreement.statusCode, agreement.body).toBe(201);
    const agreementId = agreement.json().id as string;
    expect(agreement.json().missingItems.map((item: { code: string }) => item.code)).toEqual(['PARTY_ETHNICITY']);
    expect((await patchParty(aux, dispute.id, first ?? '', { ethnicity: '汉族' })).statusCode).toBe(200);
    const effective = await send(aux, 'POST', `/api/v1/agreements/${agreementId}/effective`);
    expect(effective.statusCode, effective.body).toBe(200);

    const refused = await patchParty(aux, dispute.id, second ?? '', { phone: '13900002222' });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('PARTY_IN_EFFECTIVE_AGREEMENT');
    expect((await partyRow(second ?? '')).phone_masked).toBe('138****5678');
  });
});
