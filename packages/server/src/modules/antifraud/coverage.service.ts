import {
  ANTIFRAUD_BASE_MEASURE_LABELS,
  type AntifraudBase,
  type AntifraudCoverage,
  type AntifraudCoverageQuery,
  type AntifraudHistory,
  type AntifraudInstall,
  addMonths,
  baseProblem,
  installsProblem,
  isInFuture,
  type RecordAntifraudInstalls,
  registerAsciiName,
  registerFileName,
  type SetAntifraudBase,
  shanghaiDate,
  standingOn,
} from '@fengqiao/domain';
import { type RequestContext, requireActor } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, notFound, refuseDuplicate } from '../../platform/errors';
import { type ListWorkbook, listWorkbookBody } from '../../platform/files/list-workbook';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import {
  antifraudReadScope,
  antifraudRecordScope,
  coverageActionsChecker,
  requireAntifraudRead,
  requireVillage,
} from './antifraud.policy';
import {
  type BaseRow,
  type InstallRow,
  insertBaseRows,
  insertInstallRows,
  listVillageHistory,
  replaceBaseRow,
  replaceInstallRow,
} from './antifraud.repository';
import { exportPlaceName } from './antifraud-export';
import { coverageNumbers, coverageTotals, villageCoverage } from './coverage';

/**
 * The national anti-fraud app's coverage (国家反诈中心APP安装率): each village's base (households or residents,
 * effective from a day) and its install counts, both dated histories, and the coverage they give as of a day with
 * the change since the month before in 百分点.
 */
export class CoverageService {
  constructor(private readonly deps: Deps) {}

  /** Every village the caller may read, as of a day (today by default), and their sum. */
  async coverage(ctx: RequestContext, query: AntifraudCoverageQuery): Promise<AntifraudCoverage> {
    const { db } = this.deps;
    const scope = await antifraudReadScope(db, ctx);
    const day = query.day ?? shanghaiDate(new Date());
    const previousDay = addMonths(day, -1);
    const rows = await villageCoverage(db, scope, day, previousDay);
    const actionsOf = await coverageActionsChecker(db, ctx);
    const totals = coverageTotals(rows);
    return {
      day,
      previousDay,
      villages: rows.map((row) => ({
        villageId: row.village.id,
        villageName: row.village.name,
        measure: row.base?.measure ?? null,
        installsDay: row.installs?.day ?? null,
        ...coverageNumbers(
          { base: row.base?.count ?? null, installs: row.installs?.installs ?? null },
          { base: row.previousBase?.count ?? null, installs: row.previousInstalls?.installs ?? null },
        ),
        actions: actionsOf(row.village),
      })),
      total: coverageNumbers(
        { base: totals.base, installs: totals.installs },
        { base: totals.previousBase, installs: totals.previousInstalls },
      ),
    };
  }

  /** A village's bases and install counts, oldest first. */
  async history(ctx: RequestContext, villageId: string): Promise<AntifraudHistory> {
    const { db } = this.deps;
    const village = await findJurisdiction(db, villageId);
    await requireAntifraudRead(db, ctx, village ? { town_id: village.town_id, jurisdiction_id: village.id } : null);
    if (!village || !['village', 'community'].includes(village.level)) throw notFound();
    const { bases, installs } = await listVillageHistory(db, villageId);
    return {
      villageId,
      villageName: village.name,
      bases: bases.map(presentBase),
      installs: installs.map(presentInstall),
    };
  }

