/**
 * What the 大屏 has room for: the preferred items in the preferred order, topped up from the rest in the server's
 * order, so a measure the server does not send (its module not in use) leaves no hole and a new one can show.
 */
export function pickForWall<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  preferred: readonly string[],
  room: number,
): T[] {
  const chosen = preferred.flatMap((key) => items.filter((item) => keyOf(item) === key));
  const rest = items.filter((item) => !chosen.includes(item));
  return [...chosen, ...rest].slice(0, room);
}

/** The figures a monitoring centre watches, in the order they stand on the wall. */
export const WALL_FIGURES = [
  'incidents.received',
  'incidents.late',
  'disputes.registered',
  'disputes.resolved',
  'disputes.red',
  'disputes.overdue',
  'duty.entries',
] as const;
/** Besides the twelve-month trends: incidents by class, disputes by risk grade (`measure:dimension`). */
export const WALL_BREAKDOWNS = ['incidents.received:class', 'disputes.registered:risk'] as const;
