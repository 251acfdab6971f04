import {
  addMonths,
  BOARD_RED_ALERTS,
  boardPeriods,
  type CreateDispute,
  type CreateParty,
  DISPUTE_STATES,
  DISPUTE_TIERS,
  type Dispute,
  type DisputeBoard,
  type DisputeBoardQuery,
  type DisputeListItem,
  type DisputeListQuery,
  deadlineFor,
  disputeCategoryProblem,
  disputeDateProblems,
  dueSoonUntil,
  formatCaseNumber,
  fullYearsBetween,
  INITIAL_DISPUTE_POSITION,
  maskAddress,
  overdueFlag,
  type Page,
  type PiiField,
  parseCaseNumber,
  partyEditProblem,
  RISK_GRADES,
  shanghaiDate,
  shanghaiDayRange,
  type UpdateDispute,
  type UpdateParty,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { indexDisputeText } from '../../db/text-search';
import { inScope, type Scope } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { auditedSearch, classifySearch } from '../directory/people-search';
import { listAgreementRowsOfDispute } from './agreements.repository';
import { deadlineSettings } from './dispute-settings';
import {
  createScope,
  type DisputePlace,
  disputeActions,
  mayUnmask,
  readScope,
  requireDisputeRead,
  requireDisputeWork,
  workScope,
} from './disputes.policy';
import {
  countDisputeBoard,
  type DisputeFilter,
  type DisputeListRow,
  type DisputeRow,
  type DisputeView,
  findDisputeView,
  insertDisputeRow,
  listDepartmentIds,
  listDisputeViews,
  listTaskforceMembers,
  listTimelineRows,
  nextSequence,
  type RankedDisputeView,
  updateDisputeRow,
} from './disputes.repository';
import { checkPartyPeople, newPartyRow, partyChanges, presentParty, searchColumns } from './parties';
import {
  findPartyRow,
  insertPartyRows,
  listPartyNames,
  listPartyRows,
  type PartyRow,
  updatePartyRow,
} from './parties.repository';
import { regrade } from './risk-grading';
import { addTimeline, presentTimeline } from './timeline';

const VILLAGE_LEVELS = new Set(['village', 'community', 'group']);

/**
 * Disputes (domain.md §2): registration with its one-case-one-code number, parties, facts, risk and deadlines,
 * lists with filters and search. State changes live in transitions.service.ts; who may do what in
 * disputes.policy.ts. Writes run in a unit of work; `register` also joins a caller's open one, so another module
 * can create a dispute inside its own change.
 */
export class DisputesService {
  constructor(private readonly deps: Deps) {}

  async register(ctx: RequestContext, input: CreateDispute, joined?: UnitOfWork): Promise<Dispute> {
    const { cipher } = this.deps;
    const scope = await createScope(joined?.tx ?? this.deps.db, ctx);
    const categoryProblem = disputeCategoryProblem(input.category);
    if (categoryProblem) throw new AppError(categoryProblem);
    const [dateProblem, ...moreDateProblems] = disputeDateProblems(input);
    if (dateProblem) throw new AppError(dateProblem.code, { problems: [dateProblem, ...moreDateProblems] });
    const registered = async (uow: UnitOfWork) => {
      const { tx } = uow;
      const place = await findJurisdiction(tx, input.jurisdictionId);
      if (
        !place?.town_id ||
        !VILLAGE_LEVELS.has(place.level) ||
        !inScope(scope, { townId: place.town_id, jurisdictionId: place.id })
      ) {
        throw new AppError('JURISDICTION_UNKNOWN');
      }
      const town = await findJurisdiction(tx, place.town_id);
      const now = new Date();
      const at = nowIso(now);
      const year = Number(shanghaiDate(now).slice(0, 4));
      const seq = await nextSequence(tx, place.town_id, year, 'case');
      const number = formatCaseNumber(townCodeOf(town?.code), year, seq);
      const disputeId = newId();
      const home = { id: disputeId, town_id: place.town_id, jurisdiction_id: place.id };
      const parties = input.parties ?? [];
      await checkPartyPeople(tx, place.town_id, parties);
      const partyRows = parties.map((party) => newPartyRow(cipher, home, party));
      const address = input.address?.trim() || null;
      const { state, tier } = INITIAL_DISPUTE_POSITION;
      const row: DisputeRow = {
        id: disputeId,
        town_id: place.town_id,
        jurisdiction_id: place.id,
        number,
        category: input.category,
        source: input.source,
        summary: input.summary,
        address_enc: address ? cipher.encrypt(address) : null,
        address_masked: maskAddress(address),
        occurred_on: input.occurredOn ?? null,
        people_involved: input.peopleInvolved,
        grievance_started_on: input.grievanceStartedOn ?? null,
        tier,
        state,
        complexity: input.complexity,
        risk_grade: 'green',
        risk_reasons: [],
        flag_threats: input.riskFlags?.threats ? 1 : 0,
        flag_weapons: input.riskFlags?.weapons ? 1 : 0,
        flag_domestic_violence: input.riskFlags?.domesticViolence ? 1 : 0,
        flag_mental_disorder: input.riskFlags?.severeMentalDisorder ? 1 : 0,
        incident_ids: input.incidentIds ?? [],
        tier_entered_at: at,
        deadline_at: deadlineFor(at, tier, input.complexity, deadlineSettings(this.deps.config)),
        overdue: 0,
        ...searchColumns(input.summary, partyRows),
        created_by: ctx.actor?.userId ?? null,
        created_at: at,
        updated_at: at,
      };
      await insertDisputeRow(tx, row);
      await insertPartyRows(tx, partyRows);
      await indexDisputeText(tx, disputeId, row.search_text);
      await addTimeline(tx, ctx, disputeId, { event: 'registered', to: { state, tier } });
      await regrade(uow, { ...row, jurisdiction_path: place.path }, partyRows.length, null);
      await uow.audit({
        action: 'dispute.create',
        targetType: 'dispute',
        targetId: disputeId,
        detail: { number, jurisdictionId: place.id, category: input.category, parties: partyRows.length },
      });
      return this.view(ctx, disputeId, tx);
    };
    return inUnitOfWork(this.deps, ctx, registered, joined);
  }

  async list(ctx: RequestContext, query: DisputeListQuery): Promise<Page<DisputeListItem>> {
    const urgent = query.order === 'urgency';
    // The urgency order depends on the time (overdue, due soon): every page of one traversal ranks at the time of
    // its first page, carried in the cursor, so no case is skipped or repeated when it turns overdue meanwhile.
    const cursor = decodeCursor(query.cursor, urgent ? ['string', 'number', 'string'] : ['string']);
    const asOf = urgent && cursor ? String(cursor[0]) : nowIso();
    if (Number.isNaN(Date.parse(asOf)) || (urgent && cursor && !Number.isInteger(cursor[1]))) {
      throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'cursor', message: 'malformed cursor' }] });
    }
    const after = cursor
      ? urgent
        ? { rank: Number(cursor[1]), id: String(cursor[2]) }
        : { rank: null, id: String(cursor[0]) }
      : null;
    const page = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const scope = query.mine ? await workScope(uow.tx, ctx) : await readScope(uow.tx, ctx);
      const rows = await this.query(uow.tx, scope, query, after, query.limit + 1, asOf);
      const result = toPage(
        rows,
        query.limit,
        (row) => row,
        (row) => (urgent ? [asOf, row.urgency, row.id] : [row.id]),
      );
      await uow.audit({
        action: 'dispute.list',
        targetType: 'dispute',
        detail: { count: result.items.length, q: query.q ? auditedDisputeSearch(query.q) : null },
      });
      return result;
    });
    return { items: await this.presentList(ctx, page.items), nextCursor: page.nextCursor };
  }

  /** The 综治办 board's figures over every case the list would return with the same filters. */
  async board(ctx: RequestContext, query: DisputeBoardQuery): Promise<DisputeBoard> {
    const { db } = this.deps;
    const asOf = nowIso();
    const periods = boardPeriods(asOf);
    const range =
      query.closedFrom || query.closedTo ? { from: query.closedFrom ?? null, to: query.closedTo ?? null } : null;
    const scope = query.mine ? await workScope(db, ctx) : await readScope(db, ctx);
    // The range is a figure of its own, not a filter on the others.
    const { closedFrom: _from, closedTo: _to, ...places } = query;
    const filter = await this.filterOf(db, places, asOf);
    const counts = filter
      ? await countDisputeBoard(db, scope, filter, {
          monthFromAt: shanghaiDayRange(periods.monthStart, periods.today).fromAt,
          yearFromAt: shanghaiDayRange(periods.yearStart, periods.today).fromAt,
          range: range ? closedRange(range.from, range.to) : null,
        })
      : null;
    // The alert names cases (number, place, summary: no party data) beside the figures, so the board page reads
    // them here rather than through a second, audited list request (issue #7: one audit row per board view).
    const red = filter
      ? await listDisputeViews(db, scope, {
          ...filter,
          risk: 'red',
          open: true,
          after: null,
          order: 'newest',
          limit: BOARD_RED_ALERTS,
        })
      : [];
    const zeros = <K extends string>(keys: readonly K[]) =>
      Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
    const open = {
      total: 0,
      overdue: 0,
      dueSoon: 0,
      byTier: zeros(DISPUTE_TIERS),
      byState: zeros(DISPUTE_STATES),
      byRisk: zeros(RISK_GRADES),
    };
    for (const row of counts?.open ?? []) {
      open.total += row.total;
      open.overdue += row.overdue;
      open.dueSoon += row.due_soon;
      open.byTier[row.tier] += row.total;
      open.byState[row.state] += row.total;
      open.byRisk[row.risk_grade] += row.total;
    }
    const closed = counts?.closed ?? { this_month: 0, this_year: 0, in_range: 0 };
    return {
      asOf,
      open,
      closed: {
        thisMonth: closed.this_month,
        thisYear: closed.this_year,
        range: range ? { ...range, count: closed.in_range } : null,
      },
      openRed: red.map((row) => ({
        id: row.id,
        number: row.number,
        jurisdictionName: row.jurisdiction_name,
        villageName: row.village_name,
        summary: row.summary,
      })),
    };
  }

  /** The rows behind a list or an export: the same filters and scope (department narrowing included). */
  async query(
    tx: Executor,
    scope: Scope,
    query: Omit<DisputeListQuery, 'cursor' | 'limit'>,
    after: { rank: number | null; id: string } | null,
    limit: number,
    now: string = nowIso(),
  ): Promise<RankedDisputeView[]> {
    const filter = await this.filterOf(tx, query, now);
    if (!filter) return [];
    return listDisputeViews(tx, scope, { ...filter, after, order: query.order ?? 'newest', limit });
  }

  /** The repository's filter for a list or board query; null when a named village or district does not exist. */
  private async filterOf(
    tx: Executor,
    query: Omit<DisputeListQuery, 'cursor' | 'limit'>,
    now: string,
  ): Promise<DisputeFilter | null> {
    const paths: string[] = [];
    for (const placeId of [query.villageId, query.districtId]) {
      if (!placeId) continue;
      const place = await findJurisdiction(tx, placeId);
      if (!place) return null;
      paths.push(place.path);
    }
    return {
      tier: query.tier,
      state: query.state,
      category: query.category,
      risk: query.risk,
      underPaths: paths,
      overdue: query.overdue,
      open: query.open,
      dueSoon: query.dueSoon,
      closed:
        query.closedFrom || query.closedTo ? closedRange(query.closedFrom ?? null, query.closedTo ?? null) : undefined,
      registered: dayRange(query.registeredFrom, query.registeredTo),
      resolved: dayRange(query.resolvedFrom, query.resolvedTo),
      online: query.online,
      onlineIn: dayRange(query.onlineFrom, query.onlineTo),
      grievanceOnOrBefore:
        query.grievanceOlderThanYears === undefined
          ? undefined
          : addMonths(shanghaiDate(now), -12 * query.grievanceOlderThanYears),
      departmentId: query.departmentId,
      ...searchOf(query.q),
      now,
      dueSoonUntil: dueSoonUntil(now),
    };
  }

  /** One dispute with its parties (masked) and timeline: a read of personal data, so audited. */
  async get(ctx: RequestContext, id: string): Promise<Dispute> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      await this.readable(uow.tx, ctx, id);
      await uow.audit({ action: 'dispute.read', targetType: 'dispute', targetId: id });
      return this.view(ctx, id, uow.tx);
    });
  }

  async update(ctx: RequestContext, id: string, patch: UpdateDispute): Promise<Dispute> {
    const { cipher } = this.deps;
    if (patch.category !== undefined) {
      const problem = disputeCategoryProblem(patch.category);
      if (problem) throw new AppError(problem);
    }
    const [dateProblem, ...moreDateProblems] = disputeDateProblems(patch);
    if (dateProblem) throw new AppError(dateProblem.code, { problems: [dateProblem, ...moreDateProblems] });
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row } = await this.writable(tx, ctx, id);
      const changes: Partial<DisputeRow> = { updated_at: nowIso() };
      if (patch.category !== undefined) changes.category = patch.category;
      if (patch.summary !== undefined) changes.summary = patch.summary;
      if (patch.address !== undefined) {
        const address = patch.address?.trim() || null;
        changes.address_enc = address ? cipher.encrypt(address) : null;
        changes.address_masked = maskAddress(address);
      }
      if (patch.occurredOn !== undefined) changes.occurred_on = patch.occurredOn;
      if (patch.peopleInvolved !== undefined) changes.people_involved = patch.peopleInvolved;
      if (patch.grievanceStartedOn !== undefined) changes.grievance_started_on = patch.grievanceStartedOn;
      if (patch.complexity !== undefined && patch.complexity !== row.complexity) {
        changes.complexity = patch.complexity;
        changes.deadline_at = deadlineFor(
          row.tier_entered_at,
          row.tier,
          patch.complexity,
          deadlineSettings(this.deps.config),
        );
      }
      const flags = patch.riskFlags ?? {};
      if (flags.threats !== undefined) changes.flag_threats = flags.threats ? 1 : 0;
      if (flags.weapons !== undefined) changes.flag_weapons = flags.weapons ? 1 : 0;
      if (flags.domesticViolence !== undefined) changes.flag_domestic_violence = flags.domesticViolence ? 1 : 0;
      if (flags.severeMentalDisorder !== undefined) changes.flag_mental_disorder = flags.severeMentalDisorder ? 1 : 0;
      const parties = await listPartyRows(tx, [id]);
      if (changes.summary !== undefined) {
        Object.assign(changes, searchColumns(changes.summary, parties));
        await indexDisputeText(tx, id, String(changes.search_text));
      }
      await updateDisputeRow(tx, id, changes);
      await regrade(uow, { ...row, ...changes }, parties.length, row.risk_grade);
      await uow.audit({
        action: 'dispute.update',
        targetType: 'dispute',
        targetId: id,
        detail: { fields: Object.keys(patch).filter((key) => patch[key as keyof UpdateDispute] !== undefined) },
      });
      return this.view(ctx, id, tx);
    });
  }

  async addParty(ctx: RequestContext, id: string, input: CreateParty): Promise<Dispute> {
    const { cipher } = this.deps;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row } = await this.writable(tx, ctx, id);
      await checkPartyPeople(tx, row.town_id, [input]);
      const party = newPartyRow(cipher, row, input);
      await insertPartyRows(tx, [party]);
      const parties = await listPartyRows(tx, [id]);
      const search = searchColumns(row.summary, parties);
      await updateDisputeRow(tx, id, { ...search, updated_at: nowIso() });
      await indexDisputeText(tx, id, search.search_text);
      await addTimeline(tx, ctx, id, { event: 'party_added', refId: party.id });
      await regrade(uow, row, parties.length, row.risk_grade);
      await uow.audit({
        action: 'dispute.party.create',
        targetType: 'dispute',
        targetId: id,
        detail: { partyId: party.id },
      });
      return this.view(ctx, id, tx);
    });
  }

  /**
   * Corrects a party's Art. 29 particulars. Only for those who may work the case, and refused once an agreement
   * naming the party has taken effect (domain `partyEditProblem`). Audited with the fields changed, not their values.
   */
  async updateParty(ctx: RequestContext, id: string, partyId: string, patch: UpdateParty): Promise<Dispute> {
    const { cipher } = this.deps;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row } = await this.writable(tx, ctx, id);
      const party = await findPartyRow(tx, id, partyId);
      if (!party) throw notFound();
      const agreements = await listAgreementRowsOfDispute(tx, id);
      const problem = partyEditProblem(
        partyId,
        agreements.map((agreement) => ({
          partyIds: agreement.party_ids,
          effective: agreement.marked_effective_at !== null,
        })),
      );
      if (problem) throw new AppError(problem);
      const at = nowIso();
      await updatePartyRow(tx, id, partyId, partyChanges(cipher, party, patch, shanghaiDate(at)));
      const dispute: Partial<DisputeRow> = { updated_at: at };
      if (patch.name !== undefined) {
        Object.assign(dispute, searchColumns(row.summary, await listPartyRows(tx, [id])));
        await indexDisputeText(tx, id, String(dispute.search_text));
      }
      await updateDisputeRow(tx, id, dispute);
      await uow.audit({
        action: 'dispute.party.update',
        targetType: 'dispute',
        targetId: id,
        detail: { partyId, fields: Object.keys(patch).filter((key) => patch[key as keyof UpdateParty] !== undefined) },
      });
      return this.view(ctx, id, tx);
    });
  }

  /** The clear value of a party's field, or of the dispute's address (partyId null). Audited, refusals too. */
  async unmask(
    ctx: RequestContext,
    id: string,
    partyId: string | null,
    field: PiiField,
  ): Promise<{ field: PiiField; value: string | null }> {
    const { db, cipher } = this.deps;
    const { party, allowed } = await db.transaction().execute(async (tx) => {
      const { place } = await this.readable(tx, ctx, id);
      const found = partyId ? await findPartyRow(tx, id, partyId) : undefined;
      if (partyId && !found) throw notFound();
      return { party: found, allowed: await mayUnmask(tx, ctx, place) };
    });
    const detail = { partyId, field };
    if (!allowed) {
      await inUnitOfWork(this.deps, ctx, (uow) =>
        uow.audit({ action: 'dispute.unmask', targetType: 'dispute', targetId: id, outcome: 'denied', detail }),
      );
      throw new AppError('FORBIDDEN');
    }
    let stored: string | null;
    if (party) stored = ciphertextOf(party, field);
    else {
      const row = await findDisputeView(db, id);
      stored = field === 'address' ? (row?.address_enc ?? null) : null;
    }
    await inUnitOfWork(this.deps, ctx, (uow) =>
      uow.audit({ action: 'dispute.unmask', targetType: 'dispute', targetId: id, detail }),
    );
    return { field, value: stored ? cipher.decrypt(stored) : null };
  }

  /** NOT_FOUND unless the caller may read the dispute; returns it and its place. */
  async readable(tx: Executor, ctx: RequestContext, id: string): Promise<{ row: DisputeView; place: DisputePlace }> {
    const row = await findDisputeView(tx, id);
    const place = row ? await placeOf(tx, row) : null;
    await requireDisputeRead(tx, ctx, place);
    if (!row || !place) throw notFound();
    return { row, place };
  }

  /** As `readable`, then FORBIDDEN unless the caller may also work it (dispute.handle over its place). */
  async writable(tx: Executor, ctx: RequestContext, id: string): Promise<{ row: DisputeView; place: DisputePlace }> {
    const found = await this.readable(tx, ctx, id);
    await requireDisputeWork(tx, ctx, found.place);
    return found;
  }

  /** The record the caller just wrote or may read, without counting as another read; `db` may be an open transaction. */
  async view(ctx: RequestContext, id: string, db: Executor = this.deps.db): Promise<Dispute> {
    const row = await findDisputeView(db, id);
    if (!row) throw notFound();
    const [item] = await this.presentList(ctx, [row], db);
    if (!item) throw notFound();
    const { partyNames: _names, ...rest } = item;
    const parties = await listPartyRows(db, [id]);
    const taskforce = await listTaskforceMembers(db, id);
    const timeline = await listTimelineRows(db, id);
    return {
      ...rest,
      parties: parties.map(presentParty),
      taskforce: taskforce.map((member) => ({
        personId: member.person_id,
        name: member.name,
        departmentId: member.organization_id,
        departmentName: member.organization_name,
      })),
      timeline: timeline.map(presentTimeline),
    };
  }

  async presentList(
    ctx: RequestContext,
    rows: readonly DisputeListRow[],
    db: Executor = this.deps.db,
  ): Promise<DisputeListItem[]> {
    const ids = rows.map((row) => row.id);
    const departments = await listDepartmentIds(db, ids);
    const partyNames = await listPartyNames(db, ids);
    const now = new Date();
    const out: DisputeListItem[] = [];
    for (const row of rows) {
      const departmentIds = departments.get(row.id) ?? [];
      const place: DisputePlace = { ...row, departmentIds };
      const position = { state: row.state, tier: row.tier };
      const actions = await disputeActions(db, ctx, position, place);
      out.push({
        id: row.id,
        number: row.number,
        townId: row.town_id,
        jurisdictionId: row.jurisdiction_id,
        jurisdictionName: row.jurisdiction_name,
        villageName: row.village_name,
        category: row.category,
        source: row.source,
        summary: row.summary,
        address: row.address_masked,
        occurredOn: row.occurred_on,
        peopleInvolved: row.people_involved,
        grievanceStartedOn: row.grievance_started_on,
        grievanceYears: grievanceYears(row.grievance_started_on, now),
        tier: position.tier,
        state: position.state,
        complexity: row.complexity,
        riskGrade: row.risk_grade,
        riskReasons: row.risk_reasons,
        deadlineAt: row.deadline_at,
        overdue: overdueFlag(row.overdue === 1, position.state, row.deadline_at, now),
        assignedDepartmentIds: departmentIds,
        incidentIds: row.incident_ids,
        partyNames: partyNames.get(row.id) ?? [],
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        actions,
      });
    }
    return out;
  }
}

