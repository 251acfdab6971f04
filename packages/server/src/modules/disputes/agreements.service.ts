import {
  type AgreementBody,
  type AgreementDraft,
  type AgreementListQuery,
  type AgreementRecord,
  type AgreementSignatures,
  agreementCopies,
  agreementEffectiveDate,
  agreementEffectiveProblems,
  agreementMissingItems,
  agreementNumberYear,
  agreementTimeProblems,
  formatAgreementNumber,
  judicialConfirmationDeadline,
  type MediationTrack,
  oralAgreementEffectiveDate,
  type Page,
  type PerformanceBody,
  type RecordTimeProblem,
  type SignatureMethod,
  type SignaturesBody,
  type UpdateDraftBody,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import type { AgreementDocument } from './agreement-print';
import {
  type AgreementRow,
  findAgreementRow,
  findTownOrganizationName,
  insertAgreementRow,
  listAgreementRows,
  listAgreementRowsOfDispute,
  updateAgreementRow,
} from './agreements.repository';
import { agreementActions, type DisputePlace, mayUnmask, mayWorkMediation, readScope } from './disputes.policy';
import { listDepartmentIds, listDisputeViewsByIds, nextSequence } from './disputes.repository';
import type { DisputesService } from './disputes.service';
import {
  findMediationRow,
  listMediationRowsByIds,
  type MediationRow,
  updateMediationRow,
} from './mediations.repository';
import type { MediationsService } from './mediations.service';
import { presentParty } from './parties';
import { listPartyRows, type PartyRow } from './parties.repository';
import { addTimeline } from './timeline';

interface StoredSignature {
  partyId: string;
  method: SignatureMethod | null;
  at: string | null;
}

/**
 * Mediation agreements (domain.md §3, Arts. 28–33). A written agreement may be saved as a draft with items missing
 * (the record lists them); it becomes the signed original only through `markEffective`, which refuses with the
 * domain's codes until every Art. 29 item and every signature and seal are there.
 *
 * The number `（2026）马人调字第N号` is allocated when a people's-mediation written agreement is marked effective,
 * not at creation: drafts are abandoned or replaced, and a register of numbers with gaps for documents that never
 * took effect would be harder to account for. Police and administrative agreements are numbered by their own
 * bodies, and oral agreements go to the oral register without a number.
 */
export class AgreementsService {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
    private readonly mediations: MediationsService,
  ) {}

  async create(ctx: RequestContext, mediationId: string, input: AgreementBody): Promise<AgreementRecord> {
    const id = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { mediation, dispute } = await this.mediations.workable(tx, ctx, mediationId);
      refuseTimes(agreementTimeProblems(input, mediation.started_at));
      const parties = await listPartyRows(tx, [dispute.id]);
      const partyIds = [...new Set(input.partyIds)];
      if (partyIds.some((partyId) => !parties.some((p) => p.id === partyId))) {
        throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'partyIds', message: 'not a party' }] });
      }
      const at = nowIso();
      const agreementId = newId();
      const base: AgreementRow = {
        id: agreementId,
        dispute_id: dispute.id,
        town_id: dispute.town_id,
        jurisdiction_id: dispute.jurisdiction_id,
        mediation_id: mediation.id,
        kind: input.kind,
        number: null,
        party_ids: partyIds,
        facts: null,
        disputed_matters: null,
        responsibilities: null,
        terms: null,
        performance_manner: null,
        performance_place: null,
        performance_deadline: null,
        content: null,
        recorded_at: null,
        signatures: [],
        mediator_signed_at: null,
        committee_sealed_at: null,
        effective_date: null,
        performed: null,
        marked_effective_at: null,
        performance_status: 'pending',
        performance_note: null,
        performance_updated_at: null,
        created_at: at,
        updated_at: at,
      };
      if (input.kind === 'oral') {
        // Arts. 28, 30: the mediator records the content and the agreement takes effect that day.
        await insertAgreementRow(tx, {
          ...base,
          content: input.content,
          recorded_at: input.recordedAt,
          effective_date: oralAgreementEffectiveDate(input.recordedAt),
          marked_effective_at: at,
        });
        await closeMediation(tx, mediation);
      } else {
        await insertAgreementRow(tx, {
          ...base,
          facts: input.facts || null,
          disputed_matters: input.disputedMatters || null,
          responsibilities: input.responsibilities || null,
          terms: input.terms || null,
          performance_manner: input.performanceManner || null,
          performance_place: input.performancePlace || null,
          performance_deadline: input.performanceDeadline ?? null,
          signatures: mergeSignatures(partyIds, input.signatures),
          mediator_signed_at: input.mediatorSignedAt,
          committee_sealed_at: input.committeeSealedAt,
        });
      }
      await addTimeline(tx, ctx, dispute.id, { event: 'agreement_recorded', refId: agreementId });
      if (input.kind === 'oral')
        await addTimeline(tx, ctx, dispute.id, { event: 'agreement_effective', refId: agreementId });
      await uow.audit({
        action: 'agreement.create',
        targetType: 'agreement',
        targetId: agreementId,
        detail: { disputeId: dispute.id, mediationId, kind: input.kind },
      });
      return agreementId;
    });
    return this.view(ctx, id);
  }

  async updateDraft(ctx: RequestContext, id: string, input: UpdateDraftBody): Promise<AgreementRecord> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      await this.draft(tx, ctx, id);
      const changes = {
        facts: input.facts,
        disputed_matters: input.disputedMatters,
        responsibilities: input.responsibilities,
        terms: input.terms,
        performance_manner: input.performanceManner,
        performance_place: input.performancePlace,
        performance_deadline: input.performanceDeadline,
      };
      const set = Object.fromEntries(
        Object.entries(changes)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, value || null]),
      );
      await updateAgreementRow(tx, id, { ...set, updated_at: nowIso() });
      await uow.audit({
        action: 'agreement.update',
        targetType: 'agreement',
        targetId: id,
        detail: { fields: Object.keys(set) },
      });
    });
    return this.view(ctx, id);
  }

  async sign(ctx: RequestContext, id: string, input: SignaturesBody): Promise<AgreementRecord> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row, mediation } = await this.draft(tx, ctx, id);
      refuseTimes(agreementTimeProblems(input, mediation.started_at));
      const partyIds = row.party_ids;
      if (input.signatures.some((s) => !partyIds.includes(s.partyId))) {
        throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'signatures', message: 'not a party' }] });
      }
      await updateAgreementRow(tx, id, {
        signatures: mergeSignatures(partyIds, input.signatures),
        mediator_signed_at: input.mediatorSignedAt,
        committee_sealed_at: input.committeeSealedAt,
        updated_at: nowIso(),
      });
      await uow.audit({
        action: 'agreement.sign',
        targetType: 'agreement',
        targetId: id,
        detail: { signed: input.signatures.filter((s) => s.method !== null).length },
      });
    });
    return this.view(ctx, id);
  }

  async markEffective(ctx: RequestContext, id: string): Promise<AgreementRecord> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row, mediation, parties, townId } = await this.draft(tx, ctx, id);
      const draft = draftOf(row, orderedParties(row, parties));
      const signatures = signaturesOf(row);
      const [problem, ...more] = agreementEffectiveProblems(draft, signatures);
      if (problem) {
        throw new AppError(problem, {
          problems: [problem, ...more],
          missingItems: agreementMissingItems(draft).map((item) => item.code),
        });
      }
      const effectiveDate = agreementEffectiveDate(signatures);
      let number: string | null = null;
      if (mediation.track === 'people') {
        const town = await findJurisdiction(tx, townId);
        const year = agreementNumberYear(effectiveDate);
        const seq = await nextSequence(tx, townId, year, 'people_agreement');
        number = formatAgreementNumber(year, townShortName(town?.name), seq);
      }
      await updateAgreementRow(tx, id, {
        effective_date: effectiveDate,
        marked_effective_at: nowIso(),
        number,
        updated_at: nowIso(),
      });
      await closeMediation(tx, mediation);
      await addTimeline(tx, ctx, row.dispute_id, { event: 'agreement_effective', refId: id });
      await uow.audit({
        action: 'agreement.effective',
        targetType: 'agreement',
        targetId: id,
        detail: { number, effectiveDate },
      });
    });
    return this.view(ctx, id);
  }

  async setPerformance(ctx: RequestContext, id: string, input: PerformanceBody): Promise<AgreementRecord> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row } = await this.writable(tx, ctx, id);
      if (row.marked_effective_at === null) throw new AppError('TRANSITION_NOT_ALLOWED', { status: 'draft' });
      const at = nowIso();
      await updateAgreementRow(tx, id, {
        performance_status: input.status,
        performance_note: input.note || null,
        performance_updated_at: at,
        performed: input.status === 'performed' ? 1 : 0,
        updated_at: at,
      });
      await uow.audit({
        action: 'agreement.performance',
        targetType: 'agreement',
        targetId: id,
        detail: { status: input.status },
      });
    });
    return this.view(ctx, id);
  }

  /** One agreement (parties masked): a read of personal data, so audited. */
  async get(ctx: RequestContext, id: string): Promise<AgreementRecord> {
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      await this.readable(tx, ctx, id);
      await uow.audit({ action: 'agreement.read', targetType: 'agreement', targetId: id });
    });
    return this.view(ctx, id);
  }

  /** The register, newest first, a page at a time. */
  async list(ctx: RequestContext, query: AgreementListQuery): Promise<Page<AgreementRecord>> {
    const after = decodeCursor(query.cursor, ['string']);
    const page = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const found = await listAgreementRows(tx, await readScope(tx, ctx), {
        kind: query.kind,
        before: after ? String(after[0]) : null,
        limit: query.limit + 1,
      });
      const result = toPage(
        found,
        query.limit,
        (row) => row,
        (row) => [row.id],
      );
      await uow.audit({
        action: 'agreement.list',
        targetType: 'agreement',
        detail: { kind: query.kind ?? null, count: result.items.length },
      });
      return result;
    });
    return { items: await this.presentMany(ctx, page.items), nextCursor: page.nextCursor };
  }

  /** One case's agreements, for its page; readable whenever the case is. */
  async listForDispute(ctx: RequestContext, disputeId: string): Promise<AgreementRecord[]> {
    const { db } = this.deps;
    await this.disputes.readable(db, ctx, disputeId);
    return this.presentMany(ctx, await listAgreementRowsOfDispute(db, disputeId));
  }

  /**
   * Everything the printed agreement shows. The parties sign the original, so it carries their ID numbers, phones
   * and addresses in clear, but only for a caller who may unmask this case's parties (the same rule as the unmask
   * route), and then the print is audited as an unmask too; everyone else who may read the case gets the masked
   * values, marked as a copy that is not for signing. Audited as `agreement.print` (HTML) or `agreement.export`
   * (DOCX), with whether it was in clear.
   */
  async document(
    ctx: RequestContext,
    id: string,
    action: 'agreement.print' | 'agreement.export',
  ): Promise<AgreementDocument> {
    const { db, cipher } = this.deps;
    const { found, clear } = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const found = await this.readable(uow.tx, ctx, id);
      const clear = await mayUnmask(uow.tx, ctx, found.place);
      if (clear) {
        await uow.audit({
          action: 'dispute.unmask',
          targetType: 'dispute',
          targetId: found.row.dispute_id,
          detail: { agreementId: id, fields: ['idNumber', 'phone', 'address'], via: action },
        });
      }
      await uow.audit({ action, targetType: 'agreement', targetId: id, detail: { unmasked: clear } });
      return { found, clear };
    });
    const { row, parties, mediation, townId, dispute } = found;
    const [record] = await this.presentMany(ctx, [row]);
    if (!record) throw notFound();
    const track = mediation.track;
    const reveal = (enc: string | null, masked: string | null) => (clear ? (enc ? cipher.decrypt(enc) : null) : masked);
    return {
      record,
      track,
      disputeNumber: dispute.number,
      committee: await issuerName(db, track, townId),
      masked: !clear,
      parties: orderedParties(row, parties).map((p) => ({
        role: p.role,
        name: p.name,
        sex: p.sex,
        ethnicity: p.ethnicity,
        age: p.age,
        idNumber: reveal(p.id_number_enc, p.id_number_masked),
        occupation: p.occupation,
        address: reveal(p.address_enc, p.address_masked),
        phone: reveal(p.phone_enc, p.phone_masked),
        agent: p.agent,
      })),
    };
  }

  async view(ctx: RequestContext, id: string): Promise<AgreementRecord> {
    const { db } = this.deps;
    const row = await findAgreementRow(db, id);
    if (!row) throw notFound();
    await this.disputes.readable(db, ctx, row.dispute_id);
    const [record] = await this.presentMany(ctx, [row]);
    if (!record) throw notFound();
    return record;
  }

  private async readable(tx: Executor, ctx: RequestContext, id: string) {
    const row = await findAgreementRow(tx, id);
    if (!row) throw notFound();
    const { row: dispute, place } = await this.disputes.readable(tx, ctx, row.dispute_id);
    const mediation = await findMediationRow(tx, row.mediation_id);
    if (!mediation) throw notFound();
    const parties = await listPartyRows(tx, [row.dispute_id]);
    return { row, dispute, place, mediation, parties, townId: dispute.town_id };
  }

  private async writable(tx: Executor, ctx: RequestContext, id: string) {
    const found = await this.readable(tx, ctx, id);
    const track = found.mediation.track;
    if (!(await mayWorkMediation(tx, ctx, track, found.place))) throw new AppError('FORBIDDEN');
    return found;
  }

  /** A written agreement not yet marked effective: the only kind whose signatures may still change. */
  private async draft(tx: Executor, ctx: RequestContext, id: string) {
    const found = await this.writable(tx, ctx, id);
    if (found.row.kind !== 'written' || found.row.marked_effective_at !== null) {
      throw new AppError('TRANSITION_NOT_ALLOWED', { kind: found.row.kind, effective: found.row.marked_effective_at });
    }
    return found;
  }

  /**
   * Agreements as the API returns them, with the actions the caller may take. Callers have checked that the caller
   * may read them; the parties, mediations and cases of the whole set are read in one query each.
   */
  private async presentMany(ctx: RequestContext, rows: readonly AgreementRow[]): Promise<AgreementRecord[]> {
    const { db } = this.deps;
    const disputeIds = [...new Set(rows.map((row) => row.dispute_id))];
    const allParties = await listPartyRows(db, disputeIds);
    const mediations = new Map(
      (await listMediationRowsByIds(db, [...new Set(rows.map((row) => row.mediation_id))])).map((m) => [m.id, m]),
    );
    const disputes = new Map((await listDisputeViewsByIds(db, disputeIds)).map((d) => [d.id, d]));
    const departments = await listDepartmentIds(db, disputeIds);
    const out: AgreementRecord[] = [];
    for (const row of rows) {
      const dispute = disputes.get(row.dispute_id);
      if (!dispute) continue;
      const place = { ...dispute, departmentIds: departments.get(dispute.id) ?? [] };
      out.push(await this.present(ctx, row, allParties, mediations.get(row.mediation_id), place));
    }
    return out;
  }

  private async present(
    ctx: RequestContext,
    row: AgreementRow,
    allParties: readonly PartyRow[],
    mediation: MediationRow | undefined,
    place: DisputePlace,
  ): Promise<AgreementRecord> {
    const { db } = this.deps;
    const parties = orderedParties(row, allParties);
    const track = mediation?.track ?? 'people';
    const signatures = signaturesOf(row);
    const effective = row.marked_effective_at !== null;
    const effectiveDate = row.kind === 'oral' || effective ? row.effective_date : agreementEffectiveDate(signatures);
    const actions = await agreementActions(
      db,
      ctx,
      { track: mediation ? track : null, kind: row.kind, effective },
      place,
    );
    return {
      id: row.id,
      disputeId: row.dispute_id,
      mediationId: row.mediation_id,
      kind: row.kind,
      number: row.number,
      parties: parties.map(presentParty),
      facts: row.facts,
      disputedMatters: row.disputed_matters,
      responsibilities: row.responsibilities,
      terms: row.terms,
      performanceManner: row.performance_manner,
      performancePlace: row.performance_place,
      performanceDeadline: row.performance_deadline,
      content: row.content,
      recordedAt: row.recorded_at,
      signatures: signatures.parties.map((s) => ({ ...s })),
      mediatorSignedAt: row.mediator_signed_at,
      committeeSealedAt: row.committee_sealed_at,
      effectiveDate,
      // An oral agreement cannot be confirmed by a court (that needs a written agreement) and has no copies.
      judicialConfirmationDeadline:
        track === 'people' && row.kind === 'written' && effective && row.effective_date
          ? judicialConfirmationDeadline(row.effective_date)
          : null,
      missingItems: row.kind === 'written' ? agreementMissingItems(draftOf(row, parties)) : [],
      copies: row.kind === 'written' ? agreementCopies(Math.max(parties.length, 1), track) : null,
      status: effective ? 'effective' : 'draft',
      markedEffectiveAt: row.marked_effective_at,
      performanceStatus: row.performance_status,
      performanceNote: row.performance_note,
      actions,
    };
  }
}

