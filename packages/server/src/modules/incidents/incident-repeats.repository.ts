import type { RepeatReason } from '@fengqiao/domain';
import { compiledOnce } from '../../db/compiled-query';
import type { Executor } from '../../db/database';
import type { IncidentLinkRow } from './incidents.repository';

/** What repeat detection needs of one incident: where it is, when it came in, and its address's blind index. */
export interface RepeatSubject {
  id: string;
  number: string;
  town_id: string;
  jurisdiction_id: string;
  received_at: string;
  address_bidx: string | null;
  dispute_id: string | null;
}

export interface RepeatCandidate {
  id: string;
  number: string;
  jurisdiction_id: string;
  received_at: string;
  dispute_id: string | null;
  reason: RepeatReason;
}

export interface RepeatKeys {
  townId: string;
  excludeId: string;
  /** Received at or after this instant and before `until`. */
  from: string;
  until: string;
  idNumberIndexes: readonly string[];
  phoneIndexes: readonly string[];
  addressIndex: string | null;
}

/**
 * Other incidents of the same town within the window sharing a party (ID number or phone, by blind index) or the
 * address: one row per incident and reason. Both lookups use the town-first indexes of migration 0008.
 */
export async function listRepeatCandidates(db: Executor, keys: RepeatKeys): Promise<RepeatCandidate[]> {
  const out: RepeatCandidate[] = [];
  const ids = [...keys.idNumberIndexes];
  const phones = [...keys.phoneIndexes];
  if (ids.length > 0 || phones.length > 0) {
    // Each branch of the OR names the town and one blind-index column, so SQLite answers it from that column's
    // town-first index (one OR over both columns under a shared town_id made it walk the town's parties).
    const rows = await db
      .selectFrom('incident_parties as p')
      .innerJoin('incidents as i', 'i.id', 'p.incident_id')
      .select(['i.id', 'i.number', 'i.jurisdiction_id', 'i.received_at', 'i.dispute_id'])
      .distinct()
      .where((eb) =>
        eb.or([
          ...(ids.length > 0 ? [eb.and([eb('p.town_id', '=', keys.townId), eb('p.id_number_bidx', 'in', ids)])] : []),
          ...(phones.length > 0 ? [eb.and([eb('p.town_id', '=', keys.townId), eb('p.phone_bidx', 'in', phones)])] : []),
        ]),
      )
      .where('i.id', '!=', keys.excludeId)
      .where('i.received_at', '>=', keys.from)
      .where('i.received_at', '<', keys.until)
      .execute();
    for (const row of rows) out.push({ ...row, reason: 'same_party' });
  }
  if (keys.addressIndex !== null) {
    const rows = await db
      .selectFrom('incidents as i')
      .select(['i.id', 'i.number', 'i.jurisdiction_id', 'i.received_at', 'i.dispute_id'])
      .where('i.town_id', '=', keys.townId)
      .where('i.address_bidx', '=', keys.addressIndex)
      .where('i.id', '!=', keys.excludeId)
      .where('i.received_at', '>=', keys.from)
      .where('i.received_at', '<', keys.until)
      .execute();
    for (const row of rows) out.push({ ...row, reason: 'same_address' });
  }
  return out;
}

/** The links an incident already has, either way round. */
export function listIncidentLinks(db: Executor, incidentId: string): Promise<IncidentLinkRow[]> {
  return incidentLinks(db, incidentId);
}

/** Run by every repeat check that finds candidates, so compiled once (db/compiled-query.ts). */
const incidentLinks = compiledOnce((db, incidentId) =>
  db
    .selectFrom('incident_links')
    .selectAll()
    .where((eb) => eb.or([eb('incident_id', '=', incidentId), eb('other_id', '=', incidentId)])),
);

export async function insertIncidentLinks(db: Executor, rows: readonly IncidentLinkRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('incident_links')
    .values([...rows])
    .onConflict((oc) => oc.columns(['incident_id', 'other_id', 'reason']).doNothing())
    .execute();
}

export interface DisputeIncident {
  id: string;
  number: string;
  received_at: string;
}

/**
 * The real incidents behind a dispute: those referred into it (the incident's dispute_id, or an incident of the
 * dispute's town named in its incident_ids) and every incident linked to one of them as a repeat.
 */
export async function listDisputeIncidents(
  db: Executor,
  dispute: { id: string; town_id: string; incident_ids: readonly string[] },
): Promise<DisputeIncident[]> {
  const named = [...dispute.incident_ids];
  const referred = await db
    .selectFrom('incidents')
    .select(['id', 'number', 'received_at'])
    .where('town_id', '=', dispute.town_id)
    .where((eb) =>
      named.length > 0
        ? eb.or([eb('dispute_id', '=', dispute.id), eb('id', 'in', named)])
        : eb('dispute_id', '=', dispute.id),
    )
    .execute();
  if (referred.length === 0) return [];
  const ids = referred.map((row) => row.id);
  const links = await db
    .selectFrom('incident_links')
    .select(['incident_id', 'other_id'])
    .where((eb) => eb.or([eb('incident_id', 'in', ids), eb('other_id', 'in', ids)]))
    .execute();
  const known = new Set(ids);
  const linked = [...new Set(links.flatMap((link) => [link.incident_id, link.other_id]))].filter(
    (id) => !known.has(id),
  );
  const repeats =
    linked.length === 0
      ? []
      : await db
          .selectFrom('incidents')
          .select(['id', 'number', 'received_at'])
          .where('town_id', '=', dispute.town_id)
          .where('id', 'in', linked)
          .execute();
  const byId = new Map<string, DisputeIncident>();
  for (const row of [...referred, ...repeats]) byId.set(row.id, row);
  return [...byId.values()].sort((a, b) => a.received_at.localeCompare(b.received_at) || a.id.localeCompare(b.id));
}
