/**
 * The arithmetic of the monthly assessment, stated once:
 *
 * - An item's points are `weight × min(actual ÷ target, 1)`: reaching the target earns the whole weight, doing more
 *   earns nothing extra, doing less earns its share.
 * - A target of 0 asks for nothing, so the item earns its whole weight whatever the evidence.
 * - A share item (acknowledged in time, arrived within target) with no incident to measure is not applicable and
 *   earns its whole weight (无警情不扣分): an officer whose village had no incident is not marked down for
 *   timeliness; the count of incidents acknowledged is the item that rewards the work itself.
 * - Rounding: each item's points are rounded half up to one decimal, and the total is the sum of the rounded items,
 *   so the items shown always add up to the total shown. Points are kept as whole tenths to add exactly.
 * - The chief's adjustment replaces an item's points (`replace`) or adds to them (`delta`, negative to deduct); the
 *   result is clamped to 0 … the item's weight, so an adjustment can never lift the total above 100 or below 0.
 */
import {
  ASSESSMENT_ITEM_KINDS,
  ASSESSMENT_ITEMS,
  type AssessmentItem,
  type AssessmentItemKind,
  type AssessmentSettings,
} from './assessment-items';

export const ADJUSTMENT_KINDS = ['delta', 'replace'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

export interface ItemAdjustment {
  item: AssessmentItem;
  kind: AdjustmentKind;
  /** Points, to one decimal. */
  points: number;
}

/** The evidence of one item: a count, or for a share how many of how many records met the time. */
export type ItemEvidence = { count: number } | { met: number; of: number };

export interface ScoredItem {
  item: AssessmentItem;
  kind: AssessmentItemKind;
  /** The count, or the share in percent to one decimal; null for a share with nothing to measure. */
  actual: number | null;
  /** For a share: records meeting the time and records measured. */
  met: number | null;
  of: number | null;
  target: number;
  weight: number;
  /** Points from the evidence alone. */
  computedPoints: number;
  /** Points after the chief's adjustment (equal to computedPoints without one). */
  points: number;
}

export interface ScoreSheet {
  items: ScoredItem[];
  computedTotal: number;
  total: number;
}

/** Whole tenths of a point, rounded half up. */
function tenths(points: number): number {
  // The epsilon keeps 2.25 (stored as 2.2499…) rounding up like the person checking by hand expects.
  return Math.round(points * 10 + 1e-9);
}

/** A share in percent to one decimal (half up), or null when nothing was measured. */
export function sharePercent(met: number, of: number): number | null {
  return of === 0 ? null : tenths((met / of) * 100) / 10;
}

/** The points of one item from its evidence (see the rules above), in tenths. */
function computedTenths(kind: AssessmentItemKind, evidence: ItemEvidence, weight: number, target: number): number {
  if (target === 0) return weight * 10;
  if (kind === 'share') {
    if (!('met' in evidence) || evidence.of === 0) return weight * 10;
    return tenths(weight * Math.min(evidence.met / evidence.of / (target / 100), 1));
  }
  const count = 'count' in evidence ? evidence.count : 0;
  return tenths(weight * Math.min(count / target, 1));
}

/** The points of an item after an adjustment, in tenths, clamped to 0 … weight. */
function adjustedTenths(computed: number, weight: number, adjustment: ItemAdjustment | undefined): number {
  if (!adjustment) return computed;
  const value = adjustment.kind === 'replace' ? tenths(adjustment.points) : computed + tenths(adjustment.points);
  return Math.min(Math.max(value, 0), weight * 10);
}

/**
 * The score sheet of one officer for one month. `adjustments` holds at most one per item (the service keeps the
 * chief's latest); an item without evidence counts 0.
 */
export function scoreSheet(
  settings: AssessmentSettings,
  evidence: Partial<Record<AssessmentItem, ItemEvidence>>,
  adjustments: readonly ItemAdjustment[] = [],
): ScoreSheet {
  let computedSum = 0;
  let sum = 0;
  const items = ASSESSMENT_ITEMS.map((item): ScoredItem => {
    const kind = ASSESSMENT_ITEM_KINDS[item];
    const { weight, target } = settings.items[item];
    const found = evidence[item] ?? (kind === 'share' ? { met: 0, of: 0 } : { count: 0 });
    const computed = computedTenths(kind, found, weight, target);
    const adjusted = adjustedTenths(
      computed,
      weight,
      adjustments.find((a) => a.item === item),
    );
    computedSum += computed;
    sum += adjusted;
    const share = 'met' in found ? found : null;
    return {
      item,
      kind,
      actual: share ? sharePercent(share.met, share.of) : 'count' in found ? found.count : 0,
      met: share?.met ?? null,
      of: share?.of ?? null,
      target,
      weight,
      computedPoints: computed / 10,
      points: adjusted / 10,
    };
  });
  return { items, computedTotal: clampTotal(computedSum) / 10, total: clampTotal(sum) / 10 };
}

function clampTotal(sumTenths: number): number {
  return Math.min(Math.max(sumTenths, 0), 1000);
}

/**
 * Ranks within groups (a district): higher totals first; equal totals share a rank and the next rank skips
 * (1, 2, 2, 4), as a notice board ranks. Returns the rank per key.
 */
export function rankWithinGroups<T extends { key: string; group: string; total: number }>(
  entries: readonly T[],
): Map<string, number> {
  const ranks = new Map<string, number>();
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const list = groups.get(entry.group) ?? [];
    list.push(entry);
    groups.set(entry.group, list);
  }
  for (const list of groups.values()) {
    const sorted = [...list].sort((a, b) => b.total - a.total);
    sorted.forEach((entry, index) => {
      const previous = sorted[index - 1];
      const rank = previous && previous.total === entry.total ? (ranks.get(previous.key) ?? index + 1) : index + 1;
      ranks.set(entry.key, rank);
    });
  }
  return ranks;
}
