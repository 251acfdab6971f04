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
