/**
 * The records behind each score (every score shows them): what the server reads from the duty log, the incident
 * timeline and the disputes module becomes one list of evidence records per item, and the counts the arithmetic
 * uses are taken from those lists, so a score and the list it shows can never disagree.
 */
import { arrivalOf } from '../incidents/incident-arrival';
import { type Instant, toDate } from '../shared/shanghai-time';
import { ASSESSMENT_ITEM_KINDS, type AssessmentItem, type AssessmentSettings, perItem } from './assessment-items';
import type { ItemEvidence } from './assessment-score';

export const EVIDENCE_KINDS = ['duty_log', 'incident', 'mediation', 'follow_up'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The record a link opens: a duty log entry, an incident, or the dispute a mediation or visit belongs to. */
export const EVIDENCE_REF_TYPES = ['duty_log', 'incident', 'dispute'] as const;
export type EvidenceRefType = (typeof EVIDENCE_REF_TYPES)[number];

export interface EvidenceRecord {
  kind: EvidenceKind;
  id: string;
  /** When it happened (ISO UTC): the duty's time, the acknowledgement, the mediation's start, the visit. */
  at: string;
  /** What screens show: the incident's or dispute's number, the duty's place. */
  label: string;
  /** A short fact behind a share: minutes to acknowledge or to arrive. */
  detail: string | null;
  refType: EvidenceRefType;
  refId: string;
  /** For a share item: whether this record met the time; null for a count item. */
  met: boolean | null;
}

export type ItemEvidenceRecords = Record<AssessmentItem, EvidenceRecord[]>;

export function emptyEvidence(): ItemEvidenceRecords {
  return perItem(() => []);
}

/** The counts the arithmetic uses, from the evidence lists: a count item's length, a share item's met of measured. */
export function evidenceCounts(evidence: ItemEvidenceRecords): Record<AssessmentItem, ItemEvidence> {
  return perItem((item): ItemEvidence => {
    const records = evidence[item];
    if (ASSESSMENT_ITEM_KINDS[item] === 'count') return { count: records.length };
    return { met: records.filter((r) => r.met === true).length, of: records.length };
  });
}

/** An incident the officer acknowledged, with the stamps the timeliness items measure. */
export interface AcknowledgedIncident {
  id: string;
  number: string;
  receivedAt: string;
  dispatchedAt: string | null;
  ackedAt: string;
  arrivedAt: string | null;
  arrivalTargetMinutes: number;
  /** Closed as invalid or duplicate without anyone arriving: there is no arrival to measure. */
  closedWithoutArrival: boolean;
}

const MINUTE = 60_000;

/**
 * The three incident items: every acknowledged incident counts; it was acknowledged in time when at most
 * `ackWithinMinutes` passed from dispatch to acknowledgement; its arrival is measured with the class's target
 * (`arrivalOf`): on time or late once someone arrived, late once the target passed without arrival, not measured
 * while still within the target or when no arrival was needed.
 */
export function incidentEvidence(
  incidents: readonly AcknowledgedIncident[],
  settings: AssessmentSettings,
  now: Instant = new Date(),
): Pick<ItemEvidenceRecords, 'incidents_acked' | 'ack_timely' | 'arrival_timely'> {
  const base = (incident: AcknowledgedIncident) => ({
    kind: 'incident' as const,
    id: incident.id,
    at: incident.ackedAt,
    label: incident.number,
    refType: 'incident' as const,
    refId: incident.id,
  });
  const acked: EvidenceRecord[] = [];
  const ackTimely: EvidenceRecord[] = [];
  const arrivalTimely: EvidenceRecord[] = [];
  for (const incident of incidents) {
    acked.push({ ...base(incident), detail: null, met: null });
    if (incident.dispatchedAt) {
      const minutes = Math.max(
        0,
        Math.floor((toDate(incident.ackedAt).getTime() - toDate(incident.dispatchedAt).getTime()) / MINUTE),
      );
      ackTimely.push({ ...base(incident), detail: `${minutes}`, met: minutes <= settings.ackWithinMinutes });
    }
    const arrival = arrivalOf(incident, now);
    if (arrival.status === 'on_time' || arrival.status === 'late' || arrival.status === 'overdue') {
      arrivalTimely.push({ ...base(incident), detail: `${arrival.minutes ?? 0}`, met: !arrival.late });
    }
  }
  return { incidents_acked: acked, ack_timely: ackTimely, arrival_timely: arrivalTimely };
}
