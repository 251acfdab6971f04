import type { TaskState } from '@fengqiao/domain';
import { type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import type { TaskFeedbackPhotosTable, TaskFeedbackTable, TaskLinksTable, TasksTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type TaskRow = TasksTable;
/** A task with the names screens show: its village and its meeting. */
export type TaskView = TaskRow & { village_name: string | null; meeting_title: string | null };
export type TaskLinkRow = TaskLinksTable;
/** A link with the place of the record it names (null when that record is of the other kind), for its policy. */
export type TaskLinkPlaceRow = TaskLinkRow & {
  incident_town_id: string | null;
  incident_jurisdiction_id: string | null;
  dispute_town_id: string | null;
  dispute_jurisdiction_id: string | null;
};
export type TaskFeedbackRow = TaskFeedbackTable;
export type TaskPhotoRow = TaskFeedbackPhotosTable;

/** Rows per multi-row statement: 23 columns × 1,000 = 23,000 bound parameters, under SQLite's 32,766. */
const CHUNK = 1000;

/**
 * Who reads a task: the task.read scope (a village's tasks by their jurisdiction; department staff the tasks owned
 * by their organisation) and the owner always, whatever their scope.
 */
export interface TaskVisibility {
  scope: Scope;
  ownerUserId: string;
  ownerOrganizationId: string | null;
}

function visibleSql(visibility: TaskVisibility) {
  const owner = [sql<SqlBool>`t.owner_user_id = ${visibility.ownerUserId}`];
  if (visibility.ownerOrganizationId) {
    owner.push(sql<SqlBool>`t.owner_organization_id = ${visibility.ownerOrganizationId}`);
  }
  const scoped = inScopeSql(visibility.scope, {
    town: 't.town_id',
    jurisdiction: 't.jurisdiction_id',
    assignedTo: (organizationIds) => sql<SqlBool>`t.owner_organization_id in (${sql.join(organizationIds)})`,
  });
  return sql<SqlBool>`(${scoped} or ${sql.join(owner, sql` or `)})`;
}

export interface TaskFilter {
  /** The caller's owner side only: their account or their department. */
  mine?: { userId: string; organizationId: string | null } | undefined;
  states?: readonly TaskState[] | undefined;
  /** Due on or before this day (inclusive). */
  dueBy?: string | undefined;
  /** Due on or after this day (inclusive). */
  dueFrom?: string | undefined;
  villageId?: string | undefined;
  meetingId?: string | undefined;
  ownerOrganizationId?: string | undefined;
  /** The sort key of the last row of the previous page (soonest deadline first). */
  after?: { dueOn: string; id: string } | null | undefined;
  limit: number;
}

export async function insertTaskRows(db: Executor, rows: readonly TaskRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('tasks')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

/** Changes a task only while it is in `state`: false when another request moved it on meanwhile. */
export async function updateTaskRow(
  db: Executor,
  id: string,
  state: TaskState,
  patch: Updateable<TasksTable>,
): Promise<boolean> {
  const result = await db
    .updateTable('tasks')
    .set(patch)
    .where('id', '=', id)
    .where('state', '=', state)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

function tasksWithNames(db: Executor) {
  return db
    .selectFrom('tasks as t')
    .leftJoin('jurisdictions as v', 'v.id', 't.village_id')
    .leftJoin('meetings as m', 'm.id', 't.meeting_id')
    .selectAll('t')
    .select(['v.name as village_name', 'm.title as meeting_title']);
}

export async function findTaskView(db: Executor, id: string): Promise<TaskView | undefined> {
  return tasksWithNames(db).where('t.id', '=', id).executeTakeFirst();
}

/** The tasks the caller may read matching a filter, not yet selected: the list and its count share it. */
function matchingTasks(db: Executor, visibility: TaskVisibility, filter: Omit<TaskFilter, 'after' | 'limit'>) {
  let q = tasksWithNames(db).where(visibleSql(visibility));
  const mine = filter.mine;
  if (mine) {
    q = q.where((eb) =>
      eb.or([
        eb('t.owner_user_id', '=', mine.userId),
        ...(mine.organizationId ? [eb('t.owner_organization_id', '=', mine.organizationId)] : []),
      ]),
    );
  }
  if (filter.states) q = q.where('t.state', 'in', [...filter.states]);
  if (filter.dueBy) q = q.where('t.due_on', '<=', filter.dueBy);
  if (filter.dueFrom) q = q.where('t.due_on', '>=', filter.dueFrom);
  if (filter.villageId) q = q.where('t.village_id', '=', filter.villageId);
  if (filter.meetingId) q = q.where('t.meeting_id', '=', filter.meetingId);
  if (filter.ownerOrganizationId) q = q.where('t.owner_organization_id', '=', filter.ownerOrganizationId);
  return q;
}

/** A page of the tasks the caller may read, soonest deadline first; ask for limit + 1 to know whether more exist. */
export async function listTaskViews(db: Executor, visibility: TaskVisibility, filter: TaskFilter): Promise<TaskView[]> {
  let q = matchingTasks(db, visibility, filter);
  const after = filter.after;
  if (after) {
    q = q.where(sql<SqlBool>`(t.due_on > ${after.dueOn} or (t.due_on = ${after.dueOn} and t.id > ${after.id}))`);
  }
  return q.orderBy('t.due_on').orderBy('t.id').limit(filter.limit).execute();
}

/** How many tasks the list with the same filter holds in all (the home page's figure beside its first few). */
export async function countTaskViews(
  db: Executor,
  visibility: TaskVisibility,
  filter: Omit<TaskFilter, 'after' | 'limit'>,
): Promise<number> {
  const row = await matchingTasks(db, visibility, filter)
    .clearSelect()
    .select(countAll.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The tasks some meetings assigned, soonest deadline first, in one query. */
export async function listMeetingTaskViews(db: Executor, meetingIds: readonly string[]): Promise<TaskView[]> {
  if (meetingIds.length === 0) return [];
  return tasksWithNames(db)
    .where('t.meeting_id', 'in', [...meetingIds])
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}

/**
 * The tasks of the town's meetings before `startsAt` still waiting (open, or done awaiting confirmation): the next
 * meeting's agenda opens with them.
 */
export async function listCarryOverTaskViews(db: Executor, townId: string, startsAt: string): Promise<TaskView[]> {
  return tasksWithNames(db)
    .where('t.town_id', '=', townId)
    .where('t.state', 'in', ['open', 'done'])
    .where('m.starts_at', '<', startsAt)
    .where('m.state', '!=', 'cancelled')
    .orderBy('t.due_on')
    .orderBy('t.id')
    .execute();
}

/** Per meeting: its tasks, those still open, and those open past their last day (before `today`), in one query. */
export async function countMeetingTasks(
  db: Executor,
  meetingIds: readonly string[],
  today: string,
): Promise<Map<string, { total: number; open: number; overdue: number }>> {
  if (meetingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('tasks')
    .select([
      'meeting_id',
      countAll.as('total'),
      sql<number>`cast(sum(case when state = 'open' then 1 else 0 end) as integer)`.as('open'),
      sql<number>`cast(sum(case when state = 'open' and due_on < ${today} then 1 else 0 end) as integer)`.as('overdue'),
    ])
    .where('meeting_id', 'in', [...meetingIds])
    .groupBy('meeting_id')
    .execute();
  return new Map(
    rows.map((row) => [String(row.meeting_id), { total: row.total, open: row.open, overdue: row.overdue }]),
  );
}

/** Open tasks whose last day is before `today`, oldest deadline first: the overdue reminders' candidates. */
export async function listOverdueTaskRows(db: Executor, today: string): Promise<TaskRow[]> {
  return db
    .selectFrom('tasks')
    .selectAll()
    .where('state', '=', 'open')
    .where('due_on', '<', today)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

/** Claims a reminder key; false when it was sent already (the key exists). */
export async function claimTaskReminder(db: Executor, key: string, taskId: string, at: string): Promise<boolean> {
  const inserted = await db
    .insertInto('task_reminders')
    .values({ key, task_id: taskId, sent_at: at })
    .onConflict((oc) => oc.column('key').doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertTaskLinkRows(db: Executor, rows: readonly TaskLinkRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('task_links')
    .values([...rows])
    .execute();
}

/** The links of a page of tasks in one query, with the place of each linked record. */
export async function listTaskLinkRows(db: Executor, taskIds: readonly string[]): Promise<TaskLinkPlaceRow[]> {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_links')
    .leftJoin('incidents', (join) =>
      join.onRef('incidents.id', '=', 'task_links.target_id').on('task_links.kind', '=', 'incident'),
    )
    .leftJoin('disputes', (join) =>
      join.onRef('disputes.id', '=', 'task_links.target_id').on('task_links.kind', '=', 'dispute'),
    )
    .selectAll('task_links')
    .select([
      'incidents.town_id as incident_town_id',
      'incidents.jurisdiction_id as incident_jurisdiction_id',
      'disputes.town_id as dispute_town_id',
      'disputes.jurisdiction_id as dispute_jurisdiction_id',
    ])
    .where('task_id', 'in', [...taskIds])
    .orderBy('task_id')
    .orderBy('kind')
    .orderBy('target_id')
    .execute();
}

export async function insertFeedbackRows(db: Executor, rows: readonly TaskFeedbackRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('task_feedback')
    .values([...rows])
    .execute();
}

export async function findFeedbackRow(db: Executor, id: string): Promise<TaskFeedbackRow | undefined> {
  return db.selectFrom('task_feedback').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The feedback of some tasks in one query, oldest first. */
export async function listFeedbackRows(db: Executor, taskIds: readonly string[]): Promise<TaskFeedbackRow[]> {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_feedback')
    .selectAll()
    .where('task_id', 'in', [...taskIds])
    .orderBy('task_id')
    .orderBy('id')
    .execute();
}

/** How many feedback entries each of some tasks has, in one query. */
export async function countFeedback(db: Executor, taskIds: readonly string[]): Promise<Map<string, number>> {
  if (taskIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('task_feedback')
    .select(['task_id', countAll.as('count')])
    .where('task_id', 'in', [...taskIds])
    .groupBy('task_id')
    .execute();
  return new Map(rows.map((row) => [row.task_id, row.count]));
}

export async function insertTaskPhotoRow(db: Executor, row: TaskPhotoRow): Promise<void> {
  await db.insertInto('task_feedback_photos').values(row).execute();
}

export async function findTaskPhotoRow(db: Executor, id: string): Promise<TaskPhotoRow | undefined> {
  return db.selectFrom('task_feedback_photos').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The photo ids of some tasks' feedback in one query, oldest first. */
export async function listTaskPhotoIds(
  db: Executor,
  taskIds: readonly string[],
): Promise<{ id: string; feedback_id: string }[]> {
  if (taskIds.length === 0) return [];
  return db
    .selectFrom('task_feedback_photos')
    .select(['id', 'feedback_id'])
    .where('task_id', 'in', [...taskIds])
    .orderBy('feedback_id')
    .orderBy('id')
    .execute();
}
