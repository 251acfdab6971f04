import {
  type CreateSession,
  type Mediation,
  type MediationExtensionBody,
  type MediationProblem,
  type MediationSession,
  mediationPeriodLastDay,
  mediationPeriodProblems,
  mediationStartTimeProblems,
  policeReportProblems,
  type RecordTimeProblem,
  type StartMediation,
  sessionProblems,
  sessionTimeProblems,
  startMediationProblems,
  type TerminateMediation,
  terminationProblems,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { type DisputePlace, mediationActions, requireMediationTrack } from './disputes.policy';
import type { DisputeView } from './disputes.repository';
import type { DisputesService } from './disputes.service';
import {
  countSessions,
  findMediationRow,
  insertMediationRow,
  insertSessionRow,
  listMediationRows,
  listPersonRoles,
  listSessionRows,
  listTownPeople,
  type MediationRow,
  type SessionRow,
  updateMediationRow,
} from './mediations.repository';
import { listPartyRows } from './parties.repository';
import { addTimeline } from './timeline';

export interface MediationWithSessions extends Mediation {
  sessions: MediationSession[];
}

interface Extension {
  until: string;
  consentedPartyIds: string[];
  note: string | null;
}

/** A mediation with the dispute it belongs to, as found by a caller allowed to work it. */
export interface WorkableMediation {
  mediation: MediationRow;
  dispute: DisputeView;
  place: DisputePlace;
}

/**
 * Mediations of a dispute (domain.md §3): start on one track, sessions, extension, Art. 25 report, Art. 26
 * termination. Every rule is the domain's; this service gathers the facts, refuses with the rule's codes and writes.
 * A mediation belongs to its dispute: whoever may not see the dispute gets 404 for the mediation too.
 */
export class MediationsService {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {}

  async start(ctx: RequestContext, disputeId: string, input: StartMediation): Promise<Mediation> {
    const id = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row, place } = await this.disputes.writable(tx, ctx, disputeId);
      await requireMediationTrack(tx, ctx, input.track, place);
      await this.requireTownPeople(tx, row.town_id, input.mediatorIds);
      const open = (await listMediationRows(tx, disputeId)).filter((m) => m.status === 'open');
      const officerId = input.police?.responsibleOfficerId ?? null;
      refuseTimes(mediationStartTimeProblems(input.startedAt));
      const problems = startMediationProblems({
        track: input.track,
        openTracks: open.map((m) => m.track),
        partyRefuses: input.partyRefuses,
        police: input.police
          ? { ...input.police, responsibleOfficerNamed: await this.isPoliceOfficer(tx, row.town_id, officerId) }
          : null,
      });
      refuse(problems);
      const mediationId = newId();
      const at = nowIso();
      await insertMediationRow(tx, {
        id: mediationId,
        dispute_id: disputeId,
        town_id: row.town_id,
        jurisdiction_id: row.jurisdiction_id,
        track: input.track,
        initiated_by: input.initiatedBy,
        started_at: input.startedAt,
        status: 'open',
        ended_at: null,
        mediator_ids: input.mediatorIds,
        responsible_officer_id: input.track === 'police' ? officerId : null,
        extensions: [],
        termination_reason: null,
        other_routes_explained: null,
        reported_to_police: 0,
        created_at: at,
      });
      await addTimeline(tx, ctx, disputeId, { event: 'mediation_started', refId: mediationId });
      await uow.audit({
        action: 'mediation.create',
        targetType: 'mediation',
        targetId: mediationId,
        detail: { disputeId, track: input.track },
      });
      return mediationId;
    });
    return this.view(ctx, id);
  }

  async recordSession(ctx: RequestContext, mediationId: string, input: CreateSession): Promise<MediationSession> {
    const session = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { mediation, dispute } = await this.workable(uow.tx, ctx, mediationId);
      return this.writeSession(uow, mediation, dispute, input);
    });
    return presentSession(session, ['view']);
  }

  /**
   * A session of an open mediation under the session rules, in the caller's unit of work, once the caller's access is
   * decided: the recording by hand above, and an online mediation room's close (its host, or its expiry).
   */
  async writeSession(
    uow: UnitOfWork,
    mediation: MediationRow,
    dispute: DisputeView,
    input: CreateSession,
  ): Promise<SessionRow> {
    const { tx, ctx } = uow;
    const mediationId = mediation.id;
    if (mediation.status !== 'open') throw new AppError('TRANSITION_NOT_ALLOWED', { status: mediation.status });
    const track = mediation.track;
    refuseTimes(sessionTimeProblems(input, mediation.started_at));
    const problems: MediationProblem[] = sessionProblems({
      track,
      sessionsHeld: await countSessions(tx, mediationId),
      participantKinds: input.participants.map((p) => p.kind),
      inviteesConsented: input.inviteesConsented,
    });
    if (track === 'people') {
      problems.push(...mediationPeriodProblems(mediation.started_at, new Date(), await consentsOf(tx, mediation)));
    }
    problems.push(
      ...policeReportProblems(
        {
          threats: dispute.flag_threats === 1,
          weapons: dispute.flag_weapons === 1,
          domesticViolence: dispute.flag_domestic_violence === 1,
          violenceOccurred: false,
          mediatorJudgesMayEscalate: false,
        },
        mediation.reported_to_police === 1 || input.reportedToPolice,
      ),
    );
    refuse(problems);
    const row: SessionRow = {
      id: newId(),
      mediation_id: mediationId,
      mode: input.mode,
      started_at: input.startedAt,
      ended_at: input.endedAt,
      location: input.location || null,
      participants: input.participants.map((p) => ({
        kind: p.kind,
        personId: p.personId ?? null,
        name: p.name,
        organizationId: p.organizationId ?? null,
      })),
      invitees_consented: input.inviteesConsented ? 1 : 0,
      record: input.record,
      reported_to_police: input.reportedToPolice ? 1 : 0,
      created_at: nowIso(),
    };
    await insertSessionRow(tx, row);
    if (input.reportedToPolice && mediation.reported_to_police === 0) {
      await updateMediationRow(tx, mediationId, { reported_to_police: 1 });
      await addTimeline(tx, ctx, dispute.id, { event: 'reported_to_police', refId: mediationId });
    }
    await addTimeline(tx, ctx, dispute.id, { event: 'session_recorded', refId: row.id });
    await uow.audit({
      action: 'mediation.session.create',
      targetType: 'mediation',
      targetId: mediationId,
      detail: { sessionId: row.id, mode: input.mode, participants: input.participants.length },
    });
    return row;
  }

  /** MoJ rules Art. 36: a people's mediation runs past its month only with every party's recorded consent. */
  async extend(ctx: RequestContext, mediationId: string, input: MediationExtensionBody): Promise<Mediation> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { mediation, dispute } = await this.workable(tx, ctx, mediationId);
      if (mediation.track !== 'people') throw new AppError('TRANSITION_NOT_ALLOWED', { track: mediation.track });
      const consents = await consentsOf(tx, mediation);
      const unknown = input.consentedPartyIds.filter((id) => !consents.partyIds.includes(id));
      if (unknown.length > 0) {
        throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'consentedPartyIds', message: 'not a party' }] });
      }
      const extension: Extension = {
        until: input.until,
        consentedPartyIds: input.consentedPartyIds,
        note: input.note || null,
      };
      const extensions = [...consents.extensions, extension];
      // The domain counts an extension only when every party consented: if the new last day does not reach
      // `until`, someone's consent is missing.
      if (mediationPeriodLastDay(mediation.started_at, { ...consents, extensions }) < input.until) {
        throw new AppError('MEDIATION_EXTENSION_CONSENT_MISSING', {
          missingPartyIds: consents.partyIds.filter((id) => !input.consentedPartyIds.includes(id)),
        });
      }
      await updateMediationRow(tx, mediationId, { extensions });
      await addTimeline(tx, ctx, dispute.id, {
        event: 'mediation_extended',
        refId: mediationId,
        reason: extension.note,
      });
      await uow.audit({
        action: 'mediation.extend',
        targetType: 'mediation',
        targetId: mediationId,
        detail: { until: input.until, consentedPartyIds: input.consentedPartyIds },
      });
    });
    return this.view(ctx, mediationId);
  }

  /** Art. 25: the mediator reported to the police a dispute that may turn into a public-order or criminal case. */
  async reportToPolice(ctx: RequestContext, mediationId: string, input: { note: string }): Promise<Mediation> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { mediation, dispute } = await this.workable(tx, ctx, mediationId);
      await updateMediationRow(tx, mediation.id, { reported_to_police: 1 });
      await addTimeline(tx, ctx, dispute.id, { event: 'reported_to_police', refId: mediationId, reason: input.note });
      await uow.audit({ action: 'mediation.police_report', targetType: 'mediation', targetId: mediationId });
    });
    return this.view(ctx, mediationId);
  }

  /** Art. 26: ending without agreement records the reason and that the other routes were explained. */
  async terminate(ctx: RequestContext, mediationId: string, input: TerminateMediation): Promise<Mediation> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { mediation, dispute } = await this.workable(tx, ctx, mediationId);
      refuse(terminationProblems(input));
      await updateMediationRow(tx, mediation.id, {
        status: 'terminated',
        ended_at: nowIso(),
        termination_reason: input.reason,
        other_routes_explained: 1,
      });
      await addTimeline(tx, ctx, dispute.id, {
        event: 'mediation_terminated',
        refId: mediationId,
        reason: input.reason,
        explanation: input.routesExplained?.join(',') ?? null,
      });
      await uow.audit({
        action: 'mediation.terminate',
        targetType: 'mediation',
        targetId: mediationId,
        detail: { routesExplained: input.routesExplained ?? [] },
      });
    });
    return this.view(ctx, mediationId);
  }

  async listForDispute(ctx: RequestContext, disputeId: string): Promise<MediationWithSessions[]> {
    const { db } = this.deps;
    const { place } = await this.disputes.readable(db, ctx, disputeId);
    const rows = await listMediationRows(db, disputeId);
    const sessions = await listSessionRows(
      db,
      rows.map((row) => row.id),
    );
    const out: MediationWithSessions[] = [];
    for (const row of rows) {
      const actions = await mediationActions(db, ctx, { track: row.track, status: row.status }, place);
      out.push({
        ...(await present(db, row, actions)),
        sessions: sessions.filter((s) => s.mediation_id === row.id).map((s) => presentSession(s, ['view'])),
      });
    }
    return out;
  }

  /**
   * NOT_FOUND unless the caller may see the mediation's dispute; FORBIDDEN unless they may work it; ROLE_NOT_ALLOWED
   * unless they may work its track (disputes.policy.ts); TRANSITION_NOT_ALLOWED once the mediation has ended.
   */
  async workable(tx: Executor, ctx: RequestContext, mediationId: string): Promise<WorkableMediation> {
    const mediation = await findMediationRow(tx, mediationId);
    if (!mediation) throw notFound();
    const { row, place } = await this.disputes.writable(tx, ctx, mediation.dispute_id);
    await requireMediationTrack(tx, ctx, mediation.track, place);
    if (mediation.status !== 'open') throw new AppError('TRANSITION_NOT_ALLOWED', { status: mediation.status });
    return { mediation, dispute: row, place };
  }

  /** The mediation and its dispute for reading (404 when the dispute is out of reach). */
  async readable(tx: Executor, ctx: RequestContext, mediationId: string): Promise<WorkableMediation> {
    const mediation = await findMediationRow(tx, mediationId);
    if (!mediation) throw notFound();
    const { row, place } = await this.disputes.readable(tx, ctx, mediation.dispute_id);
    return { mediation, dispute: row, place };
  }

  async view(ctx: RequestContext, mediationId: string): Promise<Mediation> {
    const { db } = this.deps;
    const { mediation, place } = await this.readable(db, ctx, mediationId);
    const actions = await mediationActions(db, ctx, { track: mediation.track, status: mediation.status }, place);
    return present(db, mediation, actions);
  }

  private async requireTownPeople(tx: Executor, townId: string, ids: readonly string[]): Promise<void> {
    const unique = [...new Set(ids)];
    if ((await listTownPeople(tx, townId, unique)).length !== unique.length) throw new AppError('PERSON_UNKNOWN');
  }

  /**
   * The responsible officer is staff of a police station in the dispute's town and not an auxiliary officer:
   * auxiliaries are not law-enforcement subjects and may only mediate or assist (domain.md §1).
   */
  private async isPoliceOfficer(tx: Executor, townId: string, personId: string | null): Promise<boolean> {
    if (!personId) return false;
    const [person] = await listTownPeople(tx, townId, [personId]);
    if (person?.kind !== 'staff' || person.organization_kind !== 'police_station') return false;
    return !(await listPersonRoles(tx, personId)).includes('auxiliary');
  }
}

