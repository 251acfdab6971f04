import { type VenueKind, venueAgreementSchema } from '@fengqiao/domain';
import { type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database';
import { likeContains, likeSql } from '../../db/dialect';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type {
  VenueAgreementCamerasTable,
  VenueAgreementDocumentsTable,
  VenueAgreementsTable,
  VenuesTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type VenueRow = VenuesTable;
export type AgreementRow = Parsed<VenueAgreementsTable>;
export type AgreementCameraRow = VenueAgreementCamerasTable;
export type AgreementDocumentRow = VenueAgreementDocumentsTable;

/** A venue with its village's name and its contact's name and masked phone (never ciphertext). */
export type VenueView = VenueRow & {
  village_name: string;
  contact_name: string | null;
  contact_phone_masked: string | null;
};

/** A venue's contact with what the export needs: the ciphertext to clear and the person's place for the check. */
export type VenueContactRow = {
  venue_id: string;
  person_town_id: string | null;
  person_jurisdiction_id: string;
  phone_enc: string | null;
};

export interface VenueListFilter {
  villageId?: string | undefined;
  kind?: VenueKind | undefined;
  q?: string | undefined;
  /** Keyset: the (name, id) of the last row already seen. */
  after?: readonly [string, string] | null;
  limit: number;
}

const agreementJson = jsonColumns<VenueAgreementsTable>({
  roles: venueAgreementSchema.shape.roles,
  purposes: venueAgreementSchema.shape.purposes,
});

function venueViews(db: Executor) {
  return db
    .selectFrom('venues as v')
    .innerJoin('jurisdictions as j', 'j.id', 'v.jurisdiction_id')
    .leftJoin('persons as p', 'p.id', 'v.contact_person_id')
    .selectAll('v')
    .select(['j.name as village_name', 'p.name as contact_name', 'p.phone_masked as contact_phone_masked']);
}

export async function insertVenueRow(db: Executor, row: VenueRow): Promise<void> {
  await db.insertInto('venues').values(row).execute();
}

export async function updateVenueRow(
  db: Executor,
  id: string,
  patch: Partial<Pick<VenueRow, 'name' | 'kind' | 'address' | 'contact_person_id' | 'updated_at'>>,
): Promise<void> {
  await db.updateTable('venues').set(patch).where('id', '=', id).execute();
}

export async function findVenueView(db: Executor, id: string): Promise<VenueView | undefined> {
  return venueViews(db).where('v.id', '=', id).executeTakeFirst();
}

/** A page of venues in the scope by name then id; ask for limit + 1 to know whether more exist. */
export async function listVenueViews(db: Executor, scope: Scope, filter: VenueListFilter): Promise<VenueView[]> {
  let q = venueViews(db).where(inScopeSql(scope, { town: 'v.town_id', jurisdiction: 'v.jurisdiction_id' }));
  if (filter.villageId) q = q.where('v.jurisdiction_id', '=', filter.villageId);
  if (filter.kind) q = q.where('v.kind', '=', filter.kind);
  if (filter.q) q = q.where(likeSql('v.name', likeContains(filter.q)));
  const after = filter.after;
  if (after) q = q.where(sql<SqlBool>`(v.name > ${after[0]} or (v.name = ${after[0]} and v.id > ${after[1]}))`);
  return q.orderBy('v.name').orderBy('v.id').limit(filter.limit).execute();
}

/** The contacts of some venues with their phone ciphertext: only for an export that may clear them. */
export async function listVenueContactRows(db: Executor, venueIds: readonly string[]): Promise<VenueContactRow[]> {
  if (venueIds.length === 0) return [];
  return db
    .selectFrom('venues as v')
    .innerJoin('persons as p', 'p.id', 'v.contact_person_id')
    .select(['v.id as venue_id', 'p.town_id as person_town_id', 'p.jurisdiction_id as person_jurisdiction_id'])
    .select('p.phone_enc')
    .where('v.id', 'in', [...venueIds])
    .execute();
}

/** The person a venue names as its contact, with the town it belongs to. */
export async function findContactPerson(
  db: Executor,
  id: string,
): Promise<{ id: string; town_id: string | null } | undefined> {
  return db.selectFrom('persons').select(['id', 'town_id']).where('id', '=', id).executeTakeFirst();
}

/** The registry's cameras of some venues (active ones), by name. */
export async function listVenueCameraRows(
  db: Executor,
  venueIds: readonly string[],
): Promise<
  {
    id: string;
    venue_id: string | null;
    name: string;
    device_id: string;
    status: string;
    last_seen_at: string | null;
  }[]
> {
  if (venueIds.length === 0) return [];
  return db
    .selectFrom('cameras')
    .select(['id', 'venue_id', 'name', 'device_id', 'status', 'last_seen_at'])
    .where('venue_id', 'in', [...venueIds])
    .where('active', '=', 1)
    .orderBy('venue_id')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** The cameras named in a request as the checks need them: town, kind and venue. */
export async function listCamerasByIds(
  db: Executor,
  ids: readonly string[],
): Promise<{ id: string; town_id: string; kind: string; venue_id: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('cameras')
    .select(['id', 'town_id', 'kind', 'venue_id'])
    .where('id', 'in', [...ids])
    .execute();
}

export async function insertAgreementRow(db: Executor, row: AgreementRow): Promise<void> {
  await db.insertInto('venue_agreements').values(agreementJson.write(row)).execute();
}

export async function insertAgreementCameraRows(db: Executor, rows: readonly AgreementCameraRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('venue_agreement_cameras')
    .values([...rows])
    .execute();
}

export async function findAgreementRow(db: Executor, id: string): Promise<AgreementRow | undefined> {
  const row = await db.selectFrom('venue_agreements').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? agreementJson.read(row) : undefined;
}

/** The agreements of some venues, newest first. */
export async function listAgreementRows(db: Executor, venueIds: readonly string[]): Promise<AgreementRow[]> {
  if (venueIds.length === 0) return [];
  const rows = await db
    .selectFrom('venue_agreements')
    .selectAll()
    .where('venue_id', 'in', [...venueIds])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map((row) => agreementJson.read(row));
}

export async function listAgreementCameraRows(
  db: Executor,
  agreementIds: readonly string[],
): Promise<AgreementCameraRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('venue_agreement_cameras')
    .selectAll()
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('agreement_id')
    .orderBy('camera_id')
    .execute();
}

/**
 * Marks an agreement revoked unless it already is: a conditional update, so two revocations racing each other
 * leave one reason. Returns whether this call revoked it.
 */
export async function revokeAgreementRow(
  db: Executor,
  id: string,
  revoked: { at: string; by: string; byName: string; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('venue_agreements')
    .set({
      revoked_at: revoked.at,
      revoked_by: revoked.by,
      revoked_by_name: revoked.byName,
      revoke_reason: revoked.reason,
    })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertAgreementDocumentRow(db: Executor, row: AgreementDocumentRow): Promise<void> {
  await db.insertInto('venue_agreement_documents').values(row).execute();
}

export async function findAgreementDocumentRow(db: Executor, id: string): Promise<AgreementDocumentRow | undefined> {
  return db.selectFrom('venue_agreement_documents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The documents of some agreements, newest first (the first of each agreement is the one shown). */
export async function listAgreementDocumentRows(
  db: Executor,
  agreementIds: readonly string[],
): Promise<AgreementDocumentRow[]> {
  if (agreementIds.length === 0) return [];
  return db
    .selectFrom('venue_agreement_documents')
    .selectAll()
    .where('agreement_id', 'in', [...agreementIds])
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
