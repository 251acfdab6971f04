type PanelStatus = 'waiting' | 'admitted' | 'removed' | 'left';
const PANEL_RANK: Record<PanelStatus, number> = { waiting: 0, admitted: 1, left: 2, removed: 2 };

/**
 * The participants tab: the waiting room on top, since the host's job is to admit or remove them, then the people in
 * the room, then those who left or were removed; in each group in the order they came.
 */
export function panelOrder<T extends { status: PanelStatus; joinedAt: string }>(participants: readonly T[]): T[] {
  return [...participants].sort(
    (a, b) => PANEL_RANK[a.status] - PANEL_RANK[b.status] || a.joinedAt.localeCompare(b.joinedAt),
  );
}
