import type { KeyPersonGroup, KeyPersonLevel, KeyPersonStatus } from '@fengqiao/domain';
import { type RawBuilder, type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type {
  KeyPersonRequestsTable,
  KeyPersonsTable,
  KeyPersonVisitPhotosTable,
  KeyPersonVisitPlansTable,
  KeyPersonVisitsTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type KeyPersonRow = KeyPersonsTable;
export type KeyPersonView = KeyPersonRow & { village_name: string };
export type KeyPersonRequestRow = KeyPersonRequestsTable;
export type KeyPersonVisitRow = KeyPersonVisitsTable;
export type KeyPersonVisitPhotoRow = KeyPersonVisitPhotosTable;

/** The caller's reach per category group: a group the caller may not read is null and matches nothing. */
export type GroupScopes = Record<KeyPersonGroup, Scope | null>;

export interface KeyPersonListFilter {
  status: KeyPersonStatus;
  group?: KeyPersonGroup | undefined;
  category?: string | undefined;
  level?: KeyPersonLevel | undefined;
  villageId?: string | undefined;
  /** Only rows whose next visit was due before this Shanghai day. */
  overdueBefore?: string | undefined;
  /** Only rows this person answers for (responsible officer or auxiliary). */
  staffPersonId?: string | undefined;
  /** Keyset: (next_visit_due, id) of the last row seen; the most urgent first. */
  after?: { due: string; id: string } | null;
  limit: number;
}

const SCOPE_COLUMNS = { town: 'k.town_id', jurisdiction: 'k.jurisdiction_id' };

/**
 * The one predicate of "a key person the caller may see": the row's group is one the caller may read, over the
 * row's village. A caller with neither group matches nothing, so lists and counts never include a hidden record.
 */
function keyPersonScopeSql(scopes: GroupScopes): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [];
  for (const group of ['police', 'governance'] as const) {
    const scope = scopes[group];
    if (scope) parts.push(sql<SqlBool>`(k.category_group = ${group} and ${inScopeSql(scope, SCOPE_COLUMNS)})`);
  }
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : sql<SqlBool>`1 = 0`;
}

function keyPersonViews(db: Executor) {
  return db
    .selectFrom('key_persons as k')
    .innerJoin('jurisdictions as j', 'j.id', 'k.jurisdiction_id')
    .selectAll('k')
    .select('j.name as village_name');
}

export async function insertKeyPersonRow(db: Executor, row: KeyPersonRow): Promise<void> {
  await db.insertInto('key_persons').values(row).execute();
}

export async function findKeyPersonView(db: Executor, id: string): Promise<KeyPersonView | undefined> {
  return keyPersonViews(db).where('k.id', '=', id).executeTakeFirst();
}

/** The active key person of a directory person in one group, found by the blind index of the person's id. */
export async function findActiveKeyPersonIdByPersonIndex(
  db: Executor,
  personIndex: string,
  group: KeyPersonGroup,
): Promise<string | null> {
  const row = await db
    .selectFrom('key_persons')
    .select('id')
    .where('person_bidx', '=', personIndex)
    .where('category_group', '=', group)
    .where('status', '=', 'active')
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function listKeyPersonViews(
  db: Executor,
  scopes: GroupScopes,
  filter: KeyPersonListFilter,
): Promise<KeyPersonView[]> {
  let query = keyPersonViews(db).where(keyPersonScopeSql(scopes)).where('k.status', '=', filter.status);
  if (filter.group) query = query.where('k.category_group', '=', filter.group);
  if (filter.category) query = query.where(sql<SqlBool>`k.category = ${filter.category}`);
  if (filter.level) query = query.where('k.level', '=', filter.level);
  if (filter.villageId) query = query.where('k.jurisdiction_id', '=', filter.villageId);
  if (filter.overdueBefore) query = query.where('k.next_visit_due', '<', filter.overdueBefore);
  const staff = filter.staffPersonId;
  if (staff) {
    query = query.where((eb) =>
      eb.or([eb('k.officer_person_id', '=', staff), eb('k.auxiliary_person_id', '=', staff)]),
    );
  }
  const after = filter.after;
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('k.next_visit_due', '>', after.due),
        eb.and([eb('k.next_visit_due', '=', after.due), eb('k.id', '>', after.id)]),
      ]),
    );
  }
  return query.orderBy('k.next_visit_due').orderBy('k.id').limit(filter.limit).execute();
}

