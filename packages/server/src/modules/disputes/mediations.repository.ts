import { mediationSchema, type Role, sessionSchema } from '@fengqiao/domain';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { MediationSessionsTable, MediationsTable } from '../../db/schema';

export type MediationRow = Parsed<MediationsTable>;
export type SessionRow = Parsed<MediationSessionsTable>;

const mediationJson = jsonColumns<MediationsTable>({
  mediator_ids: z.array(z.string()),
  extensions: mediationSchema.shape.extensions,
});
const sessionJson = jsonColumns<MediationSessionsTable>({ participants: sessionSchema.shape.participants });

export async function insertMediationRow(db: Executor, row: MediationRow): Promise<void> {
  await db.insertInto('mediations').values(mediationJson.write(row)).execute();
}

export async function findMediationRow(db: Executor, id: string): Promise<MediationRow | undefined> {
  const row = await db.selectFrom('mediations').selectAll().where('id', '=', id).executeTakeFirst();
  return row && mediationJson.read(row);
}

export async function listMediationRowsByIds(db: Executor, ids: readonly string[]): Promise<MediationRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('mediations')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
  return rows.map(mediationJson.read);
}

export async function listMediationRows(db: Executor, disputeId: string): Promise<MediationRow[]> {
  const rows = await db
    .selectFrom('mediations')
    .selectAll()
    .where('dispute_id', '=', disputeId)
    .orderBy('id')
    .execute();
  return rows.map(mediationJson.read);
}

export async function updateMediationRow(db: Executor, id: string, patch: Partial<MediationRow>): Promise<void> {
  await db.updateTable('mediations').set(mediationJson.write(patch)).where('id', '=', id).execute();
}

export async function insertSessionRow(db: Executor, row: SessionRow): Promise<void> {
  await db.insertInto('mediation_sessions').values(sessionJson.write(row)).execute();
}

export async function listSessionRows(db: Executor, mediationIds: readonly string[]): Promise<SessionRow[]> {
  if (mediationIds.length === 0) return [];
  const rows = await db
    .selectFrom('mediation_sessions')
    .selectAll()
    .where('mediation_id', 'in', [...mediationIds])
    .orderBy('id')
    .execute();
  return rows.map(sessionJson.read);
}

export async function countSessions(db: Executor, mediationId: string): Promise<number> {
  const row = await db
    .selectFrom('mediation_sessions')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('mediation_id', '=', mediationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Persons of the town by id, with their organisation's kind, to check mediators and the responsible officer. */
export async function listTownPeople(
  db: Executor,
  townId: string,
  ids: readonly string[],
): Promise<{ id: string; kind: string; organization_kind: string | null }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('persons as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.kind', 'o.kind as organization_kind'])
    .where('p.town_id', '=', townId)
    .where('p.id', 'in', [...ids])
    .execute();
}

/** Roles held by the user accounts of a person: an account with the auxiliary role marks an auxiliary officer. */
export async function listPersonRoles(db: Executor, personId: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .select('ur.role')
    .where('u.person_id', '=', personId)
    .execute();
  return rows.map((row) => row.role);
}
