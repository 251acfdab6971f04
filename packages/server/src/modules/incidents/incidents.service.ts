import {
  addressKey,
  applyIncidentAction,
  arrivalDeadline,
  arrivalOf,
  backdateLimit,
  type CreateDispute,
  type CreateIncident,
  type CreateIncidentParty,
  coarseCoordinate,
  formatIncidentNumber,
  INCIDENT_ACTION_RULES,
  INCIDENT_SEQUENCE_KIND,
  type Incident,
  type IncidentActionBody,
  type IncidentListItem,
  type IncidentListQuery,
  type IncidentResponder,
  type IncidentStamps,
  type IncidentState,
  type IncidentTimelineEvent,
  type IncidentUnmasked,
  incidentActionProblems,
  incidentNumberYear,
  type Page,
  parseIncidentNumber,
  recordTimeProblems,
  referralPartyRoles,
  shanghaiDate,
  shanghaiDayRange,
  TERMINAL_INCIDENT_STATES,
  townShortNameOf,
} from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { IncidentsTable } from '../../db/schema';
import { inScope } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findOrganization } from '../directory/organizations.repository';
import { auditedSearch, classifySearch } from '../directory/people-search';
import { fillPii, nameColumns, piiColumns, sexFromIdNumber } from '../directory/person-pii';
import { listUsersWithRoleOver, nextSequence } from '../disputes/disputes.repository';
import type { DisputesService } from '../disputes/disputes.service';
import { countPersonsInTown } from '../disputes/parties.repository';
import { linkRepeats } from './incident-repeats';
import {
  actionRoles,
  createScope,
  type IncidentPlace,
  incidentActions,
  mayUnmask,
  readScope,
  requireIncidentRead,
  requireIncidentWork,
} from './incidents.policy';
import {
  findIncidentView,
  findIntakePlace,
  type IncidentFilter,
  type IncidentListRow,
  type IncidentPartyRow,
  type IncidentRepeatRow,
  type IncidentRow,
  type IncidentTimelineRow,
  type IncidentView,
  incidentClassFor,
  insertIncidentPartyRows,
  insertIncidentRow,
  insertIncidentTimelineRow,
  listIncidentPartyNames,
  listIncidentPartyRows,
  listIncidentRepeats,
  listIncidentTimelineRows,
  listIncidentViews,
  listTownPolice,
  lockIncidentRow,
  updateIncidentRow,
} from './incidents.repository';

const VILLAGE_LEVELS = new Set(['village', 'community', 'group']);

/**
 * Incidents (domain.md §4): intake with its number, class from the town's code table, parties with encrypted
 * personal data; every step of the state machine as a named action with its timeline entry; the referral to
 * people's mediation registering a dispute through the disputes service in the same unit of work. Who may do what
 * is incidents.policy.ts.
 */
export class IncidentsService {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {}

