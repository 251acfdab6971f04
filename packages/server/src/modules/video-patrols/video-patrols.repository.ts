import {
  type VideoPatrolRoundState,
  type VideoReminderState,
  type VideoReminderTarget,
  videoPatrolAnswerSchema,
  videoPatrolChecklistItemSchema,
  videoPatrolScheduleSchema,
} from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type {
  CamerasTable,
  VideoPatrolParticipantsTable,
  VideoPatrolPlanCamerasTable,
  VideoPatrolPlansTable,
  VideoPatrolResultsTable,
  VideoPatrolRoundCamerasTable,
  VideoPatrolRoundsTable,
  VideoRemindersTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type VideoPatrolPlanRow = Parsed<VideoPatrolPlansTable>;
export type VideoPatrolRoundRow = Parsed<VideoPatrolRoundsTable>;
export type VideoPatrolResultRow = Parsed<VideoPatrolResultsTable>;
export type VideoPatrolParticipantRow = VideoPatrolParticipantsTable;
export type VideoPatrolRoundCameraRow = VideoPatrolRoundCamerasTable;
export type VideoPatrolPlanCameraRow = VideoPatrolPlanCamerasTable;
export type VideoReminderRow = VideoRemindersTable;

const planJson = jsonColumns<VideoPatrolPlansTable>({
  checklist: z.array(videoPatrolChecklistItemSchema),
  schedule: videoPatrolScheduleSchema,
});
const roundJson = jsonColumns<VideoPatrolRoundsTable>({ checklist: z.array(videoPatrolChecklistItemSchema) });
const resultJson = jsonColumns<VideoPatrolResultsTable>({ answers: z.array(videoPatrolAnswerSchema) });

/** Rows per multi-row statement, under SQLite's 32,766 bound parameters for the widest table (25 columns). */
const CHUNK = 1000;

async function insertChunked<T>(rows: readonly T[], write: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) await write(rows.slice(start, start + CHUNK));
}

const SCOPE_COLUMNS = { town: 'town_id', jurisdiction: 'jurisdiction_id' } as const;

// Cameras ----------------------------------------------------------------------------------------------------------

/** A camera as the patrols show it: its place, kind and household owner. */
export interface VideoPatrolCameraView {
  id: string;
  town_id: string;
  village_id: string;
  village_name: string;
  name: string;
  kind: CamerasTable['kind'];
  owner_person_id: string | null;
  active: number;
}

/** A camera as a round shows it, with its village's name (cameras `c` joined to jurisdictions `v`). */
const CAMERA_VIEW_COLUMNS = [
  'c.id',
  'c.town_id',
  'c.village_id',
  'v.name as village_name',
  'c.name',
  'c.kind',
  'c.owner_person_id',
  'c.active',
] as const;

/** Cameras of the registry by id (in no order), with their village's name. */
export async function listVideoPatrolCameras(
  db: Executor,
  cameraIds: readonly string[],
): Promise<VideoPatrolCameraView[]> {
  if (cameraIds.length === 0) return [];
  return db
    .selectFrom('cameras as c')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .select(CAMERA_VIEW_COLUMNS)
    .where('c.id', 'in', [...new Set(cameraIds)])
    .execute();
}

// Plans ------------------------------------------------------------------------------------------------------------

export async function insertVideoPatrolPlanRows(
  db: Executor,
  plans: readonly VideoPatrolPlanRow[],
  cameras: readonly VideoPatrolPlanCameraRow[],
): Promise<void> {
  await insertChunked(plans, (chunk) =>
    db
      .insertInto('video_patrol_plans')
      .values(chunk.map((row) => planJson.write(row)))
      .execute(),
  );
  await insertChunked(cameras, (chunk) => db.insertInto('video_patrol_plan_cameras').values(chunk).execute());
}

export async function updateVideoPatrolPlanRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<VideoPatrolPlanRow, 'name' | 'checklist' | 'schedule' | 'active' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('video_patrol_plans').set(planJson.write(patch)).where('id', '=', id).execute();
}

/** Replaces a plan's camera list (rounds already created keep theirs). */
export async function replaceVideoPatrolPlanCameras(
  db: Executor,
  planId: string,
  cameras: readonly VideoPatrolPlanCameraRow[],
): Promise<void> {
  await db.deleteFrom('video_patrol_plan_cameras').where('plan_id', '=', planId).execute();
  await insertChunked(cameras, (chunk) => db.insertInto('video_patrol_plan_cameras').values(chunk).execute());
}

