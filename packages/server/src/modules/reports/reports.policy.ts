import type { Executor } from '../../db/database';
import { requireAccess } from '../../platform/access/access';
import type { RequestContext } from '../../platform/context';
import { AppError, notFound } from '../../platform/errors';
import { findJurisdiction, type JurisdictionRow } from '../directory/jurisdictions.repository';

/**
 * Who may read a town's monthly report: report.read reaches whole towns (chief, officer, 综治办). The report
 * counts the town's records whatever the reader's other permissions; the links to the lists behind each figure
 * are given only to a reader who may open those lists (StatsService decides per measure).
 *
 * Without `townId` the one town of the caller's reach is meant; a reach over several towns (a county grant) must
 * name one (REPORT_TOWN_REQUIRED) and a reach over none is refused (REPORT_NO_TOWN). A town outside the reach,
 * or an id that is not a town, answers 404 exactly like a missing one.
 */
export async function requireReportTown(
  db: Executor,
  ctx: RequestContext,
  townId: string | undefined,
): Promise<JurisdictionRow> {
  const scope = await requireAccess(db, ctx, 'report.read');
  if (townId === undefined) {
    const towns = [...scope.townIds];
    if (towns.length === 0) throw new AppError('REPORT_NO_TOWN');
    if (towns.length > 1) throw new AppError('REPORT_TOWN_REQUIRED');
    townId = towns[0];
  }
  if (townId === undefined || !scope.townIds.has(townId)) throw notFound();
  const town = await findJurisdiction(db, townId);
  if (town?.level !== 'town') throw notFound();
  return town;
}
