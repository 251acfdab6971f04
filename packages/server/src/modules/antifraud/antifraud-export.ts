import type { Executor } from '../../db/database';
import type { Scope } from '../../platform/access/access';
import { listJurisdictionsByIds } from '../directory/jurisdictions.repository';

/** Rows an export holds at most: a town's registers stay far below it. */
export const EXPORT_LIMIT = 20_000;

/** The place an export's file is named after: the one town of the scope, else the caller's one village, else none. */
export async function exportPlaceName(exec: Executor, scope: Scope): Promise<string | null> {
  const ids = scope.townIds.size > 0 ? [...scope.townIds] : [...scope.jurisdictionIds];
  const places = await listJurisdictionsByIds(exec, ids);
  if (scope.townIds.size === 1) return places[0]?.name ?? null;
  const top = places.sort((a, b) => a.path.length - b.path.length)[0];
  return scope.townIds.size === 0 && top ? top.name : null;
}
