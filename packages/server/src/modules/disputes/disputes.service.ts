import {
  addMonths,
  type CreateDispute,
  type CreateParty,
  type Dispute,
  type DisputeListItem,
  type DisputeListQuery,
  type DisputeState,
  type DisputeTier,
  deadlineFor,
  disputeCategoryProblem,
  formatCaseNumber,
  fullYearsBetween,
  INITIAL_DISPUTE_POSITION,
  allowedActions as machineActions,
  maskAddress,
  overdueFlag,
  type Page,
  type PiiField,
  type RiskGrade,
  type RiskReason,
  shanghaiDate,
  type UpdateDispute,
} from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { DisputesTable } from '../../db/schema';
import { indexDisputeText } from '../../db/text-search';
import { audit } from '../../platform/audit/audit';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import type { NotificationMessage } from '../../platform/realtime/notification-bus';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { auditedSearch, classifySearch } from '../directory/people-search';
import { type DisputePlace, disputeReach, holds, reaches, requireDisputeRead, rolesOver } from './dispute-access';
import { deadlineSettings } from './dispute-settings';
import {
  type DisputeView,
  findDisputeView,
  insertDisputeRow,
  listDepartmentIds,
  listDisputeViews,
  listTimelineRows,
  nextSequence,
  updateDisputeRow,
} from './disputes.repository';
import { checkPartyPeople, newPartyRow, presentParty, searchColumns } from './parties';
import { findPartyRow, insertPartyRows, listPartyRows, type PartyRow } from './parties.repository';
import { regrade } from './risk-grading';
import { addTimeline, presentTimeline } from './timeline';

const VILLAGE_LEVELS = new Set(['village', 'community', 'group']);

/** Permissions behind the extra flags of a record (the state-machine actions come from the domain). */
const FLAGS = { edit: 'dispute.handle', unmask: 'dispute.unmask', export: 'dispute.export' } as const;

/**
 * Disputes (domain.md §2): registration with its one-case-one-code number, parties, facts, risk and deadlines,
 * lists with filters and search. State changes live in transitions.service.ts.
 */
export class DisputesService {
  constructor(private readonly deps: Deps) {}