/** The same rows as the list, counted (the home page's "N overdue"). */
export async function countKeyPersons(
  db: Executor,
  scopes: GroupScopes,
  filter: Omit<KeyPersonListFilter, 'after' | 'limit'>,
): Promise<number> {
  let query = db
    .selectFrom('key_persons as k')
    .select((eb) => eb.fn.countAll<number | string>().as('count'))
    .where(keyPersonScopeSql(scopes))
    .where('k.status', '=', filter.status);
  if (filter.overdueBefore) query = query.where('k.next_visit_due', '<', filter.overdueBefore);
  const staff = filter.staffPersonId;
  if (staff) {
    query = query.where((eb) =>
      eb.or([eb('k.officer_person_id', '=', staff), eb('k.auxiliary_person_id', '=', staff)]),
    );
  }
  const row = await query.executeTakeFirst();
  return Number(row?.count ?? 0);
}

export async function updateKeyPersonRow(db: Executor, id: string, patch: Updateable<KeyPersonsTable>): Promise<void> {
  await db.updateTable('key_persons').set(patch).where('id', '=', id).execute();
}

/**
 * Moves the last visit on to `day` only when it is later than the one stored, in one statement: two visits logged at
 * once then keep the later day whichever commits first (PostgreSQL re-checks the condition on the updated row).
 */
export async function advanceKeyPersonLastVisit(
  db: Executor,
  id: string,
  patch: { last_visit_on: string; next_visit_due: string; updated_at: string },
): Promise<void> {
  await db
    .updateTable('key_persons')
    .set(patch)
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_visit_on', 'is', null), eb('last_visit_on', '<', patch.last_visit_on)]))
    .execute();
}

/** The active key persons of a town at one level, for working out their due day again when the plan changes. */
export async function listActiveKeyPersonsAtLevel(
  db: Executor,
  townId: string,
  level: KeyPersonLevel,
): Promise<Pick<KeyPersonRow, 'id' | 'last_visit_on' | 'level_since'>[]> {
  return db
    .selectFrom('key_persons')
    .select(['id', 'last_visit_on', 'level_since'])
    .where('town_id', '=', townId)
    .where('status', '=', 'active')
    .where('level', '=', level)
    .execute();
}

/** The directory's masked columns of the people behind a page of key persons (ids decrypted by the service). */
export async function listKeyPersonPeople(db: Executor, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(['id', 'name', 'sex', 'id_number_masked', 'phone_masked', 'address_masked'])
    .where('id', 'in', personIds)
    .execute();
}

