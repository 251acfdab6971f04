import type { Role } from '@fengqiao/domain';
import { type Insertable, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { likeContains, likePrefix, likeSql } from '../../db/dialect';
import type { UsersTable } from '../../db/schema';
import type { UserRow } from '../../platform/auth/accounts.repository';
import { newId, nowIso } from '../../platform/ids';

/** An account visible to an administrator of those jurisdictions. */
export async function findUserUnder(
  db: Executor,
  id: string,
  underPaths: readonly string[],
): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).where(visibleUnder(underPaths)).executeTakeFirst();
}

/** Granted somewhere under one of the paths, or not granted anything yet. */
function visibleUnder(paths: readonly string[]) {
  const under = paths.length
    ? sql.join(
        paths.map((p) => likeSql('j.path', likePrefix(p))),
        sql` or `,
      )
    : sql`1 = 0`;
  return sql<SqlBool>`(exists (select 1 from user_roles r join jurisdictions j on j.id = r.jurisdiction_id
    where r.user_id = users.id and (${under})) or not exists (select 1 from user_roles r where r.user_id = users.id))`;
}

export async function createUserRow(db: Executor, row: Insertable<UsersTable>): Promise<void> {
  await db.insertInto('users').values(row).execute();
}

/** Users ordered by username; the cursor is the last username seen. */
export async function listUserRows(
  db: Executor,
  filter: { q?: string | undefined; after?: string | undefined; limit: number; underPaths?: readonly string[] },
): Promise<UserRow[]> {
  let q = db.selectFrom('users').selectAll();
  if (filter.underPaths) q = q.where(visibleUnder(filter.underPaths));
  if (filter.q) {
    const term = likeContains(filter.q);
    q = q.where((eb) => eb.or([likeSql('username', term), likeSql('display_name', term)]));
  }
  if (filter.after) q = q.where('username', '>', filter.after);
  return q.orderBy('username').limit(filter.limit).execute();
}

export async function replaceGrants(
  db: Executor,
  userId: string,
  grants: readonly { role: Role; jurisdictionId: string }[],
): Promise<void> {
  await db.deleteFrom('user_roles').where('user_id', '=', userId).execute();
  if (grants.length === 0) return;
  const now = nowIso();
  await db
    .insertInto('user_roles')
    .values(
      grants.map((g) => ({
        id: newId(),
        user_id: userId,
        role: g.role,
        jurisdiction_id: g.jurisdictionId,
        created_at: now,
      })),
    )
    .execute();
}
