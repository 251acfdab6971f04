import type { Readable } from 'node:stream';
import {
  type CreateKeyPerson,
  type CreateKeyPersonRequest,
  type CreateKeyPersonVisit,
  DEFAULT_VISIT_PLANS,
  type DecideKeyPersonRequest,
  isInFuture,
  KEY_PERSON_LEVELS,
  type KeyPerson,
  type KeyPersonDetail,
  type KeyPersonLevel,
  type KeyPersonListQuery,
  type KeyPersonRequest,
  type KeyPersonUnmasked,
  type KeyPersonVisit,
  type KeyPersonVisitListQuery,
  keyPersonDecisionProblem,
  keyPersonGroupOf,
  keyPersonRequestProblem,
  nextVisitDue,
  type Page,
  shanghaiDate,
  type TownVisitPlans,
  type UpdateVisitPlans,
  type VisitPlans,
  type VisitPlansQuery,
  visitDaysOverdue,
  visitStatus,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { inScope, requireAccess, scopeOf } from '../../platform/access/access';
import { findUserById } from '../../platform/auth/accounts.repository';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { FileStore } from '../../platform/files/file-store';
import { groupBy } from '../../platform/group-by';
import type { FilePart } from '../../platform/http/multipart';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { responsibleOfficerFor, villageAuxiliaryFor } from '../coverage/district-officer';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { findPersonRow } from '../directory/people.repository';
import { auditedStoredDownload, storeUploadWithRow, uploadAuditDetail } from '../disputes/attachment-upload';
import {
  keyPersonActionsChecker,
  keyPersonGroupScopes,
  keyPersonRequestActionsChecker,
  mayReadGroupAt,
  requireKeyPersonList,
  requireKeyPersonRead,
  requireKeyPersonWork,
} from './key-persons.policy';
import {
  advanceKeyPersonLastVisit,
  decideKeyPersonRequestRow,
  findActiveKeyPersonIdByPersonIndex,
  findKeyPersonPersonCipher,
  findKeyPersonRequestRow,
  findKeyPersonView,
  findKeyPersonVisitPhotoRow,
  findKeyPersonVisitRow,
  insertKeyPersonRequestRow,
  insertKeyPersonRow,
  insertKeyPersonVisitPhotoRow,
  insertKeyPersonVisitRow,
  type KeyPersonListFilter,
  type KeyPersonRequestRow,
  type KeyPersonRow,
  type KeyPersonView,
  type KeyPersonVisitPhotoRow,
  type KeyPersonVisitRow,
  listActiveKeyPersonsAtLevel,
  listKeyPersonPeople,
  listKeyPersonRequestRows,
  listKeyPersonViews,
  listKeyPersonVisitPhotoIds,
  listKeyPersonVisitRows,
  listPendingKeyPersonRequestRows,
  listVisitPlanRows,
  updateKeyPersonRow,
  upsertVisitPlanRows,
} from './key-persons.repository';

const VILLAGE_LEVELS: readonly string[] = ['village', 'community'];
const PHOTO_TYPES = ['jpg', 'png'] as const;
/** The latest visits a printed record carries (the screen pages through all of them). */
const PRINTED_VISITS = 50;

/** What a list filter means in SQL, shared by the list, the export and the home page's to-do source. */
export function keyPersonFilterOf(
  query: Omit<KeyPersonListQuery, 'cursor' | 'limit'>,
  today: string,
  staffPersonId: string | null,
): Omit<KeyPersonListFilter, 'after' | 'limit'> {
  return {
    status: query.status,
    group: query.group,
    category: query.category,
    level: query.level,
    villageId: query.villageId,
    overdueBefore: query.overdue ? today : undefined,
    // "Mine" for a caller with no person record matches nothing rather than everything.
    staffPersonId: query.mine ? (staffPersonId ?? '-') : undefined,
  };
}

/** The audit detail of a list read: the filters by name, never a person. */
function filtersOf(query: Omit<KeyPersonListQuery, 'cursor' | 'limit'>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined));
}

/**
 * Key persons (重点人员, domain.md §8): people of the directory under control, their visits, and level changes and
 * removal through a request and an approval. Every read (list page, record, visits, export) is an audit row; the
 * link to the directory person is stored only encrypted and decrypted here for the page being shown.
 */
