import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  agreementBodySchema,
  createDisputeSchema,
  createPartySchema,
  createSessionSchema,
  disputeListQuerySchema,
  disputeSchema,
  followUpVisitSchema,
  startMediationSchema,
  terminateMediationSchema,
  transitionSchema,
} from './dispute.schema';

describe('createDisputeSchema', () => {
  const body = {
    jurisdictionId: 'v-jiguanhe',
    category: 'forest_land',
    source: 'screening',
    summary: '田界纠纷，积怨多年',
  };

  it('accepts a minimal registration and fills the defaults', () => {
    expect(createDisputeSchema.parse(body)).toEqual({ ...body, peopleInvolved: 2, complexity: 'general' });
  });

  it('strips characters XML forbids from every free text, and refuses a text of nothing else', () => {
    const parsed = createDisputeSchema.parse({
      ...body,
      summary: '田界\uFFFF纠纷\u0007',
      address: '鸡冠河村\uFFFE3组',
      parties: [{ role: 'applicant', name: '张\u0000三', occupation: '农\uD800民' }],
    });
    expect(parsed.summary).toBe('田界纠纷');
    expect(parsed.address).toBe('鸡冠河村3组');
    expect(parsed.parties?.[0]).toMatchObject({ name: '张三', occupation: '农民' });
    expect(createDisputeSchema.safeParse({ ...body, summary: '\uFFFF' }).success).toBe(false);
    const oral = agreementBodySchema.parse({
      kind: 'oral',
      partyIds: ['p-1'],
      content: '赔偿\uFFFF300元',
      recordedAt: '2026-03-01T02:00:00Z',
    });
    expect(oral.kind === 'oral' && oral.content).toBe('赔偿300元');
  });

  it('accepts a full registration with parties and red-flag facts', () => {
    const full = createDisputeSchema.parse({
      ...body,
      address: '马良镇鸡冠河村3组',
      occurredOn: '2026-03-01',
      peopleInvolved: 4,
      grievanceStartedOn: '2020-03-01',
      complexity: 'complex',
      riskFlags: { threats: true },
      incidentIds: ['i-1'],
      parties: [{ role: 'applicant', name: '张三', sex: 'male', idNumber: '11010519491231002X' }],
    });
    expect(full.riskFlags).toEqual({
      threats: true,
      weapons: false,
      domesticViolence: false,
      severeMentalDisorder: false,
    });
    expect(full.parties).toHaveLength(1);
  });

  it('rejects a malformed category, an unknown source, a blank summary and bad dates', () => {
    expect(createDisputeSchema.safeParse({ ...body, category: 'Land Disputes' }).success).toBe(false);
    expect(createDisputeSchema.safeParse({ ...body, source: 'rumour' }).success).toBe(false);
    expect(createDisputeSchema.safeParse({ ...body, summary: '   ' }).success).toBe(false);
    expect(createDisputeSchema.safeParse({ ...body, grievanceStartedOn: '2020-02-30' }).success).toBe(false);
    expect(createDisputeSchema.safeParse({ ...body, peopleInvolved: 0 }).success).toBe(false);
  });

  it('bounds every string', () => {
    expect(createDisputeSchema.safeParse({ ...body, summary: 'x'.repeat(2001) }).success).toBe(false);
    expect(createDisputeSchema.safeParse({ ...body, address: 'x'.repeat(201) }).success).toBe(false);
    expect(createDisputeSchema.safeParse({ ...body, jurisdictionId: 'x'.repeat(65) }).success).toBe(false);
  });
});

describe('createPartySchema', () => {
  it('needs a role and a name, and bounds the rest', () => {
    expect(createPartySchema.safeParse({ role: 'respondent', name: '李四' }).success).toBe(true);
    expect(createPartySchema.safeParse({ role: 'witness', name: '李四' }).success).toBe(false);
    expect(createPartySchema.safeParse({ role: 'respondent', name: '' }).success).toBe(false);
    expect(createPartySchema.safeParse({ role: 'respondent', name: '李四', idNumber: '1'.repeat(19) }).success).toBe(
      false,
    );
    expect(createPartySchema.safeParse({ role: 'respondent', name: '李四', age: 151 }).success).toBe(false);
  });
});

describe('transitionSchema', () => {
  it('accepts an action with its fields', () => {
    expect(
      transitionSchema.parse({
        action: 'form_taskforce',
        departmentIds: ['land', 'justice'],
        taskforceMembers: [{ personId: 'p1', departmentId: 'land' }],
      }).action,
    ).toBe('form_taskforce');
    expect(transitionSchema.parse({ action: 'divert', route: 'arbitration', reason: '劳动争议' }).route).toBe(
      'arbitration',
    );
  });

  it('rejects unknown actions and routes, and overlong reasons', () => {
    expect(transitionSchema.safeParse({ action: 'set_state' }).success).toBe(false);
    expect(transitionSchema.safeParse({ action: 'divert', route: 'mediation' }).success).toBe(false);
    expect(transitionSchema.safeParse({ action: 'resolve', reason: 'x'.repeat(1001) }).success).toBe(false);
  });
});

