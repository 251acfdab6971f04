import {
  type Analysis,
  type AnalysisKind,
  type AnalysisListItem,
  type AnalysisListQuery,
  type AnalysisPage,
  type AnalysisPeriod,
  type AnalysisSection,
  analysisActions,
  analysisArchiveProblem,
  analysisEditProblem,
  analysisPeriodOf,
  analysisPeriodProblem,
  analysisSignProblem,
  type CreateAnalysis,
  draftJudgement,
  formatAnalysisPeriod,
  type UpdateAnalysis,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError, refuseDuplicate } from '../../platform/errors';
import { decodeCursor, toPage } from '../../platform/http/pagination';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { StatsService } from '../statistics/stats.service';
import {
  analysisGrants,
  mayDraft,
  readScope,
  requireAnalysisRead,
  requireAnalysisSign,
  requireAnalysisWrite,
  scopedAnalysis,
  writeTown,
} from './analyses.policy';
import {
  type AnalysisListRow,
  type AnalysisView,
  archiveAnalysisRow,
  findAnalysisRow,
  insertAnalysisRow,
  listAnalysisRows,
  signAnalysisRow,
  updateAnalysisDraft,
} from './analyses.repository';
import { ANALYSIS_SOURCES } from './analysis-sources';

/**
 * Daily analyses (日分析) and weekly judgements (周研判), domain.md §6: a draft assembled from the data through the
 * registered sources (figures stored as assembled, so the draft reads the same until someone regenerates it), the
 * person's judgement, the signature that freezes both, the archive. Every change is one unit of work with its
 * audit row; rules are the domain's.
 */
export class AnalysesService {
  private readonly stats: StatsService;

  constructor(private readonly deps: Deps) {
    this.stats = new StatsService(deps);
  }

  async list(ctx: RequestContext, query: AnalysisListQuery): Promise<AnalysisPage> {
    const { db } = this.deps;
    const scope = await readScope(db, ctx);
    const cursor = decodeCursor(query.cursor, ['string', 'string']);
    const rows = await listAnalysisRows(db, scope, {
      kind: query.kind,
      state: query.state,
      fromDay: query.from,
      toDay: query.to,
      after: cursor ? { firstDay: String(cursor[0]), id: String(cursor[1]) } : null,
      limit: query.limit + 1,
    });
    const grants = await analysisGrants(db, ctx);
    const page = toPage(
      rows,
      query.limit,
      (row) => listItem(row, analysisActions(row.state, grants(scopedAnalysis(row)))),
      (row) => [row.first_day, row.id],
    );
    return { ...page, actions: mayDraft(ctx) ? ['create'] : [] };
  }

  async get(ctx: RequestContext, id: string): Promise<Analysis> {
    return this.view(this.deps.db, ctx, id);
  }

  /** The analysis for its A4 print page: a print is audited like every other print (analysis.print). */
  async document(ctx: RequestContext, id: string): Promise<Analysis> {
    return inUnitOfWork(this.deps, ctx, async (uow) => {
      const analysis = await this.view(uow.tx, ctx, id);
      await uow.audit({
        action: 'analysis.print',
        targetType: 'analysis',
        targetId: id,
        detail: { kind: analysis.kind, period: analysis.period.key, state: analysis.state },
      });
      return analysis;
    });
  }

