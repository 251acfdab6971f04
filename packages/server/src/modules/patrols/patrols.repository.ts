import type { PatrolFindingKind } from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import type {
  PatrolCheckInsTable,
  PatrolCheckpointsTable,
  PatrolFindingsTable,
  PatrolLogsTable,
  PatrolMembersTable,
  PatrolShiftsTable,
  PatrolTeamAreasTable,
  PatrolTeamsTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type PatrolTeamRow = PatrolTeamsTable;
export type PatrolTeamAreaRow = PatrolTeamAreasTable;
export type PatrolMemberRow = PatrolMembersTable;
export type PatrolShiftRow = PatrolShiftsTable;
export type PatrolCheckpointRow = PatrolCheckpointsTable;
export type PatrolCheckInRow = PatrolCheckInsTable;
export type PatrolLogRow = PatrolLogsTable;
export type PatrolFindingRow = PatrolFindingsTable;

/** Rows per multi-row statement, under SQLite's 32,766 bound parameters for the widest table (15 columns). */
const CHUNK = 2000;

async function insertChunked<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await write(rows.slice(i, i + CHUNK));
}

// Teams ------------------------------------------------------------------------------------------------------------

export type PatrolTeamView = PatrolTeamRow & { leader_name: string; member_count: number };

export async function insertPatrolTeamRows(db: Executor, rows: readonly PatrolTeamRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_teams').values(chunk).execute());
}

export async function insertPatrolTeamAreaRows(db: Executor, rows: readonly PatrolTeamAreaRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_team_areas').values(chunk).execute());
}

export async function deletePatrolTeamAreas(db: Executor, teamId: string): Promise<void> {
  await db.deleteFrom('patrol_team_areas').where('team_id', '=', teamId).execute();
}

export async function updatePatrolTeamRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<PatrolTeamRow, 'name' | 'leader_person_id' | 'active' | 'jurisdiction_id' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('patrol_teams').set(patch).where('id', '=', id).execute();
}

function teamViews(db: Executor) {
  return db
    .selectFrom('patrol_teams as t')
    .innerJoin('persons as leader', 'leader.id', 't.leader_person_id')
    .selectAll('t')
    .select('leader.name as leader_name')
    .select((eb) =>
      eb
        .selectFrom('patrol_members as m')
        .select(countAll.as('n'))
        .whereRef('m.team_id', '=', 't.id')
        .as('member_count'),
    );
}

export async function findPatrolTeamView(db: Executor, id: string): Promise<PatrolTeamView | undefined> {
  const row = await teamViews(db).where('t.id', '=', id).executeTakeFirst();
  return row ? { ...row, member_count: Number(row.member_count ?? 0) } : undefined;
}

