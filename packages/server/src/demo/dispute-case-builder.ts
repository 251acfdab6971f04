import {
  ACTION_RULES,
  agreementEffectiveDate,
  type DeadlineSettings,
  type DisputeAction,
  type DisputeComplexity,
  type DisputePosition,
  type DisputeSource,
  type DiversionRoute,
  deadlineFor,
  evaluateRisk,
  INITIAL_DISPUTE_POSITION,
  type MediationTrack,
  maskAddress,
  maskIdNumber,
  maskPhone,
  nameSearchKeys,
  nextPosition,
  oralAgreementEffectiveDate,
  overdueFlag,
  type ParticipantKind,
  type PerformanceStatus,
  type SatisfactionLevel,
  type SessionMode,
  type SignatureMethod,
  type TimelineEvent,
} from '@fengqiao/domain';
import { toJson } from '../db/json-column';
import type { DisputePartiesTable, DisputesTable } from '../db/schema';
import { fillPii, nameColumns, piiColumns } from '../modules/directory/person-pii';
import type { PiiCipher } from '../platform/crypto/pii-cipher';
import type { DisputeRowSet } from './maliang-disputes.repository';

/** Who did something: a demo account (userId) or a person of the directory without an account. */
export interface DemoActor {
  userId: string | null;
  personId: string | null;
  name: string;
  organizationId?: string | null;
}

export interface CaseBuilderContext {
  random: () => number;
  rows: DisputeRowSet;
  deadlines: DeadlineSettings;
  /** Null skips encryption (the benchmark: lists and search never read personal data). */
  cipher: PiiCipher | null;
}

export interface NewDemoParty {
  name: string;
  role: 'applicant' | 'respondent';
  sex: 'male' | 'female';
  age: number;
  occupation: string;
  idNumber: string | null;
  phone: string | null;
  address: string | null;
}

export interface NewDemoCase {
  townId: string;
  jurisdictionId: string;
  category: string;
  source: DisputeSource;
  summary: string;
  address: string | null;
  occurredOn: string | null;
  peopleInvolved: number;
  grievanceStartedOn: string | null;
  complexity: DisputeComplexity;
  threats?: boolean;
  weapons?: boolean;
  domesticViolence?: boolean;
  parties: readonly NewDemoParty[];
  registeredAt: number;
  registeredBy: DemoActor;
}

const HEX = '0123456789abcdef';

/**
 * A UUIDv7 for a given instant with random bits from the seeded generator: the demo is reproducible and, since
 * lists page by id, old cases sort by when they happened rather than by when the seed ran.
 */
