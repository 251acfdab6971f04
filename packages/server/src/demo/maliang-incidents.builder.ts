import {
  addressKey,
  applyIncidentAction,
  arrivalDeadline,
  arrivalOf,
  INCIDENT_ACTION_RULES,
  type IncidentAction,
  type IncidentActionInput,
  type IncidentClassDefault,
  type IncidentPartyRole,
  type IncidentSource,
  type IncidentStamps,
  type IncidentState,
  incidentActionProblems,
  maskAddress,
  type Role,
} from '@fengqiao/domain';
import type { IncidentPartiesTable, IncidentsTable } from '../db/schema';
import { fillPii, piiColumns } from '../modules/directory/person-pii';
import type { PiiCipher } from '../platform/crypto/pii-cipher';
import { cachedNameKeys, type DemoActor, timedId } from './dispute-case-builder';
import type { IncidentRowSet } from './maliang-incidents.repository';

/** Who takes a step, with the role the state machine checks. */
export interface IncidentActor extends DemoActor {
  role: Role;
}

export interface IncidentBuilderContext {
  random: () => number;
  rows: IncidentRowSet;
  cipher: PiiCipher;
  townId: string;
  /** No step is taken after this instant: recent incidents stay open. */
  nowMs: number;
}

/** A party as the generator invents it, or as the dispute it led to already stores it (its PII columns). */
export type NewIncidentParty =
  | {
      role: IncidentPartyRole;
      name: string;
      sex: 'male' | 'female';
      idNumber: string | null;
      phone: string | null;
      address: string | null;
    }
  | { role: IncidentPartyRole; stored: Omit<IncidentPartiesTable, 'id' | 'incident_id' | 'role' | 'created_at'> };

export interface NewDemoIncident {
  jurisdictionId: string;
  source: IncidentSource;
  incidentClass: IncidentClassDefault;
  dispute: boolean;
  summary: string;
  address: string;
  parties: readonly NewIncidentParty[];
  receivedAt: number;
  receivedBy: DemoActor;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One generated incident, walked the way the desk would walk it: every step is checked with the domain's
 * `incidentActionProblems` (a problem is a bug in the generator) and applied with `applyIncidentAction`, leaving a
 * timeline entry with its actor, the states and the note. Numbers are set afterwards in the order calls came in.
 */
export class DemoIncident {
  readonly row: IncidentsTable;
  readonly parties: IncidentPartiesTable[];
  private position: { state: IncidentState } & IncidentStamps;
  private clock: number;

  constructor(
    private readonly ctx: IncidentBuilderContext,
    input: NewDemoIncident,
  ) {
    const { random, cipher } = ctx;
    this.clock = input.receivedAt;
    const id = timedId(input.receivedAt, random);
    const at = iso(input.receivedAt);
    const parties = input.parties.map((party, index): IncidentPartiesTable => {
      const base = {
        id: timedId(input.receivedAt + index + 1, random),
        incident_id: id,
        role: party.role,
        created_at: at,
      };
      if ('stored' in party) return { ...party.stored, ...base, jurisdiction_id: input.jurisdictionId };
      const keys = cachedNameKeys(party.name);
      return {
        ...base,
        town_id: ctx.townId,
        jurisdiction_id: input.jurisdictionId,
        person_id: null,
        name: party.name,
        name_pinyin: keys.pinyin,
        name_initials: keys.initials,
        sex: party.sex,
        ...fillPii(piiColumns(cipher, { idNumber: party.idNumber, phone: party.phone, address: party.address })),
      };
    });
    this.parties = parties;
    const key = addressKey(input.address);
    this.position = { state: 'RECEIVED', receivedAt: at };
    this.row = {
      id,
      town_id: ctx.townId,
      jurisdiction_id: input.jurisdictionId,
      number: id,
      source: input.source,
      class_code: input.incidentClass.code,
      class_name: input.incidentClass.zh,
      category: input.incidentClass.category,
      dispute: input.dispute ? 1 : 0,
      summary: input.summary,
      address_enc: cipher.encrypt(input.address),
      address_bidx: key ? cipher.blindIndex(key) : null,
      address_masked: maskAddress(input.address),
      latitude: null,
      longitude: null,
      state: 'RECEIVED',
      disposition: null,
      case_kind: null,
      case_number: null,
      department_id: null,
      duplicate_of_id: null,
      dispute_id: null,
      responsible_officer_id: null,
      received_at: at,
      dispatched_at: null,
      acked_at: null,
      arrived_at: null,
      handling_at: null,
      feedback_at: null,
      reviewed_at: null,
      closed_at: null,
      arrival_target_minutes: input.incidentClass.arrivalTargetMinutes,
      arrival_deadline_at: arrivalDeadline(at, input.incidentClass.arrivalTargetMinutes),
      arrival_late: 0,
      feedback: null,
      search_text: input.summary,
      party_keys: ` ${parties.flatMap((p) => [p.name_pinyin, p.name_initials]).join(' ')} `,
      created_by: input.receivedBy.userId,
      created_at: at,
      updated_at: at,
    };
    ctx.rows.incidents.push(this.row);
    ctx.rows.parties.push(...parties);
    this.timeline(input.receivedAt, 'received', input.receivedBy, { to: 'RECEIVED' });
  }