/** A page of teams in the scope, by name then id. */
export async function listPatrolTeamViews(
  db: Executor,
  scope: Scope,
  filter: { active?: boolean | undefined; after?: { name: string; id: string } | null; limit: number | null },
): Promise<PatrolTeamView[]> {
  let q = teamViews(db).where(inScopeSql(scope, { town: 't.town_id', jurisdiction: 't.jurisdiction_id' }));
  if (filter.active !== undefined) q = q.where('t.active', '=', filter.active ? 1 : 0);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(t.name > ${after.name} or (t.name = ${after.name} and t.id > ${after.id}))`);
  q = q.orderBy('t.name').orderBy('t.id');
  const rows = await (filter.limit === null ? q : q.limit(filter.limit)).execute();
  return rows.map((row) => ({ ...row, member_count: Number(row.member_count ?? 0) }));
}

export type PatrolAreaView = PatrolTeamAreaRow & { name: string; level: string; sort_order: number };

/** The areas of a page of teams in one query. */
export async function listPatrolTeamAreas(db: Executor, teamIds: readonly string[]): Promise<PatrolAreaView[]> {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('patrol_team_areas as a')
    .innerJoin('jurisdictions as j', 'j.id', 'a.area_id')
    .selectAll('a')
    .select(['j.name', 'j.level', 'j.sort_order'])
    .where('a.team_id', 'in', [...teamIds])
    .orderBy('a.team_id')
    .orderBy('j.sort_order')
    .orderBy('j.name')
    .execute();
}

/** Jurisdictions by id, for checking a team's area and a checkpoint's village. */
export async function listPatrolPlaces(
  db: Executor,
  ids: readonly string[],
): Promise<{ id: string; town_id: string | null; parent_id: string | null; level: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('jurisdictions')
    .select(['id', 'town_id', 'parent_id', 'level', 'name'])
    .where('id', 'in', [...ids])
    .execute();
}

/** The duties of a person that make them an officer or auxiliary officer, with the person's town. */
export async function findLeaderCandidate(
  db: Executor,
  personId: string,
): Promise<{ id: string; town_id: string; jurisdiction_id: string; name: string; duties: string | null } | undefined> {
  return db
    .selectFrom('persons as p')
    .select(['p.id', 'p.town_id', 'p.jurisdiction_id', 'p.name'])
    .select((eb) =>
      eb
        .selectFrom('assignments as a')
        .select(countAll.as('n'))
        .whereRef('a.person_id', '=', 'p.id')
        .where('a.duty', 'in', ['district_officer', 'village_auxiliary', 'post_head'])
        .as('duties'),
    )
    .where('p.id', '=', personId)
    .executeTakeFirst()
    .then((row) => (row ? { ...row, duties: row.duties === null ? null : String(row.duties) } : undefined));
}

// Members ----------------------------------------------------------------------------------------------------------

export type PatrolMemberView = PatrolMemberRow & {
  name: string;
  phone_masked: string | null;
  phone_enc: string | null;
  person_town_id: string;
  person_jurisdiction_id: string;
  username: string | null;
};

export async function insertPatrolMemberRows(db: Executor, rows: readonly PatrolMemberRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_members').values(chunk).execute());
}

export async function deletePatrolMember(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('patrol_members').where('id', '=', id).execute();
}

export async function findPatrolMember(db: Executor, id: string): Promise<PatrolMemberRow | undefined> {
  return db.selectFrom('patrol_members').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPatrolMemberByPerson(
  db: Executor,
  teamId: string,
  personId: string,
): Promise<PatrolMemberRow | undefined> {
  return db
    .selectFrom('patrol_members')
    .selectAll()
    .where('team_id', '=', teamId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
}

/** The members of some teams with their names, masked phones and accounts, in one query. */
export async function listPatrolMemberViews(db: Executor, teamIds: readonly string[]): Promise<PatrolMemberView[]> {
  if (teamIds.length === 0) return [];
  return db
    .selectFrom('patrol_members as m')
    .innerJoin('persons as p', 'p.id', 'm.person_id')
    .leftJoin('users as u', 'u.id', 'm.user_id')
    .selectAll('m')
    .select([
      'p.name',
      'p.phone_masked',
      'p.phone_enc',
      'p.town_id as person_town_id',
      'p.jurisdiction_id as person_jurisdiction_id',
      'u.username',
    ])
    .where('m.team_id', 'in', [...teamIds])
    .orderBy('m.team_id')
    .orderBy('m.joined_at')
    .orderBy('m.id')
    .execute();
}

// Shifts -----------------------------------------------------------------------------------------------------------

export type PatrolShiftView = PatrolShiftRow & {
  team_name: string;
  leader_person_id: string;
  check_in_count: number;
  log_id: string | null;
};

export async function insertPatrolShiftRows(db: Executor, rows: readonly PatrolShiftRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_shifts').values(chunk).execute());
}

export async function deletePatrolShift(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('patrol_shifts').where('id', '=', id).execute();
}

/** The days among `days` on which the team is already on the rota. */
export async function listPatrolShiftDays(db: Executor, teamId: string, days: readonly string[]): Promise<string[]> {
  if (days.length === 0) return [];
  const rows = await db
    .selectFrom('patrol_shifts')
    .select('day')
    .where('team_id', '=', teamId)
    .where('day', 'in', [...days])
    .execute();
  return rows.map((row) => row.day);
}

function shiftViews(db: Executor) {
  return db
    .selectFrom('patrol_shifts as s')
    .innerJoin('patrol_teams as t', 't.id', 's.team_id')
    .leftJoin('patrol_logs as l', 'l.shift_id', 's.id')
    .selectAll('s')
    .select(['t.name as team_name', 't.leader_person_id', 'l.id as log_id'])
    .select((eb) =>
      eb
        .selectFrom('patrol_check_ins as c')
        .select(countAll.as('n'))
        .whereRef('c.shift_id', '=', 's.id')
        .as('check_in_count'),
    );
}

export async function findPatrolShiftView(db: Executor, id: string): Promise<PatrolShiftView | undefined> {
  const row = await shiftViews(db).where('s.id', '=', id).executeTakeFirst();
  return row ? { ...row, check_in_count: Number(row.check_in_count ?? 0) } : undefined;
}

/** A page of the rota, newest night first. */
export async function listPatrolShiftViews(
  db: Executor,
  scope: Scope,
  filter: {
    teamId?: string | undefined;
    fromDay?: string | undefined;
    toDay?: string | undefined;
    after?: { day: string; id: string } | null;
    limit: number;
  },
): Promise<PatrolShiftView[]> {
  let q = shiftViews(db).where(inScopeSql(scope, { town: 's.town_id', jurisdiction: 's.jurisdiction_id' }));
  if (filter.teamId) q = q.where('s.team_id', '=', filter.teamId);
  if (filter.fromDay) q = q.where('s.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('s.day', '<=', filter.toDay);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(s.day < ${after.day} or (s.day = ${after.day} and s.id < ${after.id}))`);
  const rows = await q.orderBy('s.day', 'desc').orderBy('s.id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({ ...row, check_in_count: Number(row.check_in_count ?? 0) }));
}

