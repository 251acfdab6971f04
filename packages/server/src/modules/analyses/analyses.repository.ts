import { type AnalysisKind, type AnalysisState, analysisSectionSchema } from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { AnalysesTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type AnalysisRow = Parsed<AnalysesTable>;
/** A row with its town's name, as the list and the page show it. */
export type AnalysisView = AnalysisRow & { town_name: string };
/** A list row: no sections and no text (a page of them stays small). */
export type AnalysisListRow = Omit<AnalysisView, 'sections' | 'judgement'>;

const json = jsonColumns<AnalysesTable>({ sections: z.array(analysisSectionSchema) });

export interface AnalysisFilter {
  kind?: AnalysisKind | undefined;
  state?: AnalysisState | undefined;
  /** Inclusive Shanghai days bounding the period's first day. */
  fromDay?: string | undefined;
  toDay?: string | undefined;
  /** The sort key of the last row of the previous page (newest period first). */
  after?: { firstDay: string; id: string } | null | undefined;
  limit: number;
}

export async function insertAnalysisRow(db: Executor, row: AnalysisRow): Promise<void> {
  await db.insertInto('analyses').values(json.write(row)).execute();
}

export async function findAnalysisRow(db: Executor, id: string): Promise<AnalysisView | undefined> {
  const row = await db
    .selectFrom('analyses as a')
    .innerJoin('jurisdictions as t', 't.id', 'a.town_id')
    .selectAll('a')
    .select('t.name as town_name')
    .where('a.id', '=', id)
    .executeTakeFirst();
  return row && json.read(row);
}

/** The analyses in the scope, newest period first (daily and weekly of one day ordered by id). */
export async function listAnalysisRows(db: Executor, scope: Scope, filter: AnalysisFilter): Promise<AnalysisListRow[]> {
  let q = db
    .selectFrom('analyses as a')
    .innerJoin('jurisdictions as t', 't.id', 'a.town_id')
    .select([
      'a.id',
      'a.town_id',
      'a.jurisdiction_id',
      'a.kind',
      'a.period_key',
      'a.first_day',
      'a.state',
      'a.generated_at',
      'a.created_by',
      'a.created_by_name',
      'a.created_at',
      'a.updated_at',
      'a.signed_by',
      'a.signed_by_name',
      'a.signed_at',
      'a.archived_at',
      't.name as town_name',
    ])
    .where(inScopeSql(scope, { town: 'a.town_id', jurisdiction: 'a.jurisdiction_id' }));
  if (filter.kind) q = q.where('a.kind', '=', filter.kind);
  if (filter.state) q = q.where('a.state', '=', filter.state);
  if (filter.fromDay) q = q.where('a.first_day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('a.first_day', '<=', filter.toDay);
  const after = filter.after;
  if (after) {
    q = q.where(
      sql<SqlBool>`(a.first_day < ${after.firstDay} or (a.first_day = ${after.firstDay} and a.id < ${after.id}))`,
    );
  }
  return q.orderBy('a.first_day', 'desc').orderBy('a.id', 'desc').limit(filter.limit).execute();
}

/**
 * Changes a draft: the judgement, or the figures regenerated. Only a row still a draft changes, so an edit racing
 * a signature cannot land after it; returns whether it did.
 */
export async function updateAnalysisDraft(
  db: Executor,
  id: string,
  set: Partial<Pick<AnalysisRow, 'judgement' | 'sections' | 'generated_at'>> & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('analyses')
    .set(json.write(set))
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Signs a draft (only a draft: false when it was signed meanwhile). */
export async function signAnalysisRow(
  db: Executor,
  id: string,
  set: Pick<AnalysisRow, 'signed_by' | 'signed_by_name' | 'signed_at' | 'updated_at'>,
): Promise<boolean> {
  const result = await db
    .updateTable('analyses')
    .set({ ...set, state: 'signed' })
    .where('id', '=', id)
    .where('state', '=', 'draft')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Archives a signed analysis (false when it is not signed). */
export async function archiveAnalysisRow(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('analyses')
    .set({ state: 'archived', archived_at: at, updated_at: at })
    .where('id', '=', id)
    .where('state', '=', 'signed')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
