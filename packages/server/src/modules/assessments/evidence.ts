import {
  type AssessmentSettings,
  DUTY_TYPE_ITEMS,
  DUTY_TYPE_LABELS,
  emptyEvidence,
  type ItemEvidenceRecords,
  incidentEvidence,
  MEDIATION_TRACK_LABELS,
  monthSpan,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import {
  listDutyEvidenceRows,
  listFollowUpEvidenceRows,
  listIncidentAckEvidenceRows,
  listMediationEvidenceRows,
  type MonthBounds,
} from './assessments.repository';

/**
 * Reads a month's evidence for some officers of one town, in a fixed number of queries whatever their number (one
 * per source), and files every record under the item it counts for. `now` measures arrivals still awaited.
 */
export async function monthEvidence(
  db: Executor,
  townId: string,
  month: string,
  personIds: readonly string[],
  settings: AssessmentSettings,
  now: Date,
): Promise<Map<string, ItemEvidenceRecords>> {
  const span = monthSpan(month);
  const bounds: MonthBounds = { townId, from: span.from, until: span.until };
  const byPerson = new Map(personIds.map((id) => [id, emptyEvidence()]));

  for (const row of await listDutyEvidenceRows(db, bounds, personIds)) {
    const evidence = row.officer_person_id ? byPerson.get(row.officer_person_id) : undefined;
    evidence?.[DUTY_TYPE_ITEMS[row.type]].push({
      kind: 'duty_log',
      id: row.id,
      at: row.occurred_at,
      label: [DUTY_TYPE_LABELS[row.type].zh, row.place ?? row.village_name].join(' · '),
      detail: null,
      refType: 'duty_log',
      refId: row.id,
      met: null,
    });
  }

  const incidents = await listIncidentAckEvidenceRows(db, bounds, personIds);
  for (const [personId, evidence] of byPerson) {
    const mine = incidents
      .filter((row) => row.person_id === personId)
      .map((row) => ({
        id: row.id,
        number: row.number,
        receivedAt: row.received_at,
        dispatchedAt: row.dispatched_at,
        ackedAt: row.acked_at,
        arrivedAt: row.arrived_at,
        arrivalTargetMinutes: row.arrival_target_minutes,
        closedWithoutArrival: row.closed_without_arrival,
      }));
    Object.assign(evidence, incidentEvidence(mine, settings, now));
  }

  for (const row of await listMediationEvidenceRows(db, bounds)) {
    for (const personId of row.mediator_ids) {
      byPerson.get(personId)?.mediations.push({
        kind: 'mediation',
        id: row.id,
        at: row.started_at,
        label: row.number,
        detail: MEDIATION_TRACK_LABELS[row.track].zh,
        refType: 'dispute',
        refId: row.dispute_id,
        met: null,
      });
    }
  }

  for (const row of await listFollowUpEvidenceRows(db, bounds, personIds)) {
    const evidence = row.person_id ? byPerson.get(row.person_id) : undefined;
    evidence?.follow_ups.push({
      kind: 'follow_up',
      id: row.id,
      at: row.visited_at,
      label: row.number,
      detail: null,
      refType: 'dispute',
      refId: row.dispute_id,
      met: null,
    });
  }
  return byPerson;
}
