/**
 * Section 六 of the monthly report (存在问题与预警), drawn from the other sections' figures so the warnings and
 * the numbers they cite cannot disagree: incident classes that rose against last year, red and overdue disputes,
 * a fall of the resolution rate (in 百分点), and where and when incidents cluster.
 */
import type { ReportNote, ReportSection, ReportTable } from './monthly-report.schema';

/** Keys of the figures and tables the warnings read (the server's section sources use the same keys). */
export const REPORT_KEYS = {
  incidentsTotal: 'incidents.received',
  disputesRed: 'disputes.red',
  disputesOverdue: 'disputes.overdue',
  resolutionRate: 'disputes.resolution_rate',
  byVillage: 'incidents.by_village',
  byHour: 'incidents.by_hour',
} as const;

export function reportWarnings(sections: readonly ReportSection[]): ReportNote[] {
  const notes: ReportNote[] = [];
  const section = (key: ReportSection['key']) => {
    const found = sections.find((candidate) => candidate.key === key);
    return found?.available ? found : null;
  };

  for (const figure of section('incidents')?.figures ?? []) {
    if (figure.kind !== 'count' || figure.key === REPORT_KEYS.incidentsTotal) continue;
    const yoy = figure.yoy;
    if (!yoy || (yoy.kind !== 'up' && yoy.kind !== 'new')) continue;
    notes.push({
      level: 'warning',
      textZh: `${figure.labelZh}同比${yoy.textZh}`,
      textEn: `${figure.labelEn} against last year: ${yoy.textEn}`,
    });
  }

  const disputes = section('disputes');
  for (const figure of disputes?.figures ?? []) {
    if (figure.kind === 'count' && figure.key === REPORT_KEYS.disputesRed && figure.current > 0) {
      notes.push({
        level: 'warning',
        textZh: `本月红色预警纠纷${figure.current}件，须所长、综治办跟踪化解`,
        textEn: `${figure.current} red-alert disputes this month: the chief and the governance office follow them`,
      });
    }
    if (figure.kind === 'count' && figure.key === REPORT_KEYS.disputesOverdue && figure.current > 0) {
      notes.push({
        level: 'warning',
        textZh: `超期未办结纠纷${figure.current}件，须书面说明原因`,
        textEn: `${figure.current} disputes past their time limit: each needs a written explanation`,
      });
    }
    if (figure.kind === 'rate' && figure.key === REPORT_KEYS.resolutionRate && figure.change?.kind === 'down') {
      notes.push({
        level: 'warning',
        textZh: `${figure.labelZh}同比${figure.change.textZh}（${figure.numerator}/${figure.denominator}）`,
        textEn: `${figure.labelEn} against last year: ${figure.change.textEn} (${figure.numerator}/${figure.denominator})`,
      });
    }
  }

  const tables = section('hotspots')?.tables ?? [];
  const top = (key: string) => busiest(tables.find((table) => table.key === key));
  const village = top(REPORT_KEYS.byVillage);
  if (village) {
    notes.push({
      level: 'info',
      textZh: `警情最多的村（社区）：${village.row.labelZh}，${village.row.count}起（全镇${village.total}起）`,
      textEn: `Most incidents: ${village.row.labelEn}, ${village.row.count} (town: ${village.total})`,
    });
  }
  const hour = top(REPORT_KEYS.byHour);
  if (hour) {
    notes.push({
      level: 'info',
      textZh: `警情最多的时段：${hour.row.labelZh}，${hour.row.count}起`,
      textEn: `Busiest hour: ${hour.row.labelEn}, ${hour.row.count}`,
    });
  }

  if (!notes.some((note) => note.level === 'warning')) {
    notes.unshift({
      level: 'info',
      textZh: '本月未发现需预警的问题',
      textEn: 'Nothing this month calls for a warning',
    });
  }
  return notes;
}

/** The row with the most records (the first of equals in the table's order), or null when the table is empty. */
function busiest(table: ReportTable | undefined): { row: ReportTable['rows'][number]; total: number } | null {
  let best: ReportTable['rows'][number] | null = null;
  for (const row of table?.rows ?? []) if (row.count > 0 && (best === null || row.count > best.count)) best = row;
  return best && table ? { row: best, total: table.total } : null;
}
