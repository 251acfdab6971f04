import { PostgresAdapter, type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from './database';

/** Dialect differences live here and nowhere else. */
export function isPostgres(db: Executor): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** count(*) is bigint (a string) on PostgreSQL: cast so both engines give a number. */
export const countAll = sql<number>`cast(count(*) as integer)`;

/**
 * A case-insensitive LIKE that behaves the same on both engines (SQLite's LIKE ignores ASCII case,
 * PostgreSQL's does not), with backslash as the escape for the patterns below.
 */
export function likeSql(column: string, pattern: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}

/** Escapes LIKE wildcards in user text. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export function likePrefix(text: string): string {
  return `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * Serialises appends to the audit chain across processes. SQLite writers are already serial;
 * on PostgreSQL a transaction-scoped advisory lock orders concurrent appends.
 */
export async function lockAuditChain(tx: Executor): Promise<void> {
  if (isPostgres(tx)) await sql`select pg_advisory_xact_lock(7267001)`.execute(tx);
}

/** A write failed on a unique constraint: SQLite's SQLITE_CONSTRAINT_UNIQUE/PRIMARYKEY or PostgreSQL's 23505. */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const code = error.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
