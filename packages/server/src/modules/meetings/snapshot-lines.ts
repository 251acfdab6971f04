import type { StatsSnapshot } from '@fengqiao/domain';

/**
 * The frozen figures as lines of the minutes, in the snapshot's own words: every count with its 同比 and 环比 as
 * `compareCounts` wrote them (raw counts beside each percentage, `新增N起（上年同期为0）` against a zero base), every
 * rate with its numerator and denominator and its change in 百分点.
 */
export function snapshotLines(snapshot: StatsSnapshot): string[] {
  const figures = snapshot.figures.map((figure) => {
    const comparisons = [
      figure.yoy ? `同比${figure.yoy.textZh}` : null,
      figure.mom ? `环比${figure.mom.textZh}` : null,
    ].filter((part) => part);
    return `${figure.labelZh}：${figure.current}起${comparisons.length > 0 ? `，${comparisons.join('，')}` : ''}`;
  });
  const rates = snapshot.rates.map((rate) => {
    const value = rate.percent === null ? '—' : `${rate.percent.toFixed(1)}%`;
    const change = rate.change ? `，同比${rate.change.textZh}` : '';
    return `${rate.labelZh}：${value}（${rate.numerator}/${rate.denominator}）${change}`;
  });
  return [...figures, ...rates];
}