  /**
   * A base effective from a day, replacing one already recorded for that day. It may not fall below an install
   * count taken while it stands (from its day until the next base): nothing is written then.
   */
  async setBase(ctx: RequestContext, input: SetAntifraudBase): Promise<AntifraudBase> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await antifraudRecordScope(tx, ctx);
      const village = await findJurisdiction(tx, input.villageId);
      requireVillage(scope, village);
      if (isInFuture(input.effectiveFrom)) throw new AppError('ANTIFRAUD_DAY_IN_FUTURE');
      const history = await listVillageHistory(tx, village.id);
      const next = history.bases.find((row) => row.effective_from > input.effectiveFrom)?.effective_from;
      const standing = standingOn(
        history.installs.map((row) => ({ day: row.day, row })),
        input.effectiveFrom,
      );
      const counted = history.installs
        .filter((row) => row.day >= input.effectiveFrom && (next === undefined || row.day < next))
        .map((row) => row.installs);
      if (standing) counted.push(standing.row.installs);
      const problem = baseProblem(input.count, counted.length ? Math.max(...counted) : null);
      if (problem) throw new AppError(problem, { count: input.count, installs: Math.max(...counted) });
      const existing = history.bases.find((row) => row.effective_from === input.effectiveFrom);
      const row: BaseRow = {
        id: existing?.id ?? newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        measure: input.measure,
        count: input.count,
        effective_from: input.effectiveFrom,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
        created_at: nowIso(),
      };
      if (existing) await replaceBaseRow(tx, row);
      // Two first records of one village and day at once: the unique key lets one in, the other is told (409).
      else await refuseDuplicate(insertBaseRows(tx, [row]), 'ANTIFRAUD_CHANGED_MEANWHILE');
      await uow.audit({
        action: 'antifraud.base.set',
        targetType: 'antifraud_coverage',
        targetId: village.id,
        detail: {
          measure: row.measure,
          count: row.count,
          effectiveFrom: row.effective_from,
          ...(existing ? { before: { measure: existing.measure, count: existing.count } } : {}),
        },
      });
      return presentBase(row);
    });
  }

  /**
   * An install count on a day, replacing one already recorded for that day. It must stand against the base of that
   * day and not exceed it, and not exceed a later base it would stand against either: nothing is written otherwise.
   */
  async recordInstalls(ctx: RequestContext, input: RecordAntifraudInstalls): Promise<AntifraudInstall> {
    const actor = requireActor(ctx);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const scope = await antifraudRecordScope(tx, ctx);
      const village = await findJurisdiction(tx, input.villageId);
      requireVillage(scope, village);
      if (isInFuture(input.day)) throw new AppError('ANTIFRAUD_DAY_IN_FUTURE');
      const history = await listVillageHistory(tx, village.id);
      const bases = history.bases.map((row) => ({ day: row.effective_from, row }));
      const base = standingOn(bases, input.day)?.row ?? null;
      // A later base this count stands against until the next count (a base lowered after the day).
      const nextCount = history.installs.find((row) => row.day > input.day)?.day;
      const later = history.bases.filter(
        (row) => row.effective_from > input.day && (nextCount === undefined || row.effective_from < nextCount),
      );
      const smallest = [base, ...later]
        .filter((row): row is BaseRow => row !== null)
        .reduce<number | null>((min, row) => (min === null ? row.count : Math.min(min, row.count)), null);
      const problem = installsProblem(input.installs, base ? smallest : null);
      if (problem) throw new AppError(problem, { installs: input.installs, base: smallest });
      const existing = history.installs.find((row) => row.day === input.day);
      const row: InstallRow = {
        id: existing?.id ?? newId(),
        town_id: village.town_id,
        jurisdiction_id: village.id,
        day: input.day,
        installs: input.installs,
        recorded_by: actor.userId,
        recorded_by_name: actor.displayName,
        created_at: nowIso(),
      };
      if (existing) await replaceInstallRow(tx, row);
      else await refuseDuplicate(insertInstallRows(tx, [row]), 'ANTIFRAUD_CHANGED_MEANWHILE');
      await uow.audit({
        action: 'antifraud.installs.record',
        targetType: 'antifraud_coverage',
        targetId: village.id,
        detail: {
          day: row.day,
          installs: row.installs,
          ...(existing ? { before: { installs: existing.installs } } : {}),
        },
      });
      return presentInstall(row);
    });
  }

  /** The coverage table as a workbook; one audit row (no personal data in it). */
  async export(ctx: RequestContext, query: AntifraudCoverageQuery): Promise<ListWorkbook> {
    const coverage = await this.coverage(ctx, query);
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const scope = await antifraudReadScope(uow.tx, ctx);
      const percent = (value: number | null) => (value === null ? '' : `${value.toFixed(1)}%`);
      const count = (value: number | null) => (value === null ? '' : String(value));
      const lines = [
        ...coverage.villages.map((row) => [
          row.villageName,
          row.measure ? ANTIFRAUD_BASE_MEASURE_LABELS[row.measure].zh : '',
          count(row.base),
          count(row.installs),
          row.installsDay ?? '',
          percent(row.percent),
          percent(row.previousPercent),
          row.change?.textZh ?? '',
        ]),
        [
          '合计',
          '',
          count(coverage.total.base),
          count(coverage.total.installs),
          '',
          percent(coverage.total.percent),
          percent(coverage.total.previousPercent),
          coverage.total.change?.textZh ?? '',
        ],
      ];
      const body = await listWorkbookBody(
        `截至${coverage.day}`,
        [
          '村（社区）',
          '基数口径',
          '基数',
          '安装数',
          '统计日期',
          '安装率',
          `上月同日（${coverage.previousDay}）`,
          '变化',
        ],
        lines,
      );
      await uow.audit({
        action: 'antifraud.export',
        targetType: 'antifraud_coverage',
        detail: { list: 'coverage', count: coverage.villages.length, unmasked: 0, filters: { day: coverage.day } },
      });
      const now = new Date();
      return {
        body,
        fileName: registerFileName('反诈APP安装率', await exportPlaceName(uow.tx, scope), now),
        asciiName: registerAsciiName('antifraud-coverage', now),
      };
    });
  }
}

function presentBase(row: BaseRow): AntifraudBase {
  return {
    id: row.id,
    villageId: row.jurisdiction_id,
    measure: row.measure,
    count: row.count,
    effectiveFrom: row.effective_from,
    recordedByName: row.recorded_by_name,
    createdAt: row.created_at,
  };
}

function presentInstall(row: InstallRow): AntifraudInstall {
  return {
    id: row.id,
    villageId: row.jurisdiction_id,
    day: row.day,
    installs: row.installs,
    recordedByName: row.recorded_by_name,
    createdAt: row.created_at,
  };
}
