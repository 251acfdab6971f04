import {
  formatPeriodLabel,
  MONTHLY_REPORT_SECTION_TITLES,
  MONTHLY_REPORT_SECTIONS,
  type MonthlyReport,
  type MonthlyReportQuery,
  type ReportSection,
  resolveStatsPeriod,
  shanghaiDate,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import type { StatsService } from '../statistics/stats.service';
import { REPORT_SECTION_SOURCES, type ReportSectionContext } from './report-sections';
import { requireReportTown } from './reports.policy';

/** What the print page and the downloads record in the audit log. */
export type ReportOutput = 'print' | 'docx' | 'xlsx';

/**
 * The monthly report of a town (domain.md §7). It owns no table and no SQL: each section is built by its source
 * (report-sections.ts) from the statistics providers' counts, so a figure here and the same figure on the
 * dashboard are one query. A section no source builds yet is unavailable, with the sentence its source registry
 * gives, never zeros.
 */
export class MonthlyReportsService {
  constructor(
    private readonly deps: Deps,
    private readonly stats: StatsService,
  ) {}

  async report(ctx: RequestContext, query: MonthlyReportQuery): Promise<MonthlyReport> {
    const { db } = this.deps;
    // The permission and the town first: a caller who may not read reports learns nothing from the month.
    const town = await requireReportTown(db, ctx, query.townId);
    const now = new Date();
    const resolved = resolveStatsPeriod({ period: 'month', key: query.month }, now);
    if (!resolved.ok) throw new AppError(resolved.code);
    const period = resolved.period;
    const asOf = nowIso();
    const context: ReportSectionContext = {
      deps: this.deps,
      exec: db,
      ctx,
      townId: town.id,
      period,
      asOf,
      stats: this.stats,
    };
    const sections: ReportSection[] = [];
    for (const key of MONTHLY_REPORT_SECTIONS) {
      const source = REPORT_SECTION_SOURCES[key];
      const titles = MONTHLY_REPORT_SECTION_TITLES[key];
      const head = { key, titleZh: titles.zh, titleEn: titles.en };
      const built = await source.build(context, sections);
      sections.push(built.available ? { ...head, ...built } : { ...head, ...built });
    }
    return {
      townId: town.id,
      townName: town.name,
      month: period.key,
      labelZh: formatPeriodLabel(period, 'zh'),
      labelEn: formatPeriodLabel(period, 'en'),
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      asOf,
      complete: period.lastDay < shanghaiDate(now),
      sections,
      actions: ['print', 'docx', 'xlsx'],
    };
  }

  /** The report for the print page or a download, audited with the town, the month and the form. */
  async document(ctx: RequestContext, query: MonthlyReportQuery, output: ReportOutput): Promise<MonthlyReport> {
    const report = await this.report(ctx, query);
    await inUnitOfWork(this.deps, ctx, async (uow) => {
      await uow.audit({
        action: output === 'print' ? 'report.print' : 'report.export',
        targetType: 'jurisdiction',
        targetId: report.townId,
        detail: { month: report.month, kind: output },
      });
    });
    return report;
  }
}