// Checkpoints ------------------------------------------------------------------------------------------------------

export type PatrolCheckpointView = PatrolCheckpointRow & { village_name: string; district_id: string | null };

export async function insertPatrolCheckpointRows(db: Executor, rows: readonly PatrolCheckpointRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_checkpoints').values(chunk).execute());
}

export async function updatePatrolCheckpointRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<PatrolCheckpointRow, 'name' | 'lat' | 'lng' | 'active' | 'version' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('patrol_checkpoints').set(patch).where('id', '=', id).execute();
}

function checkpointViews(db: Executor) {
  return db
    .selectFrom('patrol_checkpoints as k')
    .innerJoin('jurisdictions as v', 'v.id', 'k.jurisdiction_id')
    .selectAll('k')
    .select(['v.name as village_name', 'v.parent_id as district_id']);
}

export async function findPatrolCheckpointView(db: Executor, id: string): Promise<PatrolCheckpointView | undefined> {
  return checkpointViews(db).where('k.id', '=', id).executeTakeFirst();
}

/** A page of checkpoints in the scope, by village then name; `limit` null = all (the print sheet). */
export async function listPatrolCheckpointViews(
  db: Executor,
  scope: Scope,
  filter: {
    villageId?: string | undefined;
    active?: boolean | undefined;
    after?: { villageName: string; name: string; id: string } | null;
    limit: number | null;
  },
): Promise<PatrolCheckpointView[]> {
  let q = checkpointViews(db).where(inScopeSql(scope, { town: 'k.town_id', jurisdiction: 'k.jurisdiction_id' }));
  if (filter.villageId) q = q.where('k.jurisdiction_id', '=', filter.villageId);
  if (filter.active !== undefined) q = q.where('k.active', '=', filter.active ? 1 : 0);
  const after = filter.after;
  if (after) {
    q = q.where(
      sql<SqlBool>`(v.name > ${after.villageName} or (v.name = ${after.villageName} and (k.name > ${after.name} or (k.name = ${after.name} and k.id > ${after.id}))))`,
    );
  }
  q = q.orderBy('v.name').orderBy('k.name').orderBy('k.id');
  return filter.limit === null ? q.execute() : q.limit(filter.limit).execute();
}

