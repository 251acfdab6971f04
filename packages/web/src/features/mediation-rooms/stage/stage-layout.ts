/** Columns of the desktop grid: one picture fills the stage, two sit side by side, then 2×2 and 3×3. */
export function gridColumns(tiles: number): number {
  if (tiles <= 1) return 1;
  if (tiles <= 4) return 2;
  return 3;
}

/**
 * The portrait phone layout: one large picture — the active speaker among the others, else the first of them, and
 * oneself only when alone — and the rest in a strip under it, oneself last. One's own face large on a small screen
 * helps nobody, even while one speaks.
 */
export function phoneLayout(
  tileIds: readonly string[],
  selfId: string | null,
  activeSpeakerId: string | null,
): { main: string | null; strip: string[] } {
  const others = tileIds.filter((id) => id !== selfId);
  const speaking = activeSpeakerId && others.includes(activeSpeakerId) ? activeSpeakerId : null;
  const main = speaking ?? others[0] ?? tileIds[0] ?? null;
  const strip = [...others, ...(selfId && tileIds.includes(selfId) ? [selfId] : [])].filter((id) => id !== main);
  return { main, strip };
}
