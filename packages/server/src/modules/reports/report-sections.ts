import {
  addMonths,
  formatBeijingDate,
  type MeetingListItem,
  type MonthlyReportSectionKey,
  previousPeriod,
  REPORT_KEYS,
  type ReportFigure,
  type ReportNote,
  type ReportSection,
  type ReportTable,
  reportWarnings,
  type StatsBreakdown,
  type StatsCounterKey,
  type StatsDimension,
  type StatsPeriod,
  samePeriodLastYear,
  shanghaiDate,
  statsFigure,
  statsRate,
  TASK_STATE_LABELS,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { holds, type Scope } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { antifraudCoverageOn } from '../antifraud/antifraud.stats';
import { DisputesService } from '../disputes/disputes.service';
import { keyPersonsSection } from '../key-persons/key-persons-report';
import { MeetingsService } from '../meetings/meetings.service';
import { TasksService } from '../meetings/tasks.service';
import type { MayDrill, StatsService } from '../statistics/stats.service';
import type { StatsCounterValue } from '../statistics/stats-provider';
import { STATS_PROVIDERS } from '../statistics/stats-providers';

/** What every section source is given: the town, the month and the statistics service that counts. */
export interface ReportSectionContext {
  deps: Deps;
  exec: Executor;
  ctx: RequestContext;
  townId: string;
  period: StatsPeriod;
  /** When the figures are counted: stocks (overdue cases) stand as of this instant. */
  asOf: string;
  stats: StatsService;
}

/** A section's content without its key and title (the service adds those from the domain's list). */
export type BuiltSection =
  | { available: true; figures: ReportFigure[]; tables: ReportTable[]; notes: ReportNote[] }
  | { available: false; textZh: string; textEn: string };

/**
 * The source of one §7 section. `earlier` holds the sections built before it in print order, for a section drawn
 * from the others (问题与预警).
 */
export interface ReportSectionSource {
  build(context: ReportSectionContext, earlier: readonly ReportSection[]): Promise<BuiltSection>;
}

/** The town's whole area, and the lists the reader may open from a figure (links are null for the rest). */
interface Counting {
  scope: Scope;
  period: StatsPeriod;
  now: string;
  mayDrill: MayDrill;
}

const countings = new WeakMap<ReportSectionContext, Promise<Counting>>();

/** Worked out once per report: every section counts over the same town with the same links. */
function counting(context: ReportSectionContext): Promise<Counting> {
  let found = countings.get(context);
  if (!found) {
    const scope: Scope = { townIds: new Set([context.townId]), jurisdictionIds: new Set() };
    found = context.stats
      .drillPermissions(context.exec, context.ctx, scope)
      .then((mayDrill) => ({ scope, period: context.period, now: context.asOf, mayDrill }));
    countings.set(context, found);
  }
  return found;
}

/** Whether the providers count a measure: a module not yet registered makes its section unavailable. */
function counts(context: ReportSectionContext, ...measures: string[]): boolean {
  const known = context.stats.measureKeys();
  return measures.every((measure) => known.includes(measure));
}

async function countFigures(context: ReportSectionContext, base: Counting, measures: readonly string[]) {
  const figures = await context.stats.figures(context.exec, { ...base, measures });
  return figures.map((figure): ReportFigure => ({ kind: 'count', key: figure.measure, ...figure }));
}

/** A provider's count under the report's own key (the prevention section names its figures `prevention.*`). */
async function reportCount(
  context: ReportSectionContext,
  base: Counting,
  key: string,
  measure: string,
): Promise<ReportFigure[]> {
  if (!counts(context, measure)) return [];
  return (await countFigures(context, base, [measure])).map((figure) => ({ ...figure, key }));
}

/**
 * One figure per group of a breakdown (incidents of each class), each with its 同比 and 环比: three grouped queries
 * (this month, the same month last year, the previous month) whatever the number of groups.
 */
async function groupFigures(
  context: ReportSectionContext,
  base: Counting,
  measure: string,
  dimension: StatsDimension,
): Promise<ReportFigure[]> {
  const { stats, exec } = context;
  const [current, lastYear, previous] = (await Promise.all(
    [base.period, samePeriodLastYear(base.period), previousPeriod(base.period)].map((period) =>
      stats.breakdown(exec, { ...base, period, measure, dimension }),
    ),
  )) as [StatsBreakdown, StatsBreakdown, StatsBreakdown];
  const keys = [...new Set([...current.rows, ...lastYear.rows, ...previous.rows].map((row) => row.key))];
  const rowOf = (breakdown: StatsBreakdown, key: string) => breakdown.rows.find((row) => row.key === key);
  return keys.map((key) => {
    const named = rowOf(current, key) ?? rowOf(lastYear, key) ?? rowOf(previous, key);
    const figure = statsFigure(
      { measure, labelZh: named?.labelZh ?? key, labelEn: named?.labelEn ?? key },
      {
        current: rowOf(current, key)?.count ?? 0,
        lastYear: rowOf(lastYear, key)?.count ?? 0,
        previous: rowOf(previous, key)?.count ?? 0,
      },
      {
        current: rowOf(current, key)?.drill ?? null,
        lastYear: rowOf(lastYear, key)?.drill ?? null,
        previous: rowOf(previous, key)?.drill ?? null,
      },
    );
    return { kind: 'count', key: `${measure}.${key}`, ...figure };
  });
}

/** A breakdown of this month with last year's count beside each row. */
async function breakdownTable(
  context: ReportSectionContext,
  base: Counting,
  spec: {
    key: string;
    measure: string;
    dimension: StatsDimension;
    titleZh: string;
    titleEn: string;
    columnZh: string;
    columnEn: string;
  },
): Promise<ReportTable> {
  const { stats, exec } = context;
  const current = await stats.breakdown(exec, { ...base, measure: spec.measure, dimension: spec.dimension });
  const lastYear = await stats.breakdown(exec, {
    ...base,
    period: samePeriodLastYear(base.period),
    measure: spec.measure,
    dimension: spec.dimension,
  });
  const rows = current.rows.map((row) => ({
    key: row.key,
    labelZh: row.labelZh,
    labelEn: row.labelEn,
    count: row.count,
    lastYear: lastYear.rows.find((other) => other.key === row.key)?.count ?? 0,
    drill: row.drill,
  }));
  return {
    key: spec.key,
    titleZh: spec.titleZh,
    titleEn: spec.titleEn,
    columnZh: spec.columnZh,
    columnEn: spec.columnEn,
    rows,
    total: rows.reduce((sum, row) => sum + row.count, 0),
  };
}

/**
 * A counter computed from records by the provider that owns it (days since the last telecom-fraud case), over the
 * town as of the report's time; null while no provider supplies it.
 */
async function counterValue(
  context: ReportSectionContext,
  base: Counting,
  key: StatsCounterKey,
): Promise<StatsCounterValue | null> {
  for (const provider of STATS_PROVIDERS) {
    const values = await provider.counters?.(context.exec, { scope: base.scope, place: null, now: base.now });
    const value = values?.[key];
    if (value && value.value !== null) return value;
  }
  return null;
}

/**
 * 反诈APP安装率: the installs and bases standing on the month's last day (or the report's time, if earlier), with
 * the same day last year in 百分点, as every rate of the report. The counts are stocks, so no list links to them.
 */
async function antifraudAppFigure(context: ReportSectionContext, base: Counting): Promise<ReportFigure> {
  const [day = base.period.lastDay] = [base.period.lastDay, shanghaiDate(base.now)].sort();
  const counts = await antifraudCoverageOn(context.exec, base.scope, day, addMonths(day, -12));
  const label = { measure: 'antifraud.app_coverage', labelZh: '反诈APP安装率', labelEn: 'Anti-fraud app coverage' };
  return {
    kind: 'rate',
    key: 'prevention.antifraud_app',
    ...statsRate(label, counts, { numerator: null, denominator: null }),
  };
}

const INCIDENTS_MISSING = {
  available: false as const,
  textZh: '警情统计尚未接入，本节暂无数据。',
  textEn: 'Incident statistics are not connected yet: this section has no figures.',
};

/** 一、警情总体情况: the month's incidents in total and by class (the ten classes of the 110 rules). */
const incidentsSection: ReportSectionSource = {
  async build(context) {
    if (!counts(context, REPORT_KEYS.incidentsTotal)) return INCIDENTS_MISSING;
    const base = await counting(context);
    const figures = [
      ...(await countFigures(context, base, [REPORT_KEYS.incidentsTotal])),
      ...(await groupFigures(context, base, REPORT_KEYS.incidentsTotal, 'category')),
    ];
    return { available: true, figures, tables: [], notes: [] };
  },
};

/** 二、警情分布: where (village), what (class code) and when (Beijing hour) the month's incidents happened. */
const hotspotsSection: ReportSectionSource = {
  async build(context) {
    if (!counts(context, REPORT_KEYS.incidentsTotal)) return INCIDENTS_MISSING;
    const base = await counting(context);
    const measure = REPORT_KEYS.incidentsTotal;
    const tables = [
      await breakdownTable(context, base, {
        key: REPORT_KEYS.byVillage,
        measure,
        dimension: 'village',
        titleZh: '按村（社区）',
        titleEn: 'By village',
        columnZh: '村（社区）',
        columnEn: 'Village',
      }),
      await breakdownTable(context, base, {
        key: 'incidents.by_class',
        measure,
        dimension: 'class',
        titleZh: '按警情类型',
        titleEn: 'By type',
        columnZh: '警情类型',
        columnEn: 'Type',
      }),
      await breakdownTable(context, base, {
        key: REPORT_KEYS.byHour,
        measure,
        dimension: 'hour',
        titleZh: '按时段（北京时间）',
        titleEn: 'By hour (Beijing time)',
        columnZh: '时段',
        columnEn: 'Hour',
      }),
    ];
    return { available: true, figures: [], tables, notes: [] };
  },
};

/**
 * 三、矛盾纠纷排查化解. The disputes module records no 民转刑 outcome: a mediation only marks that the mediator
 * reported a risk of escalation to the police (人民调解法 Art. 25), which is neither a case prevented nor one that
 * occurred, so both figures say so rather than print a number nobody recorded.
 */
const disputesSection: ReportSectionSource = {
  async build(context) {
    const base = await counting(context);
    const figures = await countFigures(context, base, [
      'disputes.registered',
      'disputes.resolved',
      REPORT_KEYS.disputesRed,
      REPORT_KEYS.disputesOverdue,
      'disputes.mediated_online',
    ]);
    const [rate] = await context.stats.rates(context.exec, { ...base, rates: [REPORT_KEYS.resolutionRate] });
    if (rate) {
      figures.splice(
        2,
        0,
        { kind: 'rate', key: rate.measure, ...rate },
        {
          kind: 'value',
          key: 'disputes.registered_open',
          labelZh: '本月登记尚未化解',
          labelEn: 'Registered this month, not yet resolved',
          value: rate.denominator - rate.numerator,
          unitZh: '件',
          unitEn: '',
          drill: null,
        },
      );
    }
    const conversion = {
      textZh: '矛盾纠纷模块未记录民转刑结果（调解记录仅标记依人民调解法第二十五条向公安报告），暂无数据',
      textEn:
        'The disputes module records no conversion into a criminal case (a mediation only marks a report to the ' +
        'police under Art. 25 of the People’s Mediation Law): no figure',
    };
    figures.push(
      {
        kind: 'unavailable',
        key: 'disputes.criminal_prevented',
        labelZh: '民转刑（防止）',
        labelEn: 'Civil-to-criminal prevented',
        ...conversion,
      },
      {
        kind: 'unavailable',
        key: 'disputes.criminal_occurred',
        labelZh: '民转刑（发生）',
        labelEn: 'Civil-to-criminal occurred',
        ...conversion,
      },
    );
    const tables = [
      await breakdownTable(context, base, {
        key: 'disputes.by_category',
        measure: 'disputes.registered',
        dimension: 'category',
        titleZh: '排查登记按类别',
        titleEn: 'Registered by category',
        columnZh: '纠纷类别',
        columnEn: 'Category',
      }),
      await breakdownTable(context, base, {
        key: 'disputes.by_risk',
        measure: 'disputes.registered',
        dimension: 'risk',
        titleZh: '排查登记按风险等级',
        titleEn: 'Registered by risk grade',
        columnZh: '风险等级',
        columnEn: 'Risk grade',
      }),
    ];
    return { available: true, figures, tables, notes: [] };
  },
};

/**
 * 五、防范工作. The joint-duty log (patrols and video patrols logged by village auxiliary officers), night patrols,
 * hazards, video patrol rounds done and remote reminders sent (the video patrols' provider), and anti-fraud: the
 * app's coverage and the days since the last telecom-fraud case.
 */
const preventionSection: ReportSectionSource = {
  async build(context) {
    const base = await counting(context);
    const figures: ReportFigure[] = [];
    if (counts(context, 'duty.entries')) figures.push(...(await countFigures(context, base, ['duty.entries'])));
    figures.push(
      ...(await reportCount(context, base, 'prevention.night_patrols', 'patrols.shifts')),
      ...(await reportCount(context, base, 'prevention.hazards_found', 'hazards.found')),
      ...(await reportCount(context, base, 'prevention.hazards_fixed', 'hazards.fixed')),
      ...(await reportCount(context, base, 'prevention.suspects_caught', 'patrols.suspects')),
      ...(await reportCount(context, base, 'prevention.video_patrols', 'video_patrols.rounds')),
      ...(await reportCount(context, base, 'prevention.remote_reminders', 'video_patrols.reminders')),
      await antifraudAppFigure(context, base),
    );
    const fraud = await counterValue(context, base, 'days_since_fraud');
    figures.push(
      fraud && fraud.value !== null
        ? {
            kind: 'value',
            key: 'prevention.days_since_fraud',
            labelZh: '距上一起电信诈骗案件天数',
            labelEn: 'Days since the last telecom-fraud case',
            value: fraud.value,
            unitZh: '天',
            unitEn: ' days',
            drill: base.mayDrill(fraud.listPermission) ? fraud.drill : null,
          }
        : {
            kind: 'unavailable',
            key: 'prevention.days_since_fraud',
            labelZh: '距上一起电信诈骗案件天数',
            labelEn: 'Days since the last telecom-fraud case',
            // Never a made-up count: with no case on record there is no day to count from.
            textZh: '反诈模块尚无电信网络诈骗案件记录，暂无数据',
            textEn: 'The anti-fraud module has no telecom-fraud case on record yet',
          },
    );
    const tables = counts(context, 'duty.entries')
      ? [
          await breakdownTable(context, base, {
            key: 'duty.by_type',
            measure: 'duty.entries',
            dimension: 'category',
            titleZh: '联勤日志按勤务类型',
            titleEn: 'Duty log by duty type',
            columnZh: '勤务类型',
            columnEn: 'Duty type',
          }),
        ]
      : [];
    return { available: true, figures, tables, notes: [] };
  },
};

/** 六、存在问题与预警: drawn from the sections above by the domain's rule, so a warning cites their numbers. */
const warningsSection: ReportSectionSource = {
  async build(_context, earlier) {
    return { available: true, figures: [], tables: [], notes: reportWarnings(earlier) };
  },
};

/**
 * 七、下步工作: the tasks assigned by the consultation that reviewed the month (its `month`), through the meetings
 * module's own services, so a reader sees the tasks exactly as the meeting page shows them to them.
 */
const nextStepsSection: ReportSectionSource = {
  async build(context) {
    const { deps, ctx, townId, period } = context;
    if (!(await holds(context.exec, ctx, 'meeting.read'))) {
      return {
        available: false,
        textZh: '您无权查看会商，本节不显示。',
        textEn: 'You may not read consultations: this section is not shown.',
      };
    }
    const tasks = new TasksService(deps, new DisputesService(deps));
    const meetings = new MeetingsService(deps, tasks, context.stats);
    let meeting: MeetingListItem | undefined;
    let cursor: string | undefined;
    do {
      const page = await meetings.list(ctx, { townId, from: period.firstDay, cursor, limit: 200 });
      for (const item of page.items) {
        if (item.month !== period.key || item.state === 'cancelled') continue;
        if (!meeting || item.startsAt < meeting.startsAt) meeting = item;
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    if (!meeting) {
      return {
        available: true,
        figures: [],
        tables: [],
        notes: [
          {
            level: 'info',
            textZh: '本月的会商尚未召开或登记，下步工作待会商交办。',
            textEn: 'No consultation has reviewed this month yet: the next steps wait for its tasks.',
          },
        ],
      };
    }
    const held = await meetings.get(ctx, meeting.id);
    const notes: ReportNote[] = [
      {
        level: 'info',
        textZh: `${held.title}（${formatBeijingDate(held.startsAt)}）交办任务${held.tasks.length}项：`,
        textEn: `${held.title} (${formatBeijingDate(held.startsAt, 'en')}) assigned ${held.tasks.length} tasks:`,
      },
      ...held.tasks.map((task): ReportNote => {
        const village = task.villageName ? `，${task.villageName}` : '';
        const state = TASK_STATE_LABELS[task.state];
        return {
          level: task.overdue ? 'warning' : 'info',
          textZh: `${task.title}（责任：${task.owner.name}${village}；期限：${formatBeijingDate(task.dueOn)}；${state.zh}${task.overdue ? '，已逾期' : ''}）`,
          textEn: `${task.title} (owner: ${task.owner.name}; due ${formatBeijingDate(task.dueOn, 'en')}; ${state.en}${task.overdue ? ', overdue' : ''})`,
        };
      }),
    ];
    return { available: true, figures: [], tables: [], notes };
  },
};

/**
 * The source of each section. A module that brings a section's records replaces its `pendingModule` line with its
 * source (one line); nothing else changes.
 */
export const REPORT_SECTION_SOURCES: Record<MonthlyReportSectionKey, ReportSectionSource> = {
  incidents: incidentsSection,
  hotspots: hotspotsSection,
  disputes: disputesSection,
  key_persons: keyPersonsSection,
  prevention: preventionSection,
  warnings: warningsSection,
  next_steps: nextStepsSection,
};
