/** Columns of the desktop grid: one picture fills the stage, two sit side by side, then 2×2 and 3×3. */
export function gridColumns(tiles: number): number {
  if (tiles <= 1) return 1;
  if (tiles <= 4) return 2;
  return 3;
}

/**
 * The portrait phone layout: one large picture — the active speaker, else the first other participant, else
 * oneself — and the rest in a strip under it, oneself last (one's own face matters least on a small screen).
 */
export function phoneLayout(
  tileIds: readonly string[],
  selfId: string | null,
  activeSpeakerId: string | null,
): { main: string | null; strip: string[] } {
  const others = tileIds.filter((id) => id !== selfId);
  const main =
    activeSpeakerId && tileIds.includes(activeSpeakerId)
      ? activeSpeakerId
      : (others[0] ?? selfId ?? tileIds[0] ?? null);
  const strip = [...others, ...(selfId && tileIds.includes(selfId) ? [selfId] : [])].filter((id) => id !== main);
  return { main, strip };
}
