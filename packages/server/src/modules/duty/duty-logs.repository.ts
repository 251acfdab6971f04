import type { DutyType } from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import type { DutyLogLinksTable, DutyLogPhotosTable, DutyLogsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type DutyLogRow = DutyLogsTable;
export type DutyLinkRow = DutyLogLinksTable;
/** A link with the place of the record it names (null when that record is of the other kind), for its policy. */
export type DutyLinkPlaceRow = DutyLinkRow & {
  incident_town_id: string | null;
  incident_jurisdiction_id: string | null;
  dispute_town_id: string | null;
  dispute_jurisdiction_id: string | null;
};
export type DutyPhotoRow = DutyLogPhotosTable;
/** An entry with its village's name, as lists and the entry page show it. */
export type DutyLogView = DutyLogRow & { village_name: string };

/** Rows per multi-row statement: 12 columns × 2,000 = 24,000 bound parameters, under SQLite's 32,766. */
const CHUNK = 2000;

const SCOPE_COLUMNS = { town: 'l.town_id', jurisdiction: 'l.jurisdiction_id' };

export interface DutyLogFilter {
  villageId?: string | undefined;
  officerUserId?: string | undefined;
  type?: DutyType | undefined;
  /** Inclusive Shanghai days. */
  fromDay?: string | undefined;
  toDay?: string | undefined;
  /** The sort key of the last row of the previous page (newest first). */
  after?: { occurredAt: string; id: string } | null | undefined;
  limit: number;
}

/** Many entries in few statements: the create path writes one, the demo a year of them. */
export async function insertDutyLogRows(db: Executor, rows: readonly DutyLogRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('duty_logs')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function insertDutyLinkRows(db: Executor, rows: readonly DutyLinkRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('duty_log_links')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findDutyLogView(db: Executor, id: string): Promise<DutyLogView | undefined> {
  return db
    .selectFrom('duty_logs as l')
    .innerJoin('jurisdictions as v', 'v.id', 'l.jurisdiction_id')
    .selectAll('l')
    .select('v.name as village_name')
    .where('l.id', '=', id)
    .executeTakeFirst();
}

/** A page of entries in the scope, newest first by (occurred_at, id); ask for limit + 1 to know whether more exist. */
export async function listDutyLogViews(db: Executor, scope: Scope, filter: DutyLogFilter): Promise<DutyLogView[]> {
  let q = db
    .selectFrom('duty_logs as l')
    .innerJoin('jurisdictions as v', 'v.id', 'l.jurisdiction_id')
    .selectAll('l')
    .select('v.name as village_name')
    .where(inScopeSql(scope, SCOPE_COLUMNS));
  if (scope.townIds.size === 0 && scope.jurisdictionIds.size > 0) {
    // A scope of villages only (an auxiliary officer's): naming their town, always true of its rows, lets the scope
    // index (town_id, jurisdiction_id, occurred_at) serve it instead of a scan of every entry and a sort.
    q = q.where(
      'l.town_id',
      'in',
      db
        .selectFrom('jurisdictions')
        .select('town_id')
        .where('id', 'in', [...scope.jurisdictionIds]),
    );
  }
  if (filter.villageId) q = q.where('l.jurisdiction_id', '=', filter.villageId);
  if (filter.officerUserId) q = q.where('l.officer_user_id', '=', filter.officerUserId);
  if (filter.type) q = q.where('l.type', '=', filter.type);
  if (filter.fromDay) q = q.where('l.occurred_on', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('l.occurred_on', '<=', filter.toDay);
  const after = filter.after;
  if (after) {
    q = q.where(
      sql<SqlBool>`(l.occurred_at < ${after.occurredAt} or (l.occurred_at = ${after.occurredAt} and l.id < ${after.id}))`,
    );
  }
  return q.orderBy('l.occurred_at', 'desc').orderBy('l.id', 'desc').limit(filter.limit).execute();
}

/** The links of a page of entries in one query. */
export async function listDutyLinkRows(db: Executor, dutyLogIds: readonly string[]): Promise<DutyLinkPlaceRow[]> {
  if (dutyLogIds.length === 0) return [];
  return db
    .selectFrom('duty_log_links')
    .leftJoin('incidents', (join) =>
      join.onRef('incidents.id', '=', 'duty_log_links.target_id').on('duty_log_links.kind', '=', 'incident'),
    )
    .leftJoin('disputes', (join) =>
      join.onRef('disputes.id', '=', 'duty_log_links.target_id').on('duty_log_links.kind', '=', 'dispute'),
    )
    .selectAll('duty_log_links')
    .select([
      'incidents.town_id as incident_town_id',
      'incidents.jurisdiction_id as incident_jurisdiction_id',
      'disputes.town_id as dispute_town_id',
      'disputes.jurisdiction_id as dispute_jurisdiction_id',
    ])
    .where('duty_log_id', 'in', [...dutyLogIds])
    .orderBy('duty_log_id')
    .orderBy('kind')
    .orderBy('target_id')
    .execute();
}

/** The photo ids of a page of entries in one query, oldest first. */
export async function listDutyPhotoIds(
  db: Executor,
  dutyLogIds: readonly string[],
): Promise<{ id: string; duty_log_id: string }[]> {
  if (dutyLogIds.length === 0) return [];
  return db
    .selectFrom('duty_log_photos')
    .select(['id', 'duty_log_id'])
    .where('duty_log_id', 'in', [...dutyLogIds])
    .orderBy('duty_log_id')
    .orderBy('id')
    .execute();
}

/** An officer's entries in the scope between two instants, counted per Shanghai day and type. */
export async function countDutyCalendar(
  db: Executor,
  scope: Scope,
  officerUserId: string,
  range: { from: string; until: string },
): Promise<{ occurred_on: string; type: DutyType; count: number }[]> {
  return db
    .selectFrom('duty_logs as l')
    .select(['l.occurred_on', 'l.type', countAll.as('count')])
    .where('l.officer_user_id', '=', officerUserId)
    .where('l.occurred_at', '>=', range.from)
    .where('l.occurred_at', '<', range.until)
    .where(inScopeSql(scope, SCOPE_COLUMNS))
    .groupBy(['l.occurred_on', 'l.type'])
    .orderBy('l.occurred_on')
    .execute();
}

/** The officers with entries in the scope since a day, with their latest name and village and how many entries. */
export async function listDutyOfficers(
  db: Executor,
  scope: Scope,
  sinceDay: string,
): Promise<{ officer_user_id: string; officer_name: string; village_name: string; count: number }[]> {
  return db
    .selectFrom('duty_logs as l')
    .innerJoin('jurisdictions as v', 'v.id', 'l.jurisdiction_id')
    .select([
      'l.officer_user_id',
      sql<string>`max(l.officer_name)`.as('officer_name'),
      sql<string>`max(v.name)`.as('village_name'),
      countAll.as('count'),
    ])
    .where(inScopeSql(scope, SCOPE_COLUMNS))
    .where('l.occurred_on', '>=', sinceDay)
    .groupBy('l.officer_user_id')
    .orderBy('village_name')
    .orderBy('officer_name')
    .execute();
}

export async function insertDutyPhotoRow(db: Executor, row: DutyPhotoRow): Promise<void> {
  await db.insertInto('duty_log_photos').values(row).execute();
}

export async function findDutyPhotoRow(db: Executor, id: string): Promise<DutyPhotoRow | undefined> {
  return db.selectFrom('duty_log_photos').selectAll().where('id', '=', id).executeTakeFirst();
}