export async function findVideoPatrolPlanRow(db: Executor, id: string): Promise<VideoPatrolPlanRow | undefined> {
  const row = await db.selectFrom('video_patrol_plans').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? planJson.read(row) : undefined;
}

/** Plans in scope, newest first (keyset on created_at, id). */
export async function listVideoPatrolPlanRows(
  db: Executor,
  scope: Scope,
  filter: { active?: boolean | undefined; after?: { at: string; id: string } | null; limit: number | null },
): Promise<VideoPatrolPlanRow[]> {
  let q = db.selectFrom('video_patrol_plans').selectAll().where(inScopeSql(scope, SCOPE_COLUMNS));
  if (filter.active !== undefined) q = q.where('active', '=', filter.active ? 1 : 0);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(created_at < ${after.at} or (created_at = ${after.at} and id < ${after.id}))`);
  q = q.orderBy('created_at', 'desc').orderBy('id', 'desc');
  const rows = await (filter.limit === null ? q.execute() : q.limit(filter.limit).execute());
  return rows.map((row) => planJson.read(row));
}

/** Every active plan of every town: the daily job's input. */
export async function listActiveVideoPatrolPlanRows(db: Executor): Promise<VideoPatrolPlanRow[]> {
  const rows = await db.selectFrom('video_patrol_plans').selectAll().where('active', '=', 1).orderBy('id').execute();
  return rows.map((row) => planJson.read(row));
}

/** The cameras of some plans in one query, in each plan's order. */
export async function listVideoPatrolPlanCameraRows(
  db: Executor,
  planIds: readonly string[],
): Promise<VideoPatrolPlanCameraRow[]> {
  if (planIds.length === 0) return [];
  return db
    .selectFrom('video_patrol_plan_cameras')
    .selectAll()
    .where('plan_id', 'in', [...planIds])
    .orderBy('plan_id')
    .orderBy('sort_order')
    .execute();
}

// Rounds -----------------------------------------------------------------------------------------------------------

/** Inserts rounds with their cameras and participants (the daily job and the demo insert many at once). */
export async function insertVideoPatrolRoundRows(
  db: Executor,
  rounds: readonly VideoPatrolRoundRow[],
  cameras: readonly VideoPatrolRoundCameraRow[],
  participants: readonly VideoPatrolParticipantRow[],
): Promise<void> {
  await insertChunked(rounds, (chunk) =>
    db
      .insertInto('video_patrol_rounds')
      .values(chunk.map((row) => roundJson.write(row)))
      .execute(),
  );
  await insertChunked(cameras, (chunk) => db.insertInto('video_patrol_round_cameras').values(chunk).execute());
  await insertChunked(participants, (chunk) => db.insertInto('video_patrol_participants').values(chunk).execute());
}

/**
 * Inserts a scheduled round unless its `schedule_key` exists already (a second run of the daily job, or a second
 * process): true when this call created it.
 */
export async function insertScheduledVideoPatrolRound(
  db: Executor,
  round: VideoPatrolRoundRow,
  cameras: readonly VideoPatrolRoundCameraRow[],
  participants: readonly VideoPatrolParticipantRow[],
): Promise<boolean> {
  const inserted = await db
    .insertInto('video_patrol_rounds')
    .values(roundJson.write(round))
    .onConflict((oc) => oc.column('schedule_key').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  await insertChunked(cameras, (chunk) => db.insertInto('video_patrol_round_cameras').values(chunk).execute());
  await insertChunked(participants, (chunk) => db.insertInto('video_patrol_participants').values(chunk).execute());
  return true;
}

export async function insertVideoPatrolParticipantRows(
  db: Executor,
  participants: readonly VideoPatrolParticipantRow[],
): Promise<void> {
  if (participants.length === 0) return;
  await db
    .insertInto('video_patrol_participants')
    .values([...participants])
    .onConflict((oc) => oc.columns(['round_id', 'role']).doNothing())
    .execute();
}

export async function findVideoPatrolRoundRow(db: Executor, id: string): Promise<VideoPatrolRoundRow | undefined> {
  const row = await db.selectFrom('video_patrol_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? roundJson.read(row) : undefined;
}

export interface VideoPatrolRoundFilter {
  planId?: string | undefined;
  state?: VideoPatrolRoundState | undefined;
  fromDay?: string | undefined;
  toDay?: string | undefined;
  withFindings?: boolean | undefined;
  after?: { day: string; id: string } | null;
  limit: number | null;
}

/** Rounds in scope, newest day first (keyset on day, id). */
export async function listVideoPatrolRoundRows(
  db: Executor,
  scope: Scope,
  filter: VideoPatrolRoundFilter,
): Promise<VideoPatrolRoundRow[]> {
  let q = db.selectFrom('video_patrol_rounds').selectAll().where(inScopeSql(scope, SCOPE_COLUMNS));
  if (filter.planId) q = q.where('plan_id', '=', filter.planId);
  if (filter.state) q = q.where('state', '=', filter.state);
  if (filter.fromDay) q = q.where('day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('day', '<=', filter.toDay);
  if (filter.withFindings !== undefined) q = q.where('finding_count', filter.withFindings ? '>' : '=', 0);
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(day < ${after.day} or (day = ${after.day} and id < ${after.id}))`);
  q = q.orderBy('day', 'desc').orderBy('id', 'desc');
  const rows = await (filter.limit === null ? q.execute() : q.limit(filter.limit).execute());
  return rows.map((row) => roundJson.read(row));
}

