import { formatPeriodLabel, type StatsDimension, type StatsSnapshot } from '@fengqiao/domain';
import type { Lang } from '../../../app/i18n/lang';

export interface FigureLine {
  measure: string;
  label: string;
  current: number;
  lastYear: number | null;
  /** The 同比 wording exactly as the server wrote it (`下降75.0%（4→1）`), never recomputed here. */
  yoy: string | null;
  previous: number | null;
  mom: string | null;
}

export interface RateLine {
  measure: string;
  label: string;
  /** `92.5%（37/40）`: the percentage never without its numerator and denominator. */
  current: string;
  lastYear: string | null;
  /** The change in 百分点 as the server wrote it. */
  change: string | null;
}

export interface SnapshotView {
  periodLabel: string;
  asOf: string;
  figures: FigureLine[];
  rates: RateLine[];
  breakdowns: Array<{
    key: string;
    label: string;
    dimension: StatsDimension;
    rows: Array<{ key: string; label: string; count: number }>;
  }>;
}

const pick = (lang: Lang, value: { textZh: string; textEn: string } | null) =>
  value === null ? null : lang === 'zh' ? value.textZh : value.textEn;

const name = (lang: Lang, value: { labelZh: string; labelEn: string }) =>
  lang === 'zh' ? value.labelZh : value.labelEn;

/** `92.5%（37/40）`, or `—（0/0）` when there is nothing to divide by; the percentage as the server rounded it. */
export function rateText(numerator: number, denominator: number, percent: number | null, lang: Lang): string {
  const [open, close] = lang === 'zh' ? ['（', '）'] : [' (', ')'];
  return `${percent === null ? '—' : `${percent.toFixed(1)}%`}${open}${numerator}/${denominator}${close}`;
}

/** A meeting's frozen figures (the stats snapshot the server stored when it was held) as the 情报研判 item shows them. */
export function snapshotView(snapshot: StatsSnapshot, lang: Lang): SnapshotView {
  const { period, asOf, figures, rates, breakdowns } = snapshot;
  return {
    periodLabel: formatPeriodLabel(period, lang),
    asOf,
    figures: figures.map((figure) => ({
      measure: figure.measure,
      label: name(lang, figure),
      current: figure.current,
      lastYear: figure.lastYear,
      yoy: pick(lang, figure.yoy),
      previous: figure.previous,
      mom: pick(lang, figure.mom),
    })),
    rates: rates.map((rate) => ({
      measure: rate.measure,
      label: name(lang, rate),
      current: rateText(rate.numerator, rate.denominator, rate.percent, lang),
      lastYear:
        rate.lastYearNumerator === null || rate.lastYearDenominator === null
          ? null
          : rateText(rate.lastYearNumerator, rate.lastYearDenominator, rate.lastYearPercent, lang),
      change: pick(lang, rate.change),
    })),
    breakdowns: breakdowns.map((breakdown) => ({
      key: `${breakdown.measure}:${breakdown.dimension}`,
      label: name(lang, breakdown),
      dimension: breakdown.dimension,
      rows: breakdown.rows.map((row) => ({ key: row.key, label: name(lang, row), count: row.count })),
    })),
  };
}
