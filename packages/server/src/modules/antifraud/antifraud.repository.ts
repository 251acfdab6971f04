import type { AntifraudActivityType, FraudCaseType } from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  AntifraudActivitiesTable,
  AntifraudActivityPhotosTable,
  AntifraudBasesTable,
  AntifraudInstallsTable,
  FraudCasesTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type ActivityRow = AntifraudActivitiesTable;
export type ActivityPhotoRow = AntifraudActivityPhotosTable;
export type BaseRow = AntifraudBasesTable;
export type InstallRow = AntifraudInstallsTable;
export type FraudCaseRow = FraudCasesTable;
/** An activity with the name of its village (or town, when town-wide) and that place's level. */
export type ActivityView = ActivityRow & { place_name: string; place_level: string };
export type FraudCaseView = FraudCaseRow & { village_name: string };

/** Rows per multi-row statement: 13 columns × 2,000 = 26,000 bound parameters, under SQLite's 32,766. */
const CHUNK = 2000;
const VILLAGE_LEVELS = ['village', 'community'] as const;

export interface DayListFilter<T extends string> {
  villageId?: string | undefined;
  type?: T | undefined;
  /** Inclusive Shanghai days. */
  fromDay?: string | undefined;
  toDay?: string | undefined;
  /** The sort key of the last row of the previous page (newest first). */
  after?: { day: string; id: string } | null | undefined;
  limit: number;
}

export async function insertActivityRows(db: Executor, rows: readonly ActivityRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('antifraud_activities')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function updateActivityRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<ActivityRow, 'type' | 'venue' | 'day' | 'audience' | 'note' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('antifraud_activities').set(patch).where('id', '=', id).execute();
}

/** An activity and its photo rows; the caller removes the stored files after the commit. */
export async function deleteActivityRows(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('antifraud_activity_photos').where('activity_id', '=', id).execute();
  await db.deleteFrom('antifraud_activities').where('id', '=', id).execute();
}

