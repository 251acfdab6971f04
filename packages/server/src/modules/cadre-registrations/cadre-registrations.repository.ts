import type { CadreCodeState, CadreRegistrationStatus, Role } from '@fengqiao/domain';
import { type Insertable, type SqlBool, sql } from 'kysely';
import type { Executor } from '../../db/database';
import type { CadreCodesTable, CadreRegistrationsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type CadreCodeRow = CadreCodesTable;
export type CadreRegistrationRow = CadreRegistrationsTable;

export interface CadreCodeView extends CadreCodeRow {
  village_name: string;
  created_by_name: string | null;
  registration_count: number;
}

export interface CadreRegistrationView extends CadreRegistrationRow {
  village_name: string;
  username: string;
  decided_by_name: string | null;
}

/** A code found by the hash of its text, with the names the public page shows. */
export interface CadreCodePlace extends CadreCodeRow {
  village_name: string;
  town_name: string;
}

export async function insertCadreCode(db: Executor, row: Insertable<CadreCodesTable>): Promise<void> {
  await db.insertInto('cadre_codes').values(row).execute();
}

export async function findCadreCode(db: Executor, id: string): Promise<CadreCodeRow | undefined> {
  return db.selectFrom('cadre_codes').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCadreCodeByHash(db: Executor, codeHash: string): Promise<CadreCodePlace | undefined> {
  return db
    .selectFrom('cadre_codes as c')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .innerJoin('jurisdictions as t', 't.id', 'c.town_id')
    .selectAll('c')
    .select(['v.name as village_name', 't.name as town_name'])
    .where('c.code_hash', '=', codeHash)
    .executeTakeFirst();
}

/** Revokes a code not yet revoked; false when it already was (a second click, or another station user). */
export async function revokeCadreCode(db: Executor, id: string, at: string, by: string): Promise<boolean> {
  const result = await db
    .updateTable('cadre_codes')
    .set({ revoked_at: at, revoked_by: by })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function codeViews(db: Executor) {
  return db
    .selectFrom('cadre_codes as c')
    .innerJoin('jurisdictions as v', 'v.id', 'c.village_id')
    .leftJoin('users as u', 'u.id', 'c.created_by')
    .selectAll('c')
    .select(['v.name as village_name', 'u.display_name as created_by_name'])
    .select(sql<number>`(select count(*) from cadre_registrations r where r.code_id = c.id)`.as('registration_count'));
}

export async function findCadreCodeView(db: Executor, id: string): Promise<CadreCodeView | undefined> {
  const row = await codeViews(db).where('c.id', '=', id).executeTakeFirst();
  return row ? { ...row, registration_count: Number(row.registration_count) } : undefined;
}

/** The codes in reach, newest first; the cursor is the last row's (created_at, id). */
export async function listCadreCodeViews(
  db: Executor,
  scope: Scope,
  filter: { state?: CadreCodeState | undefined; now: string; after?: [string, string] | undefined; limit: number },
): Promise<CadreCodeView[]> {
  let q = codeViews(db).where(inScopeSql(scope, { town: 'c.town_id', jurisdiction: 'c.village_id' }));
  if (filter.state === 'revoked') q = q.where('c.revoked_at', 'is not', null);
  if (filter.state === 'active') q = q.where('c.revoked_at', 'is', null).where('c.expires_at', '>', filter.now);
  if (filter.state === 'expired') q = q.where('c.revoked_at', 'is', null).where('c.expires_at', '<=', filter.now);
  const after = filter.after;
  if (after) {
    q = q.where(sql<SqlBool>`(c.created_at < ${after[0]} or (c.created_at = ${after[0]} and c.id < ${after[1]}))`);
  }
  const rows = await q.orderBy('c.created_at', 'desc').orderBy('c.id', 'desc').limit(filter.limit).execute();
  return rows.map((row) => ({ ...row, registration_count: Number(row.registration_count) }));
}

export async function insertCadreRegistration(db: Executor, row: Insertable<CadreRegistrationsTable>): Promise<void> {
  await db.insertInto('cadre_registrations').values(row).execute();
}

function registrationViews(db: Executor) {
  return db
    .selectFrom('cadre_registrations as r')
    .innerJoin('jurisdictions as v', 'v.id', 'r.village_id')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .leftJoin('users as d', 'd.id', 'r.decided_by')
    .selectAll('r')
    .select(['v.name as village_name', 'u.username', 'd.display_name as decided_by_name']);
}

export async function findCadreRegistrationView(db: Executor, id: string): Promise<CadreRegistrationView | undefined> {
  return registrationViews(db).where('r.id', '=', id).executeTakeFirst();
}

/** The registrations in reach, newest first; the cursor is the last row's (created_at, id). */
export async function listCadreRegistrationViews(
  db: Executor,
  scope: Scope,
  filter: { status?: CadreRegistrationStatus | undefined; after?: [string, string] | undefined; limit: number },
): Promise<CadreRegistrationView[]> {
  let q = registrationViews(db).where(inScopeSql(scope, { town: 'r.town_id', jurisdiction: 'r.village_id' }));
  if (filter.status) q = q.where('r.status', '=', filter.status);
  const after = filter.after;
  if (after) {
    q = q.where(sql<SqlBool>`(r.created_at < ${after[0]} or (r.created_at = ${after[0]} and r.id < ${after[1]}))`);
  }
  return q.orderBy('r.created_at', 'desc').orderBy('r.id', 'desc').limit(filter.limit).execute();
}

/**
 * Decides a pending registration. The status condition makes the decision single: of two approvals racing, the
 * second finds nothing pending (on PostgreSQL it waits for the first's row lock, then re-reads the condition).
 */
export async function decideCadreRegistration(
  db: Executor,
  id: string,
  decision: { status: 'approved' | 'refused'; decidedBy: string; decidedAt: string; refusalReason: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('cadre_registrations')
    .set({
      status: decision.status,
      decided_by: decision.decidedBy,
      decided_at: decision.decidedAt,
      refusal_reason: decision.refusalReason,
    })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Moves a registration's account out of `pending`, and only out of it. */
export async function settlePendingUser(
  db: Executor,
  userId: string,
  status: 'active' | 'disabled',
  at: string,
): Promise<boolean> {
  const result = await db
    .updateTable('users')
    .set({ status, updated_at: at })
    .where('id', '=', userId)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * The active accounts holding one of `roles` on the town or anywhere in it (an officer granted on his district reaches
 * the whole town with a town-reach permission): who hears of a new registration.
 */
export async function listTownRoleUsers(db: Executor, townId: string, roles: readonly Role[]): Promise<string[]> {
  const rows = await db
    .selectFrom('user_roles as ur')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
    .select('u.id')
    .where('ur.role', 'in', [...roles])
    .where((eb) => eb.or([eb('j.id', '=', townId), eb('j.town_id', '=', townId)]))
    .where('u.status', '=', 'active')
    .distinct()
    .orderBy('u.id')
    .execute();
  return rows.map((row) => row.id);
}
