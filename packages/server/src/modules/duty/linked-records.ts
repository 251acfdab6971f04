import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import { AppError } from '../../platform/errors';
import { disputeReadChecker } from '../disputes/disputes.policy';
import { listDepartmentIds } from '../disputes/disputes.repository';
import type { DisputesService } from '../disputes/disputes.service';
import { incidentReadChecker, mayReadIncident } from '../incidents/incidents.policy';
import { findIncidentView } from '../incidents/incidents.repository';

/** A link from a duty entry or a task to an incident or a dispute, with the place of the record it names. */
export interface LinkedRecordPlace {
  kind: 'incident' | 'dispute';
  target_id: string;
  incident_town_id: string | null;
  incident_jurisdiction_id: string | null;
  dispute_town_id: string | null;
  dispute_jurisdiction_id: string | null;
}

/** The linked record's number when the caller may read it; null when it is missing or not theirs to read. */
export async function linkedRecordNumber(
  tx: Executor,
  ctx: RequestContext,
  disputes: DisputesService,
  link: { kind: 'incident' | 'dispute'; id: string },
): Promise<string | null> {
  if (link.kind === 'incident') {
    const incident = await findIncidentView(tx, link.id);
    return incident && (await mayReadIncident(tx, ctx, incident)) ? incident.number : null;
  }
  try {
    return (await disputes.readable(tx, ctx, link.id)).row.number;
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
}

/** Whether the caller may read each link's record, in a fixed number of queries for the whole page. */
export async function linkedRecordReadability(
  db: Executor,
  ctx: RequestContext,
  links: readonly LinkedRecordPlace[],
): Promise<(link: LinkedRecordPlace) => boolean> {
  if (links.length === 0) return () => false;
  const mayReadIncidentAt = await incidentReadChecker(db, ctx);
  const mayReadDispute = await disputeReadChecker(db, ctx);
  const disputeIds = links.filter((link) => link.kind === 'dispute').map((link) => link.target_id);
  const departments = await listDepartmentIds(db, disputeIds);
  return (link) => {
    if (link.kind === 'incident') {
      return link.incident_town_id !== null && link.incident_jurisdiction_id !== null
        ? mayReadIncidentAt({ town_id: link.incident_town_id, jurisdiction_id: link.incident_jurisdiction_id })
        : false;
    }
    return link.dispute_town_id !== null && link.dispute_jurisdiction_id !== null
      ? mayReadDispute({
          town_id: link.dispute_town_id,
          jurisdiction_id: link.dispute_jurisdiction_id,
          departmentIds: departments.get(link.target_id) ?? [],
        })
      : false;
  };
}
