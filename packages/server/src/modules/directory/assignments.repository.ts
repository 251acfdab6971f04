import type { Duty } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { likePrefix, likeSql } from '../../db/dialect';
import type { AssignmentsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { newId, nowIso } from '../../platform/ids';

export type AssignmentRow = AssignmentsTable;
export type AssignmentView = AssignmentRow & { person_name: string; jurisdiction_name: string };

export interface NewAssignment {
  townId: string;
  personId: string;
  jurisdictionId: string;
  duty: Duty;
  /** YYYY-MM-DD */
  since?: string | null;
}

export async function createAssignmentRow(db: Executor, input: NewAssignment): Promise<AssignmentRow> {
  const row: AssignmentRow = {
    id: newId(),
    town_id: input.townId,
    person_id: input.personId,
    jurisdiction_id: input.jurisdictionId,
    duty: input.duty,
    since: input.since ?? null,
    created_at: nowIso(),
  };
  await db.insertInto('assignments').values(row).execute();
  return row;
}

function assignmentViews(db: Executor) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .innerJoin('jurisdictions as j', 'j.id', 'a.jurisdiction_id')
    .selectAll('a')
    .select(['p.name as person_name', 'j.name as jurisdiction_name']);
}

export async function findAssignment(db: Executor, id: string): Promise<AssignmentView | undefined> {
  return assignmentViews(db).where('a.id', '=', id).executeTakeFirst();
}

export async function findAssignmentByKey(
  db: Executor,
  key: { personId: string; jurisdictionId: string; duty: Duty },
): Promise<AssignmentRow | undefined> {
  return db
    .selectFrom('assignments')
    .selectAll()
    .where('person_id', '=', key.personId)
    .where('jurisdiction_id', '=', key.jurisdictionId)
    .where('duty', '=', key.duty)
    .executeTakeFirst();
}

/** Assignments inside the scope; `underPath` keeps those on that jurisdiction or below it. */
export async function listAssignmentRows(
  db: Executor,
  scope: Scope,
  filter: { underPath?: string | undefined; duty?: Duty | undefined } = {},
): Promise<AssignmentView[]> {
  let q = assignmentViews(db).where(inScopeSql(scope, { town: 'a.town_id', jurisdiction: 'a.jurisdiction_id' }));
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  if (filter.duty) q = q.where('a.duty', '=', filter.duty);
  return q.orderBy('j.path').orderBy('a.duty').orderBy('p.name_pinyin').orderBy('a.id').execute();
}

export async function deleteAssignmentRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('assignments').where('id', '=', id).execute();
}
