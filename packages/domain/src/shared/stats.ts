/**
 * 同比 / 环比 wording for statistics (domain.md §7): one decimal place, no percentage against a zero base,
 * raw counts beside every percentage, and rates compared in 百分点 (percentage points).
 */

/** What the current period is compared with: the same period last year (同比) or the previous period (环比). */
export type ComparisonBase = '上年同期' | '上期';

export interface CountComparison {
  kind: 'new' | 'flat' | 'up' | 'down';
  /** Signed change in %, one decimal (−75 for 4 → 1); null when the base is 0. */
  percent: number | null;
  textZh: string;
  textEn: string;
}

export interface RateComparison {
  kind: 'flat' | 'up' | 'down';
  /** Signed change in percentage points, one decimal. */
  points: number;
  textZh: string;
  textEn: string;
}

const BASE_EN: Record<ComparisonBase, string> = {
  上年同期: 'same period last year',
  上期: 'previous period',
};

/**
 * Compares two counts. Base 0: `新增N起（上年同期为0）` (kind 'new') or `持平` when both are 0. Otherwise the
 * change in % to one decimal with the raw counts: `上升25.0%（4→5）`, `下降75.0%（4→1）`, `持平（5→5）`.
 * A fall is never more than 100%. Counts must be finite and not negative (RangeError otherwise).
 */
export function compareCounts(current: number, base: number, label: ComparisonBase = '上年同期'): CountComparison {
  assertCount(current, 'current');
  assertCount(base, 'base');
  if (base === 0) {
    if (current === 0) return { kind: 'flat', percent: null, textZh: '持平', textEn: 'Flat' };
    return {
      kind: 'new',
      percent: null,
      textZh: `新增${current}起（${label}为0）`,
      textEn: `${current} new (${BASE_EN[label]}: 0)`,
    };
  }
  const counts = `${base}→${current}`;
  const countsEn = `${base} → ${current}`;
  if (current === base) return { kind: 'flat', percent: 0, textZh: `持平（${counts}）`, textEn: `Flat (${countsEn})` };

  const magnitude = percentMagnitude(Math.abs(current - base), base);
  const shown = magnitude.toFixed(1);
  if (current > base) {
    return {
      kind: 'up',
      percent: magnitude,
      textZh: `上升${shown}%（${counts}）`,
      textEn: `Up ${shown}% (${countsEn})`,
    };
  }
  return {
    kind: 'down',
    percent: magnitude === 0 ? 0 : -magnitude,
    textZh: `下降${shown}%（${counts}）`,
    textEn: `Down ${shown}% (${countsEn})`,
  };
}

/**
 * Compares two rates given in percent (92.5 means 92.5%): the difference in percentage points, one decimal,
 * e.g. `提高2.5个百分点`, `下降1.0个百分点`, `持平` (when it rounds to 0.0).
 */
export function rateChangePoints(currentRate: number, baseRate: number): RateComparison {
  if (!Number.isFinite(currentRate) || !Number.isFinite(baseRate)) throw new RangeError('Rates must be finite');
  const magnitude = roundOneDecimal(Math.abs(currentRate - baseRate));
  if (magnitude === 0) return { kind: 'flat', points: 0, textZh: '持平', textEn: 'Flat' };
  const shown = magnitude.toFixed(1);
  if (currentRate > baseRate) {
    return { kind: 'up', points: magnitude, textZh: `提高${shown}个百分点`, textEn: `Up ${shown} percentage points` };
  }
  return {
    kind: 'down',
    points: -magnitude,
    textZh: `下降${shown}个百分点`,
    textEn: `Down ${shown} percentage points`,
  };
}

/** |change| ÷ base × 100 rounded half up to one decimal; exact for whole counts. */
function percentMagnitude(change: number, base: number): number {
  if (Number.isSafeInteger(change * 1000) && Number.isSafeInteger(base)) {
    let tenths = Math.floor((change * 1000) / base);
    let remainder = change * 1000 - tenths * base;
    // The float division can be off by one near 2^53: settle it in integers.
    if (remainder < 0) [tenths, remainder] = [tenths - 1, remainder + base];
    else if (remainder >= base) [tenths, remainder] = [tenths + 1, remainder - base];
    return (remainder * 2 >= base ? tenths + 1 : tenths) / 10;
  }
  return roundOneDecimal((change / base) * 100);
}

/** Rounds a non-negative number half up to one decimal, ignoring binary noise (2.45 stays 2.45, not 2.4499…). */
function roundOneDecimal(value: number): number {
  return Math.round(Number((value * 10).toPrecision(12))) / 10;
}

function assertCount(value: number, name: string): void {
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite count, not negative`);
}
