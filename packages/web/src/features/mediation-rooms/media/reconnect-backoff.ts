/** Waits between reconnect attempts: 1, 2, 4, 8 s, then every 10 s while the room is open. */
const FIRST_DELAY_MS = 1_000;
const LONGEST_DELAY_MS = 10_000;

/**
 * The wait before reconnect attempt `attempt` (0 for the first). `jitter` in [0, 1) spreads the attempts of
 * everyone in a room that dropped at once (the village uplink went down for all of them) over a fifth of the wait.
 */
export function reconnectDelay(attempt: number, jitter = 0): number {
  const base = Math.min(LONGEST_DELAY_MS, FIRST_DELAY_MS * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 + 0.2 * jitter));
}

/** ICE `disconnected` often heals by itself within a second or two; only a longer one is a drop worth rebuilding. */
export const DISCONNECTED_GRACE_MS = 3_000;