async function placeOf(db: Executor, row: DisputeView): Promise<DisputePlace> {
  const departments = await listDepartmentIds(db, [row.id]);
  return { ...row, departmentIds: departments.get(row.id) ?? [] };
}

function grievanceYears(startedOn: string | null, now: Date): number | null {
  return startedOn ? fullYearsBetween(startedOn, shanghaiDate(now)) : null;
}

/** The 9-digit township code in the case number; a town without a division code gets zeros (demo data). */
function townCodeOf(code: string | null | undefined): string {
  if (code && /^\d{9}(000)?$/.test(code)) return code;
  return '000000000';
}

function ciphertextOf(party: PartyRow, field: PiiField): string | null {
  switch (field) {
    case 'idNumber':
      return party.id_number_enc;
    case 'phone':
      return party.phone_enc;
    case 'address':
      return party.address_enc;
  }
}

/** A search term that is a full case number matches that case exactly; anything else searches the text. */
function searchOf(q: string | undefined): { number?: string; q?: string } {
  if (!q) return {};
  const number = parseCaseNumber(q);
  return number ? { number: formatCaseNumber(number.townCode, number.year, number.seq) } : { q };
}

/** What the audit row says about a search: a case number as it is (not personal), anything else masked. */
function auditedDisputeSearch(q: string): { kind: string; masked: string | null } {
  const number = searchOf(q).number;
  return number ? { kind: 'case_number', masked: number } : auditedSearch(classifySearch(q));
}

/** Shanghai days (inclusive, either end open) as the instants the closing time is compared with. */
/** The instants of a run of Shanghai days (either end open); undefined when neither end is given. */
function dayRange(from: string | undefined, to: string | undefined) {
  return from || to ? closedRange(from ?? null, to ?? null) : undefined;
}

function closedRange(from: string | null, to: string | null): { fromAt: string | null; beforeAt: string | null } {
  return {
    fromAt: from ? shanghaiDayRange(from, from).fromAt : null,
    beforeAt: to ? shanghaiDayRange(to, to).beforeAt : null,
  };
}