  /** `joined`: another module's change this intake belongs to (a patrol log's incident finding), one transaction. */
  async create(ctx: RequestContext, input: CreateIncident, joined?: UnitOfWork): Promise<Incident> {
    const { cipher } = this.deps;
    const scope = await createScope(joined?.tx ?? this.deps.db, ctx);
    const unitOfWork = (work: (uow: UnitOfWork) => Promise<Incident>) => inUnitOfWork(this.deps, ctx, work, joined);
    const now = new Date();
    const [timeProblem] = recordTimeProblems([['receivedAt', input.receivedAt]], {
      now,
      notBefore: backdateLimit(now, this.deps.config.backdateDays),
    });
    if (timeProblem) throw new AppError(timeProblem.code);
    const receivedAt = input.receivedAt ? new Date(input.receivedAt).toISOString() : nowIso(now);
    return unitOfWork(async (uow) => {
      const { tx } = uow;
      const place = await findIntakePlace(tx, input.jurisdictionId);
      if (!place?.town_id || !inScope(scope, { townId: place.town_id, jurisdictionId: place.id })) throw notFound();
      if (!VILLAGE_LEVELS.has(place.level)) throw new AppError('INCIDENT_JURISDICTION_INVALID');
      const incidentClass = await incidentClassFor(tx, place.town_id, input.classCode);
      if (!incidentClass) throw new AppError('INCIDENT_CLASS_UNKNOWN');
      const parties = input.parties ?? [];
      await checkPartyPeople(tx, place.town_id, parties);
      const year = incidentNumberYear(receivedAt);
      const seq = await nextSequence(tx, place.town_id, year, INCIDENT_SEQUENCE_KIND);
      const number = formatIncidentNumber(year, townShortNameOf(place.town_name), seq);
      const id = newId();
      const home = { id, town_id: place.town_id, jurisdiction_id: place.id };
      const partyRows = parties.map((party) => this.newPartyRow(home, party));
      const address = input.address?.trim() || null;
      const key = addressKey(address);
      const at = nowIso(now);
      const row: IncidentRow = {
        id,
        town_id: place.town_id,
        jurisdiction_id: place.id,
        number,
        source: input.source,
        class_code: incidentClass.code,
        class_name: incidentClass.name,
        category: incidentClass.category,
        dispute: (input.dispute ?? incidentClass.dispute) ? 1 : 0,
        summary: input.summary,
        address_enc: address ? cipher.encrypt(address) : null,
        address_bidx: key ? cipher.blindIndex(key) : null,
        address_masked: piiColumns(cipher, { address }).address_masked ?? null,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        state: 'RECEIVED',
        disposition: null,
        case_kind: null,
        case_number: null,
        department_id: null,
        duplicate_of_id: null,
        dispute_id: null,
        responsible_officer_id: null,
        received_at: receivedAt,
        dispatched_at: null,
        acked_at: null,
        arrived_at: null,
        handling_at: null,
        feedback_at: null,
        reviewed_at: null,
        closed_at: null,
        arrival_target_minutes: incidentClass.arrivalTargetMinutes,
        arrival_deadline_at: arrivalDeadline(receivedAt, incidentClass.arrivalTargetMinutes),
        arrival_late: 0,
        feedback: null,
        ...searchColumns(number, input.summary, partyRows),
        created_by: ctx.actor?.userId ?? null,
        created_at: at,
        updated_at: at,
      };
      await insertIncidentRow(tx, row);
      await insertIncidentPartyRows(tx, partyRows);
      const received = timelineRow(uow, row, { at: receivedAt, event: 'received', to: 'RECEIVED' });
      const { linked, timeline } = await linkRepeats(uow, row, partyRows, this.deps.config.incidentRepeatWindowDays, [
        received,
      ]);
      await uow.audit({
        action: 'incident.create',
        targetType: 'incident',
        targetId: id,
        detail: { number, jurisdictionId: place.id, classCode: row.class_code, parties: partyRows.length },
      });
      const police = (await listTownPolice(tx, place.town_id)).map((officer) => officer.user_id);
      const auxiliaries = await listUsersWithRoleOver(tx, place.path, ['auxiliary']);
      await uow.notify({
        userIds: [...police, ...auxiliaries].filter((userId) => userId !== ctx.actor?.userId),
        kind: 'incident.created',
        title: `新警情 ${number}`,
        body: `${place.name} · ${incidentClass.name}`,
        targetType: 'incident',
        targetId: id,
      });
      // Answered from the rows just written rather than read back: a new incident has no department, duplicate,
      // dispute or responsible officer yet, and its only repeats are the ones just linked.
      const repeats = linked
        .map((other) => ({
          incident_id: id,
          other_id: other.id,
          other_number: other.number,
          other_received_at: other.received_at,
          reason: other.reason,
        }))
        .sort(byRepeatOrder);
      return this.detail(
        ctx,
        {
          ...row,
          jurisdiction_name: place.name,
          jurisdiction_path: place.path,
          village_name: place.village_name,
          department_name: null,
          duplicate_of_number: null,
          dispute_number: null,
          responsible_officer_name: null,
        },
        [...partyRows].sort((a, b) => compareText(a.id, b.id)),
        repeats,
        timeline,
        tx,
      );
    });
  }

