import {
  DEADLINE_RUNNING_STATES,
  type DisputeState,
  type DisputeTier,
  type RiskGrade,
  type Role,
  riskReasonSchema,
  TERMINAL_DISPUTE_STATES,
} from '@fengqiao/domain';
import { type RawBuilder, type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { countAll, likePrefix, likeSql } from '../../db/dialect';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { DisputeRiskHistoryTable, DisputesTable, DisputeTimelineTable, OrganizationsTable } from '../../db/schema';
import { inScopeSql, type ScopeColumns } from '../../db/scope-filter';
import { disputeTextMatch } from '../../db/text-search';
import type { Scope } from '../../platform/access/access';

export type DisputeRow = Parsed<DisputesTable>;
export type DisputeView = DisputeRow & {
  jurisdiction_name: string;
  jurisdiction_path: string;
  /** The village of a case registered at one of its groups; null otherwise. */
  village_name: string | null;
};
export type TimelineRow = Parsed<DisputeTimelineTable>;
export type RiskHistoryRow = Parsed<DisputeRiskHistoryTable>;

const disputeJson = jsonColumns<DisputesTable>({
  risk_reasons: z.array(riskReasonSchema),
  incident_ids: z.array(z.string()),
});
const timelineJson = jsonColumns<DisputeTimelineTable>({ department_ids: z.array(z.string()) });
const riskHistoryJson = jsonColumns<DisputeRiskHistoryTable>({ reasons: z.array(riskReasonSchema) });

export interface DisputeFilter {
  tier?: DisputeTier | undefined;
  state?: DisputeState | undefined;
  category?: string | undefined;
  risk?: RiskGrade | undefined;
  /** Path prefix of a village or district: the case's place must be at or under it. */
  underPaths?: readonly string[];
  overdue?: boolean | undefined;
  /** Open (not terminal) or terminal cases only. */
  open?: boolean | undefined;
  dueSoon?: boolean | undefined;
  /** Closed within [fromAt, beforeAt): UTC instants, either end optional. */
  closed?: { fromAt: string | null; beforeAt: string | null } | undefined;
  /** Registered (created) within [fromAt, beforeAt), either end optional. */
  registered?: TimeRange | undefined;
  /** Resolved (a step into RESOLVED on the timeline) within [fromAt, beforeAt), either end optional. */
  resolved?: TimeRange | undefined;
  /** With an online mediation session (true) or without (false). */
  online?: boolean | undefined;
  /** With an online mediation session started within [fromAt, beforeAt). */
  onlineIn?: TimeRange | undefined;
  /** Grievances that began on or before this day. */
  grievanceOnOrBefore?: string | undefined;
  departmentId?: string | undefined;
  /** A full case number, matched exactly (the search box's term when it is one). */
  number?: string | undefined;
  q?: string | undefined;
  now: string;
  /** The end of the due-soon window at `now`. */
  dueSoonUntil: string;
}

export interface TimeRange {
  fromAt: string | null;
  beforeAt: string | null;
}

export interface DisputePageFilter extends DisputeFilter {
  /** Keyset of the last row already seen: its id (newest first), or its urgency rank and id (urgency order). */
  after: { rank: number | null; id: string } | null;
  order: 'newest' | 'urgency';
  limit: number;
}

/** What a list page shows and decides actions on: no ciphertext, search keys or risk flags, so a page reads less. */
const LIST_COLUMNS = [
  'd.id',
  'd.number',
  'd.town_id',
  'd.jurisdiction_id',
  'd.category',
  'd.source',
  'd.summary',
  'd.address_masked',
  'd.occurred_on',
  'd.people_involved',
  'd.grievance_started_on',
  'd.tier',
  'd.state',
  'd.complexity',
  'd.risk_grade',
  'd.risk_reasons',
  'd.deadline_at',
  'd.overdue',
  'd.incident_ids',
  'd.created_at',
  'd.updated_at',
  'j.name as jurisdiction_name',
  'j.path as jurisdiction_path',
] as const;
export type DisputeListRow = Pick<
  DisputeView,
  | 'id'
  | 'number'
  | 'town_id'
  | 'jurisdiction_id'
  | 'category'
  | 'source'
  | 'summary'
  | 'address_masked'
  | 'occurred_on'
  | 'people_involved'
  | 'grievance_started_on'
  | 'tier'
  | 'state'
  | 'complexity'
  | 'risk_grade'
  | 'risk_reasons'
  | 'deadline_at'
  | 'overdue'
  | 'incident_ids'
  | 'created_at'
  | 'updated_at'
  | 'jurisdiction_name'
  | 'jurisdiction_path'
  | 'village_name'
>;

export type RankedDisputeView = DisputeListRow & { urgency: number };

function disputeViews(db: Executor) {
  return db
    .selectFrom('disputes as d')
    .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
    .leftJoin('jurisdictions as v', (join) => join.onRef('v.id', '=', 'j.parent_id').on('j.level', '=', 'group'))
    .selectAll('d')
    .select(['j.name as jurisdiction_name', 'j.path as jurisdiction_path', 'v.name as village_name']);
}

/** The live overdue predicate: flagged, or still on the clock past its deadline. */
function overdueSql(now: string) {
  return sql<SqlBool>`(d.overdue = 1 or (d.state in (${sql.join([...DEADLINE_RUNNING_STATES])}) and d.deadline_at < ${now}))`;
}

/** isDueSoon of the domain: on the clock, not flagged, deadline in [now, until]. */
function dueSoonSql(now: string, until: string) {
  return sql<SqlBool>`(d.overdue = 0 and d.state in (${sql.join([...DEADLINE_RUNNING_STATES])}) and d.deadline_at >= ${now} and d.deadline_at <= ${until})`;
}

/**
 * Not closed, escalated or diverted. The states are written into the SQL as literals, the very term of the partial
 * index disputes_open (migration 20261130-0001), so both engines can answer "open cases" from that small index.
 */
function openSql() {
  return sql<SqlBool>`d.state not in (${sql.join(TERMINAL_DISPUTE_STATES.map((state) => sql.lit(state)))})`;
}

/** urgencyRank of the domain, computed by the database so the order covers every matching row. */
function urgencySql(filter: DisputeFilter) {
  return sql<number>`(case when not ${openSql()} then 3 when d.risk_grade = 'red' then 0 when ${overdueSql(filter.now)} then 1 when ${dueSoonSql(filter.now, filter.dueSoonUntil)} then 2 else 3 end)`;
}

/** An instant column within a range; an open end does not restrict. */
function timeRangeSql(column: RawBuilder<unknown>, range: TimeRange): RawBuilder<SqlBool> {
  const parts = [
    sql<SqlBool>`1 = 1`,
    ...(range.fromAt ? [sql<SqlBool>`${column} >= ${range.fromAt}`] : []),
    ...(range.beforeAt ? [sql<SqlBool>`${column} < ${range.beforeAt}`] : []),
  ];
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The cases with a step into RESOLVED within a range. */
function resolvedCases(db: Executor, range: TimeRange) {
  return db
    .selectFrom('dispute_timeline as t')
    .select('t.dispute_id')
    .where('t.to_state', '=', 'RESOLVED')
    .where(timeRangeSql(sql.ref('t.at'), range));
}

/** The cases with an online mediation session started within a range (a mediation carries its case's id). */
function onlineCases(db: Executor, range: TimeRange) {
  return db
    .selectFrom('mediation_sessions as s')
    .innerJoin('mediations as m', 'm.id', 's.mediation_id')
    .select('m.dispute_id')
    .where('s.mode', '=', 'online')
    .where(timeRangeSql(sql.ref('s.started_at'), range));
}

/** When the case was closed: the time of the transition into CLOSED on its timeline. */
const closedAtSql = sql<string>`(select max(t.at) from dispute_timeline t where t.dispute_id = d.id and t.to_state = 'CLOSED')`;

export async function findDisputeView(db: Executor, id: string): Promise<DisputeView | undefined> {
  const row = await disputeViews(db).where('d.id', '=', id).executeTakeFirst();
  return row && disputeJson.read(row);
}

export async function findDisputeRow(db: Executor, id: string): Promise<DisputeRow | undefined> {
  const row = await db.selectFrom('disputes').selectAll().where('id', '=', id).executeTakeFirst();
  return row && disputeJson.read(row);
}

export async function listDisputeViewsByIds(db: Executor, ids: readonly string[]): Promise<DisputeView[]> {
  if (ids.length === 0) return [];
  const rows = await disputeViews(db)
    .where('d.id', 'in', [...ids])
    .execute();
  return rows.map(disputeJson.read);
}

/**
 * The cases in scope matching a filter, not yet selected: the list, the board's counts and the statistics
 * (`disputes-stats.repository.ts`) share it, so a figure and the list it drills into agree.
 */
export function matching(db: Executor, scope: Scope, filter: DisputeFilter) {
  let q = db
    .selectFrom('disputes as d')
    .innerJoin('jurisdictions as j', 'j.id', 'd.jurisdiction_id')
    .where(inScopeSql(scope, disputeScopeColumns(db)));
  if (filter.tier) q = q.where('d.tier', '=', filter.tier);
  if (filter.state) q = q.where('d.state', '=', filter.state);
  if (filter.category) q = q.where('d.category', '=', filter.category);
  if (filter.risk) q = q.where('d.risk_grade', '=', filter.risk);
  for (const path of filter.underPaths ?? []) q = q.where(likeSql('j.path', likePrefix(path)));
  if (filter.overdue === true) q = q.where(overdueSql(filter.now));
  if (filter.overdue === false) q = q.where(sql<SqlBool>`not ${overdueSql(filter.now)}`);
  if (filter.open === true) q = q.where(openSql());
  if (filter.open === false) q = q.where(sql<SqlBool>`not ${openSql()}`);
  if (filter.dueSoon === true) q = q.where(dueSoonSql(filter.now, filter.dueSoonUntil));
  if (filter.dueSoon === false) q = q.where(sql<SqlBool>`not ${dueSoonSql(filter.now, filter.dueSoonUntil)}`);
  if (filter.closed) {
    const { fromAt, beforeAt } = filter.closed;
    q = q.where('d.state', '=', 'CLOSED');
    if (fromAt) q = q.where(sql<SqlBool>`${closedAtSql} >= ${fromAt}`);
    if (beforeAt) q = q.where(sql<SqlBool>`${closedAtSql} < ${beforeAt}`);
  }
  if (filter.registered) q = q.where(timeRangeSql(sql.ref('d.created_at'), filter.registered));
  // A bounded period: an uncorrelated subquery, the index on the step's or the session's time finding the few cases
  // of the period. Resolved by a day with no start: each case's own steps, as the other filters already narrow them.
  if (filter.resolved?.fromAt) q = q.where('d.id', 'in', resolvedCases(db, filter.resolved));
  else if (filter.resolved) {
    const steps = sql<SqlBool>`t.dispute_id = d.id and t.to_state = 'RESOLVED' and ${timeRangeSql(sql.ref('t.at'), filter.resolved)}`;
    q = q.where(sql<SqlBool>`exists (select 1 from dispute_timeline as t where ${steps})`);
  }
  if (filter.online === true) q = q.where('d.id', 'in', onlineCases(db, { fromAt: null, beforeAt: null }));
  if (filter.online === false) q = q.where('d.id', 'not in', onlineCases(db, { fromAt: null, beforeAt: null }));
  if (filter.onlineIn) q = q.where('d.id', 'in', onlineCases(db, filter.onlineIn));
  if (filter.grievanceOnOrBefore) q = q.where('d.grievance_started_on', '<=', filter.grievanceOnOrBefore);
  if (filter.departmentId) q = q.where('d.id', 'in', assignedTo(db, [filter.departmentId]));
  if (filter.number) q = q.where('d.number', '=', filter.number);
  if (filter.q) q = q.where(disputeTextMatch(db, filter.q));
  return q;
}

export async function listDisputeViews(
  db: Executor,
  scope: Scope,
  filter: DisputePageFilter,
): Promise<RankedDisputeView[]> {
  const urgency = urgencySql(filter);
  const q = matching(db, scope, filter)
    .leftJoin('jurisdictions as v', (join) => join.onRef('v.id', '=', 'j.parent_id').on('j.level', '=', 'group'))
    .select([...LIST_COLUMNS, 'v.name as village_name', urgency.as('urgency')]);
  const after = filter.after;
  if (filter.order === 'urgency') {
    const keyed = after
      ? q.where(sql<SqlBool>`(${urgency} > ${after.rank} or (${urgency} = ${after.rank} and d.id < ${after.id}))`)
      : q;
    const rows = await keyed.orderBy(urgency).orderBy('d.id', 'desc').limit(filter.limit).execute();
    return rows.map(disputeJson.read);
  }
  const rows = await (after ? q.where('d.id', '<', after.id) : q).orderBy('d.id', 'desc').limit(filter.limit).execute();
  return rows.map(disputeJson.read);
}

export interface BoardCounts {
  open: {
    tier: DisputeTier;
    state: DisputeState;
    risk_grade: RiskGrade;
    total: number;
    overdue: number;
    due_soon: number;
  }[];
  closed: { this_month: number; this_year: number; in_range: number };
}

/**
 * The board's figures in two queries: open cases grouped by tier, state and risk (with their overdue and due-soon
 * counts), and closed cases counted per period (`in_range` counts all closed cases when no range is given). The
 * same `matching` predicate as the list, so figures and lists agree.
 */
export async function countDisputeBoard(
  db: Executor,
  scope: Scope,
  filter: DisputeFilter,
  periods: {
    monthFromAt: string;
    yearFromAt: string;
    range: { fromAt: string | null; beforeAt: string | null } | null;
  },
): Promise<BoardCounts> {
  const sum = (condition: RawBuilder<SqlBool>) =>
    sql<number>`cast(coalesce(sum(case when ${condition} then 1 else 0 end), 0) as integer)`;
  const open = await matching(db, scope, { ...filter, open: true })
    .select([
      'd.tier',
      'd.state',
      'd.risk_grade',
      countAll.as('total'),
      sum(overdueSql(filter.now)).as('overdue'),
      sum(dueSoonSql(filter.now, filter.dueSoonUntil)).as('due_soon'),
    ])
    .groupBy(['d.tier', 'd.state', 'd.risk_grade'])
    .execute();
  const range = periods.range;
  const inRange = sql.join(
    [
      sql<SqlBool>`1 = 1`,
      ...(range?.fromAt ? [sql<SqlBool>`c.closed_at >= ${range.fromAt}`] : []),
      ...(range?.beforeAt ? [sql<SqlBool>`c.closed_at < ${range.beforeAt}`] : []),
    ],
    sql` and `,
  );
  const closed = await db
    .selectFrom(
      matching(db, scope, { ...filter, closed: { fromAt: null, beforeAt: null } })
        .select(closedAtSql.as('closed_at'))
        .as('c'),
    )
    .select([
      sum(sql<SqlBool>`c.closed_at >= ${periods.monthFromAt}`).as('this_month'),
      sum(sql<SqlBool>`c.closed_at >= ${periods.yearFromAt}`).as('this_year'),
      sum(sql<SqlBool>`${inRange}`).as('in_range'),
    ])
    .executeTakeFirstOrThrow();
  return { open, closed };
}

/** Where `disputes as d` lies for a scope: its place, and its department assignments for department staff. */
export function disputeScopeColumns(db: Executor): ScopeColumns {
  return {
    town: 'd.town_id',
    jurisdiction: 'd.jurisdiction_id',
    assignedTo: (organizationIds) => sql<SqlBool>`d.id in (${assignedTo(db, organizationIds)})`,
  };
}

/**
 * The same scope on a dispute child table by its own place columns (migration 0005), without joining disputes;
 * department staff reach the children of the disputes assigned to them.
 */
export function disputeChildScopeColumns(db: Executor, alias: string): ScopeColumns {
  return {
    town: `${alias}.town_id`,
    jurisdiction: `${alias}.jurisdiction_id`,
    assignedTo: (organizationIds) =>
      sql<SqlBool>`${sql.ref(`${alias}.dispute_id`)} in (${assignedTo(db, organizationIds)})`,
  };
}

function assignedTo(db: Executor, organizationIds: readonly string[]) {
  return db
    .selectFrom('dispute_departments')
    .select('dispute_id')
    .where('organization_id', 'in', organizationIds.length > 0 ? [...organizationIds] : ['']);
}

export async function insertDisputeRow(db: Executor, row: DisputeRow): Promise<void> {
  await db.insertInto('disputes').values(disputeJson.write(row)).execute();
}

export async function updateDisputeRow(db: Executor, id: string, patch: Partial<DisputeRow>): Promise<void> {
  await db.updateTable('disputes').set(disputeJson.write(patch)).where('id', '=', id).execute();
}

/**
 * The next number of a per-town, per-year sequence. One statement that inserts 1 or increments: PostgreSQL locks
 * the row until the transaction ends and SQLite has a single writer, so concurrent callers never share a number.
 */
export async function nextSequence(db: Executor, townId: string, year: number, kind: string): Promise<number> {
  const row = await db
    .insertInto('dispute_sequences')
    .values({ town_id: townId, year, kind, last_seq: 1 })
    .onConflict((oc) =>
      oc.columns(['town_id', 'year', 'kind']).doUpdateSet({ last_seq: sql`dispute_sequences.last_seq + 1` }),
    )
    .returning('last_seq')
    .executeTakeFirstOrThrow();
  return Number(row.last_seq);
}

export async function insertTimelineRow(db: Executor, row: TimelineRow): Promise<void> {
  await db.insertInto('dispute_timeline').values(timelineJson.write(row)).execute();
}

export async function listTimelineRows(db: Executor, disputeId: string): Promise<TimelineRow[]> {
  const rows = await db
    .selectFrom('dispute_timeline')
    .selectAll()
    .where('dispute_id', '=', disputeId)
    .orderBy('id')
    .execute();
  return rows.map(timelineJson.read);
}

export async function insertRiskHistoryRow(db: Executor, row: RiskHistoryRow): Promise<void> {
  await db.insertInto('dispute_risk_history').values(riskHistoryJson.write(row)).execute();
}

export async function listRiskHistoryRows(db: Executor, disputeId: string): Promise<RiskHistoryRow[]> {
  const rows = await db
    .selectFrom('dispute_risk_history')
    .selectAll()
    .where('dispute_id', '=', disputeId)
    .orderBy('id')
    .execute();
  return rows.map(riskHistoryJson.read);
}

/** Assigned departments per dispute, for a page of disputes at once. */
export async function listDepartmentIds(db: Executor, disputeIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (disputeIds.length === 0) return out;
  const rows = await db
    .selectFrom('dispute_departments')
    .select(['dispute_id', 'organization_id'])
    .where('dispute_id', 'in', [...disputeIds])
    .orderBy('assigned_at')
    .orderBy('organization_id')
    .execute();
  for (const row of rows) out.set(row.dispute_id, [...(out.get(row.dispute_id) ?? []), row.organization_id]);
  return out;
}

export async function insertDepartments(
  db: Executor,
  disputeId: string,
  organizationIds: readonly string[],
  at: string,
): Promise<void> {
  if (organizationIds.length === 0) return;
  await db
    .insertInto('dispute_departments')
    .values(organizationIds.map((organization_id) => ({ dispute_id: disputeId, organization_id, assigned_at: at })))
    .onConflict((oc) => oc.columns(['dispute_id', 'organization_id']).doNothing())
    .execute();
}

export async function insertTaskforceMembers(
  db: Executor,
  disputeId: string,
  members: readonly { personId: string; departmentId: string }[],
  at: string,
): Promise<void> {
  if (members.length === 0) return;
  await db
    .insertInto('dispute_taskforce_members')
    .values(
      members.map((m) => ({
        dispute_id: disputeId,
        person_id: m.personId,
        organization_id: m.departmentId,
        joined_at: at,
      })),
    )
    .onConflict((oc) => oc.columns(['dispute_id', 'person_id']).doNothing())
    .execute();
}

/** The task force of one case: each member's name and the department that sent them, in the order they joined. */
export async function listTaskforceMembers(
  db: Executor,
  disputeId: string,
): Promise<{ person_id: string; name: string; organization_id: string; organization_name: string }[]> {
  return db
    .selectFrom('dispute_taskforce_members as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .innerJoin('organizations as o', 'o.id', 'm.organization_id')
    .select(['m.person_id', 'p.name', 'm.organization_id', 'o.name as organization_name'])
    .where('m.dispute_id', '=', disputeId)
    .orderBy('m.joined_at')
    .orderBy('o.name')
    .orderBy('p.name_pinyin')
    .execute();
}

export async function listOrganizations(db: Executor, ids: readonly string[]): Promise<OrganizationsTable[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('organizations')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function listPersonOrganizations(
  db: Executor,
  personIds: readonly string[],
): Promise<{ id: string; organization_id: string | null; town_id: string }[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(['id', 'organization_id', 'town_id'])
    .where('id', 'in', [...personIds])
    .execute();
}

/** Every dispute still on the clock whose deadline falls before `until`: candidates for reminders. */
export async function listDisputesDueBy(db: Executor, until: string): Promise<DisputeRow[]> {
  const rows = await db
    .selectFrom('disputes')
    .selectAll()
    .where('state', 'in', [...DEADLINE_RUNNING_STATES])
    .where('deadline_at', 'is not', null)
    .where('deadline_at', '<=', until)
    .execute();
  return rows.map(disputeJson.read);
}

/** Records that a reminder was sent; false when it already was (the job runs again and again). */
export async function claimReminder(db: Executor, key: string, disputeId: string, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto('dispute_reminders')
    .values({ key, dispute_id: disputeId, sent_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

/**
 * Active users holding one of `roles` on the case's place or above it (a village auxiliary, the district's
 * officers, the town's office): the people a case's reminders go to.
 */
export async function listUsersWithRoleOver(
  db: Executor,
  jurisdictionPath: string,
  roles: readonly Role[],
): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as ur')
    .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .select('ur.user_id')
    .where('ur.role', 'in', [...roles])
    .where('u.status', '=', 'active')
    .where(sql<SqlBool>`${jurisdictionPath} like ${sql.ref('j.path')} || '%'`)
    .distinct()
    .execute();
  return rows.map((row) => row.user_id);
}

/** Active department-staff users whose person belongs to one of these departments. */
export async function listDepartmentUsers(db: Executor, organizationIds: readonly string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('persons as p', 'p.id', 'u.person_id')
    .innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .select('u.id')
    .where('ur.role', '=', 'department')
    .where('u.status', '=', 'active')
    .where('p.organization_id', 'in', [...organizationIds])
    .distinct()
    .execute();
  return rows.map((row) => row.id);
}

/** The accounts of the people named as task force members. */
export async function listUserIdsOfPeople(db: Executor, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('person_id', 'in', [...personIds])
    .where('status', '=', 'active')
    .execute();
  return rows.map((row) => row.id);
}