  async register(ctx: RequestContext, input: CreateDispute): Promise<Dispute> {
    const { db, cipher } = this.deps;
    const scope = await disputeReach(db, ctx, 'dispute.create');
    const categoryProblem = disputeCategoryProblem(input.category);
    if (categoryProblem) throw new AppError(categoryProblem);
    let published: NotificationMessage[] = [];
    const id = await db.transaction().execute(async (tx) => {
      const place = await findJurisdiction(tx, input.jurisdictionId);
      if (
        !place?.town_id ||
        !VILLAGE_LEVELS.has(place.level) ||
        !reaches(scope, {
          town_id: place.town_id,
          jurisdiction_id: place.id,
          jurisdiction_path: place.path,
          departmentIds: [],
        })
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
      const row: DisputesTable = {
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
        risk_reasons: '[]',
        flag_threats: input.riskFlags?.threats ? 1 : 0,
        flag_weapons: input.riskFlags?.weapons ? 1 : 0,
        flag_domestic_violence: input.riskFlags?.domesticViolence ? 1 : 0,
        flag_mental_disorder: input.riskFlags?.severeMentalDisorder ? 1 : 0,
        incident_ids: JSON.stringify(input.incidentIds ?? []),
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
      published = await regrade(tx, ctx, { ...row, jurisdiction_path: place.path }, partyRows.length, null);
      await audit(tx, ctx, {
        action: 'dispute.create',
        targetType: 'dispute',
        targetId: disputeId,
        detail: { number, jurisdictionId: place.id, category: input.category, parties: partyRows.length },
      });
      return disputeId;
    });
    this.deps.bus.publish(published);
    return this.view(ctx, id);
  }

  async list(ctx: RequestContext, query: DisputeListQuery): Promise<Page<DisputeListItem>> {
    const { db } = this.deps;
    const after = decodeCursor(query.cursor, ['string']);
    const page = await db.transaction().execute(async (tx) => {
      const reach = await disputeReach(tx, ctx, 'dispute.read');
      const rows = await this.query(tx, reach, query, after ? String(after[0]) : null, query.limit + 1);
      const result = toPage(
        rows,
        query.limit,
        (row) => row,
        (row) => [row.id],
      );
      await audit(tx, ctx, {
        action: 'dispute.list',
        targetType: 'dispute',
        detail: { count: result.items.length, q: query.q ? auditedSearch(classifySearch(query.q)) : null },
      });
      return result;
    });
    return { items: await this.presentList(ctx, page.items), nextCursor: page.nextCursor };
  }

  /** The rows behind a list or an export: the same filters, scope and department narrowing. */
  async query(
    tx: Executor,
    reach: Awaited<ReturnType<typeof disputeReach>>,
    query: Omit<DisputeListQuery, 'cursor' | 'limit'>,
    before: string | null,
    limit: number,
  ): Promise<DisputeView[]> {
    const paths: string[] = [];
    for (const placeId of [query.villageId, query.districtId]) {
      if (!placeId) continue;
      const place = await findJurisdiction(tx, placeId);
      if (!place) return [];
      paths.push(place.path);
    }
    const now = new Date();
    return listDisputeViews(tx, reach.scope, {
      tier: query.tier,
      state: query.state,
      category: query.category,
      risk: query.risk,
      underPaths: paths,
      overdue: query.overdue,
      grievanceOnOrBefore:
        query.grievanceOlderThanYears === undefined
          ? undefined
          : addMonths(shanghaiDate(now), -12 * query.grievanceOlderThanYears),
      departmentId: query.departmentId,
      q: query.q,
      onlyDepartments: reach.onlyDepartments,
      now: nowIso(now),
      before,
      limit,
    });
  }

  /** One dispute with its parties (masked) and timeline: a read of personal data, so audited. */
  async get(ctx: RequestContext, id: string): Promise<Dispute> {
    await this.deps.db.transaction().execute(async (tx) => {
      await this.readable(tx, ctx, id);
      await audit(tx, ctx, { action: 'dispute.read', targetType: 'dispute', targetId: id });
    });
    return this.view(ctx, id);
  }

  async update(ctx: RequestContext, id: string, patch: UpdateDispute): Promise<Dispute> {
    const { db, cipher } = this.deps;
    if (patch.category !== undefined) {
      const problem = disputeCategoryProblem(patch.category);
      if (problem) throw new AppError(problem);
    }
    let published: NotificationMessage[] = [];
    await db.transaction().execute(async (tx) => {
      const { row, place } = await this.writable(tx, ctx, id);
      const changes: Updateable<DisputesTable> = { updated_at: nowIso() };
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
          row.tier as DisputeTier,
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
      published = await regrade(
        tx,
        ctx,
        { ...row, ...changes, jurisdiction_path: place.jurisdiction_path } as DisputeView,
        parties.length,
        row.risk_grade as RiskGrade,
      );
      await audit(tx, ctx, {
        action: 'dispute.update',
        targetType: 'dispute',
        targetId: id,
        detail: { fields: Object.keys(patch).filter((key) => patch[key as keyof UpdateDispute] !== undefined) },
      });
    });
    this.deps.bus.publish(published);
    return this.view(ctx, id);
  }

  async addParty(ctx: RequestContext, id: string, input: CreateParty): Promise<Dispute> {
    const { db, cipher } = this.deps;
    let published: NotificationMessage[] = [];
    await db.transaction().execute(async (tx) => {
      const { row, place } = await this.writable(tx, ctx, id);
      await checkPartyPeople(tx, row.town_id, [input]);
      const party = newPartyRow(cipher, row, input);
      await insertPartyRows(tx, [party]);
      const parties = await listPartyRows(tx, [id]);
      const search = searchColumns(row.summary, parties);
      await updateDisputeRow(tx, id, { ...search, updated_at: nowIso() });
      await indexDisputeText(tx, id, search.search_text);
      await addTimeline(tx, ctx, id, { event: 'party_added', refId: party.id });
      published = await regrade(
        tx,
        ctx,
        { ...row, jurisdiction_path: place.jurisdiction_path },
        parties.length,
        row.risk_grade as RiskGrade,
      );
      await audit(tx, ctx, {
        action: 'dispute.party.create',
        targetType: 'dispute',
        targetId: id,
        detail: { partyId: party.id },
      });
    });
    this.deps.bus.publish(published);
    return this.view(ctx, id);
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
      return { party: found, allowed: (await rolesOver(tx, ctx, 'dispute.unmask', place)).length > 0 };
    });
    const detail = { partyId, field };
    if (!allowed) {
      await db
        .transaction()
        .execute((tx) =>
          audit(tx, ctx, { action: 'dispute.unmask', targetType: 'dispute', targetId: id, outcome: 'denied', detail }),
        );
      throw new AppError('FORBIDDEN');
    }
    let stored: string | null;
    if (party) stored = ciphertextOf(party, field);
    else {
      const row = await findDisputeView(db, id);
      stored = field === 'address' ? (row?.address_enc ?? null) : null;
    }
    await db
      .transaction()
      .execute((tx) => audit(tx, ctx, { action: 'dispute.unmask', targetType: 'dispute', targetId: id, detail }));
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
    if ((await rolesOver(tx, ctx, 'dispute.handle', found.place)).length === 0) throw new AppError('FORBIDDEN');
    return found;
  }