export async function findActivityView(db: Executor, id: string): Promise<ActivityView | undefined> {
  return db
    .selectFrom('antifraud_activities as a')
    .innerJoin('jurisdictions as j', 'j.id', 'a.jurisdiction_id')
    .selectAll('a')
    .select(['j.name as place_name', 'j.level as place_level'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** A page of activities in the scope, newest first by (day, id); ask for limit + 1 to know whether more exist. */
export async function listActivityViews(
  db: Executor,
  scope: Scope,
  filter: DayListFilter<AntifraudActivityType>,
): Promise<ActivityView[]> {
  let q = db
    .selectFrom('antifraud_activities as a')
    .innerJoin('jurisdictions as j', 'j.id', 'a.jurisdiction_id')
    .selectAll('a')
    .select(['j.name as place_name', 'j.level as place_level'])
    .where(inScopeSql(scope, { town: 'a.town_id', jurisdiction: 'a.jurisdiction_id' }));
  if (filter.villageId) q = q.where('a.jurisdiction_id', '=', filter.villageId);
  if (filter.type) q = q.where('a.type', '=', filter.type);
  if (filter.fromDay) q = q.where('a.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('a.day', '<=', filter.toDay);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(a.day < ${after.day} or (a.day = ${after.day} and a.id < ${after.id}))`);
  return q.orderBy('a.day', 'desc').orderBy('a.id', 'desc').limit(filter.limit).execute();
}

/** The photo ids of a page of activities in one query, oldest first. */
export async function listActivityPhotoIds(
  db: Executor,
  activityIds: readonly string[],
): Promise<{ id: string; activity_id: string; stored_name: string }[]> {
  if (activityIds.length === 0) return [];
  return db
    .selectFrom('antifraud_activity_photos')
    .select(['id', 'activity_id', 'stored_name'])
    .where('activity_id', 'in', [...activityIds])
    .orderBy('activity_id')
    .orderBy('id')
    .execute();
}

export async function insertActivityPhotoRows(db: Executor, rows: readonly ActivityPhotoRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('antifraud_activity_photos')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findActivityPhotoRow(db: Executor, id: string): Promise<ActivityPhotoRow | undefined> {
  return db.selectFrom('antifraud_activity_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The villages and communities in the scope, in the directory's order. */
export async function listScopeVillages(
  db: Executor,
  scope: Scope,
): Promise<{ id: string; name: string; town_id: string | null; path: string }[]> {
  return db
    .selectFrom('jurisdictions as j')
    .select(['j.id', 'j.name', 'j.town_id', 'j.path'])
    .where('j.level', 'in', [...VILLAGE_LEVELS])
    .where(inScopeSql(scope, { town: 'j.town_id', jurisdiction: 'j.id' }))
    .orderBy('j.path')
    .execute();
}

/** Every base of these villages effective on or before a day, oldest first (a village has a few). */
export async function listBaseRows(db: Executor, villageIds: readonly string[], untilDay: string): Promise<BaseRow[]> {
  if (villageIds.length === 0) return [];
  return db
    .selectFrom('antifraud_bases')
    .selectAll()
    .where('jurisdiction_id', 'in', [...villageIds])
    .where('effective_from', '<=', untilDay)
    .orderBy('jurisdiction_id')
    .orderBy('effective_from')
    .execute();
}

/** Each village's install count standing on a day: its latest on or before it, in one query for all of them. */
export async function listStandingInstalls(
  db: Executor,
  villageIds: readonly string[],
  day: string,
): Promise<InstallRow[]> {
  if (villageIds.length === 0) return [];
  return db
    .selectFrom('antifraud_installs as i')
    .selectAll('i')
    .where('i.jurisdiction_id', 'in', [...villageIds])
    .where((eb) =>
      eb(
        'i.day',
        '=',
        eb
          .selectFrom('antifraud_installs as l')
          .select((inner) => inner.fn.max('l.day').as('day'))
          .whereRef('l.jurisdiction_id', '=', 'i.jurisdiction_id')
          .where('l.day', '<=', day),
      ),
    )
    .orderBy('i.jurisdiction_id')
    .execute();
}

/** A village's whole history of bases and install counts, oldest first. */
export async function listVillageHistory(
  db: Executor,
  villageId: string,
): Promise<{ bases: BaseRow[]; installs: InstallRow[] }> {
  const bases = await db
    .selectFrom('antifraud_bases')
    .selectAll()
    .where('jurisdiction_id', '=', villageId)
    .orderBy('effective_from')
    .execute();
  const installs = await db
    .selectFrom('antifraud_installs')
    .selectAll()
    .where('jurisdiction_id', '=', villageId)
    .orderBy('day')
    .execute();
  return { bases, installs };
}

export async function insertBaseRows(db: Executor, rows: readonly BaseRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('antifraud_bases')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Replaces the base a village already has for that day (a correction keeps the new recorder). */
export async function replaceBaseRow(db: Executor, row: BaseRow): Promise<void> {
  const { id, ...values } = row;
  await db.updateTable('antifraud_bases').set(values).where('id', '=', id).execute();
}

export async function insertInstallRows(db: Executor, rows: readonly InstallRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('antifraud_installs')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Replaces the install count a village already has for that day. */
export async function replaceInstallRow(db: Executor, row: InstallRow): Promise<void> {
  const { id, ...values } = row;
  await db.updateTable('antifraud_installs').set(values).where('id', '=', id).execute();
}

export async function insertFraudCaseRows(db: Executor, rows: readonly FraudCaseRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('fraud_cases')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/**
 * Changes a case only while its amounts are still those read (`read`): false when another request changed them
 * meanwhile, so two edits checked apart cannot together leave more recovered than lost.
 */
export async function updateFraudCaseRow(
  db: Executor,
  id: string,
  read: Pick<FraudCaseRow, 'lost_fen' | 'recovered_fen'>,
  patch: Partial<Pick<FraudCaseRow, 'type' | 'day' | 'lost_fen' | 'recovered_fen' | 'note' | 'updated_at'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('fraud_cases')
    .set(patch)
    .where('id', '=', id)
    .where('lost_fen', '=', read.lost_fen)
    .where('recovered_fen', '=', read.recovered_fen)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findFraudCaseView(db: Executor, id: string): Promise<FraudCaseView | undefined> {
  return db
    .selectFrom('fraud_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .selectAll('c')
    .select('j.name as village_name')
    .where('c.id', '=', id)
    .executeTakeFirst();
}

/** A page of cases in the scope, newest first by (day, id); ask for limit + 1 to know whether more exist. */
export async function listFraudCaseViews(
  db: Executor,
  scope: Scope,
  filter: DayListFilter<FraudCaseType>,
): Promise<FraudCaseView[]> {
  let q = db
    .selectFrom('fraud_cases as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdiction_id')
    .selectAll('c')
    .select('j.name as village_name')
    .where(inScopeSql(scope, { town: 'c.town_id', jurisdiction: 'c.jurisdiction_id' }));
  if (filter.villageId) q = q.where('c.jurisdiction_id', '=', filter.villageId);
  if (filter.type) q = q.where('c.type', '=', filter.type);
  if (filter.fromDay) q = q.where('c.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('c.day', '<=', filter.toDay);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(c.day < ${after.day} or (c.day = ${after.day} and c.id < ${after.id}))`);
  return q.orderBy('c.day', 'desc').orderBy('c.id', 'desc').limit(filter.limit).execute();
}