describe('mediation bodies', () => {
  it('start a police mediation with its exclusion facts', () => {
    const parsed = startMediationSchema.parse({
      track: 'police',
      startedAt: '2026-03-10T10:00:00+08:00',
      initiatedBy: 'committee',
      mediatorIds: ['o1'],
      police: {
        hiredViolence: false,
        groupFight: false,
        provocation: false,
        repeatOffender: false,
        partyRefuses: false,
        keepsFighting: false,
        responsibleOfficerId: 'o1',
      },
    });
    expect(parsed.partyRefuses).toBe(false);
  });

  it('record a session whose end is not before its start', () => {
    const session = {
      mode: 'online',
      startedAt: '2026-03-10T02:00:00Z',
      endedAt: '2026-03-10T02:40:00Z',
      participants: [{ kind: 'party', name: '张三' }],
      record: '双方同意以老界石为界',
    };
    expect(createSessionSchema.parse(session).inviteesConsented).toBe(false);
    expect(createSessionSchema.safeParse({ ...session, endedAt: '2026-03-10T01:00:00Z' }).success).toBe(false);
    expect(createSessionSchema.safeParse({ ...session, mode: 'letter' }).success).toBe(false);
    expect(createSessionSchema.safeParse({ ...session, participants: [] }).success).toBe(false);
  });

  it('terminate with a reason', () => {
    expect(terminateMediationSchema.safeParse({ reason: '分歧过大', otherRoutesExplained: true }).success).toBe(true);
    expect(terminateMediationSchema.safeParse({ reason: '', otherRoutesExplained: true }).success).toBe(false);
  });
});

describe('agreementBodySchema', () => {
  it('takes a written draft with missing items, or an oral agreement with its content', () => {
    const written = agreementBodySchema.parse({ kind: 'written', partyIds: ['a', 'b'], terms: '以老界石为界' });
    expect(written.kind === 'written' && written.signatures).toEqual([]);
    expect(
      agreementBodySchema.safeParse({
        kind: 'written',
        partyIds: ['a', 'b'],
        signatures: [{ partyId: 'a', method: 'fingerprint', at: '2026-03-10' }],
        committeeSealedAt: '2026-03-10T08:00:00Z',
      }).success,
    ).toBe(true);
    expect(
      agreementBodySchema.safeParse({
        kind: 'oral',
        partyIds: ['a'],
        content: '赔偿200元',
        recordedAt: '2026-03-10T02:00:00Z',
      }).success,
    ).toBe(true);
    expect(
      agreementBodySchema.safeParse({ kind: 'oral', partyIds: ['a'], recordedAt: '2026-03-10T02:00:00Z' }).success,
    ).toBe(false);
    expect(agreementBodySchema.safeParse({ kind: 'signed', partyIds: ['a'] }).success).toBe(false);
  });
});

describe('followUpVisitSchema', () => {
  it('records whom, which agreement, performance, satisfaction and any hidden risk', () => {
    const visit = {
      visitedAt: '2026-04-01T02:00:00Z',
      whom: '张三',
      agreementId: 'ag-1',
      performed: true,
      satisfaction: 'satisfied',
      hiddenRisk: '无',
    };
    expect(followUpVisitSchema.parse(visit)).toEqual(visit);
    expect(followUpVisitSchema.safeParse({ ...visit, satisfaction: 'ecstatic' }).success).toBe(false);
  });
});

describe('disputeListQuerySchema', () => {
  it('reads query strings: booleans, numbers and defaults', () => {
    expect(disputeListQuerySchema.parse({})).toEqual({ limit: 50 });
    expect(disputeListQuerySchema.parse({ overdue: 'false', grievanceOlderThanYears: '5', limit: '20' })).toEqual({
      overdue: false,
      grievanceOlderThanYears: 5,
      limit: 20,
    });
    expect(
      disputeListQuerySchema.parse({ overdue: 'true', risk: 'red', tier: 'town', state: 'ASSIGNED' }),
    ).toMatchObject({ overdue: true, risk: 'red' });
  });

  it('rejects unknown filters values and overlong search terms', () => {
    expect(disputeListQuerySchema.safeParse({ risk: 'purple' }).success).toBe(false);
    expect(disputeListQuerySchema.safeParse({ overdue: 'maybe' }).success).toBe(false);
    expect(disputeListQuerySchema.safeParse({ q: 'x'.repeat(41) }).success).toBe(false);
    expect(disputeListQuerySchema.safeParse({ limit: '500' }).success).toBe(false);
  });
});

describe('disputeSchema', () => {
  it('converts to JSON Schema for the API documentation and response serialiser', () => {
    const json = z.toJSONSchema(disputeSchema) as { properties: Record<string, unknown> };
    expect(Object.keys(json.properties)).toEqual(expect.arrayContaining(['number', 'tier', 'state', 'actions']));
    expect(() => z.toJSONSchema(disputeListQuerySchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(agreementBodySchema, { io: 'input' })).not.toThrow();
  });
});
