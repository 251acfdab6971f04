import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { likeContains, likePrefix, likeSql } from '../../db/dialect';
import type { PersonsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { nowIso } from '../../platform/ids';

export type PersonRow = PersonsTable;

/** A person as lists and screens read them: masked columns only, never ciphertext or blind indexes. */
export type PersonView = Omit<
  PersonRow,
  'id_number_enc' | 'id_number_bidx' | 'phone_enc' | 'phone_bidx' | 'address_enc'
> & {
  jurisdiction_name: string;
  organization_name: string | null;
};

/** How a search term matches: a name (substring, pinyin or initials prefix), or one blind index exactly. */
export type PersonMatch = { name: string; pinyin: string } | { column: 'id_number_bidx' | 'phone_bidx'; index: string };

export interface PersonListFilter {
  match?: PersonMatch | undefined;
  /** Only people registered at this path's jurisdiction or below it. */
  underPath?: string | undefined;
  kind?: PersonRow['kind'] | undefined;
  organizationId?: string | undefined;
  /** Keyset: the (name_pinyin, id) of the last row already seen. */
  after?: readonly [string, string] | null;
  limit: number;
}

const CHUNK = 500;

function personViews(db: Executor) {
  return db
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .select([
      'p.id',
      'p.town_id',
      'p.jurisdiction_id',
      'p.name',
      'p.name_pinyin',
      'p.name_initials',
      'p.sex',
      'p.ethnicity',
      'p.kind',
      'p.title',
      'p.organization_id',
      'p.id_number_masked',
      'p.phone_masked',
      'p.address_masked',
      'p.created_at',
      'p.updated_at',
      'j.name as jurisdiction_name',
      'o.name as organization_name',
    ]);
}

export async function findPersonView(db: Executor, id: string): Promise<PersonView | undefined> {
  return personViews(db).where('p.id', '=', id).executeTakeFirst();
}

/** The whole row, ciphertext included: only for unmasking one field. */
export async function findPersonRow(db: Executor, id: string): Promise<PersonRow | undefined> {
  return db.selectFrom('persons').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Someone inside the scope, other than `except`, registered with this ID-number blind index. */
export async function findPersonIdByIdNumberIndex(
  db: Executor,
  index: string,
  scope: Scope,
  except: string | null,
): Promise<string | undefined> {
  let q = db
    .selectFrom('persons')
    .select('id')
    .where('id_number_bidx', '=', index)
    .where(inScopeSql(scope, { town: 'town_id', jurisdiction: 'jurisdiction_id' }));
  if (except) q = q.where('id', '!=', except);
  const row = await q.executeTakeFirst();
  return row?.id;
}

/** Which of these ID-number blind indexes already belong to someone inside the scope. */
export async function listTakenIdNumberIndexes(
  db: Executor,
  indexes: readonly string[],
  scope: Scope,
): Promise<Set<string>> {
  const taken = new Set<string>();
  const distinct = [...new Set(indexes)];
  for (let i = 0; i < distinct.length; i += CHUNK) {
    const rows = await db
      .selectFrom('persons')
      .select('id_number_bidx')
      .where('id_number_bidx', 'in', distinct.slice(i, i + CHUNK))
      .where(inScopeSql(scope, { town: 'town_id', jurisdiction: 'jurisdiction_id' }))
      .execute();
    for (const row of rows) if (row.id_number_bidx !== null) taken.add(row.id_number_bidx);
  }
  return taken;
}

/** People inside the scope, ordered by (name_pinyin, id) for keyset pagination. */
export async function listPersonRows(db: Executor, scope: Scope, filter: PersonListFilter): Promise<PersonView[]> {
  let q = personViews(db).where(inScopeSql(scope, { town: 'p.town_id', jurisdiction: 'p.jurisdiction_id' }));
  const match = filter.match;
  if (match && 'column' in match) {
    q = q.where(`p.${match.column}`, '=', match.index);
  } else if (match) {
    q = q.where((eb) =>
      eb.or([
        likeSql('p.name', likeContains(match.name)),
        ...(match.pinyin
          ? [likeSql('p.name_pinyin', likePrefix(match.pinyin)), likeSql('p.name_initials', likePrefix(match.pinyin))]
          : []),
      ]),
    );
  }
  if (filter.underPath) q = q.where(likeSql('j.path', likePrefix(filter.underPath)));
  if (filter.kind) q = q.where('p.kind', '=', filter.kind);
  if (filter.organizationId) q = q.where('p.organization_id', '=', filter.organizationId);
  const after = filter.after;
  if (after) q = q.where((eb) => eb(eb.refTuple('p.name_pinyin', 'p.id'), '>', eb.tuple(after[0], after[1])));
  return q.orderBy('p.name_pinyin').orderBy('p.id').limit(filter.limit).execute();
}

/** Inserts one complete row; build it with newPersonRow (person-pii.ts) or nameColumns + piiColumns. */
export async function insertPersonRow(db: Executor, row: PersonRow): Promise<void> {
  await db.insertInto('persons').values(row).execute();
}

export async function insertPersonRows(db: Executor, rows: readonly PersonRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('persons')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function updatePersonRow(db: Executor, id: string, patch: Updateable<PersonsTable>): Promise<void> {
  await db
    .updateTable('persons')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}
