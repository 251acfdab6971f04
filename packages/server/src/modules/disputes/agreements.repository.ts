import { type Agreement, agreementSchema, type MediationTrack, type OrganizationKind } from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { AgreementsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { disputeChildScopeColumns } from './disputes.repository';

export type AgreementRow = Parsed<AgreementsTable>;

const agreementJson = jsonColumns<AgreementsTable>({
  party_ids: z.array(z.string()),
  signatures: agreementSchema.shape.signatures,
});

export async function insertAgreementRow(db: Executor, row: AgreementRow): Promise<void> {
  await db.insertInto('agreements').values(agreementJson.write(row)).execute();
}

export async function findAgreementRow(db: Executor, id: string): Promise<AgreementRow | undefined> {
  const row = await db.selectFrom('agreements').selectAll().where('id', '=', id).executeTakeFirst();
  return row && agreementJson.read(row);
}

export async function updateAgreementRow(db: Executor, id: string, patch: Partial<AgreementRow>): Promise<void> {
  await db.updateTable('agreements').set(agreementJson.write(patch)).where('id', '=', id).execute();
}

/**
 * A register of agreements of one kind within the caller's scope, newest first; department staff see only the
 * agreements of disputes assigned to their department.
 */
export async function listAgreementRows(
  db: Executor,
  scope: Scope,
  filter: {
    kind?: Agreement['kind'] | undefined;
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
  const rows = await q.orderBy('a.id', 'desc').limit(filter.limit).execute();
  return rows.map(agreementJson.read);
}

export async function listAgreementRowsOfDispute(db: Executor, disputeId: string): Promise<AgreementRow[]> {
  const rows = await db
    .selectFrom('agreements')
    .selectAll()
    .where('dispute_id', '=', disputeId)
    .orderBy('id')
    .execute();
  return rows.map(agreementJson.read);
}

/**
 * Effective written people's-mediation agreements (an oral one cannot be confirmed by a court) whose judicial-confirmation window may still be open at `today`: the
 * reminder job narrows them with the domain rule.
 */
export async function listAgreementsEffectiveSince(
  db: Executor,
  since: string,
): Promise<(AgreementRow & { track: MediationTrack })[]> {
  const rows = await db
    .selectFrom('agreements as a')
    .innerJoin('mediations as m', 'm.id', 'a.mediation_id')
    .selectAll('a')
    .select('m.track')
    .where('a.marked_effective_at', 'is not', null)
    .where('a.kind', '=', 'written')
    .where('a.effective_date', '>=', since)
    .where(sql<SqlBool>`m.track = 'people'`)
    .execute();
  return rows.map(agreementJson.read);
}

/** The name of a town's organisation of one kind (its police station, its mediation committee), first registered. */
export async function findTownOrganizationName(
  db: Executor,
  townId: string,
  kind: OrganizationKind,
): Promise<string | null> {
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
