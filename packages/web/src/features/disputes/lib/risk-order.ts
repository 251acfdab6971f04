import { type DisputeState, RISK_GRADES, type RiskGrade, TERMINAL_DISPUTE_STATES } from '@fengqiao/domain';

export const RISK_COLORS: Record<RiskGrade, string> = {
  red: 'red',
  orange: 'orange',
  yellow: 'gold',
  green: 'green',
};

/**
 * Red cases first, then overdue ones, otherwise the server's order: the office reads the board top-down and the
 * chief must not scroll to find what is burning. Stable, so equal cases keep their order.
 */
export function redFirst<T extends { riskGrade: RiskGrade; overdue: boolean }>(items: readonly T[]): T[] {
  const rank = (item: T) => RISK_GRADES.indexOf(item.riskGrade) * 2 + (item.overdue ? 0 : 1);
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.index - b.index)
    .map(({ item }) => item);
}

/**
 * The village view lists the cases still to be worked: closed cases and those handed to the county or another
 * route drop out. Done in the browser because the list API has no "open" filter (yet).
 */
export function openCasesOnly<T extends { state: DisputeState }>(items: readonly T[]): T[] {
  return items.filter((item) => !TERMINAL_DISPUTE_STATES.includes(item.state));
}
