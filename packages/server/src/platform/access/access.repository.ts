import type { Executor } from '../../db/database';
import { likePrefix, likeSql } from '../../db/dialect';

export async function listSubtreeIds(db: Executor, path: string): Promise<string[]> {
  const rows = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where(likeSql('path', likePrefix(path)))
    .execute();
  return rows.map((r) => r.id);
}

export async function listTownIdsUnder(db: Executor, path: string): Promise<string[]> {
  const rows = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('level', '=', 'town')
    .where(likeSql('path', likePrefix(path)))
    .execute();
  return rows.map((r) => r.id);
}

/** The department of the person behind a user account, if any: what `organization` reach is narrowed to. */
export async function findUserOrganizationId(db: Executor, userId: string): Promise<string | null> {
  const row = await db
    .selectFrom('users as u')
    .innerJoin('persons as p', 'p.id', 'u.person_id')
    .innerJoin('organizations as o', 'o.id', 'p.organization_id')
    .select('o.id')
    .where('u.id', '=', userId)
    .where('o.kind', '=', 'department')
    .executeTakeFirst();
  return row?.id ?? null;
}
