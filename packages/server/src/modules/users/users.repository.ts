import type { Role } from '@fengqiao/domain';
import { type Insertable, type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { likeContains, likePrefix, likeSql } from '../../db/dialect';
import type { UsersTable } from '../../db/schema';
import type { RoleGrant } from '../../platform/context';
import { newId, nowIso } from '../../platform/ids';

export type UserRow = UsersTable;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

/** With underPaths, only an account visible to an administrator of those jurisdictions. */
export async function findUserById(
  db: Executor,
  id: string,
  underPaths?: readonly string[],
): Promise<UserRow | undefined> {
  let q = db.selectFrom('users').selectAll().where('id', '=', id);
  if (underPaths) q = q.where(visibleUnder(underPaths));
  return q.executeTakeFirst();
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

export async function updateUserRow(db: Executor, id: string, patch: Updateable<UsersTable>): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
}

/**
 * Counts one failed sign-in in a single statement, so concurrent failures all count, and locks the
 * account when the count reaches the threshold. A lock that has run out starts a new count.
 */
export async function countFailedLogin(
  db: Executor,
  id: string,
  lockout: { now: string; threshold: number; lockUntil: string },
): Promise<{ failed_logins: number; locked_until: string | null } | undefined> {
  const lapsed = sql<SqlBool>`(locked_until is not null and locked_until <= ${lockout.now})`;
  const count = sql<number>`(case when ${lapsed} then 0 else failed_logins end) + 1`;
  return db
    .updateTable('users')
    .set({
      failed_logins: count,
      locked_until: sql<string | null>`case when ${count} >= ${lockout.threshold} then ${lockout.lockUntil}
        when ${lapsed} then null else locked_until end`,
      updated_at: lockout.now,
    })
    .where('id', '=', id)
    .returning(['failed_logins', 'locked_until'])
    .executeTakeFirst();
}

/**
 * Clears the failure count after a successful sign-in, unless a lock was set meanwhile (by attempts
 * running at the same time): false then, and the sign-in must be refused.
 */
export async function clearFailedLogins(db: Executor, id: string, patch: Updateable<UsersTable>): Promise<boolean> {
  const at = nowIso();
  const result = await db
    .updateTable('users')
    .set({ ...patch, failed_logins: 0, locked_until: null, updated_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', at)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
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

export async function listGrantsOf(db: Executor, userIds: readonly string[]): Promise<Map<string, RoleGrant[]>> {
  const result = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return result;
  const rows = await db
    .selectFrom('user_roles as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select(['r.user_id', 'r.role', 'r.jurisdiction_id', 'j.name', 'j.level', 'j.path', 'j.town_id'])
    .where('r.user_id', 'in', userIds)
    .orderBy('r.created_at')
    .execute();
  for (const row of rows) {
    const grants = result.get(row.user_id) ?? [];
    grants.push({
      role: row.role as Role,
      jurisdictionId: row.jurisdiction_id,
      jurisdictionName: row.name,
      level: row.level,
      path: row.path,
      townId: row.town_id,
    });
    result.set(row.user_id, grants);
  }
  return result;
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

export async function replaceRecoveryCodes(db: Executor, userId: string, hashes: readonly string[]): Promise<void> {
  await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  await db
    .insertInto('recovery_codes')
    .values(hashes.map((h) => ({ id: newId(), user_id: userId, code_hash: h, used_at: null })))
    .execute();
}

/** Marks an unused recovery code as used; true when one matched. */
export async function consumeRecoveryCode(db: Executor, userId: string, codeHash: string): Promise<boolean> {
  const result = await db
    .updateTable('recovery_codes')
    .set({ used_at: nowIso() })
    .where('user_id', '=', userId)
    .where('code_hash', '=', codeHash)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}
