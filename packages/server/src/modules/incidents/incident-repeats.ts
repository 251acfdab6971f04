import { repeatWindowEnd, repeatWindowStart } from '@fengqiao/domain';
import { newId, nowIso } from '../../platform/ids';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { regradeDispute } from '../disputes/risk-grading';
import {
  insertIncidentLinks,
  listIncidentLinks,
  listRepeatCandidates,
  type RepeatCandidate,
  type RepeatSubject,
} from './incident-repeats.repository';
import {
  type IncidentLinkRow,
  type IncidentPartyRow,
  type IncidentTimelineRow,
  insertIncidentTimelineRows,
} from './incidents.repository';

/** The incidents newly linked, and the incident's own timeline entries written with the check (in id order). */
export interface LinkedRepeats {
  linked: RepeatCandidate[];
  timeline: IncidentTimelineRow[];
}

/** The blind indexes of one party of the incident. */
export type RepeatParty = Pick<IncidentPartyRow, 'id_number_bidx' | 'phone_bidx'>;

/**
 * Repeat detection (domain.md §4), run in the unit of work of the change that may create a repeat (intake, a party
 * added): other incidents of the same town received within `windowDays` Shanghai days either side that share a
 * party (blind index of ID number or phone) or the address (blind index of the domain's `addressKey`) are linked,
 * one link row per pair and reason (`incident_id` the later one, read both ways), with a `repeat_linked` timeline
 * entry on both incidents. Disputes referred from any incident of a new pair are re-graded, so the repeat raises
 * their risk at once. The caller passes the incident and all its parties as it has just written them (no re-read),
 * and may pass timeline entries of its own change (`entries`), written in the same insert as the check's.
 */
export async function linkRepeats(
  uow: UnitOfWork,
  subject: RepeatSubject,
  parties: readonly RepeatParty[],
  windowDays: number,
  entries: readonly IncidentTimelineRow[] = [],
): Promise<LinkedRepeats> {
  const { tx, ctx } = uow;
  const present = (values: (string | null)[]) => [...new Set(values.filter((value) => value !== null))];
  const candidates = await listRepeatCandidates(tx, {
    townId: subject.town_id,
    excludeId: subject.id,
    from: repeatWindowStart(subject.received_at, windowDays),
    until: repeatWindowEnd(subject.received_at, windowDays),
    idNumberIndexes: present(parties.map((party) => party.id_number_bidx)),
    phoneIndexes: present(parties.map((party) => party.phone_bidx)),
    addressIndex: subject.address_bidx,
  });
  const none = async () => {
    await insertIncidentTimelineRows(tx, entries);
    return { linked: [], timeline: [...entries] };
  };
  if (candidates.length === 0) return none();
  const existing = new Set(
    (await listIncidentLinks(tx, subject.id)).map((link) => `${otherEnd(link, subject.id)}|${link.reason}`),
  );
  const fresh = candidates.filter((candidate) => !existing.has(`${candidate.id}|${candidate.reason}`));
  if (fresh.length === 0) return none();
  const at = nowIso();
  await insertIncidentLinks(
    tx,
    fresh.map((candidate) => linkRow(subject, candidate, at)),
  );
  const actor = ctx.actor;
  // One entry per pair on each incident, pointing at the other one; why they are linked is in the links (the
  // record's `repeats`), so the entry carries no text of its own.
  const entry = (incident: { id: string; town_id: string; jurisdiction_id: string }, otherId: string) =>
    ({
      id: newId(),
      incident_id: incident.id,
      town_id: incident.town_id,
      jurisdiction_id: incident.jurisdiction_id,
      at,
      event: 'repeat_linked',
      actor_id: actor?.userId ?? null,
      actor_name: actor?.displayName ?? null,
      from_state: null,
      to_state: null,
      note: null,
      ref_id: otherId,
    }) satisfies IncidentTimelineRow;
  const others = new Map(fresh.map((candidate) => [candidate.id, candidate]));
  const own = [...entries];
  const theirs: IncidentTimelineRow[] = [];
  for (const other of others.values()) {
    own.push(entry(subject, other.id));
    theirs.push(entry({ id: other.id, town_id: subject.town_id, jurisdiction_id: other.jurisdiction_id }, subject.id));
  }
  await insertIncidentTimelineRows(tx, [...own, ...theirs]);
  // The disputes referred from either end of a new link; the candidates carry theirs, so nothing is read again.
  const disputeIds = new Set([subject.dispute_id, ...fresh.map((candidate) => candidate.dispute_id)]);
  for (const disputeId of disputeIds) if (disputeId !== null) await regradeDispute(uow, disputeId);
  return { linked: fresh, timeline: own };
}

/** The later of the two (by received_at, then id) is `incident_id`, so one pair has one row per reason. */
function linkRow(subject: RepeatSubject, candidate: RepeatCandidate, at: string): IncidentLinkRow {
  const subjectLater =
    subject.received_at > candidate.received_at ||
    (subject.received_at === candidate.received_at && subject.id > candidate.id);
  const later = subjectLater ? subject : candidate;
  return {
    incident_id: later.id,
    other_id: subjectLater ? candidate.id : subject.id,
    town_id: subject.town_id,
    jurisdiction_id: later.jurisdiction_id,
    reason: candidate.reason,
    created_at: at,
  };
}

function otherEnd(link: IncidentLinkRow, incidentId: string): string {
  return link.incident_id === incidentId ? link.other_id : link.incident_id;
}