/** Times in the future or before the mediation began: the first code, every field. */
function refuseTimes(problems: readonly RecordTimeProblem[]): void {
  const [first] = problems;
  if (first) throw new AppError(first.code, { problems });
}

/** Refuses with the first problem's code and lists every problem, so a screen can show them all. */
function refuse(problems: readonly MediationProblem[]): void {
  const [first] = problems;
  if (first) throw new AppError(first, { problems });
}

async function consentsOf(tx: Executor, mediation: MediationRow) {
  const parties = await listPartyRows(tx, [mediation.dispute_id]);
  return { partyIds: parties.map((p) => p.id), extensions: mediation.extensions };
}

async function present(db: Executor, row: MediationRow, actions: string[]): Promise<Mediation> {
  const lastDay = row.track === 'people' ? mediationPeriodLastDay(row.started_at, await consentsOf(db, row)) : null;
  return {
    id: row.id,
    disputeId: row.dispute_id,
    track: row.track,
    initiatedBy: row.initiated_by,
    startedAt: row.started_at,
    lastDay,
    status: row.status,
    endedAt: row.ended_at,
    mediatorIds: row.mediator_ids,
    responsibleOfficerId: row.responsible_officer_id,
    extensions: row.extensions,
    terminationReason: row.termination_reason,
    otherRoutesExplained: row.other_routes_explained === null ? null : row.other_routes_explained === 1,
    reportedToPolice: row.reported_to_police === 1,
    actions,
  };
}

function presentSession(row: SessionRow, actions: string[]): MediationSession {
  return {
    id: row.id,
    mediationId: row.mediation_id,
    mode: row.mode,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    location: row.location,
    participants: row.participants,
    inviteesConsented: row.invitees_consented === 1,
    record: row.record,
    reportedToPolice: row.reported_to_police === 1,
    actions,
  };
}