  async list(ctx: RequestContext, query: IncidentListQuery): Promise<Page<IncidentListItem>> {
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const after = cursor ? { receivedAt: String(cursor[0]), id: String(cursor[1]) } : null;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await readScope(tx, ctx);
      const filter = await this.filterOf(tx, query);
      const rows = filter ? await listIncidentViews(tx, scope, { ...filter, after, limit: query.limit + 1 }) : [];
      const page = toPage(
        rows,
        query.limit,
        (row) => row,
        (row) => [row.received_at, row.id],
      );
      await uow.audit({
        action: 'incident.list',
        targetType: 'incident',
        detail: { count: page.items.length, q: query.q ? auditedIncidentSearch(query.q) : null },
      });
      return { items: await this.presentList(ctx, page.items, tx), nextCursor: page.nextCursor };
    });
  }

  /** One incident with its parties (masked) and timeline: a read of personal data, so audited. */
  async get(ctx: RequestContext, id: string): Promise<Incident> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      await this.readable(uow.tx, ctx, id);
      await uow.audit({ action: 'incident.read', targetType: 'incident', targetId: id });
      return this.view(ctx, id, uow.tx);
    });
  }

  /**
   * The incident's address and every party's ID number, phone and address in clear. NOT_FOUND, like a missing
   * incident, unless the caller may unmask it; both the reveal and the refusal are audited.
   */
  async unmask(ctx: RequestContext, id: string): Promise<IncidentUnmasked> {
    const { db, cipher } = this.deps;
    const { row, allowed } = await db.transaction().execute(async (tx) => {
      const found = await this.readable(tx, ctx, id);
      return { row: found, allowed: await mayUnmask(tx, ctx, found) };
    });
    if (!allowed) {
      await inUnitOfWork(this.deps, ctx, (uow) =>
        uow.audit({ action: 'incident.unmask', targetType: 'incident', targetId: id, outcome: 'denied' }),
      );
      throw notFound();
    }
    const parties = await listIncidentPartyRows(db, [id]);
    const clear = (value: string | null) => (value ? cipher.decrypt(value) : null);
    await inUnitOfWork(this.deps, ctx, (uow) =>
      uow.audit({
        action: 'incident.unmask',
        targetType: 'incident',
        targetId: id,
        detail: { parties: parties.length },
      }),
    );
    return {
      address: clear(row.address_enc),
      latitude: row.latitude,
      longitude: row.longitude,
      parties: parties.map((party) => ({
        id: party.id,
        idNumber: clear(party.id_number_enc),
        phone: clear(party.phone_enc),
        address: clear(party.address_enc),
      })),
    };
  }

  async addParty(ctx: RequestContext, id: string, input: CreateIncidentParty): Promise<Incident> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      await lockIncidentRow(tx, id);
      const row = await this.readable(tx, ctx, id);
      await requireIncidentWork(tx, ctx, row);
      // A closed incident's record is final: people found later belong to a new incident or the linked dispute.
      if (TERMINAL_INCIDENT_STATES.includes(row.state)) throw new AppError('TRANSITION_NOT_ALLOWED');
      await checkPartyPeople(tx, row.town_id, [input]);
      const party = this.newPartyRow(row, input);
      await insertIncidentPartyRows(tx, [party]);
      const parties = await listIncidentPartyRows(tx, [id]);
      await updateIncidentRow(tx, id, { ...searchColumns(row.number, row.summary, parties), updated_at: nowIso() });
      await this.addTimeline(uow, row, { at: nowIso(), event: 'party_added', refId: party.id });
      await linkRepeats(uow, row, parties, this.deps.config.incidentRepeatWindowDays);
      await uow.audit({
        action: 'incident.party.create',
        targetType: 'incident',
        targetId: id,
        detail: { partyId: party.id },
      });
      return this.view(ctx, id, tx);
    });
  }

  /**
   * One step of the state machine: the domain's problems first (state, role, required fields, times), then the
   * checks against the directory (the responsible officer, the department, the original of a duplicate), the new
   * state and stamp, one timeline entry and one audit row. A referral to people's mediation registers the dispute
   * through the disputes service inside this unit of work, so both commit or neither does.
   */
  async act(ctx: RequestContext, id: string, body: IncidentActionBody): Promise<Incident> {
    const { action } = body;
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      // Two steps from the same state at once: the second waits for the first and then sees its new state.
      await lockIncidentRow(tx, id);
      const row = await this.readable(tx, ctx, id);
      if (action === 'refer_people_mediation' && row.dispute_id) throw new AppError('INCIDENT_ALREADY_REFERRED');
      const now = new Date();
      const roles = await actionRoles(tx, ctx, action, row);
      const stamps = stampsOf(row);
      const problems = incidentActionProblems({ state: row.state, ...stamps }, action, roles, body, now);
      const first = problems[0];
      if (first) throw new AppError(first, { problems });
      const at = body.at ? new Date(body.at).toISOString() : nowIso(now);
      const moved = applyIncidentAction({ state: row.state, ...stamps }, action, at);
      const rule = INCIDENT_ACTION_RULES[action];
      const changes: Updateable<IncidentsTable> = { ...stampColumns(moved), updated_at: nowIso(now) };
      if (rule.disposition) {
        changes.disposition = rule.disposition;
        changes.feedback = body.note?.trim() || null;
      }
      let refId: string | null = null;
      switch (action) {
        case 'dispatch': {
          const officerId = body.responsibleOfficerId ?? '';
          const police = await listTownPolice(tx, row.town_id);
          if (!police.some((officer) => officer.user_id === officerId)) {
            throw new AppError('RESPONSIBLE_OFFICER_REQUIRED');
          }
          changes.responsible_officer_id = officerId;
          refId = officerId;
          break;
        }
        case 'arrive':
          changes.arrival_late = arrivalOf({
            receivedAt: row.received_at,
            arrivedAt: at,
            arrivalTargetMinutes: row.arrival_target_minutes,
          }).late
            ? 1
            : 0;
          break;
        case 'open_case':
          changes.case_kind = body.caseKind ?? null;
          changes.case_number = body.caseNumber?.trim() ?? null;
          break;
        case 'refer_department': {
          const department = await findOrganization(tx, body.departmentId ?? '');
          if (department?.kind !== 'department' || department.town_id !== row.town_id) {
            throw new AppError('DEPARTMENT_REQUIRED');
          }
          changes.department_id = department.id;
          refId = department.id;
          break;
        }
        case 'mark_duplicate': {
          const original = body.duplicateOfId ? await findIncidentView(tx, body.duplicateOfId) : undefined;
          if (!original || original.id === row.id || original.town_id !== row.town_id) {
            throw new AppError('DUPLICATE_OF_REQUIRED');
          }
          changes.duplicate_of_id = original.id;
          refId = original.id;
          break;
        }
        case 'refer_people_mediation': {
          const dispute = await this.disputes.register(ctx, await this.referral(tx, row, body), uow);
          changes.dispute_id = dispute.id;
          refId = dispute.id;
          break;
        }
        default:
          break;
      }
      await updateIncidentRow(tx, id, changes);
      await this.addTimeline(uow, row, {
        at,
        event: action,
        from: row.state,
        to: moved.state,
        note: body.note?.trim() || null,
        refId,
      });
      await uow.audit({
        action: 'incident.transition',
        targetType: 'incident',
        targetId: id,
        detail: { action, from: row.state, to: moved.state, refId },
      });
      if (action === 'dispatch') await this.notifyDispatch(uow, row, changes.responsible_officer_id ?? null);
      return this.view(ctx, id, tx);
    });
  }

  /** The town's police, for choosing the responsible officer at dispatch (NOT_FOUND unless the caller may read it). */
  async responders(ctx: RequestContext, id: string): Promise<IncidentResponder[]> {
    const { db } = this.deps;
    const row = await this.readable(db, ctx, id);
    const byUser = new Map<string, IncidentResponder>();
    for (const officer of await listTownPolice(db, row.town_id)) {
      const role = officer.role === 'chief' ? 'chief' : 'officer';
      const known = byUser.get(officer.user_id);
      if (!known || role === 'chief')
        byUser.set(officer.user_id, { userId: officer.user_id, name: officer.display_name, role });
    }
    return [...byUser.values()];
  }

  /** NOT_FOUND unless the caller may read the incident (another village's answers exactly like a missing one). */
  async readable(tx: Executor, ctx: RequestContext, id: string): Promise<IncidentView> {
    const row = await findIncidentView(tx, id);
    await requireIncidentRead(tx, ctx, row ?? null);
    if (!row) throw notFound();
    return row;
  }

  /** The record the caller just wrote or may read, without counting as another read. */
  async view(ctx: RequestContext, id: string, db: Executor = this.deps.db): Promise<Incident> {
    const row = await findIncidentView(db, id);
    if (!row) throw notFound();
    return this.detail(
      ctx,
      row,
      await listIncidentPartyRows(db, [id]),
      await listIncidentRepeats(db, [id]),
      await listIncidentTimelineRows(db, id),
      db,
    );
  }

  /** The record from its rows: the list item's fields (names and repeat count are not part of it) and its lists. */
  private async detail(
    ctx: RequestContext,
    row: IncidentListRow,
    parties: readonly IncidentPartyRow[],
    repeats: readonly IncidentRepeatRow[],
    timeline: readonly IncidentTimelineRow[],
    db: Executor,
  ): Promise<Incident> {
    const { partyNames: _names, repeatCount: _count, ...rest } = await this.present(ctx, row, [], 0, new Date(), db);
    return {
      ...rest,
      parties: parties.map((party) => ({
        id: party.id,
        personId: party.person_id,
        role: party.role,
        name: party.name,
        sex: party.sex,
        idNumber: party.id_number_masked,
        phone: party.phone_masked,
        address: party.address_masked,
      })),
      repeats: repeats.map((repeat) => ({
        incidentId: repeat.other_id,
        number: repeat.other_number,
        reason: repeat.reason,
        receivedAt: repeat.other_received_at,
      })),
      timeline: timeline.map((entry) => ({
        id: entry.id,
        at: entry.at,
        event: entry.event,
        actorId: entry.actor_id,
        actorName: entry.actor_name,
        fromState: entry.from_state,
        toState: entry.to_state,
        note: entry.note,
        refId: entry.ref_id,
      })),
    };
  }

  /** A page of incidents as lists show them: party names, repeat counts and actions in one query per kind. */
  async presentList(
    ctx: RequestContext,
    rows: readonly IncidentListRow[],
    db: Executor = this.deps.db,
  ): Promise<IncidentListItem[]> {
    const ids = rows.map((row) => row.id);
    const names = await listIncidentPartyNames(db, ids);
    const repeatCounts = new Map<string, Set<string>>();
    for (const repeat of await listIncidentRepeats(db, ids)) {
      const others = repeatCounts.get(repeat.incident_id) ?? new Set<string>();
      others.add(repeat.other_id);
      repeatCounts.set(repeat.incident_id, others);
    }
    const now = new Date();
    const out: IncidentListItem[] = [];
    for (const row of rows) {
      out.push(await this.present(ctx, row, names.get(row.id) ?? [], repeatCounts.get(row.id)?.size ?? 0, now, db));
    }
    return out;
  }

  /** One incident as lists show it; its actions follow the caller's roles over its place. */
  private async present(
    ctx: RequestContext,
    row: IncidentListRow,
    partyNames: string[],
    repeatCount: number,
    now: Date,
    db: Executor,
  ): Promise<IncidentListItem> {
    return {
      id: row.id,
      number: row.number,
      townId: row.town_id,
      jurisdictionId: row.jurisdiction_id,
      jurisdictionName: row.jurisdiction_name,
      villageName: row.village_name,
      source: row.source,
      classCode: row.class_code,
      className: row.class_name,
      category: row.category,
      dispute: row.dispute === 1,
      summary: row.summary,
      address: row.address_masked,
      latitude: coarseCoordinate(row.latitude),
      longitude: coarseCoordinate(row.longitude),
      state: row.state,
      disposition: row.disposition,
      caseKind: row.case_kind,
      caseNumber: row.case_number,
      departmentId: row.department_id,
      departmentName: row.department_name,
      duplicateOfId: row.duplicate_of_id,
      duplicateOfNumber: row.duplicate_of_number,
      disputeId: row.dispute_id,
      disputeNumber: row.dispute_number,
      responsibleOfficerId: row.responsible_officer_id,
      responsibleOfficerName: row.responsible_officer_name,
      feedback: row.feedback,
      receivedAt: row.received_at,
      dispatchedAt: row.dispatched_at,
      ackedAt: row.acked_at,
      arrivedAt: row.arrived_at,
      handlingAt: row.handling_at,
      feedbackAt: row.feedback_at,
      reviewedAt: row.reviewed_at,
      closedAt: row.closed_at,
      arrivalTargetMinutes: row.arrival_target_minutes,
      arrival: arrivalOf(
        {
          receivedAt: row.received_at,
          arrivedAt: row.arrived_at,
          arrivalTargetMinutes: row.arrival_target_minutes,
          closedWithoutArrival: row.state === 'CLOSED' && row.arrived_at === null,
        },
        now,
      ),
      partyNames,
      repeatCount,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      actions: await incidentActions(db, ctx, row.state, row),
    };
  }

  /** The repository's filter for a list query; null when a named village or district does not exist. */
  private async filterOf(tx: Executor, query: IncidentListQuery): Promise<IncidentFilter | null> {
    const paths: string[] = [];
    for (const placeId of [query.villageId, query.districtId]) {
      if (!placeId) continue;
      const place = await findJurisdiction(tx, placeId);
      if (!place) return null;
      paths.push(place.path);
    }
    const from = query.receivedFrom ? shanghaiDayRange(query.receivedFrom, query.receivedFrom).fromAt : null;
    const before = query.receivedTo ? shanghaiDayRange(query.receivedTo, query.receivedTo).beforeAt : null;
    return {
      classCode: query.classCode,
      category: query.category,
      state: query.state,
      underPaths: paths,
      late: query.late,
      dispute: query.dispute,
      open: query.open,
      receivedFromAt: from,
      receivedBeforeAt: before,
      hour: query.hour,
      referred: query.referred,
      ...this.searchOf(query.q),
      now: nowIso(),
    };
  }

  /** A full incident number finds that incident; an ID number or phone finds its parties; anything else the text. */
  private searchOf(q: string | undefined): Pick<IncidentFilter, 'number' | 'q' | 'partyIndex'> {
    if (!q) return {};
    const number = parseIncidentNumber(q);
    if (number) return { number: formatIncidentNumber(number.year, number.townShortName, number.seq) };
    const term = classifySearch(q);
    if (term.kind !== 'name') return { partyIndex: this.deps.cipher.blindIndex(term.normalized) };
    return { q };
  }

  /** The dispute a referral registers: the incident's place, summary and address, and its parties in clear. */
  private async referral(tx: Executor, row: IncidentView, body: IncidentActionBody): Promise<CreateDispute> {
    const { cipher } = this.deps;
    const clear = (value: string | null) => (value ? cipher.decrypt(value) : undefined);
    const parties = await listIncidentPartyRows(tx, [row.id]);
    const roles = referralPartyRoles(parties.map((party) => party.role));
    const carried = parties.flatMap((party, index) => {
      const role = roles[index];
      if (!role) return [];
      return [
        {
          role,
          name: party.name,
          ...(party.person_id ? { personId: party.person_id } : {}),
          ...(party.sex ? { sex: party.sex } : {}),
          ...(party.id_number_enc ? { idNumber: clear(party.id_number_enc) } : {}),
          ...(party.phone_enc ? { phone: clear(party.phone_enc) } : {}),
          ...(party.address_enc ? { address: clear(party.address_enc) } : {}),
        },
      ];
    });
    return {
      jurisdictionId: row.jurisdiction_id,
      category: body.disputeCategory ?? '',
      source: 'incident',
      summary: row.summary,
      ...(row.address_enc ? { address: clear(row.address_enc) } : {}),
      occurredOn: shanghaiDate(row.received_at),
      peopleInvolved: Math.max(2, carried.length),
      complexity: 'general',
      incidentIds: [row.id],
      parties: carried,
    };
  }

  /** The village's auxiliary officers and the responsible officer hear that an incident was dispatched. */
  private async notifyDispatch(uow: UnitOfWork, row: IncidentView, officerId: string | null): Promise<void> {
    const auxiliaries = await listUsersWithRoleOver(uow.tx, row.jurisdiction_path, ['auxiliary']);
    await uow.notify({
      userIds: [...auxiliaries, ...(officerId ? [officerId] : [])].filter((userId) => userId !== uow.ctx.actor?.userId),
      kind: 'incident.dispatched',
      title: `派警 ${row.number}`,
      body: `${row.jurisdiction_name} · ${row.class_name}`,
      targetType: 'incident',
      targetId: row.id,
    });
  }

  private async addTimeline(
    uow: UnitOfWork,
    place: IncidentPlace & { id: string },
    entry: TimelineEntry,
  ): Promise<void> {
    await insertIncidentTimelineRow(uow.tx, timelineRow(uow, place, entry));
  }

  private newPartyRow(
    incident: { id: string; town_id: string; jurisdiction_id: string },
    input: CreateIncidentParty,
  ): IncidentPartyRow {
    const pii = piiColumns(this.deps.cipher, {
      idNumber: input.idNumber ?? null,
      phone: input.phone ?? null,
      address: input.address ?? null,
    });
    return {
      id: newId(),
      incident_id: incident.id,
      town_id: incident.town_id,
      jurisdiction_id: incident.jurisdiction_id,
      person_id: input.personId ?? null,
      role: input.role,
      ...nameColumns(input.name),
      sex: input.sex ?? sexFromIdNumber(input.idNumber),
      ...fillPii(pii),
      created_at: nowIso(),
    };
  }
}

