import type { HazardPhotoKind, HazardSource, HazardState, Role } from '@fengqiao/domain';
import { type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import type { HazardEventsTable, HazardPhotosTable, HazardsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type HazardRow = HazardsTable;
/** A hazard with the name screens show for its village. */
export type HazardView = HazardRow & { village_name: string };
export type HazardEventRow = HazardEventsTable;
export type HazardPhotoRow = HazardPhotosTable;

/** Rows per multi-row statement: 38 columns × 500 = 19,000 bound parameters, under SQLite's 32,766. */
const CHUNK = 500;

/**
 * Who reads a hazard: the hazard.read scope (a village's readers its hazards; department staff those assigned to
 * their department) and its reporter always, whatever their scope (a patrol volunteer sees what he reported).
 */
export interface HazardVisibility {
  scope: Scope;
  reporterUserId: string;
}

function visibleSql(visibility: HazardVisibility) {
  const scoped = inScopeSql(visibility.scope, {
    town: 'h.town_id',
    jurisdiction: 'h.jurisdiction_id',
    assignedTo: (organizationIds) => sql<SqlBool>`h.assignee_organization_id in (${sql.join(organizationIds)})`,
  });
  return sql<SqlBool>`(${scoped} or h.reported_by = ${visibility.reporterUserId})`;
}

export interface HazardFilter {
  states?: readonly HazardState[] | undefined;
  source?: HazardSource | undefined;
  villageId?: string | undefined;
  /** The villages of a district (a village's parent is its district). */
  districtId?: string | undefined;
  /** Due on or before this day (inclusive). */
  dueBy?: string | undefined;
  /** Due on or after this day (inclusive). */
  dueFrom?: string | undefined;
  /** Reported at or after / before these instants (UTC ISO). */
  reportedFrom?: string | undefined;
  reportedBefore?: string | undefined;
  /** Verified at or after / before these instants (UTC ISO). */
  fixedFrom?: string | undefined;
  fixedBefore?: string | undefined;
  /** The sort key of the last row of the previous page (newest report first). */
  after?: { reportedAt: string; id: string } | null | undefined;
  limit: number;
}

export async function insertHazardRows(db: Executor, rows: readonly HazardRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('hazards')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Changes a hazard only while it is in `state`: false when another request moved it on meanwhile. */
export async function updateHazardRow(
  db: Executor,
  id: string,
  state: HazardState,
  patch: Updateable<HazardsTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('hazards')
    .set(patch)
    .where('id', '=', id)
    .where('state', '=', state)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function hazardsWithNames(db: Executor) {
  return db
    .selectFrom('hazards as h')
    .innerJoin('jurisdictions as v', 'v.id', 'h.jurisdiction_id')
    .selectAll('h')
    .select(['v.name as village_name']);
}

export async function findHazardView(db: Executor, id: string): Promise<HazardView | undefined> {
  return hazardsWithNames(db).where('h.id', '=', id).executeTakeFirst();
}

function matchingHazards(db: Executor, visibility: HazardVisibility, filter: Omit<HazardFilter, 'after' | 'limit'>) {
  let q = hazardsWithNames(db).where(visibleSql(visibility));
  if (filter.states) q = q.where('h.state', 'in', [...filter.states]);
  if (filter.source) q = q.where('h.source', '=', filter.source);
  if (filter.villageId) q = q.where('h.jurisdiction_id', '=', filter.villageId);
  if (filter.dueBy) q = q.where('h.due_on', '<=', filter.dueBy);
  if (filter.dueFrom) q = q.where('h.due_on', '>=', filter.dueFrom);
  if (filter.reportedFrom) q = q.where('h.reported_at', '>=', filter.reportedFrom);
  if (filter.reportedBefore) q = q.where('h.reported_at', '<', filter.reportedBefore);
  if (filter.districtId) q = q.where('v.parent_id', '=', filter.districtId);
  if (filter.fixedFrom || filter.fixedBefore) q = q.where('h.state', '=', 'verified');
  if (filter.fixedFrom) q = q.where('h.verified_at', '>=', filter.fixedFrom);
  if (filter.fixedBefore) q = q.where('h.verified_at', '<', filter.fixedBefore);
  return q;
}

/** A page of the hazards the caller may read, newest report first; ask for limit + 1 to know whether more exist. */
export async function listHazardViews(
  db: Executor,
  visibility: HazardVisibility,
  filter: HazardFilter,
): Promise<HazardView[]> {
  let q = matchingHazards(db, visibility, filter);
  const after = filter.after;
  if (after) {
    q = q.where(
      sql<SqlBool>`(h.reported_at < ${after.reportedAt} or (h.reported_at = ${after.reportedAt} and h.id < ${after.id}))`,
    );
  }
  return q.orderBy('h.reported_at', 'desc').orderBy('h.id', 'desc').limit(filter.limit).execute();
}

/** How many hazards the list with the same filter holds in all (the home page's figure beside its first few). */
export async function countHazardViews(
  db: Executor,
  visibility: HazardVisibility,
  filter: Omit<HazardFilter, 'after' | 'limit'>,
): Promise<number> {
  const row = await matchingHazards(db, visibility, filter)
    .clearSelect()
    .select(countAll.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Open hazards whose last day is before `today`, oldest deadline first: the overdue reminders' candidates. */
export async function listOverdueHazardRows(db: Executor, today: string): Promise<HazardRow[]> {
  return db
    .selectFrom('hazards')
    .selectAll()
    .where('state', 'in', ['reported', 'assigned'])
    .where('due_on', '<', today)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

/** Claims a reminder key; false when it was sent already (the key exists). */
export async function claimHazardReminder(db: Executor, key: string, hazardId: string, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto('hazard_reminders')
    .values({ key, hazard_id: hazardId, sent_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertHazardEventRows(db: Executor, rows: readonly HazardEventRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('hazard_events')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** The history of one hazard, oldest first. */
export async function listHazardEventRows(db: Executor, hazardId: string): Promise<HazardEventRow[]> {
  return db.selectFrom('hazard_events').selectAll().where('hazard_id', '=', hazardId).orderBy('id').execute();
}

export async function insertHazardPhotoRows(db: Executor, rows: readonly HazardPhotoRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('hazard_photos')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findHazardPhotoRow(db: Executor, id: string): Promise<HazardPhotoRow | undefined> {
  return db.selectFrom('hazard_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The photos of one hazard, oldest first. */
export async function listHazardPhotoRows(db: Executor, hazardId: string): Promise<HazardPhotoRow[]> {
  return db.selectFrom('hazard_photos').selectAll().where('hazard_id', '=', hazardId).orderBy('id').execute();
}

/** How many photos of a kind and round a hazard has (a rectification needs one of its round). */
export async function countHazardPhotos(
  db: Executor,
  hazardId: string,
  kind: HazardPhotoKind,
  round: number,
): Promise<number> {
  const row = await db
    .selectFrom('hazard_photos')
    .select(countAll.as('n'))
    .where('hazard_id', '=', hazardId)
    .where('kind', '=', kind)
    .where('round', '=', round)
    .executeTakeFirstOrThrow();
  return row.n;
}

/**
 * Active accounts holding one of `roles` on a jurisdiction (`jurisdictionId`, e.g. a village's auxiliary officer and
 * cadres) or anywhere in a town (`townId`, e.g. the chief), for a hazard's notifications.
 */
export async function listHazardRoleUsers(
  db: Executor,
  place: { townId: string; jurisdictionId?: string | undefined },
  roles: readonly Role[],
): Promise<string[]> {
  let q = db
    .selectFrom('user_roles as ur')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
    .select('u.id')
    .where('ur.role', 'in', [...roles])
    .where('u.status', '=', 'active');
  q = place.jurisdictionId
    ? q.where('j.id', '=', place.jurisdictionId)
    : q.where((eb) => eb.or([eb('j.id', '=', place.townId), eb('j.town_id', '=', place.townId)]));
  const rows = await q.distinct().orderBy('u.id').execute();
  return rows.map((row) => row.id);
}