export class KeyPersonsService {
  private readonly files: FileStore;

  constructor(private readonly deps: Deps) {
    this.files = new FileStore(deps.config.dataDir);
  }

  async list(ctx: RequestContext, query: KeyPersonListQuery): Promise<Page<KeyPerson>> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scopes = await requireKeyPersonList(tx, ctx);
      const { cursor, limit, ...filters } = query;
      const after = decodeCursor(cursor, ['string', 'string']);
      const today = shanghaiDate(new Date());
      const filter = keyPersonFilterOf(filters, today, query.mine ? await this.personIdOf(tx, ctx) : null);
      const rows = await listKeyPersonViews(tx, scopes, {
        ...filter,
        after: after ? { due: String(after[0]), id: String(after[1]) } : null,
        limit: limit + 1,
      });
      const page = toPage(
        rows,
        limit,
        (row) => row,
        (row) => [row.next_visit_due, row.id],
      );
      await uow.audit({
        action: 'key_person.list',
        targetType: 'key_person',
        detail: { count: page.items.length, query: filtersOf(filters) },
      });
      return { items: await this.present(tx, ctx, page.items, today), nextCursor: page.nextCursor };
    });
  }

  /** Every row of the list's filters, for the export (masked; the caller reads them all, audited once). */
  async exportRows(ctx: RequestContext, query: Omit<KeyPersonListQuery, 'cursor' | 'limit'>): Promise<KeyPerson[]> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scopes = await requireKeyPersonList(tx, ctx);
      const today = shanghaiDate(new Date());
      const filter = keyPersonFilterOf(query, today, query.mine ? await this.personIdOf(tx, ctx) : null);
      const rows = await listKeyPersonViews(tx, scopes, { ...filter, after: null, limit: 100_000 });
      await uow.audit({
        action: 'key_person.export',
        targetType: 'key_person',
        detail: { count: rows.length, query: filtersOf(query), unmasked: 0 },
      });
      return this.present(tx, ctx, rows, today);
    });
  }

  async get(ctx: RequestContext, id: string): Promise<KeyPersonDetail> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      await uow.audit({ action: 'key_person.read', targetType: 'key_person', targetId: id });
      return this.detail(tx, ctx, row);
    });
  }

  /** The record with its latest visits for the A4 print page: one read, audited as a print. */
  async printable(ctx: RequestContext, id: string): Promise<{ record: KeyPersonDetail; visits: KeyPersonVisit[] }> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      const visits = await listKeyPersonVisitRows(tx, id, null, PRINTED_VISITS);
      await uow.audit({ action: 'key_person.print', targetType: 'key_person', targetId: id });
      return { record: await this.detail(tx, ctx, row), visits: await this.presentVisits(tx, ctx, row, visits) };
    });
  }

  /**
   * Places a directory person under control. The person must live in a village the caller manages and whose group
   * he may read; the responsible officer defaults to the village's district officer of the day (or his stand-in),
   * the auxiliary to the village's auxiliary officer.
   */
  async create(ctx: RequestContext, input: CreateKeyPerson): Promise<KeyPersonDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const manage = await requireAccess(tx, ctx, 'keyperson.manage');
      const scopes = await keyPersonGroupScopes(tx, ctx);
      const person = await findPersonRow(tx, input.personId);
      // Out of reach is answered before anything about where the person lives, as for an unknown id.
      if (!person || !inScope(manage, { townId: person.town_id, jurisdictionId: person.jurisdiction_id })) {
        throw new AppError('KEY_PERSON_PERSON_NOT_FOUND');
      }
      const village = await this.villageOf(tx, person.jurisdiction_id);
      const place = { townId: village.town_id, jurisdictionId: village.id };
      const group = keyPersonGroupOf(input.category);
      if (!inScope(manage, place) || !mayReadGroupAt(scopes, group, place)) {
        throw new AppError('KEY_PERSON_PERSON_NOT_FOUND');
      }
      const cipher = this.deps.cipher;
      const personIndex = cipher.blindIndex(person.id);
      if (await findActiveKeyPersonIdByPersonIndex(tx, personIndex, group)) throw new AppError('KEY_PERSON_EXISTS');
      const today = shanghaiDate(new Date());
      const officer = input.responsibleOfficerPersonId
        ? await this.staff(tx, village.town_id, input.responsibleOfficerPersonId)
        : await responsibleOfficerFor(tx, village.id, today);
      const auxiliary = input.responsibleAuxiliaryPersonId
        ? await this.staff(tx, village.town_id, input.responsibleAuxiliaryPersonId)
        : await villageAuxiliaryFor(tx, village.id);
      const plans = await this.plansOf(tx, village.town_id);
      const now = nowIso();
      const row: KeyPersonRow = {
        id: newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        person_enc: cipher.encrypt(person.id),
        person_bidx: personIndex,
        category_group: group,
        category: input.category,
        level: input.level,
        status: 'active',
        basis_enc: input.basis ? cipher.encrypt(input.basis) : null,
        since: today,
        level_since: today,
        officer_person_id: officer?.personId ?? null,
        officer_name: officer?.name ?? null,
        auxiliary_person_id: auxiliary?.personId ?? null,
        auxiliary_name: auxiliary?.name ?? null,
        last_visit_on: null,
        next_visit_due: nextVisitDue(null, plans[input.level], today),
        removed_at: null,
        removed_reason: null,
        created_by: actor.userId,
        created_at: now,
        updated_at: now,
      };
      await refuseDuplicate(insertKeyPersonRow(tx, row), 'KEY_PERSON_EXISTS');
      // The audit row names the record, its category and level, never the person: the log is kept in clear.
      await uow.audit({
        action: 'key_person.create',
        targetType: 'key_person',
        targetId: row.id,
        detail: { category: row.category, level: row.level, villageId: row.jurisdiction_id },
      });
      const view = await findKeyPersonView(tx, row.id);
      if (!view) throw notFound();
      return this.detail(tx, ctx, view);
    });
  }

  /** The clear ID number, phone and address, for a holder of keyperson.unmask over the record; audited. */
  async unmask(ctx: RequestContext, id: string): Promise<KeyPersonUnmasked> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      await requireKeyPersonWork(tx, ctx, 'keyperson.unmask', row);
      const cipher = this.deps.cipher;
      const found = await findKeyPersonPersonCipher(tx, cipher.decrypt(row.person_enc));
      const clear = (value: string | null | undefined) => (value ? cipher.decrypt(value) : null);
      const result = {
        idNumber: clear(found?.id_number_enc),
        phone: clear(found?.phone_enc),
        address: clear(found?.address_enc),
      };
      await uow.audit({
        action: 'key_person.unmask',
        targetType: 'key_person',
        targetId: id,
        detail: { fields: Object.keys(result).filter((key) => result[key as keyof KeyPersonUnmasked] !== null) },
      });
      return result;
    });
  }

  async visits(ctx: RequestContext, id: string, query: KeyPersonVisitListQuery): Promise<Page<KeyPersonVisit>> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      const after = decodeCursor(query.cursor, ['string', 'string']);
      const rows = await listKeyPersonVisitRows(
        tx,
        id,
        after ? { visitedAt: String(after[0]), id: String(after[1]) } : null,
        query.limit + 1,
      );
      const page = toPage(
        rows,
        query.limit,
        (visit) => visit,
        (visit) => [visit.visited_at, visit.id],
      );
      await uow.audit({
        action: 'key_person.visit.list',
        targetType: 'key_person',
        targetId: id,
        detail: { count: page.items.length },
      });
      return { items: await this.presentVisits(tx, ctx, row, page.items), nextCursor: page.nextCursor };
    });
  }

  /**
   * Logs a visit: only the method is required. A removed person is refused with KEY_PERSON_REMOVED and a time in
   * the future with TIME_IN_FUTURE, nothing written. The record's next due day moves on from the latest visit.
   */
  async addVisit(ctx: RequestContext, id: string, input: CreateKeyPersonVisit): Promise<KeyPersonVisit> {
    const actor = requireActor(ctx);
    const now = new Date();
    const visitedAt = input.visitedAt ? new Date(input.visitedAt).toISOString() : nowIso(now);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      await requireKeyPersonWork(tx, ctx, 'keyperson.visit', row);
      if (row.status !== 'active') throw new AppError('KEY_PERSON_REMOVED');
      if (isInFuture(visitedAt, now)) throw new AppError('TIME_IN_FUTURE');
      // A mistyped year would otherwise log a visit from before the control began.
      if (shanghaiDate(visitedAt) < row.since) throw new AppError('KEY_PERSON_VISIT_BEFORE_CONTROL');
      const visit: KeyPersonVisitRow = {
        id: newId(),
        key_person_id: id,
        town_id: row.town_id,
        jurisdiction_id: row.jurisdiction_id,
        visited_at: visitedAt,
        visited_on: shanghaiDate(visitedAt),
        method: input.method,
        place: input.place || null,
        findings: input.findings || null,
        visitor_user_id: actor.userId,
        visitor_name: actor.displayName,
        created_at: nowIso(now),
      };
      await insertKeyPersonVisitRow(tx, visit);
      const plans = await this.plansOf(tx, row.town_id);
      await advanceKeyPersonLastVisit(tx, id, {
        last_visit_on: visit.visited_on,
        next_visit_due: nextVisitDue(visit.visited_on, plans[row.level], row.level_since),
        updated_at: nowIso(now),
      });
      await uow.audit({
        action: 'key_person.visit',
        targetType: 'key_person',
        targetId: id,
        detail: { visitId: visit.id, method: visit.method, visitedAt: visit.visited_at },
      });
      const [presented] = await this.presentVisits(tx, ctx, { ...row, status: 'active' }, [visit]);
      if (!presented) throw notFound();
      return presented;
    });
  }

  /** A photo of the caller's own visit, checked before the body is read and again in the unit of work. */
  async uploadVisitPhoto(
    ctx: RequestContext,
    visitId: string,
    file: () => Promise<FilePart>,
  ): Promise<{ id: string; visitId: string }> {
    const target = await this.photoTarget(this.deps.db, ctx, visitId);
    const row = await storeUploadWithRow(
      this.deps,
      this.files,
      ctx,
      target,
      await file(),
      PHOTO_TYPES,
      async (uow, columns) => {
        await this.photoTarget(uow.tx, ctx, visitId);
        const added: KeyPersonVisitPhotoRow = { ...columns, visit_id: visitId };
        await insertKeyPersonVisitPhotoRow(uow.tx, added);
        await uow.audit({
          action: 'key_person.visit.photo',
          targetType: 'key_person',
          targetId: target.key_person_id,
          detail: { visitId, ...uploadAuditDetail('photoId', columns) },
        });
        return added;
      },
    );
    return { id: row.id, visitId };
  }

  async downloadVisitPhoto(
    ctx: RequestContext,
    photoId: string,
  ): Promise<{ row: KeyPersonVisitPhotoRow; file: Readable; size: number }> {
    return auditedStoredDownload(
      this.deps,
      this.files,
      ctx,
      async (uow) => {
        const found = await findKeyPersonVisitPhotoRow(uow.tx, photoId);
        if (!found) throw notFound();
        await requireKeyPersonRead(uow.tx, ctx, await findKeyPersonView(uow.tx, found.key_person_id));
        return found;
      },
      (found) => ({
        action: 'key_person.visit.photo.download',
        targetType: 'key_person',
        targetId: found.key_person_id,
        detail: { photoId, visitId: found.visit_id },
      }),
    );
  }

  /** A level change or removal asked for with a reason, by a holder of keyperson.manage over the record. */
  async request(ctx: RequestContext, id: string, input: CreateKeyPersonRequest): Promise<KeyPersonDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      await requireKeyPersonWork(tx, ctx, 'keyperson.manage', row);
      const pending = await listPendingKeyPersonRequestRows(tx, [id]);
      const problem = keyPersonRequestProblem(
        { status: row.status, level: row.level, hasPendingRequest: pending.length > 0 },
        input,
      );
      if (problem) throw new AppError(problem);
      const request: KeyPersonRequestRow = {
        id: newId(),
        key_person_id: id,
        town_id: row.town_id,
        jurisdiction_id: row.jurisdiction_id,
        kind: input.kind,
        from_level: row.level,
        to_level: input.kind === 'level' ? (input.toLevel ?? null) : null,
        reason: input.reason,
        state: 'pending',
        requested_by: actor.userId,
        requested_by_name: actor.displayName,
        requested_at: nowIso(),
        decided_by: null,
        decided_by_name: null,
        decided_at: null,
        decision_note: null,
      };
      await refuseDuplicate(insertKeyPersonRequestRow(tx, request), 'KEY_PERSON_REQUEST_PENDING');
      await uow.audit({
        action: 'key_person.request',
        targetType: 'key_person',
        targetId: id,
        detail: { requestId: request.id, kind: request.kind, level: request.from_level, toLevel: request.to_level },
      });
      return this.detail(tx, ctx, row);
    });
  }

  /**
   * Approves or rejects a pending request: a holder of keyperson.approve over the record, never the one who asked
   * (KEY_PERSON_SELF_APPROVAL). An approved level change starts the new level's visit plan today; an approved
   * removal ends the control.
   */
  async decide(
    ctx: RequestContext,
    id: string,
    requestId: string,
    input: DecideKeyPersonRequest,
  ): Promise<KeyPersonDetail> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const row = await requireKeyPersonRead(tx, ctx, await findKeyPersonView(tx, id));
      const request = await findKeyPersonRequestRow(tx, requestId);
      if (!request || request.key_person_id !== id) throw notFound();
      await requireKeyPersonWork(tx, ctx, 'keyperson.approve', row);
      const problem = keyPersonDecisionProblem(
        { state: request.state, requestedBy: request.requested_by },
        actor.userId,
      );
      if (problem) throw new AppError(problem);
      const now = new Date();
      const approved = input.decision === 'approve';
      const decided = await decideKeyPersonRequestRow(tx, requestId, {
        state: approved ? 'approved' : 'rejected',
        decided_by: actor.userId,
        decided_by_name: actor.displayName,
        decided_at: nowIso(now),
        decision_note: input.note || null,
      });
      if (!decided) throw new AppError('KEY_PERSON_REQUEST_DECIDED');
      if (approved) await this.apply(tx, row, request, now);
      await uow.audit({
        action: approved ? 'key_person.approve' : 'key_person.reject',
        targetType: 'key_person',
        targetId: id,
        detail: { requestId, kind: request.kind, decision: input.decision, toLevel: request.to_level },
      });
      const view = await findKeyPersonView(tx, id);
      if (!view) throw notFound();
      return this.detail(tx, ctx, view);
    });
  }

  /** The town's visit plans (any reader of key persons), with whether the caller may change them. */
  async visitPlans(ctx: RequestContext, query: VisitPlansQuery): Promise<TownVisitPlans> {
    const { db } = this.deps;
    await requireKeyPersonList(db, ctx);
    const townId = await this.townOf(ctx, query.townId);
    const actor = requireActor(ctx);
    const approve = actor.permissions.has('keyperson.approve') ? await scopeOf(db, actor, 'keyperson.approve') : null;
    return {
      townId,
      plans: await this.plansOf(db, townId),
      editable: approve?.townIds.has(townId) ?? false,
    };
  }

  /**
   * Changes the town's plans (keyperson.approve over the town) and moves the due day of every active key person
   * whose level's plan changed, in the same unit of work, so "overdue" stays one comparison.
   */
  async updateVisitPlans(ctx: RequestContext, input: UpdateVisitPlans): Promise<TownVisitPlans> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const approve = await requireAccess(tx, ctx, 'keyperson.approve');
      const townId = await this.townOf(ctx, input.townId);
      if (!approve.townIds.has(townId)) throw new AppError('FORBIDDEN');
      const before = await this.plansOf(tx, townId);
      const now = nowIso();
      await upsertVisitPlanRows(
        tx,
        KEY_PERSON_LEVELS.map((level) => ({
          town_id: townId,
          level,
          interval: input.plans[level],
          updated_by: actor.userId,
          updated_at: now,
        })),
      );
      for (const level of KEY_PERSON_LEVELS) {
        if (before[level] === input.plans[level]) continue;
        for (const kp of await listActiveKeyPersonsAtLevel(tx, townId, level)) {
          await updateKeyPersonRow(tx, kp.id, {
            next_visit_due: nextVisitDue(kp.last_visit_on, input.plans[level], kp.level_since),
            updated_at: now,
          });
        }
      }
      await uow.audit({
        action: 'key_person.visit_plans',
        targetType: 'town',
        targetId: townId,
        detail: { before, after: input.plans },
      });
      return { townId, plans: input.plans, editable: true };
    });
  }

  /** The plans of a town: its rows over the domain's defaults. */
  async plansOf(db: Executor, townId: string): Promise<VisitPlans> {
    const plans: VisitPlans = { ...DEFAULT_VISIT_PLANS };
    for (const row of await listVisitPlanRows(db, townId)) plans[row.level] = row.interval;
    return plans;
  }

  private async apply(db: Executor, row: KeyPersonView, request: KeyPersonRequestRow, now: Date): Promise<void> {
    if (request.kind === 'remove') {
      await updateKeyPersonRow(db, row.id, {
        status: 'removed',
        removed_at: nowIso(now),
        removed_reason: request.reason,
        updated_at: nowIso(now),
      });
      return;
    }
    const level: KeyPersonLevel = request.to_level ?? row.level;
    const today = shanghaiDate(now);
    const plans = await this.plansOf(db, row.town_id);
    await updateKeyPersonRow(db, row.id, {
      level,
      level_since: today,
      next_visit_due: nextVisitDue(row.last_visit_on, plans[level], today),
      updated_at: nowIso(now),
    });
  }

  private async detail(db: Executor, ctx: RequestContext, row: KeyPersonView): Promise<KeyPersonDetail> {
    const today = shanghaiDate(new Date());
    const [presented] = await this.present(db, ctx, [row], today);
    if (!presented) throw notFound();
    const requestActions = await keyPersonRequestActionsChecker(db, ctx);
    const history = (await listKeyPersonRequestRows(db, row.id)).map((request) =>
      presentRequest(request, requestActions(request)),
    );
    const basis = row.basis_enc ? this.deps.cipher.decrypt(row.basis_enc) : null;
    return { ...presented, basis, history };
  }

  /**
   * A page of records: the people behind them (ids decrypted here, then one query), their pending requests (one
   * query) and the actions, whatever the page size.
   */
  private async present(
    db: Executor,
    ctx: RequestContext,
    rows: readonly KeyPersonView[],
    today: string,
  ): Promise<KeyPerson[]> {
    const cipher = this.deps.cipher;
    const personIds = rows.map((row) => cipher.decrypt(row.person_enc));
    const people = new Map((await listKeyPersonPeople(db, [...new Set(personIds)])).map((p) => [p.id, p]));
    const pending = new Map(
      (
        await listPendingKeyPersonRequestRows(
          db,
          rows.map((row) => row.id),
        )
      ).map((request) => [request.key_person_id, request]),
    );
    const actionsOf = await keyPersonActionsChecker(db, ctx);
    const requestActions = await keyPersonRequestActionsChecker(db, ctx);
    return rows.map((row, index) => {
      const personId = personIds[index] ?? '';
      const person = people.get(personId);
      const request = pending.get(row.id);
      const active = row.status === 'active';
      return {
        id: row.id,
        townId: row.town_id,
        villageId: row.jurisdiction_id,
        villageName: row.village_name,
        personId,
        name: person?.name ?? '',
        sex: person?.sex ?? null,
        idNumberMasked: person?.id_number_masked ?? null,
        phoneMasked: person?.phone_masked ?? null,
        addressMasked: person?.address_masked ?? null,
        group: row.category_group,
        category: row.category,
        level: row.level,
        status: row.status,
        basis: null,
        since: row.since,
        levelSince: row.level_since,
        responsibleOfficer: row.officer_person_id
          ? { personId: row.officer_person_id, name: row.officer_name ?? '' }
          : null,
        responsibleAuxiliary: row.auxiliary_person_id
          ? { personId: row.auxiliary_person_id, name: row.auxiliary_name ?? '' }
          : null,
        lastVisitOn: row.last_visit_on,
        nextVisitDue: active ? row.next_visit_due : null,
        visitStatus: active ? visitStatus(row.next_visit_due, today) : null,
        daysOverdue: active ? visitDaysOverdue(row.next_visit_due, today) : 0,
        pendingRequest: request ? presentRequest(request, requestActions(request)) : null,
        removedAt: row.removed_at,
        removedReason: row.removed_reason,
        createdAt: row.created_at,
        actions: actionsOf(row, request !== undefined),
      };
    });
  }

  private async presentVisits(
    db: Executor,
    ctx: RequestContext,
    row: KeyPersonView,
    visits: readonly KeyPersonVisitRow[],
  ): Promise<KeyPersonVisit[]> {
    const photos = groupBy(
      await listKeyPersonVisitPhotoIds(
        db,
        visits.map((visit) => visit.id),
      ),
      (photo) => photo.visit_id,
    );
    const mayVisit = (await keyPersonActionsChecker(db, ctx))(row, false).includes('visit');
    const userId = ctx.actor?.userId;
    return visits.map((visit) => ({
      id: visit.id,
      keyPersonId: visit.key_person_id,
      visitedAt: visit.visited_at,
      visitedOn: visit.visited_on,
      method: visit.method,
      place: visit.place,
      findings: visit.findings,
      visitorUserId: visit.visitor_user_id,
      visitorName: visit.visitor_name,
      photos: (photos.get(visit.id) ?? []).map((photo) => photo.id),
      createdAt: visit.created_at,
      actions: mayVisit && visit.visitor_user_id === userId ? ['photo'] : [],
    }));
  }

  /** The visit a photo goes to: readable, the caller's own, and the person still under control. */
  private async photoTarget(db: Executor, ctx: RequestContext, visitId: string): Promise<KeyPersonVisitRow> {
    const visit = await findKeyPersonVisitRow(db, visitId);
    if (!visit) throw notFound();
    const row = await requireKeyPersonRead(db, ctx, await findKeyPersonView(db, visit.key_person_id));
    await requireKeyPersonWork(db, ctx, 'keyperson.visit', row);
    if (visit.visitor_user_id !== ctx.actor?.userId) throw new AppError('FORBIDDEN');
    if (row.status !== 'active') throw new AppError('KEY_PERSON_REMOVED');
    return visit;
  }

  /** The village or community a person lives in (a group's parent village). */
  private async villageOf(db: Executor, jurisdictionId: string): Promise<{ id: string; town_id: string }> {
    let place = await findJurisdiction(db, jurisdictionId);
    if (place?.level === 'group' && place.parent_id) place = await findJurisdiction(db, place.parent_id);
    if (!place?.town_id || !VILLAGE_LEVELS.includes(place.level)) throw new AppError('KEY_PERSON_NOT_IN_VILLAGE');
    return { id: place.id, town_id: place.town_id };
  }

  /** A staff person of the town named as responsible officer or auxiliary. */
  private async staff(db: Executor, townId: string, personId: string): Promise<{ personId: string; name: string }> {
    const person = await findPersonRow(db, personId);
    if (!person || person.town_id !== townId || person.kind !== 'staff') {
      throw new AppError('KEY_PERSON_STAFF_NOT_FOUND');
    }
    return { personId: person.id, name: person.name };
  }

  private async personIdOf(db: Executor, ctx: RequestContext): Promise<string | null> {
    return (await findUserById(db, requireActor(ctx).userId))?.person_id ?? null;
  }

  /** The town named (one the caller's grants sit in), or the caller's only town; KEY_PERSON_TOWN_REQUIRED else. */
  private async townOf(ctx: RequestContext, townId: string | undefined): Promise<string> {
    const towns = new Set<string>();
    for (const grant of requireActor(ctx).grants) if (grant.townId) towns.add(grant.townId);
    if (townId) {
      if (!towns.has(townId)) throw new AppError('FORBIDDEN');
      return townId;
    }
    const [only] = towns;
    if (towns.size !== 1 || !only) throw new AppError('KEY_PERSON_TOWN_REQUIRED');
    return only;
  }
}

function presentRequest(row: KeyPersonRequestRow, actions: string[]): KeyPersonRequest {
  return {
    id: row.id,
    kind: row.kind,
    fromLevel: row.from_level,
    toLevel: row.to_level,
    reason: row.reason,
    state: row.state,
    requestedBy: row.requested_by,
    requestedByName: row.requested_by_name,
    requestedAt: row.requested_at,
    decidedBy: row.decided_by,
    decidedByName: row.decided_by_name,
    decidedAt: row.decided_at,
    decisionNote: row.decision_note,
    actions,
  };
}