export function timedId(ms: number, random: () => number): string {
  const time = Math.floor(ms).toString(16).padStart(12, '0');
  let tail = '';
  for (let i = 0; i < 19; i++) tail += HEX[Math.floor(random() * 16)];
  const variant = HEX[8 + Math.floor(random() * 4)];
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${tail.slice(0, 3)}-${variant}${tail.slice(3, 6)}-${tail.slice(6, 18)}`;
}

const pinyinCache = new Map<string, { pinyin: string; initials: string }>();

/** Pinyin keys of a name; names repeat a lot in generated data, so they are computed once each. */
export function cachedNameKeys(name: string): { pinyin: string; initials: string } {
  let keys = pinyinCache.get(name);
  if (!keys) {
    keys = nameSearchKeys(name);
    pinyinCache.set(name, keys);
  }
  return keys;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One generated dispute, built the way the app would have built it: every state change goes through the domain's
 * `nextPosition` and leaves a timeline entry with its actor, deadlines restart where the rules say so, the risk
 * grade comes from `evaluateRisk` and keeps its history. Rows land in `ctx.rows`; numbers are set afterwards in
 * chronological order (see `numberCases`).
 */
export class DemoCase {
  readonly row: DisputesTable;
  readonly parties: DisputePartiesTable[] = [];
  position: DisputePosition = { ...INITIAL_DISPUTE_POSITION };
  private clock: number;
  private readonly departments = new Set<string>();

  constructor(
    private readonly ctx: CaseBuilderContext,
    input: NewDemoCase,
  ) {
    const { random, cipher } = ctx;
    this.clock = input.registeredAt;
    const id = timedId(input.registeredAt, random);
    const at = iso(input.registeredAt);
    for (const [index, party] of input.parties.entries()) {
      const keys = cachedNameKeys(party.name);
      const pii: Partial<DisputePartiesTable> = cipher
        ? piiColumns(cipher, { idNumber: party.idNumber, phone: party.phone, address: party.address })
        : { id_number_masked: maskIdNumber(party.idNumber), phone_masked: maskPhone(party.phone) };
      this.parties.push({
        id: timedId(input.registeredAt + index + 1, random),
        dispute_id: id,
        town_id: input.townId,
        jurisdiction_id: input.jurisdictionId,
        person_id: null,
        role: party.role,
        ...(cipher
          ? nameColumns(party.name)
          : { name: party.name, name_pinyin: keys.pinyin, name_initials: keys.initials }),
        sex: party.sex,
        ethnicity: '汉族',
        age: party.age,
        occupation: party.occupation,
        ...fillPii(pii),
        address_masked: pii.address_masked ?? maskAddress(party.address),
        agent: null,
        created_at: at,
      });
    }
    const { state, tier } = this.position;
    this.row = {
      id,
      town_id: input.townId,
      jurisdiction_id: input.jurisdictionId,
      number: id,
      category: input.category,
      source: input.source,
      summary: input.summary,
      address_enc: cipher && input.address ? cipher.encrypt(input.address) : null,
      address_masked: maskAddress(input.address),
      occurred_on: input.occurredOn,
      people_involved: input.peopleInvolved,
      grievance_started_on: input.grievanceStartedOn,
      tier,
      state,
      complexity: input.complexity,
      risk_grade: 'green',
      risk_reasons: toJson([]),
      flag_threats: input.threats ? 1 : 0,
      flag_weapons: input.weapons ? 1 : 0,
      flag_domestic_violence: input.domesticViolence ? 1 : 0,
      flag_mental_disorder: 0,
      incident_ids: toJson([]),
      tier_entered_at: at,
      deadline_at: deadlineFor(at, tier, input.complexity, ctx.deadlines),
      overdue: 0,
      search_text: [input.summary, ...this.parties.map((p) => p.name)].join(' '),
      party_keys: ` ${this.parties.flatMap((p) => [p.name_pinyin, p.name_initials]).join(' ')} `,
      created_by: input.registeredBy.userId,
      created_at: at,
      updated_at: at,
    };
    ctx.rows.disputes.push(this.row);
    ctx.rows.parties.push(...this.parties);
    this.timeline(input.registeredAt, 'registered', input.registeredBy, { to: this.position });
    this.regrade(input.registeredAt, input.registeredBy, true);
  }

  get now(): number {
    return this.clock;
  }

  /** A strictly later instant than everything recorded so far, so timeline ids keep the order of events. */
  private tick(at: number): number {
    this.clock = Math.max(at, this.clock + 60_000);
    return this.clock;
  }

  private timeline(
    at: number,
    event: TimelineEvent,
    actor: DemoActor,
    extra: {
      from?: DisputePosition;
      to?: DisputePosition;
      reason?: string | null;
      explanation?: string | null;
      route?: DiversionRoute | null;
      departmentIds?: readonly string[];
      refId?: string | null;
    } = {},
  ): void {
    this.ctx.rows.timeline.push({
      id: timedId(at, this.ctx.random),
      dispute_id: this.row.id,
      at: iso(at),
      event,
      actor_id: actor.userId,
      actor_name: actor.name,
      from_state: extra.from?.state ?? null,
      to_state: extra.to?.state ?? null,
      from_tier: extra.from?.tier ?? null,
      to_tier: extra.to?.tier ?? null,
      reason: extra.reason ?? null,
      explanation: extra.explanation ?? null,
      route: extra.route ?? null,
      department_ids: toJson([...(extra.departmentIds ?? [])]),
      ref_id: extra.refId ?? null,
    });
    this.row.updated_at = iso(at);
  }

  /** Re-grades from the current facts as of `at`; a history row (and a timeline entry) only when it moves. */
  regrade(at: number, actor: DemoActor, initial = false): void {
    const when = initial ? at : this.tick(at);
    const assessment = evaluateRisk(
      {
        threats: this.row.flag_threats === 1,
        weapons: this.row.flag_weapons === 1,
        domesticViolence: this.row.flag_domestic_violence === 1,
        severeMentalDisorder: this.row.flag_mental_disorder === 1,
        repeatIncidents: 0,
        grievanceStartedOn: this.row.grievance_started_on,
        peopleInvolved: Math.max(this.row.people_involved, this.parties.length),
      },
      new Date(when),
    );
    const reasons = toJson(assessment.reasons);
    const moved = initial || assessment.grade !== this.row.risk_grade;
    this.row.risk_grade = assessment.grade;
    this.row.risk_reasons = reasons;
    if (!moved) return;
    this.ctx.rows.risk.push({
      id: timedId(when, this.ctx.random),
      dispute_id: this.row.id,
      at: iso(when),
      grade: assessment.grade,
      reasons,
      actor_id: actor.userId,
    });
    if (!initial) this.timeline(when, 'risk_regraded', actor, { reason: assessment.grade });
  }

  /** Records a red flag found while working the case (threats, weapons) and re-grades. */
  raiseFlag(at: number, actor: DemoActor, flag: 'threats' | 'weapons'): void {
    if (flag === 'threats') this.row.flag_threats = 1;
    else this.row.flag_weapons = 1;
    this.regrade(at, actor);
  }

  /** One action of the state machine; throws if the domain does not allow it from where the case is. */
  act(
    atMs: number,
    action: DisputeAction,
    actor: DemoActor,
    extra: {
      reason?: string;
      explanation?: string;
      route?: DiversionRoute;
      departmentIds?: readonly string[];
      members?: readonly { personId: string; departmentId: string }[];
    } = {},
  ): void {
    const from = this.position;
    const to = nextPosition(from, action);
    if (!to) throw new Error(`demo: ${action} is not allowed from ${from.state}/${from.tier}`);
    const at = this.tick(atMs);
    const when = iso(at);
    const overdue = overdueFlag(this.row.overdue === 1, from.state, this.row.deadline_at, new Date(at));
    this.row.state = to.state;
    this.row.tier = to.tier;
    if (ACTION_RULES[action].restartsDeadline) {
      this.row.tier_entered_at = when;
      this.row.deadline_at = deadlineFor(when, to.tier, this.row.complexity, this.ctx.deadlines);
      this.row.overdue = 0;
    } else {
      this.row.overdue = overdue ? 1 : 0;
    }
    const departmentIds = [...new Set(extra.departmentIds ?? [])];
    for (const organizationId of departmentIds) {
      if (this.departments.has(organizationId)) continue;
      this.departments.add(organizationId);
      this.ctx.rows.departments.push({ dispute_id: this.row.id, organization_id: organizationId, assigned_at: when });
    }
    for (const member of extra.members ?? []) {
      this.ctx.rows.taskforce.push({
        dispute_id: this.row.id,
        person_id: member.personId,
        organization_id: member.departmentId,
        joined_at: when,
      });
    }
    this.timeline(at, action, actor, {
      from,
      to,
      reason: extra.reason ?? null,
      explanation:
        action === 'close' && overdue ? (extra.explanation ?? '村级调处期间当事人外出务工，无法按期组织调解') : null,
      route: extra.route ?? null,
      departmentIds,
    });
    this.position = to;
  }

  mediation(
    atMs: number,
    actor: DemoActor,
    input: { track: MediationTrack; mediators: readonly DemoActor[]; initiatedBy: 'party' | 'committee' },
  ): string {
    const at = this.tick(atMs);
    const id = timedId(at, this.ctx.random);
    this.ctx.rows.mediations.push({
      id,
      dispute_id: this.row.id,
      town_id: this.row.town_id,
      jurisdiction_id: this.row.jurisdiction_id,
      track: input.track,
      initiated_by: input.initiatedBy,
      started_at: iso(at),
      status: 'open',
      ended_at: null,
      mediator_ids: toJson(input.mediators.flatMap((m) => (m.personId ? [m.personId] : []))),
      responsible_officer_id:
        input.track === 'police' ? (input.mediators.find((m) => m.personId)?.personId ?? null) : null,
      extensions: toJson([]),
      termination_reason: null,
      other_routes_explained: null,
      reported_to_police: 0,
      created_at: iso(at),
    });
    this.timeline(at, 'mediation_started', actor, { refId: id });
    return id;
  }

  session(
    atMs: number,
    actor: DemoActor,
    mediationId: string,
    input: {
      mode: SessionMode;
      minutes: number;
      location: string;
      participants: readonly {
        kind: ParticipantKind;
        name: string;
        personId?: string | null;
        organizationId?: string | null;
      }[];
      record: string;
    },
  ): string {
    const at = this.tick(atMs);
    const end = at + input.minutes * 60_000;
    const id = timedId(at, this.ctx.random);
    this.ctx.rows.sessions.push({
      id,
      mediation_id: mediationId,
      mode: input.mode,
      started_at: iso(at),
      ended_at: iso(end),
      location: input.location,
      participants: toJson(
        input.participants.map((p) => ({
          kind: p.kind,
          personId: p.personId ?? null,
          name: p.name,
          organizationId: p.organizationId ?? null,
        })),
      ),
      invitees_consented: input.participants.some((p) => ['relative', 'neighbour', 'expert'].includes(p.kind)) ? 1 : 0,
      record: input.record,
      reported_to_police: 0,
      created_at: iso(end),
    });
    this.clock = end;
    this.timeline(this.tick(end), 'session_recorded', actor, { refId: id });
    return id;
  }

  terminateMediation(atMs: number, actor: DemoActor, mediationId: string, reason: string): void {
    const at = this.tick(atMs);
    const mediation = this.ctx.rows.mediations.find((m) => m.id === mediationId);
    if (mediation) {
      mediation.status = 'terminated';
      mediation.ended_at = iso(at);
      mediation.termination_reason = reason;
      mediation.other_routes_explained = 1;
    }
    this.timeline(at, 'mediation_terminated', actor, { reason, refId: mediationId });
  }

  /**
   * The agreement that ends a mediation. Written ones carry every Art. 29 item and every signature, seal and the
   * mediator's signature, so they take effect; their number is set later in date order (`numberAgreements`).
   */
  agreement(
    atMs: number,
    actor: DemoActor,
    mediationId: string,
    input:
      | {
          kind: 'written';
          facts: string;
          matters: string;
          responsibilities: string;
          terms: string;
          manner: string;
          place: string;
          deadline: string;
          methods?: readonly SignatureMethod[];
        }
      | { kind: 'oral'; content: string },
  ): string {
    const at = this.tick(atMs);
    const when = iso(at);
    const id = timedId(at, this.ctx.random);
    const partyIds = this.parties.map((p) => p.id);
    const signatures =
      input.kind === 'written'
        ? partyIds.map((partyId, i) => ({
            partyId,
            method: input.methods?.[i] ?? (this.ctx.random() < 0.7 ? 'signature' : 'fingerprint'),
            at: when,
          }))
        : [];
    const effective =
      input.kind === 'written'
        ? agreementEffectiveDate({ parties: signatures, mediatorSignedAt: when, committeeSealedAt: when })
        : oralAgreementEffectiveDate(when);
    this.ctx.rows.agreements.push({
      id,
      dispute_id: this.row.id,
      town_id: this.row.town_id,
      jurisdiction_id: this.row.jurisdiction_id,
      mediation_id: mediationId,
      kind: input.kind,
      number: null,
      party_ids: toJson(partyIds),
      facts: input.kind === 'written' ? input.facts : null,
      disputed_matters: input.kind === 'written' ? input.matters : null,
      responsibilities: input.kind === 'written' ? input.responsibilities : null,
      terms: input.kind === 'written' ? input.terms : null,
      performance_manner: input.kind === 'written' ? input.manner : null,
      performance_place: input.kind === 'written' ? input.place : null,
      performance_deadline: input.kind === 'written' ? input.deadline : null,
      content: input.kind === 'oral' ? input.content : null,
      recorded_at: input.kind === 'oral' ? when : null,
      signatures: toJson(signatures),
      mediator_signed_at: input.kind === 'written' ? when : null,
      committee_sealed_at: input.kind === 'written' ? when : null,
      effective_date: effective,
      performed: null,
      marked_effective_at: when,
      performance_status: 'pending' satisfies PerformanceStatus,
      performance_note: null,
      performance_updated_at: null,
      created_at: when,
      updated_at: when,
    });
    const mediation = this.ctx.rows.mediations.find((m) => m.id === mediationId);
    if (mediation) {
      mediation.status = 'agreed';
      mediation.ended_at = when;
    }
    this.timeline(at, 'agreement_recorded', actor, { refId: id });
    this.timeline(this.tick(at), 'agreement_effective', actor, { refId: id });
    return id;
  }

  followUp(
    atMs: number,
    visitor: DemoActor,
    input: { agreementId: string | null; performed: boolean; satisfaction: SatisfactionLevel; note: string },
  ): void {
    const at = this.tick(atMs);
    const id = timedId(at, this.ctx.random);
    const whom = this.parties[0];
    this.ctx.rows.followUps.push({
      id,
      dispute_id: this.row.id,
      town_id: this.row.town_id,
      jurisdiction_id: this.row.jurisdiction_id,
      visited_at: iso(at),
      whom: whom ? `当事人${whom.name}` : '当事人',
      person_id: null,
      agreement_id: input.agreementId,
      performed: input.performed ? 1 : 0,
      satisfaction: input.satisfaction,
      hidden_risk: null,
      note: input.note,
      visitor_id: visitor.userId,
      visitor_name: visitor.name,
      created_at: iso(at),
    });
    const agreement = this.ctx.rows.agreements.find((a) => a.id === input.agreementId);
    if (agreement) {
      agreement.performed = input.performed ? 1 : 0;
      agreement.performance_status = (input.performed ? 'performed' : 'breached') satisfies PerformanceStatus;
      agreement.performance_note = input.note;
      agreement.performance_updated_at = iso(at);
      agreement.updated_at = iso(at);
    }
    this.timeline(at, 'follow_up_recorded', visitor, { refId: id });
  }
}