// Check-ins --------------------------------------------------------------------------------------------------------

/**
 * The caller's teams on the rota for a night whose area holds a checkpoint (its village or that village's district),
 * as a member (by account) or as the leader (the account's person): one indexed query on the hot path.
 */
export async function findRotaForCheckIn(
  db: Executor,
  input: { userId: string; personId: string | null; day: string; areaIds: readonly string[] },
): Promise<{ shift_id: string; team_id: string; team_name: string; person_id: string }[]> {
  const member = db
    .selectFrom('patrol_shifts as s')
    .innerJoin('patrol_teams as t', 't.id', 's.team_id')
    .innerJoin('patrol_members as m', 'm.team_id', 's.team_id')
    .select(['s.id as shift_id', 's.team_id', 't.name as team_name', 'm.person_id'])
    .where('s.day', '=', input.day)
    .where('t.active', '=', 1)
    // A member is the caller by the account stored when he joined, or by the person his account is linked to: an
    // account made (or linked) after he joined must not leave him unable to check in.
    .where((eb) =>
      input.personId
        ? eb.or([eb('m.user_id', '=', input.userId), eb('m.person_id', '=', input.personId)])
        : eb('m.user_id', '=', input.userId),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('patrol_team_areas as a')
          .select('a.area_id')
          .whereRef('a.team_id', '=', 's.team_id')
          .where('a.area_id', 'in', [...input.areaIds]),
      ),
    );
  if (!input.personId) return member.orderBy('shift_id').execute();
  const leader = db
    .selectFrom('patrol_shifts as s')
    .innerJoin('patrol_teams as t', 't.id', 's.team_id')
    .select(['s.id as shift_id', 's.team_id', 't.name as team_name', 't.leader_person_id as person_id'])
    .where('s.day', '=', input.day)
    .where('t.active', '=', 1)
    .where('t.leader_person_id', '=', input.personId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('patrol_team_areas as a')
          .select('a.area_id')
          .whereRef('a.team_id', '=', 's.team_id')
          .where('a.area_id', 'in', [...input.areaIds]),
      ),
    );
  return member.union(leader).orderBy('shift_id').execute();
}

/**
 * Writes a check-in unless the same person checked in at the checkpoint that night or the account already used the
 * clientId (the unique indexes decide, so two racing requests cannot both land). True when the row was written.
 */
export async function insertPatrolCheckInOnce(db: Executor, row: PatrolCheckInRow): Promise<boolean> {
  const result = await db
    .insertInto('patrol_check_ins')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** Many check-ins at once (the demo's year). */
export async function insertPatrolCheckInRows(db: Executor, rows: readonly PatrolCheckInRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_check_ins').values(chunk).execute());
}

/** The check-in a retried request or a replay collides with. */
export async function findPatrolCheckInConflict(
  db: Executor,
  input: { userId: string; clientId: string | null; checkpointId: string; day: string; personId: string },
): Promise<PatrolCheckInRow | undefined> {
  return db
    .selectFrom('patrol_check_ins')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([
          eb('checkpoint_id', '=', input.checkpointId),
          eb('day', '=', input.day),
          eb('person_id', '=', input.personId),
        ]),
        ...(input.clientId ? [eb.and([eb('user_id', '=', input.userId), eb('client_id', '=', input.clientId)])] : []),
      ]),
    )
    .orderBy('at')
    .executeTakeFirst();
}

export type PatrolCheckInView = PatrolCheckInRow & {
  checkpoint_name: string;
  village_name: string;
  team_name: string;
  person_name: string;
};

