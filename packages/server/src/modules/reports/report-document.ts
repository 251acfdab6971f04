import {
  formatBeijingDate,
  formatBeijingDateTime,
  type MonthlyReport,
  type ReportFigure,
  type ReportTable,
  ratePercent,
} from '@fengqiao/domain';

/**
 * The report as printed text, shared by the A4 page, the DOCX and the XLSX so the three carry the same lines: a
 * figure is one row under FIGURE_HEADINGS, a breakdown a table under its own headings, a note a sentence. Raw
 * counts stand beside every percentage (the comparison texts of shared/stats.ts already hold them).
 */
export const FIGURE_HEADINGS = ['指标', '本月', '上年同期', '同比', '上月', '环比'] as const;

export function reportTitle(report: MonthlyReport): string {
  return `${report.townName}${report.labelZh}工作报告`;
}

/** 统计期间 and when the figures were counted; a month still running says so. */
export function reportSubtitle(report: MonthlyReport): string[] {
  const lines = [
    `统计期间：${formatBeijingDate(report.firstDay)}至${formatBeijingDate(report.lastDay)}`,
    `数据截至：${formatBeijingDateTime(report.asOf)}`,
  ];
  if (!report.complete) lines.push('本月尚未结束，以下为截至目前的数据。');
  return lines;
}

/** One figure as a row of six cells; an unavailable figure carries its sentence in the second cell. */
export function figureCells(figure: ReportFigure): string[] {
  switch (figure.kind) {
    case 'count':
      return [
        figure.labelZh,
        `${figure.current}`,
        figure.lastYear === null ? '' : `${figure.lastYear}`,
        figure.yoy?.textZh ?? '',
        figure.previous === null ? '' : `${figure.previous}`,
        figure.mom?.textZh ?? '',
      ];
    case 'rate':
      return [
        figure.labelZh,
        rateText(figure.percent, figure.numerator, figure.denominator),
        figure.lastYearNumerator === null || figure.lastYearDenominator === null
          ? ''
          : rateText(figure.lastYearPercent, figure.lastYearNumerator, figure.lastYearDenominator),
        figure.change?.textZh ?? (figure.percent === null ? '' : '无可比数据'),
        '',
        '',
      ];
    case 'value':
      return [figure.labelZh, `${figure.value}${figure.unitZh}`, '', '', '', ''];
    case 'unavailable':
      return [figure.labelZh, figure.textZh, '', '', '', ''];
  }
}

/** `85.0%（17/20）`, or `—（0/0）` when nothing was counted: a rate over nothing is not 0 %. */
export function rateText(percent: number | null, numerator: number, denominator: number): string {
  return `${percent === null ? '—' : `${percent.toFixed(1)}%`}（${numerator}/${denominator}）`;
}

export function tableHeadings(table: ReportTable): string[] {
  return [table.columnZh, '本月', '占比', '上年同期'];
}

export function tableCells(table: ReportTable): string[][] {
  return table.rows.map((row) => [
    row.labelZh,
    `${row.count}`,
    rateText(ratePercent(row.count, table.total), row.count, table.total),
    `${row.lastYear}`,
  ]);
}
