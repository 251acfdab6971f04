import type { StatsBreakdown, StatsTrend } from '@fengqiao/domain';
import type { Lang } from '../../../app/i18n/lang';
import type { ChartOption } from '../charts/EChart';
import { labelOf } from './labels';

/** Colours of the risk grades as a chief reads them (a pie of greys would hide the one thing that matters). */
const RISK_CHART_COLORS: Readonly<Record<string, string>> = {
  red: '#e5484d',
  orange: '#f5871f',
  yellow: '#e8c21a',
  green: '#3fa34d',
};

export interface ChartLook {
  /** The 大屏: larger text, readable from three metres. */
  big: boolean;
}

function fontSize(look: ChartLook, normal: number): number {
  return look.big ? Math.round(normal * 1.6) : normal;
}

/** `2026-11` → `11月` (zh) or `2026-11` (en); January also names its year, so a 12-month axis reads across years. */
export function monthLabel(month: string, lang: Lang): string {
  if (lang === 'en') return month;
  const number = Number(month.slice(5));
  return number === 1 ? `${month.slice(0, 4)}年1月` : `${number}月`;
}

/**
 * Twelve months against the same months last year. Series 0 is the period's months, series 1 last year's: a click
 * on a point opens that month's records (`trendPickDrill`).
 */
export function trendOption(
  trend: StatsTrend,
  lang: Lang,
  names: { current: string; lastYear: string },
  look: ChartLook,
): ChartOption {
  const text = fontSize(look, 12);
  return {
    backgroundColor: 'transparent',
    textStyle: { fontSize: text },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { fontSize: text } },
    grid: { left: 8, right: 16, top: fontSize(look, 32), bottom: 4, containLabel: true },
    xAxis: {
      type: 'category',
      data: trend.months.map((row) => monthLabel(row.month, lang)),
      axisLabel: { fontSize: text },
    },
    yAxis: { type: 'value', minInterval: 1, axisLabel: { fontSize: text } },
    series: [
      {
        name: names.current,
        type: 'line',
        data: trend.months.map((row) => row.count),
        symbolSize: fontSize(look, 8),
        lineStyle: { width: look.big ? 4 : 2 },
        label: { show: true, fontSize: text },
      },
      {
        name: names.lastYear,
        type: 'line',
        data: trend.months.map((row) => row.lastYear),
        symbolSize: fontSize(look, 6),
        lineStyle: { type: 'dashed', width: look.big ? 3 : 1.5 },
      },
    ],
  };
}

export function trendPickDrill(trend: StatsTrend, seriesIndex: number, dataIndex: number) {
  const row = trend.months[dataIndex];
  if (!row) return null;
  return seriesIndex === 0 ? row.drill : row.lastYearDrill;
}

/**
 * A breakdown as a chart: risk grades as a pie in their own colours, anything else as bars, longest first, with the
 * count written on each; a click opens that row's records (row = data index).
 */
export function breakdownOption(breakdown: StatsBreakdown, lang: Lang, look: ChartLook): ChartOption {
  const text = fontSize(look, 12);
  if (breakdown.dimension === 'risk') {
    return {
      backgroundColor: 'transparent',
      tooltip: { trigger: 'item' },
      series: [
        {
          type: 'pie',
          radius: ['30%', '58%'],
          data: breakdown.rows.map((row) => ({
            name: labelOf(row, lang),
            value: row.count,
            ...(RISK_CHART_COLORS[row.key] ? { itemStyle: { color: RISK_CHART_COLORS[row.key] } } : {}),
          })),
          label: { formatter: '{b} {c}', fontSize: text, overflow: 'none' },
        },
      ],
    };
  }
  // ECharts draws a category axis bottom-up: reversed, the largest row is on top.
  const rows = [...breakdown.rows].reverse();
  return {
    backgroundColor: 'transparent',
    tooltip: { trigger: 'item' },
    grid: { left: 8, right: fontSize(look, 40), top: 4, bottom: 4, containLabel: true },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { show: false }, splitLine: { show: false } },
    yAxis: {
      type: 'category',
      data: rows.map((row) => labelOf(row, lang)),
      axisLabel: { fontSize: text, width: look.big ? 180 : 110, overflow: 'truncate' },
    },
    series: [
      {
        type: 'bar',
        data: rows.map((row) => row.count),
        barMaxWidth: fontSize(look, 18),
        label: { show: true, position: 'right', fontSize: text },
      },
    ],
  };
}

/** The row a click on a breakdown chart points at (the bars are drawn in reverse order). */
export function breakdownPickDrill(breakdown: StatsBreakdown, dataIndex: number) {
  const index = breakdown.dimension === 'risk' ? dataIndex : breakdown.rows.length - 1 - dataIndex;
  return breakdown.rows[index]?.drill ?? null;
}
