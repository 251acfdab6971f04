import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Scope } from '../platform/access/access';

export interface ScopeColumns {
  town: string;
  jurisdiction: string;
  /**
   * The rows assigned to one of these organisations, for a scope with `organization` reach (department staff).
   * A table without such a link leaves it out, and that part of the scope then matches nothing.
   */
  assignedTo?: (organizationIds: readonly string[]) => RawBuilder<SqlBool>;
}

/**
 * The one SQL predicate for "inside the caller's scope": the row's town column in the scope's towns, or its
 * jurisdiction column among the scope's jurisdictions, or (organisation reach) its town among the assigned towns
 * and the row assigned to the caller's organisation. An empty scope matches nothing.
 */
export function inScopeSql(scope: Scope, columns: ScopeColumns): RawBuilder<SqlBool> {
  const townIds = [...scope.townIds];
  const ids = [...scope.jurisdictionIds];
  const parts = [
    ...(townIds.length ? [sql`${sql.ref(columns.town)} in (${sql.join(townIds)})`] : []),
    ...(ids.length ? [sql`${sql.ref(columns.jurisdiction)} in (${sql.join(ids)})`] : []),
  ];
  const assignedTowns = [...(scope.assigned?.townIds ?? [])];
  const organizationIds = [...(scope.assigned?.organizationIds ?? [])];
  if (columns.assignedTo && assignedTowns.length && organizationIds.length) {
    parts.push(
      sql`(${sql.ref(columns.town)} in (${sql.join(assignedTowns)}) and ${columns.assignedTo(organizationIds)})`,
    );
  }
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` or `)})` : sql<SqlBool>`1 = 0`;
}
