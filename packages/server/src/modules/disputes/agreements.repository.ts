import { type SqlBool, sql, type Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { AgreementsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { disputeChildScopeColumns } from './disputes.repository';

export type AgreementRow = AgreementsTable;

export async function insertAgreementRow(db: Executor, row: AgreementRow): Promise<void> {
  await db.insertInto('agreements').values(row).execute();
}

export async function findAgreementRow(db: Executor, id: string): Promise<AgreementRow | undefined> {
  return db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function updateAgreementRow(db: Executor, id: string, patch: Updateable<AgreementsTable>): Promise<void> {
  await db.updateTable('agreements').set(patch).where('id', '=', id).execute();
}

/**
 * A register of agreements of one kind within the caller's scope, newest first; department staff see only the
 * agreements of disputes assigned to their department.
 */
export async function listAgreementRows(
  db: Executor,
  scope: Scope,
  filter: {
    kind?: string | undefined;
    /** Keyset: the id of the last row already seen. */
    before: string | null;
    limit: number;
  },
): Promise<AgreementRow[]> {
  let q = db
    .selectFrom('agreements as a')
    .selectAll('a')
    .where(inScopeSql(scope, disputeChildScopeColumns(db, 'a')));
  if (filter.kind) q = q.where('a.kind', '=', filter.kind);
  if (filter.before) q = q.where('a.id', '<', filter.before);
  return q.orderBy('a.id', 'desc').limit(filter.limit).execute();
}

export async function listAgreementRowsOfDispute(db: Executor, disputeId: string): Promise<AgreementRow[]> {
  return db.selectFrom('agreements').selectAll().where('dispute_id', '=', disputeId).orderBy('id').execute();
}

/**
 * Effective written people's-mediation agreements (an oral one cannot be confirmed by a court) whose judicial-confirmation window may still be open at `today`: the
 * reminder job narrows them with the domain rule.
 */
export async function listAgreementsEffectiveSince(
  db: Executor,
  since: string,
): Promise<(AgreementRow & { track: string })[]> {
  return db
    .selectFrom('agreements as a')
    .innerJoin('mediations as m', 'm.id', 'a.mediation_id')
    .selectAll('a')
    .select('m.track')
    .where('a.marked_effective_at', 'is not', null)
    .where('a.kind', '=', 'written')
    .where('a.effective_date', '>=', since)
    .where(sql<SqlBool>`m.track = 'people'`)
    .execute();
}

/** The name of a town's organisation of one kind (its police station, its mediation committee), first registered. */
export async function findTownOrganizationName(db: Executor, townId: string, kind: string): Promise<string | null> {
  const row = await db
    .selectFrom('organizations')
    .select('name')
    .where('town_id', '=', townId)
    .where('kind', '=', kind)
    .orderBy('created_at')
    .orderBy('id')
    .executeTakeFirst();
  return row?.name ?? null;
}
