import {
  DEFAULT_INCIDENT_CLASSES,
  type IncidentCategory,
  type IncidentClass,
  type IncidentState,
  POLICE_ROLES,
  type RepeatReason,
  type Role,
} from '@fengqiao/domain';
import { type RawBuilder, type SqlBool, sql, type Updateable } from 'kysely';
import { compiledOnce } from '../../db/compiled-query';
import type { Executor } from '../../db/database';
import { likeContains, likePrefix, likeSql } from '../../db/dialect';
import type { IncidentLinksTable, IncidentPartiesTable, IncidentsTable, IncidentTimelineTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import { beijingHourSql } from '../../db/stats-grouping';
import type { Scope } from '../../platform/access/access';

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
  // One read answers both questions: the row with that code if the town has one, else any row of the town (which
  // says the town has a table of its own), else none.
  const found = await db
    .selectFrom('incident_classes')
    .select(['code', 'name', 'category', 'dispute', 'arrival_target_minutes', 'active'])
    .where('town_id', '=', townId)
    .where((eb) =>
      eb.or([
        eb('code', '=', code),
        eb('id', '=', eb.selectFrom('incident_classes').select('id').where('town_id', '=', townId).limit(1)),
      ]),
    )
    .orderBy(sql`case when code = ${code} then 0 else 1 end`)
    .limit(1)
    .executeTakeFirst();
  if (found?.code === code) {
    if (found.active !== 1) return null;
    return {
      code: found.code,
      name: found.name,
      category: found.category,
      dispute: found.dispute === 1,
      arrivalTargetMinutes: found.arrival_target_minutes,
      active: true,
    };
  }
  if (found) return null;
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

function incidentJoins(db: Executor) {
  return db
    .selectFrom('incidents as i')
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .leftJoin('jurisdictions as v', (join) => join.onRef('v.id', '=', 'j.parent_id').on('j.level', '=', 'group'))
    .leftJoin('organizations as o', 'o.id', 'i.department_id')
    .leftJoin('incidents as dup', 'dup.id', 'i.duplicate_of_id')
    .leftJoin('disputes as d', 'd.id', 'i.dispute_id')
    .leftJoin('users as u', 'u.id', 'i.responsible_officer_id')
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

/** What a list page shows and decides actions on: no ciphertext or search keys, so a page reads less. */
const LIST_COLUMNS = [
  'i.id',
  'i.town_id',
  'i.jurisdiction_id',
  'i.number',
  'i.source',
  'i.class_code',
  'i.class_name',
  'i.category',
  'i.dispute',
  'i.summary',
  'i.address_masked',
  'i.latitude',
  'i.longitude',
  'i.state',
  'i.disposition',
  'i.case_kind',
  'i.case_number',
  'i.department_id',
  'i.duplicate_of_id',
  'i.dispute_id',
  'i.responsible_officer_id',
  'i.received_at',
  'i.dispatched_at',
  'i.acked_at',
  'i.arrived_at',
  'i.handling_at',
  'i.feedback_at',
  'i.reviewed_at',
  'i.closed_at',
  'i.arrival_target_minutes',
  'i.arrival_deadline_at',
  'i.arrival_late',
  'i.feedback',
  'i.created_at',
  'i.updated_at',
] as const;
export type IncidentListRow = Omit<
  IncidentView,
  'address_enc' | 'address_bidx' | 'search_text' | 'party_keys' | 'created_by'
>;

export interface IncidentFilter {
  classCode?: string | undefined;
  category?: IncidentCategory | undefined;
  state?: IncidentState | undefined;
  /** Path prefixes of a village or district: the incident's place must be at or under each. */
  underPaths?: readonly string[];
  /** Arrived late, or not reached yet and past its arrival deadline at `now`. */
  late?: boolean | undefined;
  dispute?: boolean | undefined;
  /** Not closed (true) or closed (false). */
  open?: boolean | undefined;
  /** Received within [fromAt, beforeAt): UTC instants, either end optional. */
  receivedFromAt?: string | null | undefined;
  receivedBeforeAt?: string | null | undefined;
  /** Received in this hour of the day, Beijing time (0–23). */
  hour?: number | undefined;
  /** Referred to people's mediation (a dispute registered from it) or not. */
  referred?: boolean | undefined;
  /** A full incident number, matched exactly (the search box's term when it is one). */
  number?: string | undefined;
  /** The blind index of an ID number or phone: incidents with such a party. */
  partyIndex?: string | undefined;
  q?: string | undefined;
  now: string;
}

export interface IncidentPageFilter extends IncidentFilter {
  /** Keyset of the last row already seen (newest received first). */
  after: { receivedAt: string; id: string } | null;
  limit: number;
}

const PINYIN_LIKE = /^[a-z]+$/;

function lateSql(now: string) {
  return sql<SqlBool>`(i.arrival_late = 1 or (i.arrived_at is null and i.state <> 'CLOSED' and i.arrival_deadline_at <= ${now}))`;
}

/**
 * The one predicate of an incident filter within a scope, over `i` (the incident) and `j` (its place): the list
 * and the statistics (`incidents-stats.repository.ts`) share it, so a figure equals the list it links to.
 */
export function incidentFilterSql(scope: Scope, filter: IncidentFilter): RawBuilder<SqlBool> {
  const parts: RawBuilder<SqlBool>[] = [inScopeSql(scope, { town: 'i.town_id', jurisdiction: 'i.jurisdiction_id' })];
  if (filter.classCode) parts.push(sql<SqlBool>`i.class_code = ${filter.classCode}`);
  if (filter.category) parts.push(sql<SqlBool>`i.category = ${filter.category}`);
  if (filter.state) parts.push(sql<SqlBool>`i.state = ${filter.state}`);
  for (const path of filter.underPaths ?? []) parts.push(likeSql('j.path', likePrefix(path)));
  if (filter.late === true) parts.push(lateSql(filter.now));
  if (filter.late === false) parts.push(sql<SqlBool>`not ${lateSql(filter.now)}`);
  if (filter.dispute !== undefined) parts.push(sql<SqlBool>`i.dispute = ${filter.dispute ? 1 : 0}`);
  // The literal term of the partial index incidents_open (migration 20261130-0001): open incidents are few.
  if (filter.open === true) parts.push(sql<SqlBool>`i.state <> 'CLOSED'`);
  if (filter.open === false) parts.push(sql<SqlBool>`i.state = 'CLOSED'`);
  if (filter.referred === true) parts.push(sql<SqlBool>`i.dispute_id is not null`);
  if (filter.referred === false) parts.push(sql<SqlBool>`i.dispute_id is null`);
  if (filter.receivedFromAt) parts.push(sql<SqlBool>`i.received_at >= ${filter.receivedFromAt}`);
  if (filter.receivedBeforeAt) parts.push(sql<SqlBool>`i.received_at < ${filter.receivedBeforeAt}`);
  if (filter.hour !== undefined) parts.push(sql<SqlBool>`${beijingHourSql('i.received_at')} = ${String(filter.hour)}`);
  if (filter.number) parts.push(sql<SqlBool>`i.number = ${filter.number}`);
  if (filter.partyIndex) {
    const index = filter.partyIndex;
    parts.push(
      sql<SqlBool>`i.id in (select p.incident_id from incident_parties as p where (p.id_number_bidx = ${index} or p.phone_bidx = ${index}))`,
    );
  }
  if (filter.q) {
    const term = filter.q.trim();
    const latin = term.toLowerCase().replace(/[\s']+/g, '');
    const text = likeSql('i.search_text', likeContains(term));
    parts.push(PINYIN_LIKE.test(latin) ? sql<SqlBool>`(${text} or ${likeSql('i.party_keys', `% ${latin}%`)})` : text);
  }
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The incidents in scope matching a filter, newest received first, one page. */
export async function listIncidentViews(
  db: Executor,
  scope: Scope,
  filter: IncidentPageFilter,
): Promise<IncidentListRow[]> {
  let q = incidentJoins(db).select(LIST_COLUMNS).where(incidentFilterSql(scope, filter));
  const after = filter.after;
  if (after) {
    q = q.where(
      sql<SqlBool>`(i.received_at < ${after.receivedAt} or (i.received_at = ${after.receivedAt} and i.id < ${after.id}))`,
    );
  }
  return q.orderBy('i.received_at', 'desc').orderBy('i.id', 'desc').limit(filter.limit).execute();
}

/**
 * Where an intake is made, in one read: the place, the name of its town (for the number) and, at a group, the name
 * of its village (for the record).
 */
export async function findIntakePlace(db: Executor, jurisdictionId: string) {
  const [place] = await intakePlace(db, jurisdictionId);
  return place;
}

/** Run on every intake, so compiled once (db/compiled-query.ts). */
const intakePlace = compiledOnce((db, jurisdictionId) =>
  db
    .selectFrom('jurisdictions as j')
    .leftJoin('jurisdictions as t', 't.id', 'j.town_id')
    .leftJoin('jurisdictions as v', (join) => join.onRef('v.id', '=', 'j.parent_id').on('j.level', '=', 'group'))
    .select(['j.id', 'j.level', 'j.name', 'j.path', 'j.town_id', 't.name as town_name', 'v.name as village_name'])
    .where('j.id', '=', jurisdictionId),
);

export async function findIncidentView(db: Executor, id: string): Promise<IncidentView | undefined> {
  return incidentJoins(db).selectAll('i').where('i.id', '=', id).executeTakeFirst();
}

export async function insertIncidentRow(db: Executor, row: IncidentRow): Promise<void> {
  await db.insertInto('incidents').values(row).execute();
}

export async function updateIncidentRow(db: Executor, id: string, patch: Updateable<IncidentsTable>): Promise<void> {
  await db.updateTable('incidents').set(patch).where('id', '=', id).execute();
}

/**
 * Holds the incident's row until the transaction ends, before it is read for a change: a no-op update takes
 * PostgreSQL's row lock (a concurrent step waits, then reads the committed state) and SQLite's single write lock.
 */
export async function lockIncidentRow(db: Executor, id: string): Promise<void> {
  await db
    .updateTable('incidents')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .execute();
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

/** Party names per incident, in party order, for a page of incidents: lists show names only. */
export async function listIncidentPartyNames(
  db: Executor,
  incidentIds: readonly string[],
): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (incidentIds.length === 0) return out;
  const rows = await db
    .selectFrom('incident_parties')
    .select(['incident_id', 'name'])
    .where('incident_id', 'in', [...incidentIds])
    .orderBy('incident_id')
    .orderBy('id')
    .execute();
  for (const row of rows) out.set(row.incident_id, [...(out.get(row.incident_id) ?? []), row.name]);
  return out;
}

export async function insertIncidentTimelineRow(db: Executor, row: IncidentTimelineRow): Promise<void> {
  await db.insertInto('incident_timeline').values(row).execute();
}

/** Several timeline entries in one statement (intake writes its own with the repeat check's). */
export async function insertIncidentTimelineRows(db: Executor, rows: readonly IncidentTimelineRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('incident_timeline')
      .values([...rows])
      .execute();
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

/**
 * The town's police: active accounts holding officer or chief on the town or anywhere in it (a district's officers
 * too), with the police role each holds. Who may be named responsible at dispatch and who hears of a new call.
 */
export async function listTownPolice(
  db: Executor,
  townId: string,
): Promise<{ user_id: string; display_name: string; role: Role }[]> {
  return townPolice(db, townId);
}

/** Run on every intake and dispatch, so compiled once (db/compiled-query.ts). */
const townPolice = compiledOnce((db, townId) =>
  db
    .selectFrom('user_roles as ur')
    .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .select(['ur.user_id', 'u.display_name', 'ur.role'])
    .where('ur.role', 'in', [...POLICE_ROLES])
    .where('u.status', '=', 'active')
    .where('j.town_id', '=', townId)
    .orderBy('u.display_name')
    .orderBy('ur.user_id')
    .orderBy('ur.role'),
);

/**
 * The home page's incident figures in one read: in scope, the incidents awaiting acknowledgement and the
 * acknowledged ones not reached past their arrival deadline at `now`. They are exactly the list's
 * `state=DISPATCHED` and `state=ACKED&late=true`, so a figure and the list it links to agree.
 */
export async function countIncidentTodos(
  db: Executor,
  scope: Scope,
  now: string,
): Promise<{ unacknowledged: number; late: number }> {
  const sum = (condition: ReturnType<typeof lateSql>) =>
    sql<number>`cast(coalesce(sum(case when ${condition} then 1 else 0 end), 0) as integer)`;
  return db
    .selectFrom('incidents as i')
    .select([
      sum(sql<SqlBool>`i.state = 'DISPATCHED'`).as('unacknowledged'),
      sum(sql<SqlBool>`i.state = 'ACKED' and ${lateSql(now)}`).as('late'),
    ])
    .where(inScopeSql(scope, { town: 'i.town_id', jurisdiction: 'i.jurisdiction_id' }))
    .where('i.state', 'in', ['DISPATCHED', 'ACKED'])
    .executeTakeFirstOrThrow();
}
