import type { OrganizationKind } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { OrganizationsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { newId, nowIso } from '../../platform/ids';

export type OrganizationRow = OrganizationsTable;
export type OrganizationView = OrganizationRow & { jurisdiction_name: string };

export interface NewOrganization {
  townId: string;
  jurisdictionId: string;
  kind: OrganizationKind;
  name: string;
  phone?: string | null;
  note?: string | null;
}

export async function createOrganizationRow(db: Executor, input: NewOrganization): Promise<OrganizationRow> {
  const row: OrganizationRow = {
    id: newId(),
    town_id: input.townId,
    jurisdiction_id: input.jurisdictionId,
    kind: input.kind,
    name: input.name,
    phone: input.phone ?? null,
    note: input.note ?? null,
    created_at: nowIso(),
  };
  await db.insertInto('organizations').values(row).execute();
  return row;
}

export async function findOrganization(db: Executor, id: string): Promise<OrganizationRow | undefined> {
  return db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Organisations inside the scope, with the name of the jurisdiction each belongs to. */
export async function listOrganizationRows(
  db: Executor,
  scope: Scope,
  filter: { kind?: OrganizationKind | undefined } = {},
): Promise<OrganizationView[]> {
  let q = db
    .selectFrom('organizations as o')
    .innerJoin('jurisdictions as j', 'j.id', 'o.jurisdiction_id')
    .selectAll('o')
    .select('j.name as jurisdiction_name')
    .where(inScopeSql(scope, { town: 'o.town_id', jurisdiction: 'o.jurisdiction_id' }));
  if (filter.kind) q = q.where('o.kind', '=', filter.kind);
  return q.orderBy('j.path').orderBy('o.kind').orderBy('o.name').execute();
}