/** The state and the eight stamps as the incident's columns. */
function stampColumns(moved: { state: IncidentState } & IncidentStamps): Updateable<IncidentsTable> {
  return {
    state: moved.state,
    received_at: moved.receivedAt ?? undefined,
    dispatched_at: moved.dispatchedAt ?? null,
    acked_at: moved.ackedAt ?? null,
    arrived_at: moved.arrivedAt ?? null,
    handling_at: moved.handlingAt ?? null,
    feedback_at: moved.feedbackAt ?? null,
    reviewed_at: moved.reviewedAt ?? null,
    closed_at: moved.closedAt ?? null,
  };
}

function stampsOf(row: IncidentRow): IncidentStamps {
  return {
    receivedAt: row.received_at,
    dispatchedAt: row.dispatched_at,
    ackedAt: row.acked_at,
    arrivedAt: row.arrived_at,
    handlingAt: row.handling_at,
    feedbackAt: row.feedback_at,
    reviewedAt: row.reviewed_at,
    closedAt: row.closed_at,
  };
}

/** Search keys: number, summary and party names for text search, pinyin and initials for prefix search. */
function searchColumns(
  number: string,
  summary: string,
  parties: readonly Pick<IncidentPartyRow, 'name' | 'name_pinyin' | 'name_initials'>[],
) {
  return {
    search_text: [number, summary, ...parties.map((party) => party.name)].join(' '),
    party_keys: ` ${parties.flatMap((party) => [party.name_pinyin, party.name_initials]).join(' ')} `,
  };
}

