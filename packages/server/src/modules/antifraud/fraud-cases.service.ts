import {
  type CreateFraudCase,
  caseAmountsProblem,
  daysSinceLastCase,
  FRAUD_CASE_TYPE_LABELS,
  type FraudCase,
  type FraudCaseListQuery,
  type FraudCaseSummary,
  fenToYuan,
  formatBeijingDateTime,
  isInFuture,
  type Page,
  registerAsciiName,
  registerFileName,
  shanghaiDate,
  type UpdateFraudCase,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { decodeDayIdCursor, toDayIdPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import {
  antifraudReadScope,
  caseActionsChecker,
  fraudCaseScope,
  requireAction,
  requireAntifraudRead,
  requireVillage,
} from './antifraud.policy';
import {
  type FraudCaseRow,
  type FraudCaseView,
  findFraudCaseView,
  insertFraudCaseRows,
  listFraudCaseViews,
  updateFraudCaseRow,
} from './antifraud.repository';
import { EXPORT_LIMIT, exportPlaceName } from './antifraud-export';
import { countFraudCaseGroups, findLastFraudCaseDay } from './antifraud-stats.repository';

/**
 * Telecom and online fraud cases (电信网络诈骗案件, domain.md §8): type, day, village, money lost and recovered
 * in integer fen. No victim name, phone or ID number is recorded here: the case file at the station holds them, and
 * this register only counts, dates and sums, so it carries no personal data to encrypt or mask.
 */
export class FraudCasesService {
  constructor(private readonly deps: Deps) {}

  async create(ctx: RequestContext, input: CreateFraudCase): Promise<FraudCase> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await fraudCaseScope(tx, ctx);
      const village = await findJurisdiction(tx, input.villageId);
      requireVillage(scope, village);
      if (isInFuture(input.day)) throw new AppError('ANTIFRAUD_DAY_IN_FUTURE');
      const problem = caseAmountsProblem(input.lostFen, input.recoveredFen);
      if (problem) throw new AppError(problem);
      const now = nowIso();
      const row: FraudCaseRow = {
        id: newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        type: input.type,
        day: input.day,
        lost_fen: input.lostFen,
        recovered_fen: input.recoveredFen,
        note: input.note || null,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
        created_at: now,
        updated_at: now,
      };
      await insertFraudCaseRows(tx, [row]);
      await uow.audit({
        action: 'antifraud.case.create',
        targetType: 'fraud_case',
        targetId: row.id,
        detail: {
          type: row.type,
          villageId: row.jurisdiction_id,
          day: row.day,
          lostFen: row.lost_fen,
          recoveredFen: row.recovered_fen,
        },
      });
      return this.one(tx, ctx, row.id);
    });
  }

  /** Mostly the money recovered as it comes back; the amounts are checked together, as they will stand. */
  async update(ctx: RequestContext, id: string, input: UpdateFraudCase): Promise<FraudCase> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const found = await this.readable(tx, ctx, id);
      requireAction((await caseActionsChecker(tx, ctx))(found), 'edit');
      if (input.day && isInFuture(input.day)) throw new AppError('ANTIFRAUD_DAY_IN_FUTURE');
      const problem = caseAmountsProblem(input.lostFen ?? found.lost_fen, input.recoveredFen ?? found.recovered_fen);
      if (problem) throw new AppError(problem);
      const patch = {
        ...(input.type !== undefined ? { type: input.type } : {}),
        ...(input.day !== undefined ? { day: input.day } : {}),
        ...(input.lostFen !== undefined ? { lost_fen: input.lostFen } : {}),
        ...(input.recoveredFen !== undefined ? { recovered_fen: input.recoveredFen } : {}),
        ...(input.note !== undefined ? { note: input.note || null } : {}),
      };
      const updated = await updateFraudCaseRow(tx, id, found, { ...patch, updated_at: nowIso() });
      if (!updated) throw new AppError('ANTIFRAUD_CHANGED_MEANWHILE');
      await uow.audit({
        action: 'antifraud.case.update',
        targetType: 'fraud_case',
        targetId: id,
        detail: {
          fields: Object.keys(patch),
          before: { lostFen: found.lost_fen, recoveredFen: found.recovered_fen },
          after: {
            lostFen: patch.lost_fen ?? found.lost_fen,
            recoveredFen: patch.recovered_fen ?? found.recovered_fen,
          },
        },
      });
      return this.one(tx, ctx, id);
    });
  }

  async list(ctx: RequestContext, query: FraudCaseListQuery): Promise<Page<FraudCase>> {
    const { db } = this.deps;
    const scope = await antifraudReadScope(db, ctx);
    const rows = await listFraudCaseViews(db, scope, {
      villageId: query.villageId,
      type: query.type,
      fromDay: query.from,
      toDay: query.to,
      after: decodeDayIdCursor(query.cursor),
      limit: query.limit + 1,
    });
    const page = toDayIdPage(rows, query.limit);
    return { items: await this.present(db, ctx, page.items), nextCursor: page.nextCursor };
  }

  async get(ctx: RequestContext, id: string): Promise<FraudCase> {
    return this.one(this.deps.db, ctx, id);
  }

  /** Days since the last case the caller may see (Shanghai days), and this year's count. */
  async summary(ctx: RequestContext, now: Date = new Date()): Promise<FraudCaseSummary> {
    const { db } = this.deps;
    const scope = await antifraudReadScope(db, ctx);
    const today = shanghaiDate(now);
    const lastCaseDay = await findLastFraudCaseDay(db, scope, { untilDay: today });
    const [year] = await countFraudCaseGroups(db, scope, { fromDay: `${today.slice(0, 4)}-01-01`, toDay: today }, null);
    return {
      today,
      lastCaseDay,
      daysSinceLastCase: daysSinceLastCase(lastCaseDay, today),
      casesThisYear: year?.count ?? 0,
    };
  }

  /** The list's filters as a workbook: one audit row with the count and filters (the register holds no identity). */
  async export(ctx: RequestContext, query: Omit<FraudCaseListQuery, 'cursor' | 'limit'>): Promise<ListWorkbook> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await antifraudReadScope(tx, ctx);
      const rows = await listFraudCaseViews(tx, scope, {
        villageId: query.villageId,
        type: query.type,
        fromDay: query.from,
        toDay: query.to,
        limit: EXPORT_LIMIT,
      });
      const body = await listWorkbookBody(
        '电信网络诈骗案件',
        ['发案日期', '村（社区）', '案件类型', '损失金额（元）', '挽回金额（元）', '说明', '登记人', '登记时间'],
        rows.map((row) => [
          row.day,
          row.village_name,
          FRAUD_CASE_TYPE_LABELS[row.type].zh,
          fenToYuan(row.lost_fen),
          fenToYuan(row.recovered_fen),
          row.note ?? '',
          row.recorded_by_name,
          formatBeijingDateTime(row.created_at),
        ]),
      );
      await uow.audit({
        action: 'antifraud.export',
        targetType: 'fraud_case',
        detail: { list: 'cases', count: rows.length, unmasked: 0, filters: query },
      });
      const now = new Date();
      return {
        body,
        fileName: registerFileName('电信网络诈骗案件台账', await exportPlaceName(tx, scope), now),
        asciiName: registerAsciiName('fraud-cases', now),
      };
    });
  }

  private async readable(db: Executor, ctx: RequestContext, id: string): Promise<FraudCaseView> {
    const found = await findFraudCaseView(db, id);
    await requireAntifraudRead(db, ctx, found);
    if (!found) throw notFound();
    return found;
  }

  private async one(db: Executor, ctx: RequestContext, id: string): Promise<FraudCase> {
    const [found] = await this.present(db, ctx, [await this.readable(db, ctx, id)]);
    if (!found) throw notFound();
    return found;
  }

  private async present(db: Executor, ctx: RequestContext, rows: readonly FraudCaseView[]): Promise<FraudCase[]> {
    const actionsOf = await caseActionsChecker(db, ctx);
    return rows.map((row) => ({
      id: row.id,
      townId: row.town_id,
      villageId: row.jurisdiction_id,
      villageName: row.village_name,
      type: row.type,
      day: row.day,
      lostFen: row.lost_fen,
      recoveredFen: row.recovered_fen,
      note: row.note,
      recordedByName: row.recorded_by_name,
      createdAt: row.created_at,
      actions: actionsOf(row),
    }));
  }
}
