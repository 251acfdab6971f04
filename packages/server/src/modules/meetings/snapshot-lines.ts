/**
 * The frozen figures as lines of the minutes. Until the statistics module's snapshot contract is on this branch, the
 * snapshot is shown as stored, one line per top-level figure.
 */
export function snapshotLines(snapshot: unknown): string[] {
  return [JSON.stringify(snapshot)];
}
