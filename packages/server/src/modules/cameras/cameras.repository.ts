import { type Role, VIEW_PURPOSES } from '@fengqiao/domain';
import { type Selectable, type SqlBool, sql, type Updateable } from 'kysely';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { countAll, likeContains, likeSql } from '../../db/dialect';
import { jsonColumns } from '../../db/json-column';
import type {
  CameraConsentRolesTable,
  CameraConsentsTable,
  CameraGrantsTable,
  CameraGroupsTable,
  CamerasTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type CameraRow = Selectable<CamerasTable>;
export type CameraConsentRow = Selectable<CameraConsentsTable>;
export type CameraGroupRow = Selectable<CameraGroupsTable>;
export type CameraGrantRow = Selectable<CameraGrantsTable>;

const CHUNK = 400;

const consentJson = jsonColumns<CameraConsentsTable>({ purposes: z.array(z.enum(VIEW_PURPOSES)) });

/** A camera with its village's name and its owner's masked columns (the source is decrypted for managers only). */
export type CameraView = CameraRow & {
  village_name: string;
  owner_name: string | null;
  owner_phone_masked: string | null;
  owner_address_masked: string | null;
  owner_jurisdiction_id: string | null;
};

export interface CameraFilter {
  villageId?: string | undefined;
  kind?: CameraRow['kind'] | undefined;
  status?: CameraRow['status'] | undefined;
  q?: string | undefined;
  /** Keyset: the (name, id) of the last row already seen. */
  after: { name: string; id: string } | null;
  limit: number;
}

function cameraViews(db: Executor) {
  return db
    .selectFrom('cameras as c')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .leftJoin('persons as p', 'p.id', 'c.owner_person_id')
    .select([
      'c.id',
      'c.town_id',
      'c.village_id',
      'c.device_id',
      'c.name',
      'c.kind',
      'c.address',
      'c.lat',
      'c.lng',
      'c.owner_person_id',
      'c.venue_id',
      'c.source_kind',
      'c.source_enc',
      'c.status',
      'c.last_seen_at',
      'c.status_checked_at',
      'c.active',
      'c.created_at',
      'c.updated_at',
      'v.name as village_name',
      'p.name as owner_name',
      'p.phone_masked as owner_phone_masked',
      'p.address_masked as owner_address_masked',
      'p.jurisdiction_id as owner_jurisdiction_id',
    ]);
}

/** A page of the cameras in the scope, by name; ask for limit + 1 to know whether more exist. */
export async function listCameraViews(db: Executor, scope: Scope, filter: CameraFilter): Promise<CameraView[]> {
  let q = cameraViews(db).where(inScopeSql(scope, { town: 'c.town_id', jurisdiction: 'c.village_id' }));
  if (filter.villageId) q = q.where('c.village_id', '=', filter.villageId);
  if (filter.kind) q = q.where('c.kind', '=', filter.kind);
  if (filter.status) q = q.where('c.status', '=', filter.status);
  if (filter.q) {
    const pattern = likeContains(filter.q);
    q = q.where((eb) =>
      eb.or([likeSql('c.name', pattern), likeSql('c.device_id', pattern), likeSql('c.address', pattern)]),
    );
  }
  const after = filter.after;
  if (after) {
    q = q.where(sql<SqlBool>`(c.name > ${after.name} or (c.name = ${after.name} and c.id > ${after.id}))`);
  }
  return q.orderBy('c.name').orderBy('c.id').limit(filter.limit).execute();
}

export async function findCameraView(db: Executor, id: string): Promise<CameraView | undefined> {
  return cameraViews(db).where('c.id', '=', id).executeTakeFirst();
}

/** The whole row, the source's ciphertext included: for the probe, the visibility check and managers. */
export async function findCameraRow(db: Executor, id: string): Promise<CameraRow | undefined> {
  return db.selectFrom('cameras').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listCameraRowsByIds(db: Executor, ids: readonly string[]): Promise<CameraRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('cameras').selectAll().where('id', 'in', ids).execute();
}

/** Which of these device ids are registered already. */
export async function listTakenDeviceIds(db: Executor, deviceIds: readonly string[]): Promise<Set<string>> {
  const taken = new Set<string>();
  for (let i = 0; i < deviceIds.length; i += CHUNK) {
    const rows = await db
      .selectFrom('cameras')
      .select('device_id')
      .where('device_id', 'in', deviceIds.slice(i, i + CHUNK))
      .execute();
    for (const row of rows) taken.add(row.device_id);
  }
  return taken;
}

export async function insertCameraRows(db: Executor, rows: readonly CameraRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('cameras')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function updateCameraRow(db: Executor, id: string, patch: Updateable<CamerasTable>): Promise<void> {
  await db.updateTable('cameras').set(patch).where('id', '=', id).execute();
}

/** One probe answer for many cameras: a statement per chunk, not per camera. */
export async function markCamerasProbed(
  db: Executor,
  ids: readonly string[],
  patch: Pick<Updateable<CamerasTable>, 'status' | 'last_seen_at' | 'status_checked_at'>,
): Promise<void> {
  for (let i = 0; i < ids.length; i += CHUNK) {
    await db
      .updateTable('cameras')
      .set(patch)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
  }
}

/** Marks cameras as a venue's. */
export async function setCamerasVenue(
  db: Executor,
  ids: readonly string[],
  venueId: string,
  at: string,
): Promise<void> {
  if (ids.length === 0) return;
  await db
    .updateTable('cameras')
    .set({ venue_id: venueId, kind: 'venue', updated_at: at })
    .where('id', 'in', ids)
    .execute();
}

/** Active cameras with a source the media server can reach, for the status probe. */
export async function listProbedCameraRows(db: Executor): Promise<Pick<CameraRow, 'id' | 'source_enc' | 'status'>[]> {
  return db
    .selectFrom('cameras')
    .select(['id', 'source_enc', 'status'])
    .where('active', '=', 1)
    .where('source_kind', '!=', 'none')
    .orderBy('id')
    .execute();
}

export interface ConsentWithRoles extends Omit<CameraConsentRow, 'purposes'> {
  purposes: (typeof VIEW_PURPOSES)[number][];
  roles: CameraConsentRolesTable['role'][];
  created_by_name: string | null;
  revoked_by_name: string | null;
}

/** Consents of these cameras with their roles and who recorded and revoked them: two queries whatever the count. */
export async function listConsentsOfCameras(db: Executor, cameraIds: readonly string[]): Promise<ConsentWithRoles[]> {
  if (cameraIds.length === 0) return [];
  const rows = await db
    .selectFrom('camera_consents as k')
    .leftJoin('users as cu', 'cu.id', 'k.created_by')
    .leftJoin('users as ru', 'ru.id', 'k.revoked_by')
    .selectAll('k')
    .select(['cu.display_name as created_by_name', 'ru.display_name as revoked_by_name'])
    .where('k.camera_id', 'in', cameraIds)
    .orderBy('k.camera_id')
    .orderBy('k.created_at', 'desc')
    .orderBy('k.id', 'desc')
    .execute();
  return withRoles(
    db,
    rows.map((row) => consentJson.read(row)),
  );
}

async function withRoles<R extends { id: string }>(
  db: Executor,
  rows: R[],
): Promise<(R & { roles: CameraConsentRolesTable['role'][] })[]> {
  if (rows.length === 0) return [];
  const roles = await db
    .selectFrom('camera_consent_roles')
    .select(['consent_id', 'role'])
    .where(
      'consent_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('consent_id')
    .orderBy('role')
    .execute();
  const byConsent = new Map<string, CameraConsentRolesTable['role'][]>();
  for (const row of roles) byConsent.set(row.consent_id, [...(byConsent.get(row.consent_id) ?? []), row.role]);
  return rows.map((row) => ({ ...row, roles: byConsent.get(row.id) ?? [] }));
}

export interface NewConsent {
  row: Omit<CameraConsentRow, 'purposes'> & { purposes: (typeof VIEW_PURPOSES)[number][] };
  roles: readonly CameraConsentRolesTable['role'][];
}

export async function insertConsents(db: Executor, consents: readonly NewConsent[]): Promise<void> {
  const rows = consents.map((consent) => consentJson.write(consent.row));
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('camera_consents')
      .values(rows.slice(i, i + CHUNK))
      .execute();
  }
  const roleRows = consents.flatMap((consent) => consent.roles.map((role) => ({ consent_id: consent.row.id, role })));
  for (let i = 0; i < roleRows.length; i += CHUNK) {
    await db
      .insertInto('camera_consent_roles')
      .values(roleRows.slice(i, i + CHUNK))
      .execute();
  }
}

export async function findConsentRow(db: Executor, id: string): Promise<CameraConsentRow | undefined> {
  return db.selectFrom('camera_consents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Revokes consents still standing; the rows stay (the history). Returns the cameras they belonged to. */
export async function revokeConsentRows(
  db: Executor,
  where: { id: string } | { agreementId: string },
  at: string,
  by: string | null,
): Promise<string[]> {
  const rows = await db
    .updateTable('camera_consents')
    .set({ revoked_at: at, revoked_by: by })
    .where('revoked_at', 'is', null)
    .where('id' in where ? 'id' : 'agreement_id', '=', 'id' in where ? where.id : where.agreementId)
    .returning('camera_id')
    .execute();
  return [...new Set(rows.map((row) => row.camera_id))];
}

/** The grants reaching these cameras through their groups. */
export async function listGrantsOfCameras(
  db: Executor,
  cameraIds: readonly string[],
): Promise<{ camera_id: string; role: CameraGrantRow['role']; account_id: string | null }[]> {
  if (cameraIds.length === 0) return [];
  return db
    .selectFrom('camera_group_members as m')
    .innerJoin('camera_grants as g', 'g.group_id', 'm.group_id')
    .select(['m.camera_id', 'g.role', 'g.account_id'])
    .where('m.camera_id', 'in', cameraIds)
    .execute();
}

/** The consents of these cameras standing at `at` (not revoked, started, not expired), with their roles. */
export async function listLiveConsentsOfCameras(
  db: Executor,
  cameraIds: readonly string[],
  at: string,
): Promise<ConsentWithRoles[]> {
  if (cameraIds.length === 0) return [];
  const rows = await db
    .selectFrom('camera_consents')
    .selectAll()
    .where('camera_id', 'in', cameraIds)
    .where('revoked_at', 'is', null)
    .where('starts_at', '<=', at)
    .where('expires_at', '>', at)
    .execute();
  const parsed = rows.map((row) => ({ ...consentJson.read(row), created_by_name: null, revoked_by_name: null }));
  return withRoles(db, parsed);
}

/** The role grants of these accounts with the place each reaches, for the sweep (no request, no session). */
export async function listRoleGrantsOfAccounts(
  db: Executor,
  accountIds: readonly string[],
): Promise<
  {
    user_id: string;
    role: CameraGrantRow['role'] & string;
    level: string;
    path: string;
    town_id: string | null;
    jurisdiction_id: string;
  }[]
> {
  if (accountIds.length === 0) return [];
  return db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select(['r.user_id', 'r.role', 'j.level', 'j.path', 'j.town_id', 'r.jurisdiction_id'])
    .where('r.user_id', 'in', accountIds)
    .where('u.status', '=', 'active')
    .execute();
}

/** The paths of these cameras' villages, for the sweep's scope check. */
export async function listCameraPlaces(
  db: Executor,
  cameraIds: readonly string[],
): Promise<(Pick<CameraRow, 'id' | 'town_id' | 'village_id' | 'kind' | 'active'> & { path: string })[]> {
  if (cameraIds.length === 0) return [];
  return db
    .selectFrom('cameras as c')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .select(['c.id', 'c.town_id', 'c.village_id', 'c.kind', 'c.active', 'v.path'])
    .where('c.id', 'in', cameraIds)
    .execute();
}

// Groups and grants

export type CameraGroupView = CameraGroupRow & { member_count: number };

export async function listGroupViews(db: Executor, townIds: readonly string[]): Promise<CameraGroupView[]> {
  if (townIds.length === 0) return [];
  return db
    .selectFrom('camera_groups as g')
    .leftJoin('camera_group_members as m', 'm.group_id', 'g.id')
    .select([
      'g.id',
      'g.town_id',
      'g.name',
      'g.created_at',
      sql<number>`cast(count(m.camera_id) as integer)`.as('member_count'),
    ])
    .where('g.town_id', 'in', townIds)
    .groupBy(['g.id', 'g.town_id', 'g.name', 'g.created_at'])
    .orderBy('g.name')
    .orderBy('g.id')
    .execute();
}

/** The groups a camera belongs to, by name: one query however many there are. */
export async function listGroupsOfCamera(db: Executor, cameraId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('camera_group_members as m')
    .innerJoin('camera_groups as g', 'g.id', 'm.group_id')
    .select(['g.id', 'g.name'])
    .where('m.camera_id', '=', cameraId)
    .orderBy('g.name')
    .orderBy('g.id')
    .execute();
}

export async function findGroupRow(db: Executor, id: string): Promise<CameraGroupRow | undefined> {
  return db.selectFrom('camera_groups').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function countGroupMembers(db: Executor, groupId: string): Promise<number> {
  const row = await db
    .selectFrom('camera_group_members')
    .select(countAll.as('n'))
    .where('group_id', '=', groupId)
    .executeTakeFirstOrThrow();
  return row.n;
}

export async function insertGroupRows(db: Executor, rows: readonly CameraGroupRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('camera_groups')
    .values([...rows])
    .execute();
}

export async function updateGroupName(db: Executor, id: string, name: string): Promise<void> {
  await db.updateTable('camera_groups').set({ name }).where('id', '=', id).execute();
}

export async function listGroupMemberViews(db: Executor, groupId: string) {
  return db
    .selectFrom('camera_group_members as m')
    .innerJoin('cameras as c', 'c.id', 'm.camera_id')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .select(['c.id', 'c.name', 'c.device_id', 'c.kind', 'v.name as village_name'])
    .where('m.group_id', '=', groupId)
    .orderBy('c.name')
    .orderBy('c.id')
    .execute();
}

/** Adds cameras to groups; pairs already there are left alone. */
export async function insertGroupMembers(
  db: Executor,
  rows: readonly { group_id: string; camera_id: string }[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    await db
      .insertInto('camera_group_members')
      .values(rows.slice(i, i + CHUNK))
      .onConflict((oc) => oc.columns(['group_id', 'camera_id']).doNothing())
      .execute();
  }
}

export async function deleteGroupMembers(db: Executor, groupId: string, cameraIds: readonly string[]): Promise<void> {
  if (cameraIds.length === 0) return;
  await db
    .deleteFrom('camera_group_members')
    .where('group_id', '=', groupId)
    .where('camera_id', 'in', cameraIds)
    .execute();
}

export type CameraGrantView = CameraGrantRow & { account_name: string | null };

export async function listGrantViews(db: Executor, groupIds: readonly string[]): Promise<CameraGrantView[]> {
  if (groupIds.length === 0) return [];
  return db
    .selectFrom('camera_grants as g')
    .leftJoin('users as u', 'u.id', 'g.account_id')
    .selectAll('g')
    .select('u.display_name as account_name')
    .where('g.group_id', 'in', groupIds)
    .orderBy('g.group_id')
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute();
}

export async function insertGrantRows(db: Executor, rows: readonly CameraGrantRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('camera_grants')
    .values([...rows])
    .execute();
}

export async function findGrantRow(db: Executor, id: string): Promise<CameraGrantRow | undefined> {
  return db.selectFrom('camera_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function deleteGrantRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('camera_grants').where('id', '=', id).execute();
}

/** Whether the account holds a role at the town or at a place above or inside it (a grant names people of the town). */
export async function accountWorksIn(
  db: Executor,
  accountId: string,
  town: { id: string; path: string },
): Promise<boolean> {
  const row = await db
    .selectFrom('user_roles as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select('r.id')
    .where('r.user_id', '=', accountId)
    .where('u.status', '=', 'active')
    .where((eb) =>
      eb.or([eb('j.town_id', '=', town.id), eb('j.id', '=', town.id), sql<SqlBool>`${town.path} like j.path || '%'`]),
    )
    .executeTakeFirst();
  return row !== undefined;
}

/** A role at the town or at a place above or inside it (accountWorksIn's rule), over `j` = the role's place. */
const inTownSql = (town: { id: string; path: string }) =>
  sql<SqlBool>`(j.town_id = ${town.id} or j.id = ${town.id} or ${town.path} like j.path || '%')`;

/** A page of the active accounts working in the town, by display name; ask for limit + 1 to know whether more exist. */
export async function listTownAccounts(
  db: Executor,
  town: { id: string; path: string },
  filter: { q?: string | undefined; after: { name: string; id: string } | null; limit: number },
): Promise<{ id: string; display_name: string }[]> {
  let q = db
    .selectFrom('users as u')
    .select(['u.id', 'u.display_name'])
    .where('u.status', '=', 'active')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('user_roles as r')
          .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
          .select('r.id')
          .whereRef('r.user_id', '=', 'u.id')
          .where(inTownSql(town)),
      ),
    );
  if (filter.q) q = q.where(likeSql('u.display_name', likeContains(filter.q)));
  const { after } = filter;
  if (after) {
    q = q.where(
      sql<SqlBool>`(u.display_name > ${after.name} or (u.display_name = ${after.name} and u.id > ${after.id}))`,
    );
  }
  return q.orderBy('u.display_name').orderBy('u.id').limit(filter.limit).execute();
}

/** The roles these accounts hold in the town (same rule), one row per account and role. */
export async function listTownRolesOfAccounts(
  db: Executor,
  accountIds: readonly string[],
  town: { id: string; path: string },
): Promise<{ user_id: string; role: Role }[]> {
  if (accountIds.length === 0) return [];
  return db
    .selectFrom('user_roles as r')
    .innerJoin('jurisdictions as j', 'j.id', 'r.jurisdiction_id')
    .select(['r.user_id', 'r.role'])
    .distinct()
    .where('r.user_id', 'in', accountIds)
    .where(inTownSql(town))
    .orderBy('r.user_id')
    .orderBy('r.role')
    .execute();
}

/** The owners' encrypted phone and address, for an export to callers who may unmask them. */
export async function listOwnerPii(
  db: Executor,
  personIds: readonly string[],
): Promise<{ id: string; phone_enc: string | null; address_enc: string | null }[]> {
  const out: { id: string; phone_enc: string | null; address_enc: string | null }[] = [];
  for (let i = 0; i < personIds.length; i += CHUNK) {
    out.push(
      ...(await db
        .selectFrom('persons')
        .select(['id', 'phone_enc', 'address_enc'])
        .where('id', 'in', personIds.slice(i, i + CHUNK))
        .execute()),
    );
  }
  return out;
}
