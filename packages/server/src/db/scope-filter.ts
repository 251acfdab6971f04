import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Scope } from '../platform/access/access';

/**
 * The one SQL predicate for "inside the caller's scope": the row's town column in the scope's
 * towns, or its jurisdiction column among the scope's jurisdictions. An empty scope matches nothing.
 */
export function inScopeSql(scope: Scope, columns: { town: string; jurisdiction: string }): RawBuilder<SqlBool> {
  const townIds = [...scope.townIds];
  const ids = [...scope.jurisdictionIds];
  const parts = [
    ...(townIds.length ? [sql`${sql.ref(columns.town)} in (${sql.join(townIds)})`] : []),
    ...(ids.length ? [sql`${sql.ref(columns.jurisdiction)} in (${sql.join(ids)})`] : []),
  ];
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : sql<SqlBool>`1 = 0`;
}