  /**
   * Drafts the analysis of a period: refused (nothing written) for a key naming no real period, a period starting
   * after today, or a period the town already has (409 ANALYSIS_EXISTS, also when two requests race).
   */
  async create(ctx: RequestContext, input: CreateAnalysis, joined?: UnitOfWork): Promise<Analysis> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        const townId = await writeTown(tx, ctx, input.townId);
        const period = periodOf(input.kind, input.period, new Date());
        const now = nowIso();
        const sections = await assemble(tx, this.stats, townId, period, now);
        const id = newId();
        await refuseDuplicate(
          insertAnalysisRow(tx, {
            id,
            town_id: townId,
            jurisdiction_id: townId,
            kind: input.kind,
            period_key: period.key,
            first_day: period.firstDay,
            state: 'draft',
            sections,
            judgement: draftJudgement(sections),
            generated_at: now,
            created_by: ctx.actor?.userId ?? null,
            created_by_name: ctx.actor?.displayName ?? null,
            created_at: now,
            updated_at: now,
            signed_by: null,
            signed_by_name: null,
            signed_at: null,
            archived_at: null,
          }),
          'ANALYSIS_EXISTS',
        );
        await uow.audit({
          action: 'analysis.create',
          targetType: 'analysis',
          targetId: id,
          detail: { kind: input.kind, period: period.key, townId },
        });
        return this.view(tx, ctx, id);
      },
      joined,
    );
  }

  /** The judgement text of a draft (409 ANALYSIS_SIGNED once signed). */
  async update(ctx: RequestContext, id: string, input: UpdateAnalysis, joined?: UnitOfWork): Promise<Analysis> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const row = await this.writable(uow.tx, ctx, id);
        const changed = await updateAnalysisDraft(uow.tx, row.id, { judgement: input.judgement, updated_at: nowIso() });
        if (!changed) throw new AppError('ANALYSIS_SIGNED');
        await uow.audit({
          action: 'analysis.update',
          targetType: 'analysis',
          targetId: id,
          detail: { length: input.judgement.length },
        });
        return this.view(uow.tx, ctx, id);
      },
      joined,
    );
  }

  /** Assembles a draft's figures again from the data as it stands now; the judgement text is kept. */
  async regenerate(ctx: RequestContext, id: string, joined?: UnitOfWork): Promise<Analysis> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const row = await this.writable(uow.tx, ctx, id);
        const period = storedPeriod(row);
        const now = nowIso();
        const sections = await assemble(uow.tx, this.stats, row.town_id, period, now);
        const changed = await updateAnalysisDraft(uow.tx, row.id, { sections, generated_at: now, updated_at: now });
        if (!changed) throw new AppError('ANALYSIS_SIGNED');
        await uow.audit({
          action: 'analysis.regenerate',
          targetType: 'analysis',
          targetId: id,
          detail: { kind: row.kind, period: row.period_key },
        });
        return this.view(uow.tx, ctx, id);
      },
      joined,
    );
  }

  /** Signs a draft: from now on its figures and text are what was signed (409 ANALYSIS_SIGNED when signed already). */
  async sign(ctx: RequestContext, id: string, joined?: UnitOfWork): Promise<Analysis> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        const row = await requireAnalysisRead(tx, ctx, await findAnalysisRow(tx, id));
        await requireAnalysisSign(tx, ctx, scopedAnalysis(row));
        const problem = analysisSignProblem(row.state, row.judgement);
        if (problem) throw new AppError(problem);
        const now = nowIso();
        const signed = await signAnalysisRow(tx, id, {
          signed_by: ctx.actor?.userId ?? null,
          signed_by_name: ctx.actor?.displayName ?? null,
          signed_at: now,
          updated_at: now,
        });
        if (!signed) throw new AppError('ANALYSIS_SIGNED');
        await uow.audit({
          action: 'analysis.sign',
          targetType: 'analysis',
          targetId: id,
          detail: { kind: row.kind, period: row.period_key },
        });
        return this.view(tx, ctx, id);
      },
      joined,
    );
  }

  async archive(ctx: RequestContext, id: string, joined?: UnitOfWork): Promise<Analysis> {
    return inUnitOfWork(
      this.deps,
      ctx,
      async (uow) => {
        const { tx } = uow;
        const row = await requireAnalysisRead(tx, ctx, await findAnalysisRow(tx, id));
        await requireAnalysisSign(tx, ctx, scopedAnalysis(row));
        const problem = analysisArchiveProblem(row.state);
        if (problem) throw new AppError(problem);
        if (!(await archiveAnalysisRow(tx, id, nowIso()))) throw new AppError('ANALYSIS_NOT_SIGNED');
        await uow.audit({
          action: 'analysis.archive',
          targetType: 'analysis',
          targetId: id,
          detail: { kind: row.kind, period: row.period_key },
        });
        return this.view(tx, ctx, id);
      },
      joined,
    );
  }

  /** A draft the caller may change: readable (else 404), theirs to write (else 403), still a draft (else 409). */
  private async writable(tx: Executor, ctx: RequestContext, id: string): Promise<AnalysisView> {
    const row = await requireAnalysisRead(tx, ctx, await findAnalysisRow(tx, id));
    await requireAnalysisWrite(tx, ctx, scopedAnalysis(row));
    const problem = analysisEditProblem(row.state);
    if (problem) throw new AppError(problem);
    return row;
  }

  private async view(db: Executor, ctx: RequestContext, id: string): Promise<Analysis> {
    const row = await requireAnalysisRead(db, ctx, await findAnalysisRow(db, id));
    const grants = (await analysisGrants(db, ctx))(scopedAnalysis(row));
    return {
      ...listItem(row, analysisActions(row.state, grants)),
      sections: row.sections,
      judgement: row.judgement,
    };
  }
}

/** The period of a request, or the refusal: PERIOD_INVALID, PERIOD_IN_FUTURE. */
function periodOf(kind: AnalysisKind, key: string, now: Date): AnalysisPeriod {
  const problem = analysisPeriodProblem(kind, key, now);
  const period = analysisPeriodOf(kind, key);
  if (problem || !period) throw new AppError(problem ?? 'PERIOD_INVALID');
  return period;
}

function storedPeriod(row: { kind: AnalysisKind; period_key: string }): AnalysisPeriod {
  const period = analysisPeriodOf(row.kind, row.period_key);
  if (!period) throw new Error(`stored analysis period ${row.period_key} does not parse`);
  return period;
}

/** Every registered source's section for the town and period, states taken at the period's end or now. */
async function assemble(
  exec: Executor,
  stats: StatsService,
  townId: string,
  period: AnalysisPeriod,
  now: string,
): Promise<AnalysisSection[]> {
  const input = {
    townId,
    scope: { townIds: new Set([townId]), jurisdictionIds: new Set<string>() },
    period,
    from: period.from,
    to: period.to,
    asOf: Date.parse(now) < Date.parse(period.to) ? now : period.to,
    stats,
  };
  const sections: AnalysisSection[] = [];
  for (const source of ANALYSIS_SOURCES) sections.push(await source.section(exec, input));
  return sections;
}

function listItem(row: AnalysisListRow, actions: string[]): AnalysisListItem {
  const period = storedPeriod(row);
  return {
    id: row.id,
    kind: row.kind,
    townId: row.town_id,
    townName: row.town_name,
    period: {
      key: period.key,
      firstDay: period.firstDay,
      lastDay: period.lastDay,
      from: period.from,
      to: period.to,
      labelZh: formatAnalysisPeriod(period, 'zh'),
      labelEn: formatAnalysisPeriod(period, 'en'),
    },
    state: row.state,
    generatedAt: row.generated_at,
    createdAt: row.created_at,
    createdByName: row.created_by_name,
    updatedAt: row.updated_at,
    signedAt: row.signed_at,
    signedByName: row.signed_by_name,
    archivedAt: row.archived_at,
    actions,
  };
}