/** Refuses with the first problem's code and lists them all, so a form can mark every field. */
function refuseTimes(problems: readonly RecordTimeProblem[]): void {
  const [first] = problems;
  if (first) throw new AppError(first.code, { problems });
}

async function closeMediation(tx: Executor, mediation: MediationRow): Promise<void> {
  if (mediation.status === 'open') {
    await updateMediationRow(tx, mediation.id, { status: 'agreed', ended_at: nowIso() });
  }
}

/** One entry per party of the agreement, in its order: what was given, or unsigned. */
function mergeSignatures(
  partyIds: readonly string[],
  given: readonly { partyId: string; method: SignatureMethod | null; at: string | null }[],
): StoredSignature[] {
  return partyIds.map((partyId) => {
    const found = given.find((s) => s.partyId === partyId);
    return { partyId, method: found?.method ?? null, at: found?.at ?? null };
  });
}

function signaturesOf(row: AgreementRow): AgreementSignatures {
  return {
    parties: row.signatures,
    mediatorSignedAt: row.mediator_signed_at,
    committeeSealedAt: row.committee_sealed_at,
  };
}

function orderedParties(row: AgreementRow, parties: readonly PartyRow[]): PartyRow[] {
  return row.party_ids.flatMap((partyId) => parties.filter((p) => p.id === partyId));
}

