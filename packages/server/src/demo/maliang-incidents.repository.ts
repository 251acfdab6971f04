import type { RiskGrade, RiskReason } from '@fengqiao/domain';
import type { Executor } from '../db/database';
import { toJson } from '../db/json-column';
import type {
  DisputePartiesTable,
  IncidentLinksTable,
  IncidentPartiesTable,
  IncidentsTable,
  IncidentTimelineTable,
} from '../db/schema';
import { insertChunked } from './maliang-disputes.repository';

/** Every row of a batch of generated incidents, table by table (demo seed only). */
export interface IncidentRowSet {
  incidents: IncidentsTable[];
  parties: IncidentPartiesTable[];
  timeline: IncidentTimelineTable[];
  links: IncidentLinksTable[];
}

export function emptyIncidentRowSet(): IncidentRowSet {
  return { incidents: [], parties: [], timeline: [], links: [] };
}

/**
 * Bulk insert of generated incidents in foreign-key order (duplicates point at earlier incidents, so the rows go
 * in the order they were received). Bypasses the services on purpose: the generator has already walked the state
 * machine, and a few statements keep the demo's start-up fast.
 */
export async function insertIncidentRowSet(db: Executor, rows: IncidentRowSet): Promise<void> {
  const incidents = [...rows.incidents].sort((a, b) => a.received_at.localeCompare(b.received_at));
  await insertChunked(db, 'incidents', incidents);
  await insertChunked(db, 'incident_parties', rows.parties);
  await insertChunked(db, 'incident_timeline', rows.timeline);
  await insertChunked(db, 'incident_links', rows.links);
}

/** A seeded dispute that came from a police incident, with what its originating incident needs to carry. */
export interface IncidentSourcedDispute {
  id: string;
  jurisdiction_id: string;
  category: string;
  summary: string;
  created_at: string;
  flag_threats: number;
  flag_weapons: number;
  flag_domestic_violence: number;
  flag_mental_disorder: number;
  grievance_started_on: string | null;
  people_involved: number;
  /** When its risk was graded: only the registration when a single time. */
  risk_graded_at: string[];
  parties: DisputePartiesTable[];
}

/** The town's disputes registered from an incident (source `incident`), oldest first, with their parties. */
export async function listIncidentSourcedDisputes(db: Executor, townId: string): Promise<IncidentSourcedDispute[]> {
  const disputes = await db
    .selectFrom('disputes')
    .select([
      'id',
      'jurisdiction_id',
      'category',
      'summary',
      'created_at',
      'flag_threats',
      'flag_weapons',
      'flag_domestic_violence',
      'flag_mental_disorder',
      'grievance_started_on',
      'people_involved',
    ])
    .where('town_id', '=', townId)
    .where('source', '=', 'incident')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  if (disputes.length === 0) return [];
  const parties = await db
    .selectFrom('dispute_parties as p')
    .innerJoin('disputes as d', 'd.id', 'p.dispute_id')
    .selectAll('p')
    .where('d.town_id', '=', townId)
    .where('d.source', '=', 'incident')
    .orderBy('p.dispute_id')
    .orderBy('p.id')
    .execute();
  const grades = await db
    .selectFrom('dispute_risk_history as r')
    .innerJoin('disputes as d', 'd.id', 'r.dispute_id')
    .select(['r.dispute_id', 'r.at'])
    .where('d.town_id', '=', townId)
    .where('d.source', '=', 'incident')
    .orderBy('r.dispute_id')
    .orderBy('r.at')
    .execute();
  const byDispute = new Map<string, DisputePartiesTable[]>();
  for (const party of parties) {
    const list = byDispute.get(party.dispute_id) ?? [];
    list.push(party);
    byDispute.set(party.dispute_id, list);
  }
  const gradedAt = new Map<string, string[]>();
  for (const grade of grades) gradedAt.set(grade.dispute_id, [...(gradedAt.get(grade.dispute_id) ?? []), grade.at]);
  return disputes.map((d) => ({ ...d, risk_graded_at: gradedAt.get(d.id) ?? [], parties: byDispute.get(d.id) ?? [] }));
}

/** Population of every village and community (the demo holds one town), in their sort order. */
export async function listVillagePopulations(db: Executor): Promise<{ id: string; population: number | null }[]> {
  return db
    .selectFrom('jurisdictions')
    .select(['id', 'population'])
    .where('level', 'in', ['village', 'community'])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

/** District officers without an account, in the order of their first district, with the districts they cover. */
export async function listOfficersWithoutAccount(
  db: Executor,
): Promise<{ personId: string; name: string; districtIds: string[] }[]> {
  const rows = await db
    .selectFrom('assignments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .innerJoin('jurisdictions as j', 'j.id', 'a.jurisdiction_id')
    .leftJoin('users as u', 'u.person_id', 'p.id')
    .select(['p.id as person_id', 'p.name', 'a.jurisdiction_id'])
    .where('a.duty', '=', 'district_officer')
    .where('u.id', 'is', null)
    .orderBy('j.sort_order')
    .orderBy('j.id')
    .execute();
  const officers = new Map<string, { personId: string; name: string; districtIds: string[] }>();
  for (const row of rows) {
    const officer = officers.get(row.person_id) ?? { personId: row.person_id, name: row.name, districtIds: [] };
    officer.districtIds.push(row.jurisdiction_id);
    officers.set(row.person_id, officer);
  }
  return [...officers.values()];
}

/**
 * What a dispute learns from the incidents it came from: their ids and, when it was graded only at registration,
 * the grade it gets with them (the incidents were there when it was registered).
 */
export interface DisputeIncidentLink {
  disputeId: string;
  incidentIds: string[];
  /** The referral registers the dispute as having happened on the day of the call. */
  occurredOn: string;
  regraded: { at: string; grade: RiskGrade; reasons: RiskReason[] } | null;
}

/** Points the disputes at their originating incidents and stores the grade those incidents give them. */
export async function linkDisputesToIncidents(db: Executor, links: readonly DisputeIncidentLink[]): Promise<void> {
  for (const { disputeId, incidentIds, occurredOn, regraded } of links) {
    await db
      .updateTable('disputes')
      .set({
        incident_ids: toJson(incidentIds),
        occurred_on: occurredOn,
        ...(regraded ? { risk_grade: regraded.grade, risk_reasons: toJson(regraded.reasons) } : {}),
      })
      .where('id', '=', disputeId)
      .execute();
    if (!regraded) continue;
    await db
      .updateTable('dispute_risk_history')
      .set({ grade: regraded.grade, reasons: toJson(regraded.reasons) })
      .where('dispute_id', '=', disputeId)
      .where('at', '=', regraded.at)
      .execute();
  }
}