function checkInViews(db: Executor) {
  return db
    .selectFrom('patrol_check_ins as c')
    .innerJoin('patrol_checkpoints as k', 'k.id', 'c.checkpoint_id')
    .innerJoin('jurisdictions as v', 'v.id', 'c.jurisdiction_id')
    .innerJoin('patrol_teams as t', 't.id', 'c.team_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .selectAll('c')
    .select(['k.name as checkpoint_name', 'v.name as village_name', 't.name as team_name', 'p.name as person_name']);
}

export async function findPatrolCheckInView(db: Executor, id: string): Promise<PatrolCheckInView | undefined> {
  return checkInViews(db).where('c.id', '=', id).executeTakeFirst();
}

/** Check-ins in the scope, newest first; `limit` null = all (the export, and a shift's page). */
export async function listPatrolCheckInViews(
  db: Executor,
  scope: Scope,
  filter: {
    shiftId?: string | undefined;
    teamId?: string | undefined;
    personId?: string | undefined;
    fromDay?: string | undefined;
    toDay?: string | undefined;
    after?: { at: string; id: string } | null;
    limit: number | null;
  },
): Promise<PatrolCheckInView[]> {
  let q = checkInViews(db).where(inScopeSql(scope, { town: 'c.town_id', jurisdiction: 'c.jurisdiction_id' }));
  if (filter.shiftId) q = q.where('c.shift_id', '=', filter.shiftId);
  if (filter.teamId) q = q.where('c.team_id', '=', filter.teamId);
  if (filter.personId) q = q.where('c.person_id', '=', filter.personId);
  if (filter.fromDay) q = q.where('c.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('c.day', '<=', filter.toDay);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(c.at < ${after.at} or (c.at = ${after.at} and c.id < ${after.id}))`);
  q = q.orderBy('c.at', 'desc').orderBy('c.id', 'desc');
  return filter.limit === null ? q.execute() : q.limit(filter.limit).execute();
}

// Logs -------------------------------------------------------------------------------------------------------------

export type PatrolLogView = PatrolLogRow & { team_name: string; leader_person_id: string; check_in_count: number };

export async function insertPatrolLogRows(db: Executor, rows: readonly PatrolLogRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_logs').values(chunk).execute());
}

export async function insertPatrolFindingRows(db: Executor, rows: readonly PatrolFindingRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('patrol_findings').values(chunk).execute());
}

function logViews(db: Executor) {
  return db
    .selectFrom('patrol_logs as l')
    .innerJoin('patrol_teams as t', 't.id', 'l.team_id')
    .selectAll('l')
    .select(['t.name as team_name', 't.leader_person_id'])
    .select((eb) =>
      eb
        .selectFrom('patrol_check_ins as c')
        .select(countAll.as('n'))
        .whereRef('c.shift_id', '=', 'l.shift_id')
        .as('check_in_count'),
    );
}

export async function findPatrolLogView(db: Executor, id: string): Promise<PatrolLogView | undefined> {
  const row = await logViews(db).where('l.id', '=', id).executeTakeFirst();
  return row ? { ...row, check_in_count: Number(row.check_in_count ?? 0) } : undefined;
}

export async function findPatrolLogIdOfShift(db: Executor, shiftId: string): Promise<string | undefined> {
  const row = await db.selectFrom('patrol_logs').select('id').where('shift_id', '=', shiftId).executeTakeFirst();
  return row?.id;
}

/** Logs in the scope, newest night first; `limit` null = all (the export). */
export async function listPatrolLogViews(
  db: Executor,
  scope: Scope,
  filter: {
    teamId?: string | undefined;
    fromDay?: string | undefined;
    toDay?: string | undefined;
    finding?: PatrolFindingKind | undefined;
    after?: { day: string; id: string } | null;
    limit: number | null;
  },
): Promise<PatrolLogView[]> {
  let q = logViews(db).where(inScopeSql(scope, { town: 'l.town_id', jurisdiction: 'l.jurisdiction_id' }));
  if (filter.teamId) q = q.where('l.team_id', '=', filter.teamId);
  if (filter.fromDay) q = q.where('l.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('l.day', '<=', filter.toDay);
  const finding = filter.finding;
  if (finding) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('patrol_findings as f')
          .select('f.id')
          .whereRef('f.log_id', '=', 'l.id')
          .where('f.kind', '=', finding),
      ),
    );
  }
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(l.day < ${after.day} or (l.day = ${after.day} and l.id < ${after.id}))`);
  q = q.orderBy('l.day', 'desc').orderBy('l.id', 'desc');
  const rows = await (filter.limit === null ? q.execute() : q.limit(filter.limit).execute());
  return rows.map((row) => ({ ...row, check_in_count: Number(row.check_in_count ?? 0) }));
}

/** The findings of a page of logs in one query. */
export async function listPatrolFindings(db: Executor, logIds: readonly string[]): Promise<PatrolFindingRow[]> {
  if (logIds.length === 0) return [];
  return db
    .selectFrom('patrol_findings')
    .selectAll()
    .where('log_id', 'in', [...logIds])
    .orderBy('log_id')
    .orderBy('sort_order')
    .execute();
}

// Hours ------------------------------------------------------------------------------------------------------------

export interface PatrolHoursRow {
  person_id: string;
  shift_id: string;
  team_id: string;
  first_at: string;
  last_at: string;
  starts_at: string;
  ends_at: string;
  person_name: string;
  team_name: string;
  phone_masked: string | null;
  phone_enc: string | null;
  person_town_id: string;
  person_jurisdiction_id: string;
}

/** First and last check-in of each person on each shift that began within the days, in the scope: one query. */
export async function listPatrolHoursRows(
  db: Executor,
  scope: Scope,
  filter: { fromDay: string; toDay: string; teamId?: string | undefined },
): Promise<PatrolHoursRow[]> {
  let q = db
    .selectFrom('patrol_check_ins as c')
    .innerJoin('patrol_shifts as s', 's.id', 'c.shift_id')
    .innerJoin('patrol_teams as t', 't.id', 'c.team_id')
    .innerJoin('persons as p', 'p.id', 'c.person_id')
    .select([
      'c.person_id',
      'c.shift_id',
      'c.team_id',
      's.starts_at',
      's.ends_at',
      'p.name as person_name',
      't.name as team_name',
      'p.phone_masked',
      'p.phone_enc',
      'p.town_id as person_town_id',
      'p.jurisdiction_id as person_jurisdiction_id',
    ])
    .select((eb) => [eb.fn.min('c.at').as('first_at'), eb.fn.max('c.at').as('last_at')])
    .where(inScopeSql(scope, { town: 's.town_id', jurisdiction: 's.jurisdiction_id' }))
    .where('c.day', '>=', filter.fromDay)
    .where('c.day', '<=', filter.toDay);
  if (filter.teamId) q = q.where('c.team_id', '=', filter.teamId);
  const rows = await q
    .groupBy([
      'c.person_id',
      'c.shift_id',
      'c.team_id',
      's.starts_at',
      's.ends_at',
      'p.name',
      't.name',
      'p.phone_masked',
      'p.phone_enc',
      'p.town_id',
      'p.jurisdiction_id',
    ])
    .orderBy('t.name')
    .orderBy('p.name')
    .orderBy('c.person_id')
    .orderBy('c.shift_id')
    .execute();
  return rows.map((row) => ({ ...row, first_at: String(row.first_at), last_at: String(row.last_at) }));
}

/** The accounts of a person (a member checks in with the one linked to their person). */
export async function listPatrolUserIdsOfPerson(db: Executor, personId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('person_id', '=', personId)
    .where('status', '=', 'active')
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** A person's place and name, for adding them to a team. */
export async function findPatrolPerson(
  db: Executor,
  personId: string,
): Promise<{ id: string; town_id: string; jurisdiction_id: string; name: string } | undefined> {
  return db
    .selectFrom('persons')
    .select(['id', 'town_id', 'jurisdiction_id', 'name'])
    .where('id', '=', personId)
    .executeTakeFirst();
}