  /** The record the caller just wrote or may read, without counting as another read. */
  async view(ctx: RequestContext, id: string): Promise<Dispute> {
    const { db } = this.deps;
    const row = await findDisputeView(db, id);
    if (!row) throw notFound();
    const [item] = await this.presentList(ctx, [row]);
    if (!item) throw notFound();
    const { partyNames: _names, ...rest } = item;
    const parties = await listPartyRows(db, [id]);
    const timeline = await listTimelineRows(db, id);
    return { ...rest, parties: parties.map(presentParty), timeline: timeline.map(presentTimeline) };
  }

  async presentList(ctx: RequestContext, rows: readonly DisputeView[]): Promise<DisputeListItem[]> {
    const { db } = this.deps;
    const ids = rows.map((row) => row.id);
    const departments = await listDepartmentIds(db, ids);
    const parties = await listPartyRows(db, ids);
    const now = new Date();
    const exportable = await holds(db, ctx, FLAGS.export);
    const out: DisputeListItem[] = [];
    for (const row of rows) {
      const departmentIds = departments.get(row.id) ?? [];
      const place: DisputePlace = { ...row, departmentIds };
      const position = { state: row.state as DisputeState, tier: row.tier as DisputeTier };
      const handling = await rolesOver(db, ctx, 'dispute.handle', place);
      const roles = [
        ...handling,
        ...(await rolesOver(db, ctx, 'dispute.escalate', place)),
        ...(await rolesOver(db, ctx, 'dispute.govern', place)),
      ];
      const actions: string[] = machineActions(position, roles);
      if (handling.length > 0) actions.push('edit');
      if ((await rolesOver(db, ctx, FLAGS.unmask, place)).length > 0) actions.push('unmask');
      if (exportable) actions.push('export');
      out.push({
        id: row.id,
        number: row.number,
        townId: row.town_id,
        jurisdictionId: row.jurisdiction_id,
        jurisdictionName: row.jurisdiction_name,
        category: row.category,
        source: row.source as Dispute['source'],
        summary: row.summary,
        address: row.address_masked,
        occurredOn: row.occurred_on,
        peopleInvolved: row.people_involved,
        grievanceStartedOn: row.grievance_started_on,
        grievanceYears: grievanceYears(row.grievance_started_on, now),
        tier: position.tier,
        state: position.state,
        complexity: row.complexity as Dispute['complexity'],
        riskGrade: row.risk_grade as RiskGrade,
        riskReasons: JSON.parse(row.risk_reasons) as RiskReason[],
        deadlineAt: row.deadline_at,
        overdue: overdueFlag(row.overdue === 1, position.state, row.deadline_at, now),
        assignedDepartmentIds: departmentIds,
        incidentIds: JSON.parse(row.incident_ids) as string[],
        partyNames: parties.filter((party) => party.dispute_id === row.id).map((party) => party.name),
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        actions,
      });
    }
    return out;
  }
}

export async function placeOf(db: Executor, row: DisputeView): Promise<DisputePlace> {
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