/** The cameras of some rounds with their place, in each round's order, in one query. */
export async function listVideoPatrolRoundCameraViews(
  db: Executor,
  roundIds: readonly string[],
): Promise<(VideoPatrolCameraView & { round_id: string })[]> {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom('video_patrol_round_cameras as rc')
    .innerJoin('cameras as c', 'c.id', 'rc.camera_id')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .select([
      'rc.round_id',
      'c.id',
      'c.town_id',
      'c.village_id',
      'v.name as village_name',
      'c.name',
      'c.kind',
      'c.owner_person_id',
      'c.active',
    ])
    .where('rc.round_id', 'in', [...roundIds])
    .orderBy('rc.round_id')
    .orderBy('rc.sort_order')
    .execute();
}

/** Whether a camera is one of a round's cameras. */
export async function isCameraInVideoPatrolRound(db: Executor, roundId: string, cameraId: string): Promise<boolean> {
  const row = await db
    .selectFrom('video_patrol_round_cameras')
    .select('camera_id')
    .where('round_id', '=', roundId)
    .where('camera_id', '=', cameraId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listVideoPatrolParticipantRows(
  db: Executor,
  roundIds: readonly string[],
): Promise<VideoPatrolParticipantRow[]> {
  if (roundIds.length === 0) return [];
  return db
    .selectFrom('video_patrol_participants')
    .selectAll()
    .where('round_id', 'in', [...roundIds])
    .orderBy('round_id')
    .orderBy('role')
    .execute();
}

/**
 * Counts a new result on an open round (and marks it started): 0 when the round is closed meanwhile, so a result
 * racing the finish is refused instead of landing on a finished round.
 */
export async function countVideoPatrolResult(
  db: Executor,
  roundId: string,
  finding: boolean,
  at: string,
): Promise<number> {
  const updated = await db
    .updateTable('video_patrol_rounds')
    .set((eb) => ({
      result_count: eb('result_count', '+', 1),
      finding_count: eb('finding_count', '+', finding ? 1 : 0),
      started_at: eb.fn.coalesce('started_at', sql<string>`${at}`),
    }))
    .where('id', '=', roundId)
    .where('state', '=', 'open')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}

/** Closes an open round whose every camera has its result: 0 when it is closed already or still incomplete. */
export async function closeVideoPatrolRoundRow(db: Executor, id: string, at: string, by: string): Promise<number> {
  const updated = await db
    .updateTable('video_patrol_rounds')
    .set({ state: 'closed', closed_at: at, closed_by: by })
    .where('id', '=', id)
    .where('state', '=', 'open')
    .whereRef('result_count', '=', 'camera_count')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}

/** The security director on rotation at the town's station on a Shanghai day (the rota slot listing that day). */
export async function findRotationDirectorOn(
  db: Executor,
  townId: string,
  day: string,
): Promise<{ person_id: string; name: string; user_id: string | null } | undefined> {
  const slots = await db
    .selectFrom('rota_slots as s')
    .innerJoin('persons as p', 'p.id', 's.director_person_id')
    .select((eb) => [
      's.days',
      's.director_person_id',
      'p.name',
      eb
        .selectFrom('users as u')
        .select((e) => e.fn.min('u.id').as('id'))
        .whereRef('u.person_id', '=', 'p.id')
        .where('u.status', '=', 'active')
        .as('user_id'),
    ])
    .where('s.town_id', '=', townId)
    .where('s.start_date', '<=', day)
    .where('s.end_date', '>=', day)
    .orderBy('s.start_date')
    .execute();
  // The slot's days are the director's days at the station (working days only): the day must be one of them.
  for (const slot of slots) {
    const days = z.array(z.string()).parse(JSON.parse(slot.days));
    if (slot.director_person_id && days.includes(day)) {
      return { person_id: slot.director_person_id, name: slot.name, user_id: slot.user_id ?? null };
    }
  }
  return undefined;
}

// Results ----------------------------------------------------------------------------------------------------------

export async function insertVideoPatrolResultRows(db: Executor, rows: readonly VideoPatrolResultRow[]): Promise<void> {
  await insertChunked(rows, (chunk) =>
    db
      .insertInto('video_patrol_results')
      .values(chunk.map((row) => resultJson.write(row)))
      .execute(),
  );
}

export async function setVideoPatrolResultFinding(
  db: Executor,
  id: string,
  finding: Pick<VideoPatrolResultRow, 'finding_kind' | 'finding_id' | 'finding_label'>,
): Promise<void> {
  await db.updateTable('video_patrol_results').set(finding).where('id', '=', id).execute();
}

export async function findVideoPatrolResultRow(db: Executor, id: string): Promise<VideoPatrolResultRow | undefined> {
  const row = await db.selectFrom('video_patrol_results').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? resultJson.read(row) : undefined;
}

/** The results of some rounds in one query. */
export async function listVideoPatrolResultRows(
  db: Executor,
  roundIds: readonly string[],
): Promise<VideoPatrolResultRow[]> {
  if (roundIds.length === 0) return [];
  const rows = await db
    .selectFrom('video_patrol_results')
    .selectAll()
    .where('round_id', 'in', [...roundIds])
    .orderBy('round_id')
    .orderBy('recorded_at')
    .execute();
  return rows.map((row) => resultJson.read(row));
}

// Reminders --------------------------------------------------------------------------------------------------------

/** A reminder with the names its screens show. */
export interface VideoReminderView extends VideoReminderRow {
  village_name: string;
  camera_name: string;
  round_day: string;
  finding_note: string | null;
  /** The id of the next attempt, when this one was retried. */
  next_attempt_id: string | null;
}

export async function insertVideoReminderRows(db: Executor, rows: readonly VideoReminderRow[]): Promise<void> {
  await insertChunked(rows, (chunk) => db.insertInto('video_reminders').values(chunk).execute());
}

function reminderViews(db: Executor) {
  return db
    .selectFrom('video_reminders as m')
    .innerJoin('jurisdictions as v', 'v.id', 'm.jurisdiction_id')
    .innerJoin('cameras as c', 'c.id', 'm.camera_id')
    .innerJoin('video_patrol_rounds as r', 'r.id', 'm.round_id')
    .innerJoin('video_patrol_results as res', 'res.id', 'm.result_id')
    .leftJoin('video_reminders as n', 'n.retry_of_id', 'm.id')
    .selectAll('m')
    .select([
      'v.name as village_name',
      'c.name as camera_name',
      'r.day as round_day',
      'res.note as finding_note',
      'n.id as next_attempt_id',
    ]);
}

export async function findVideoReminderView(db: Executor, id: string): Promise<VideoReminderView | undefined> {
  return reminderViews(db).where('m.id', '=', id).executeTakeFirst();
}

export interface VideoReminderFilter {
  state?: VideoReminderState | undefined;
  villageId?: string | undefined;
  target?: VideoReminderTarget | undefined;
  fromDay?: string | undefined;
  toDay?: string | undefined;
  recipientUserId?: string | undefined;
  after?: { at: string; id: string } | null;
  limit: number | null;
}

/** Reminders in scope, newest first (keyset on sent_at, id). */
export async function listVideoReminderViews(
  db: Executor,
  scope: Scope,
  filter: VideoReminderFilter,
): Promise<VideoReminderView[]> {
  let q = reminderViews(db).where(inScopeSql(scope, { town: 'm.town_id', jurisdiction: 'm.jurisdiction_id' }));
  if (filter.state) q = q.where('m.state', '=', filter.state);
  if (filter.villageId) q = q.where('m.jurisdiction_id', '=', filter.villageId);
  if (filter.target) q = q.where('m.target', '=', filter.target);
  if (filter.fromDay) q = q.where('m.day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('m.day', '<=', filter.toDay);
  if (filter.recipientUserId) q = q.where('m.recipient_user_id', '=', filter.recipientUserId);
  const after = filter.after;
  if (after) {
    q = q.where(sql<SqlBool>`(m.sent_at < ${after.at} or (m.sent_at = ${after.at} and m.id < ${after.id}))`);
  }
  q = q.orderBy('m.sent_at', 'desc').orderBy('m.id', 'desc');
  return filter.limit === null ? q.execute() : q.limit(filter.limit).execute();
}

/** The reminders of some results in one query (a round's page shows each finding's reminder). */
export async function listVideoReminderRowsOfResults(
  db: Executor,
  resultIds: readonly string[],
): Promise<VideoReminderRow[]> {
  if (resultIds.length === 0) return [];
  return db
    .selectFrom('video_reminders')
    .selectAll()
    .where('result_id', 'in', [...resultIds])
    .orderBy('result_id')
    .orderBy('attempt')
    .execute();
}

/** Records the outcome of a pending reminder: 0 when another caller recorded one first. */
export async function recordVideoReminderOutcomeRow(
  db: Executor,
  id: string,
  outcome: Pick<VideoReminderRow, 'state' | 'outcome_note' | 'outcome_at' | 'outcome_by' | 'outcome_by_name'>,
): Promise<number> {
  const updated = await db
    .updateTable('video_reminders')
    .set(outcome)
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return Number(updated.numUpdatedRows);
}

/** Pending reminders in scope (the home page's to-do), oldest first, and how many there are. */
export async function listPendingVideoReminderViews(
  db: Executor,
  scope: Scope,
  limit: number,
): Promise<{ rows: VideoReminderView[]; total: number }> {
  const where = inScopeSql(scope, { town: 'm.town_id', jurisdiction: 'm.jurisdiction_id' });
  const rows = await reminderViews(db)
    .where(where)
    .where('m.state', '=', 'pending')
    .orderBy('m.sent_at')
    .orderBy('m.id')
    .limit(limit)
    .execute();
  const counted = await db
    .selectFrom('video_reminders as m')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where(where)
    .where('m.state', '=', 'pending')
    .executeTakeFirst();
  return { rows, total: Number(counted?.n ?? 0) };
}

// Recipients -------------------------------------------------------------------------------------------------------

/** The active accounts holding a village_cadre grant over a village, by name. */
export async function listVillageCadreUsers(
  db: Executor,
  villageId: string,
): Promise<{ user_id: string; name: string }[]> {
  return db
    .selectFrom('user_roles as ur')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .select(['u.id as user_id', 'u.display_name as name'])
    .where('ur.role', '=', 'village_cadre')
    .where('ur.jurisdiction_id', '=', villageId)
    .where('u.status', '=', 'active')
    .orderBy('u.display_name')
    .orderBy('u.id')
    .execute();
}

/** A household owner's name (to mask) and place (for the unmask check). */
export async function findVideoPatrolPerson(
  db: Executor,
  personId: string,
): Promise<{ id: string; name: string; town_id: string; jurisdiction_id: string } | undefined> {
  return db
    .selectFrom('persons')
    .select(['id', 'name', 'town_id', 'jurisdiction_id'])
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** People by id in one query (clear household names for an export by a caller who may unmask them). */
export async function listVideoPatrolPersons(
  db: Executor,
  personIds: readonly string[],
): Promise<{ id: string; name: string; town_id: string; jurisdiction_id: string }[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(['id', 'name', 'town_id', 'jurisdiction_id'])
    .where('id', 'in', [...new Set(personIds)])
    .execute();
}

/** A town's active public cameras by name (the demo's plans patrol them). */
export async function listTownPublicCameras(db: Executor, townId: string): Promise<VideoPatrolCameraView[]> {
  return db
    .selectFrom('cameras as c')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .select(CAMERA_VIEW_COLUMNS)
    .where('c.town_id', '=', townId)
    .where('c.kind', '=', 'public')
    .where('c.active', '=', 1)
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
}
