import type { JurisdictionLevel } from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { JurisdictionsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { newId, nowIso } from '../../platform/ids';

export type JurisdictionRow = JurisdictionsTable;

export interface NewJurisdiction {
  parent: JurisdictionRow | null;
  level: JurisdictionLevel;
  code: string | null;
  name: string;
  population?: number | null;
  households?: number | null;
  note?: string | null;
  sortOrder?: number;
}

/** Rows per multi-row statement: well under both engines' limits on bound parameters. */
const CHUNK = 500;

/** The row for a new node: its path is its parent's path plus its own id, its town derived from the parent. */
export function buildJurisdictionRow(input: NewJurisdiction): JurisdictionRow {
  const id = newId();
  const now = nowIso();
  return {
    id,
    parent_id: input.parent?.id ?? null,
    level: input.level,
    code: input.code,
    name: input.name,
    path: `${input.parent?.path ?? '/'}${id}/`,
    town_id: input.level === 'town' ? id : (input.parent?.town_id ?? null),
    population: input.population ?? null,
    households: input.households ?? null,
    note: input.note ?? null,
    sort_order: input.sortOrder ?? 0,
    created_at: now,
    updated_at: now,
  };
}

/** Derives path and town from the parent: a node's path is its parent's path plus its own id. */
export async function createJurisdictionRow(db: Executor, input: NewJurisdiction): Promise<JurisdictionRow> {
  const row = buildJurisdictionRow(input);
  await db.insertInto('jurisdictions').values(row).execute();
  return row;
}

export async function insertJurisdictionRows(db: Executor, rows: readonly JurisdictionRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('jurisdictions')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findJurisdiction(db: Executor, id: string): Promise<JurisdictionRow | undefined> {
  return db.selectFrom('jurisdictions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findJurisdictionByCode(db: Executor, code: string): Promise<JurisdictionRow | undefined> {
  return db.selectFrom('jurisdictions').selectAll().where('code', '=', code).executeTakeFirst();
}

export async function listJurisdictionsByIds(db: Executor, ids: readonly string[]): Promise<JurisdictionRow[]> {
  const rows: JurisdictionRow[] = [];
  const distinct = [...new Set(ids)];
  for (let i = 0; i < distinct.length; i += CHUNK) {
    rows.push(
      ...(await db
        .selectFrom('jurisdictions')
        .selectAll()
        .where('id', 'in', distinct.slice(i, i + CHUNK))
        .execute()),
    );
  }
  return rows;
}

/** Which of these division codes are already used by some jurisdiction. */
export async function listTakenJurisdictionCodes(db: Executor, codes: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  const distinct = [...new Set(codes)];
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const rows = await db
      .selectFrom('jurisdictions')
      .select('code')
      .where('code', 'in', distinct.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) if (row.code !== null) taken.add(row.code);
  }
  return taken;
}

/** Every jurisdiction inside the scope, parents before children. */
const LIST_COLUMNS = [
  'j.id',
  'j.parent_id',
  'j.level',
  'j.code',
  'j.name',
  'j.town_id',
  'j.population',
  'j.households',
  'j.note',
] as const;
export type JurisdictionListRow = Pick<
  JurisdictionRow,
  'id' | 'parent_id' | 'level' | 'code' | 'name' | 'town_id' | 'population' | 'households' | 'note'
>;

/** Full rows, for writers that derive children from them (imports). */
export async function listJurisdictionRows(
  db: Executor,
  scope: Scope,
  filter: JurisdictionFilter = {},
): Promise<JurisdictionRow[]> {
  return scopedJurisdictions(db, scope, filter).selectAll('j').execute();
}

/** What lists show, without the long path and timestamps. */
export async function listJurisdictionViews(
  db: Executor,
  scope: Scope,
  filter: JurisdictionFilter = {},
): Promise<JurisdictionListRow[]> {
  return scopedJurisdictions(db, scope, filter).select(LIST_COLUMNS).execute();
}

interface JurisdictionFilter {
  level?: JurisdictionLevel | undefined;
  parentId?: string | undefined;
}

function scopedJurisdictions(db: Executor, scope: Scope, filter: JurisdictionFilter) {
  let q = db.selectFrom('jurisdictions as j').where(inScopeSql(scope, { town: 'j.town_id', jurisdiction: 'j.id' }));
  if (filter.level) q = q.where('j.level', '=', filter.level);
  if (filter.parentId) q = q.where('j.parent_id', '=', filter.parentId);
  return q.orderBy('j.sort_order').orderBy('j.path');
}

export async function updateJurisdictionRow(
  db: Executor,
  id: string,
  patch: Updateable<JurisdictionsTable>,
): Promise<void> {
  await db
    .updateTable('jurisdictions')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}
