import { DEFAULT_INCIDENT_CLASSES, type IncidentClass, type RepeatReason } from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { IncidentLinksTable, IncidentPartiesTable, IncidentsTable, IncidentTimelineTable } from '../../db/schema';

export type IncidentRow = IncidentsTable;
export type IncidentPartyRow = IncidentPartiesTable;
export type IncidentTimelineRow = IncidentTimelineTable;
export type IncidentLinkRow = IncidentLinksTable;

/** An incident with the names screens show beside its ids. */
export type IncidentView = IncidentRow & {
  jurisdiction_name: string;
  jurisdiction_path: string;
  /** The village of an incident at one of its groups; null otherwise. */
  village_name: string | null;
  department_name: string | null;
  duplicate_of_number: string | null;
  dispute_number: string | null;
  responsible_officer_name: string | null;
};

/** A repeat link seen from one incident: the other incident, why, and when it was received. */
export interface IncidentRepeatRow {
  incident_id: string;
  other_id: string;
  other_number: string;
  other_received_at: string;
  reason: RepeatReason;
}

/**
 * The class `code` of a town's code table, or null when the town has no active row with that code. A town with no
 * rows at all works from the domain's defaults (DEFAULT_INCIDENT_CLASSES), so intake works before anyone has
 * configured the table; once a town has rows, only its own rows count.
 */
export async function incidentClassFor(db: Executor, townId: string, code: string): Promise<IncidentClass | null> {
  const own = await db
    .selectFrom('incident_classes')
    .select(['code', 'name', 'category', 'dispute', 'arrival_target_minutes', 'active'])
    .where('town_id', '=', townId)
    .where('code', '=', code)
    .executeTakeFirst();
  if (own) {
    if (own.active !== 1) return null;
    return {
      code: own.code,
      name: own.name,
      category: own.category,
      dispute: own.dispute === 1,
      arrivalTargetMinutes: own.arrival_target_minutes,
      active: true,
    };
  }
  const configured = await db
    .selectFrom('incident_classes')
    .select('id')
    .where('town_id', '=', townId)
    .limit(1)
    .executeTakeFirst();
  if (configured) return null;
  const fallback = DEFAULT_INCIDENT_CLASSES.find((entry) => entry.code === code);
  return fallback
    ? {
        code: fallback.code,
        name: fallback.zh,
        category: fallback.category,
        dispute: fallback.dispute,
        arrivalTargetMinutes: fallback.arrivalTargetMinutes,
        active: true,
      }
    : null;
}

function incidentViews(db: Executor) {
  return db
    .selectFrom('incidents as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .leftJoin('jurisdictions as v', (join) => join.onRef('v.id', '=', 'j.parent_id').on('j.level', '=', 'group'))
    .leftJoin('organizations as o', 'o.id', 'i.department_id')
    .leftJoin('incidents as dup', 'dup.id', 'i.duplicate_of_id')
    .leftJoin('disputes as d', 'd.id', 'i.dispute_id')
    .leftJoin('users as u', 'u.id', 'i.responsible_officer_id')
    .selectAll('i')
    .select([
      'j.name as jurisdiction_name',
      'j.path as jurisdiction_path',
      'v.name as village_name',
      'o.name as department_name',
      'dup.number as duplicate_of_number',
      'd.number as dispute_number',
      'u.display_name as responsible_officer_name',
    ]);
}

export async function findIncidentView(db: Executor, id: string): Promise<IncidentView | undefined> {
  return incidentViews(db).where('i.id', '=', id).executeTakeFirst();
}

export async function insertIncidentRow(db: Executor, row: IncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function updateIncidentRow(db: Executor, id: string, patch: Updateable<IncidentsTable>): Promise<void> {
  await db.updateTable('incidents').set(patch).where('id', '=', id).execute();
}

export async function insertIncidentPartyRows(db: Executor, rows: readonly IncidentPartyRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('incident_parties')
      .values([...rows])
      .execute();
}

/** The parties of some incidents, in the order they were recorded. */
export async function listIncidentPartyRows(db: Executor, incidentIds: readonly string[]): Promise<IncidentPartyRow[]> {
  if (incidentIds.length === 0) return [];
  return db
    .selectFrom('incident_parties')
    .selectAll()
    .where('incident_id', 'in', [...incidentIds])
    .orderBy('incident_id')
    .orderBy('id')
    .execute();
}

export async function findIncidentPartyRow(
  db: Executor,
  incidentId: string,
  partyId: string,
): Promise<IncidentPartyRow | undefined> {
  return db
    .selectFrom('incident_parties')
    .selectAll()
    .where('incident_id', '=', incidentId)
    .where('id', '=', partyId)
    .executeTakeFirst();
}

export async function insertIncidentTimelineRow(db: Executor, row: IncidentTimelineRow): Promise<void> {
  await db.insertInto('incident_timeline').values(row).execute();
}

export async function listIncidentTimelineRows(db: Executor, incidentId: string): Promise<IncidentTimelineRow[]> {
  return db.selectFrom('incident_timeline').selectAll().where('incident_id', '=', incidentId).orderBy('id').execute();
}

/**
 * The repeats of some incidents, whichever side of a link each stands on, with the other incident's number and
 * receipt time: one query for a whole page.
 */
export async function listIncidentRepeats(db: Executor, incidentIds: readonly string[]): Promise<IncidentRepeatRow[]> {
  if (incidentIds.length === 0) return [];
  const ids = [...incidentIds];
  const later = db
    .selectFrom('incident_links as l')
    .innerJoin('incidents as o', 'o.id', 'l.other_id')
    .select([
      'l.incident_id as incident_id',
      'l.other_id as other_id',
      'o.number as other_number',
      'o.received_at as other_received_at',
      'l.reason as reason',
    ])
    .where('l.incident_id', 'in', ids);
  const earlier = db
    .selectFrom('incident_links as l')
    .innerJoin('incidents as o', 'o.id', 'l.incident_id')
    .select([
      'l.other_id as incident_id',
      'l.incident_id as other_id',
      'o.number as other_number',
      'o.received_at as other_received_at',
      'l.reason as reason',
    ])
    .where('l.other_id', 'in', ids);
  return db
    .selectFrom(later.unionAll(earlier).as('r'))
    .selectAll()
    .orderBy('r.incident_id')
    .orderBy('r.other_received_at', 'desc')
    .orderBy('r.other_id')
    .orderBy('r.reason')
    .execute();
}
