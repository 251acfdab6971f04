import { type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { UsersTable } from '../../db/schema';
import type { RoleGrant } from '../context';
import { newId, nowIso } from '../ids';

/**
 * The accounts that sign in: what the auth service reads and writes. The users module manages accounts with its
 * own repository beside this one; the platform never reaches into a module.
 */
export type UserRow = UsersTable;

export async function findUserById(db: Executor, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function updateUserRow(db: Executor, id: string, patch: Updateable<UsersTable>): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...patch, updated_at: nowIso() })
    .where('id', '=', id)
    .execute();
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
      role: row.role,
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