/** A person named on a party must be one of the incident's town. */
async function checkPartyPeople(tx: Executor, townId: string, parties: readonly CreateIncidentParty[]): Promise<void> {
  const ids = [...new Set(parties.flatMap((party) => (party.personId ? [party.personId] : [])))];
  if (ids.length > 0 && (await countPersonsInTown(tx, townId, ids)) !== ids.length) {
    throw new AppError('PERSON_UNKNOWN');
  }
}

/** What the audit row says about a search: an incident number as it is, anything else masked. */
function auditedIncidentSearch(q: string): { kind: string; masked: string | null } {
  return parseIncidentNumber(q) ? { kind: 'incident_number', masked: q.trim() } : auditedSearch(classifySearch(q));
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** listIncidentRepeats' order: the other incident newest received first, then its id, then the reason. */
function byRepeatOrder(a: IncidentRepeatRow, b: IncidentRepeatRow): number {
  return (
    compareText(b.other_received_at, a.other_received_at) ||
    compareText(a.other_id, b.other_id) ||
    compareText(a.reason, b.reason)
  );
}

interface TimelineEntry {
  at: string;
  event: IncidentTimelineEvent;
  from?: IncidentState;
  to?: IncidentState;
  note?: string | null;
  refId?: string | null;
}

function timelineRow(
  uow: UnitOfWork,
  place: IncidentPlace & { id: string },
  entry: TimelineEntry,
): IncidentTimelineRow {
  return {
    id: newId(),
    incident_id: place.id,
    town_id: place.town_id,
    jurisdiction_id: place.jurisdiction_id,
    at: entry.at,
    event: entry.event,
    actor_id: uow.ctx.actor?.userId ?? null,
    actor_name: uow.ctx.actor?.displayName ?? null,
    from_state: entry.from ?? null,
    to_state: entry.to ?? null,
    note: entry.note ?? null,
    ref_id: entry.refId ?? null,
  };
}