/** The ciphertext of one person's ID number, phone and address: only for an audited unmask. */
export async function findKeyPersonPersonCipher(db: Executor, personId: string) {
  return db
    .selectFrom('persons')
    .select(['id_number_enc', 'phone_enc', 'address_enc'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** The accounts of staff people (responsible officers and auxiliaries), for notifications and "mine". */
export async function listUserIdsOfPeople(db: Executor, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('person_id', 'in', personIds)
    .where('status', '=', 'active')
    .execute();
  return rows.map((row) => row.id);
}

export async function insertKeyPersonRequestRow(db: Executor, row: KeyPersonRequestRow): Promise<void> {
  await db.insertInto('key_person_requests').values(row).execute();
}

export async function findKeyPersonRequestRow(db: Executor, id: string): Promise<KeyPersonRequestRow | undefined> {
  return db.selectFrom('key_person_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The pending requests of a page of key persons, in one query. */
export async function listPendingKeyPersonRequestRows(
  db: Executor,
  keyPersonIds: readonly string[],
): Promise<KeyPersonRequestRow[]> {
  if (keyPersonIds.length === 0) return [];
  return db
    .selectFrom('key_person_requests')
    .selectAll()
    .where('key_person_id', 'in', keyPersonIds)
    .where('state', '=', 'pending')
    .execute();
}

/** Every request of one key person, newest first: its level history. */
export async function listKeyPersonRequestRows(db: Executor, keyPersonId: string): Promise<KeyPersonRequestRow[]> {
  return db
    .selectFrom('key_person_requests')
    .selectAll()
    .where('key_person_id', '=', keyPersonId)
    .orderBy('requested_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Decides a request only while it is pending: a second decision racing the first changes nothing. */
export async function decideKeyPersonRequestRow(
  db: Executor,
  id: string,
  patch: Pick<KeyPersonRequestRow, 'state' | 'decided_by' | 'decided_by_name' | 'decided_at' | 'decision_note'>,
): Promise<boolean> {
  const result = await db
    .updateTable('key_person_requests')
    .set(patch)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertKeyPersonVisitRow(db: Executor, row: KeyPersonVisitRow): Promise<void> {
  await db.insertInto('key_person_visits').values(row).execute();
}

export async function findKeyPersonVisitRow(db: Executor, id: string): Promise<KeyPersonVisitRow | undefined> {
  return db.selectFrom('key_person_visits').selectAll().where('id', '=', id).executeTakeFirst();
}

/** One key person's visits, newest first. */
export async function listKeyPersonVisitRows(
  db: Executor,
  keyPersonId: string,
  after: { visitedAt: string; id: string } | null,
  limit: number,
): Promise<KeyPersonVisitRow[]> {
  let query = db.selectFrom('key_person_visits').selectAll().where('key_person_id', '=', keyPersonId);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb('visited_at', '<', after.visitedAt),
        eb.and([eb('visited_at', '=', after.visitedAt), eb('id', '<', after.id)]),
      ]),
    );
  }
  return query.orderBy('visited_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
}

export async function listKeyPersonVisitPhotoIds(
  db: Executor,
  visitIds: readonly string[],
): Promise<{ id: string; visit_id: string }[]> {
  if (visitIds.length === 0) return [];
  return db
    .selectFrom('key_person_visit_photos')
    .select(['id', 'visit_id'])
    .where('visit_id', 'in', visitIds)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertKeyPersonVisitPhotoRow(db: Executor, row: KeyPersonVisitPhotoRow): Promise<void> {
  await db.insertInto('key_person_visit_photos').values(row).execute();
}

export async function findKeyPersonVisitPhotoRow(
  db: Executor,
  id: string,
): Promise<(KeyPersonVisitPhotoRow & { key_person_id: string }) | undefined> {
  return db
    .selectFrom('key_person_visit_photos as p')
    .innerJoin('key_person_visits as v', 'v.id', 'p.visit_id')
    .selectAll('p')
    .select('v.key_person_id')
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function listVisitPlanRows(db: Executor, townId: string): Promise<KeyPersonVisitPlansTable[]> {
  return db.selectFrom('key_person_visit_plans').selectAll().where('town_id', '=', townId).execute();
}

export async function upsertVisitPlanRows(db: Executor, rows: readonly KeyPersonVisitPlansTable[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('key_person_visit_plans')
    .values([...rows])
    .onConflict((oc) =>
      oc.columns(['town_id', 'level']).doUpdateSet((eb) => ({
        interval: eb.ref('excluded.interval'),
        updated_by: eb.ref('excluded.updated_by'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}

/** Every active key person whose visit was due before `today`, across towns (the reminder job runs as the system). */
export async function listOverdueKeyPersonRows(
  db: Executor,
  today: string,
): Promise<
  Pick<
    KeyPersonRow,
    | 'id'
    | 'town_id'
    | 'jurisdiction_id'
    | 'category_group'
    | 'category'
    | 'level'
    | 'next_visit_due'
    | 'officer_person_id'
    | 'auxiliary_person_id'
  >[]
> {
  return db
    .selectFrom('key_persons')
    .select([
      'id',
      'town_id',
      'jurisdiction_id',
      'category_group',
      'category',
      'level',
      'next_visit_due',
      'officer_person_id',
      'auxiliary_person_id',
    ])
    .where('status', '=', 'active')
    .where('next_visit_due', '<', today)
    .orderBy('id')
    .execute();
}

/** Claims a reminder key; false when it was already sent. */
export async function claimKeyPersonReminder(
  db: Executor,
  key: string,
  keyPersonId: string,
  createdAt: string,
): Promise<boolean> {
  const inserted = await db
    .insertInto('key_person_reminders')
    .values({ key, key_person_id: keyPersonId, created_at: createdAt })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * The monthly report's figures for one town, one group: key persons under control now, visits done in the period
 * and those overdue as of a day. Three counts in one query.
 */
export async function countKeyPersonFigures(
  db: Executor,
  townId: string,
  group: KeyPersonGroup,
  period: { fromDay: string; toDay: string; asOfDay: string },
): Promise<{ active: number; visits: number; overdue: number }> {
  const row = await db
    .selectFrom('key_persons as k')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('active'),
      eb.fn.count<number | string>(sql`case when k.next_visit_due < ${period.asOfDay} then 1 end`).as('overdue'),
      eb
        .selectFrom('key_person_visits as v')
        .innerJoin('key_persons as vk', 'vk.id', 'v.key_person_id')
        .select((v) => v.fn.countAll<number | string>().as('n'))
        .where('v.town_id', '=', townId)
        .where('vk.category_group', '=', group)
        .where('v.visited_on', '>=', period.fromDay)
        .where('v.visited_on', '<=', period.toDay)
        .as('visits'),
    ])
    .where('k.town_id', '=', townId)
    .where('k.category_group', '=', group)
    .where('k.status', '=', 'active')
    .executeTakeFirst();
  return { active: Number(row?.active ?? 0), visits: Number(row?.visits ?? 0), overdue: Number(row?.overdue ?? 0) };
}
