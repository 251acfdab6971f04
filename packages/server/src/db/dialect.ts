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

/**
 * The triggers that keep `audit_log` append-only, each named when it is missing or disabled (PostgreSQL can
 * disable a trigger without dropping it). The chain detects edits; this detects that the guard was taken away.
 */
export async function missingAuditTriggers(db: Executor): Promise<string[]> {
  if (isPostgres(db)) {
    const { rows } = await sql<{ tgname: string; tgenabled: string }>`
      select tgname, tgenabled from pg_trigger where tgrelid = 'audit_log'::regclass and not tgisinternal`.execute(db);
    return ['audit_log_append_only', 'audit_log_no_truncate'].filter(
      (name) => !rows.some((r) => r.tgname === name && (r.tgenabled === 'O' || r.tgenabled === 'A')),
    );
  }
  const { rows } = await sql<{ name: string; sql: string }>`
    select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'audit_log'`.execute(db);
  const expected = [
    ['audit_log_no_update', 'before update on audit_log'],
    ['audit_log_no_delete', 'before delete on audit_log'],
  ] as const;
  return expected
    .filter(([name, event]) => {
      const text =
        rows
          .find((r) => r.name === name)
          ?.sql.toLowerCase()
          .replace(/\s+/g, ' ') ?? '';
      return !(text.includes(event) && text.includes('raise(abort'));
    })
    .map(([name]) => name);
}