  get state(): IncidentState {
    return this.position.state;
  }

  /** The instant of the latest step. */
  get now(): number {
    return this.clock;
  }

  private timeline(
    at: number,
    event: 'received' | 'repeat_linked' | IncidentAction,
    actor: DemoActor | null,
    extra: { from?: IncidentState; to?: IncidentState; note?: string | null; refId?: string | null },
  ): void {
    this.ctx.rows.timeline.push({
      id: timedId(at, this.ctx.random),
      incident_id: this.row.id,
      town_id: this.row.town_id,
      jurisdiction_id: this.row.jurisdiction_id,
      at: iso(at),
      event,
      actor_id: actor?.userId ?? null,
      actor_name: actor?.name ?? null,
      from_state: extra.from ?? null,
      to_state: extra.to ?? null,
      note: extra.note ?? null,
      ref_id: extra.refId ?? null,
    });
    this.row.updated_at = iso(Math.max(at, Date.parse(this.row.updated_at)));
  }

  /** A repeat link found at intake, recorded right after the call (no state change). */
  repeatLinked(otherId: string, note: string): void {
    this.timeline(Date.parse(this.row.received_at) + 1000, 'repeat_linked', null, { note, refId: otherId });
  }

  /**
   * Takes one action at `atMs` (or a second after the previous step, whichever is later, so the timeline keeps its
   * order). Returns false, doing nothing, when that instant lies after the seed's now: the incident stays where it
   * is. Throws when the domain refuses the step.
   */
  act(
    atMs: number,
    action: IncidentAction,
    actor: IncidentActor,
    input: Omit<IncidentActionInput, 'at'> & { refId?: string | null } = {},
  ): boolean {
    const at = Math.max(atMs, this.clock + 1000);
    if (at > this.ctx.nowMs) return false;
    const when = iso(at);
    const problems = incidentActionProblems(this.position, action, actor.role, { ...input, at: when }, new Date(at));
    if (problems.length > 0) throw new Error(`demo: ${action} on ${this.row.id}: ${problems.join(', ')}`);
    const from = this.position.state;
    this.position = applyIncidentAction(this.position, action, when);
    this.clock = at;
    const rule = INCIDENT_ACTION_RULES[action];
    const row = this.row;
    row.state = this.position.state;
    row.dispatched_at = this.position.dispatchedAt ?? null;
    row.acked_at = this.position.ackedAt ?? null;
    row.arrived_at = this.position.arrivedAt ?? null;
    row.handling_at = this.position.handlingAt ?? null;
    row.feedback_at = this.position.feedbackAt ?? null;
    row.reviewed_at = this.position.reviewedAt ?? null;
    row.closed_at = this.position.closedAt ?? null;
    if (action === 'dispatch') row.responsible_officer_id = input.responsibleOfficerId ?? null;
    if (action === 'arrive') {
      row.arrival_late = arrivalOf({
        receivedAt: row.received_at,
        arrivedAt: when,
        arrivalTargetMinutes: row.arrival_target_minutes,
      }).late
        ? 1
        : 0;
    }
    if (rule.disposition) {
      row.disposition = rule.disposition;
      row.case_kind = input.caseKind ?? null;
      row.case_number = input.caseNumber ?? null;
      row.department_id = input.departmentId ?? null;
      row.duplicate_of_id = input.duplicateOfId ?? null;
      row.feedback = input.note ?? null;
      if (action === 'refer_people_mediation') row.dispute_id = input.refId ?? null;
    }
    this.timeline(at, action, actor, {
      from,
      to: this.position.state,
      note: input.note ?? null,
      // What the step points at, as the service records it: the officer, the department, the original, the dispute.
      refId: input.refId ?? input.responsibleOfficerId ?? input.departmentId ?? input.duplicateOfId ?? null,
    });
    return true;
  }
}