/** The Art. 29 draft as the domain rule reads it: the stored (masked) values tell whether an item is present. */
function draftOf(row: AgreementRow, parties: readonly PartyRow[]): AgreementDraft {
  return {
    parties: parties.map((p) => ({
      name: p.name,
      sex: p.sex,
      ethnicity: p.ethnicity,
      age: p.age,
      idNumber: p.id_number_masked,
      occupation: p.occupation,
      address: p.address_masked,
      phone: p.phone_masked,
      agent: p.agent,
    })),
    facts: row.facts,
    disputedMatters: row.disputed_matters,
    responsibilities: row.responsibilities,
    terms: row.terms,
    performanceManner: row.performance_manner,
    performancePlace: row.performance_place,
    performanceDeadline: row.performance_deadline,
  };
}

/** 马良镇 → 马: the short name in the agreement number is the town name's first character. */
function townShortName(name: string | undefined): string {
  const first = name ? [...name][0] : undefined;
  return first && /\p{Script=Han}/u.test(first) ? first : '镇';
}

/**
 * Who issues the agreement, as its seal reads: the town's police station for police mediation and its people's
 * mediation committee otherwise, by their registered names in the directory (保康县公安局马良派出所). A town that has
 * not registered the body yet gets the name built from the town's, so the document still names an issuer.
 */
async function issuerName(db: Executor, track: MediationTrack, townId: string): Promise<string> {
  if (track === 'administrative') return (await findJurisdiction(db, townId))?.name ?? '';
  const kind = track === 'police' ? 'police_station' : 'mediation_committee';
  const registered = await findTownOrganizationName(db, townId, kind);
  if (registered) return registered;
  const townName = (await findJurisdiction(db, townId))?.name ?? '';
  return track === 'police' ? `${townName}派出所` : `${townName}人民调解委员会`;
}
