import { sql } from 'kysely';
import type { Executor } from '../../db/database';

/** The 综治办 accounts of a town (granted at the town itself or anywhere inside it). */
export async function listTownOfficeUserIds(db: Executor, townId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('users as u')
    .innerJoin('user_roles as ur', 'ur.user_id', 'u.id')
    .innerJoin('jurisdictions as j', 'j.id', 'ur.jurisdiction_id')
    .select('u.id')
    .where('ur.role', '=', 'zongzhiban')
    .where('u.status', '=', 'active')
    .where((eb) => eb.or([eb('j.id', '=', townId), eb('j.town_id', '=', townId)]))
    .distinct()
    .execute();
  return rows.map((row) => row.id);
}

/** The village side of a case: auxiliary officers and cadres whose granted village (or group) holds its place. */
export async function listVillageWorkerUserIds(db: Executor, jurisdictionId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('jurisdictions as place')
    .innerJoin('jurisdictions as j', (join) =>
      join.on(sql<boolean>`${sql.ref('place.path')} like ${sql.ref('j.path')} || '%'`),
    )
    .innerJoin('user_roles as ur', 'ur.jurisdiction_id', 'j.id')
    .innerJoin('users as u', 'u.id', 'ur.user_id')
    .select('u.id')
    .where('place.id', '=', jurisdictionId)
    .where('j.level', 'in', ['village', 'community', 'group'])
    .where('ur.role', 'in', ['auxiliary', 'village_cadre'])
    .where('u.status', '=', 'active')
    .distinct()
    .execute();
  return rows.map((row) => row.id);
}

/** The accounts of the people named as task force members. */
export async function listUserIdsOfPeople(db: Executor, personIds: readonly string[]): Promise<string[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('person_id', 'in', [...personIds])
    .where('status', '=', 'active')
    .execute();
  return rows.map((row) => row.id);
}
