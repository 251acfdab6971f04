import { type MeetingState, type OrganizationKind, type Role, statsSnapshotSchema } from '@fengqiao/domain';
import { type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { MeetingAttendeesTable, MeetingsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type MeetingRow = Parsed<MeetingsTable>;
/** A meeting with its town's name, as lists and the meeting page show it. */
export type MeetingView = MeetingRow & { town_name: string };
export type AttendeeRow = MeetingAttendeesTable;
/** An attendee with the names of their organisation and village. */
export type AttendeeView = AttendeeRow & { organization_name: string | null; village_name: string | null };

const meetingJson = jsonColumns<MeetingsTable>({ snapshot: statsSnapshotSchema });

const SCOPE_COLUMNS = { town: 'm.town_id', jurisdiction: 'm.jurisdiction_id' };

export interface MeetingFilter {
  townId?: string | undefined;
  state?: MeetingState | undefined;
  /** Inclusive Shanghai days of starts_at. */
  fromDay?: string | undefined;
  toDay?: string | undefined;
  /** The sort key of the last row of the previous page (newest first). */
  after?: { startsAt: string; id: string } | null | undefined;
  limit: number;
}

export async function insertMeetingRows(db: Executor, rows: readonly MeetingRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('meetings')
    .values(rows.map((row) => meetingJson.write(row)))
    .execute();
}

/**
 * Changes a meeting only while it is in one of `states`; false when it no longer is (another request moved it on
 * meanwhile), so two managers holding or closing at once cannot both succeed.
 */
export async function updateMeetingRow(
  db: Executor,
  id: string,
  states: readonly MeetingState[],
  patch: Partial<MeetingRow>,
): Promise<boolean> {
  const result = await db
    .updateTable('meetings')
    .set(meetingJson.write(patch) as Updateable<MeetingsTable>)
    .where('id', '=', id)
    .where('state', 'in', [...states])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function meetingsWithTown(db: Executor) {
  return db
    .selectFrom('meetings as m')
    .innerJoin('jurisdictions as t', 't.id', 'm.town_id')
    .selectAll('m')
    .select('t.name as town_name');
}

export async function findMeetingView(db: Executor, id: string): Promise<MeetingView | undefined> {
  const row = await meetingsWithTown(db).where('m.id', '=', id).executeTakeFirst();
  return row ? meetingJson.read(row) : undefined;
}

/** A page of meetings in the scope, newest first by (starts_at, id); ask for limit + 1 to know whether more exist. */
export async function listMeetingViews(db: Executor, scope: Scope, filter: MeetingFilter): Promise<MeetingView[]> {
  let q = meetingsWithTown(db).where(inScopeSql(scope, SCOPE_COLUMNS));
  if (filter.townId) q = q.where('m.town_id', '=', filter.townId);
  if (filter.state) q = q.where('m.state', '=', filter.state);
  if (filter.fromDay) q = q.where('m.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('m.day', '<=', filter.toDay);
  const after = filter.after;
  if (after) {
    q = q.where(
      sql<SqlBool>`(m.starts_at < ${after.startsAt} or (m.starts_at = ${after.startsAt} and m.id < ${after.id}))`,
    );
  }
  const rows = await q.orderBy('m.starts_at', 'desc').orderBy('m.id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => meetingJson.read(row));
}

/** The town's latest meeting (not cancelled) starting before `startsAt`: the one whose tasks this one reviews. */
export async function findPreviousMeetingId(db: Executor, townId: string, startsAt: string): Promise<string | null> {
  const row = await db
    .selectFrom('meetings')
    .select('id')
    .where('town_id', '=', townId)
    .where('starts_at', '<', startsAt)
    .where('state', '!=', 'cancelled')
    .orderBy('starts_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Replaces a meeting's attendees with these rows (in their `position` order). */
export async function replaceAttendeeRows(
  db: Executor,
  meetingId: string,
  rows: readonly AttendeeRow[],
): Promise<void> {
  await db.deleteFrom('meeting_attendees').where('meeting_id', '=', meetingId).execute();
  await insertAttendeeRows(db, rows);
}

export async function insertAttendeeRows(db: Executor, rows: readonly AttendeeRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('meeting_attendees')
    .values([...rows])
    .execute();
}

/** The attendees of some meetings in one query, in their order. */
export async function listAttendeeViews(db: Executor, meetingIds: readonly string[]): Promise<AttendeeView[]> {
  if (meetingIds.length === 0) return [];
  return db
    .selectFrom('meeting_attendees as a')
    .leftJoin('organizations as o', 'o.id', 'a.organization_id')
    .leftJoin('jurisdictions as v', 'v.id', 'a.village_id')
    .selectAll('a')
    .select(['o.name as organization_name', 'v.name as village_name'])
    .where('a.meeting_id', 'in', [...meetingIds])
    .orderBy('a.meeting_id')
    .orderBy('a.position')
    .execute();
}

/** How many attendees each of some meetings has, in one query. */
export async function countAttendees(db: Executor, meetingIds: readonly string[]): Promise<Map<string, number>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('meeting_attendees')
    .select(['meeting_id', countAll.as('count')])
    .where('meeting_id', 'in', [...meetingIds])
    .groupBy('meeting_id')
    .execute();
  return new Map(rows.map((row) => [row.meeting_id, row.count]));
}

/** Active accounts holding one of `roles` on the town itself (the station's and 综治办's people), by name. */
export async function listTownAccounts(
  db: Executor,
  townId: string,
  roles: readonly Role[],
): Promise<{ id: string; display_name: string; role: Role; place_name: string }[]> {
  return db
    .selectFrom('user_roles as ur')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
    .select(['u.id', 'u.display_name', 'ur.role', 'j.name as place_name'])
    .where('ur.role', 'in', [...roles])
    .where('u.status', '=', 'active')
    .where((eb) => eb.or([eb('j.id', '=', townId), eb('j.town_id', '=', townId)]))
    .orderBy('ur.role')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

/** An active account with a role anywhere in the town (the chair, an attendee, a task's owner). */
export async function findTownAccount(
  db: Executor,
  townId: string,
  userId: string,
): Promise<{ id: string; display_name: string; person_id: string | null } | undefined> {
  return db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name', 'u.person_id'])
    .where('u.id', '=', userId)
    .where('u.status', '=', 'active')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles as ur')
          .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
          .select('ur.user_id')
          .whereRef('ur.user_id', '=', 'u.id')
          .where((eb) => eb.or([eb('j.id', '=', townId), eb('j.town_id', '=', townId)])),
      ),
    )
    .executeTakeFirst();
}

/** The town's rota turns of one month with their villages and security directors (rotation module's rows). */
export async function listRotaMonth(
  db: Executor,
  townId: string,
  year: number,
  month: number,
): Promise<
  { village_id: string; village_name: string; director_person_id: string | null; director_name: string | null }[]
> {
  return db
    .selectFrom('rota_slots as s')
    .innerJoin('jurisdictions as v', 'v.id', 's.jurisdiction_id')
    .leftJoin('persons as p', 'p.id', 's.director_person_id')
    .select([
      's.jurisdiction_id as village_id',
      'v.name as village_name',
      's.director_person_id',
      'p.name as director_name',
    ])
    .where('s.town_id', '=', townId)
    .where('s.year', '=', year)
    .where('s.month', '=', month)
    .orderBy('s.start_date')
    .orderBy('s.slot_index')
    .execute();
}

/** The town's organisations of some kinds (departments by default), by name. */
export async function listTownDepartments(
  db: Executor,
  townId: string,
  kinds: readonly OrganizationKind[] = ['department'],
): Promise<{ id: string; name: string; kind: OrganizationKind }[]> {
  return db
    .selectFrom('organizations')
    .select(['id', 'name', 'kind'])
    .where('town_id', '=', townId)
    .where('kind', 'in', [...kinds])
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** A person of the town's directory (an attendee named by person). */
export async function findTownPerson(
  db: Executor,
  townId: string,
  personId: string,
): Promise<{ id: string; name: string; organization_id: string | null } | undefined> {
  return db
    .selectFrom('persons')
    .select(['id', 'name', 'organization_id'])
    .where('id', '=', personId)
    .where('town_id', '=', townId)
    .executeTakeFirst();
}
