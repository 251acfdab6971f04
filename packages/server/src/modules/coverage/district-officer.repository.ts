import type { Executor } from '../../db/database';

export interface DistrictOfficerRow {
  person_id: string;
  name: string;
  user_id: string | null;
  /** The officer's leave on that day, if any; its stand-in may still be missing. */
  leave_id: string | null;
  stand_in_person_id: string | null;
  stand_in_name: string | null;
  stand_in_user_id: string | null;
}

export interface VillageAuxiliaryRow {
  person_id: string;
  name: string;
  user_id: string | null;
}

/**
 * The officers on duty `district_officer` on the village's district (its parent in the tree), each with the stand-in
 * covering him on `day` when he is on leave: one query whatever the number of officers. A person may hold several
 * accounts; the earliest active one answers for him, so a row never repeats.
 */
export async function listDistrictOfficerRows(
  db: Executor,
  villageId: string,
  day: string,
): Promise<DistrictOfficerRow[]> {
  return db
    .selectFrom('jurisdictions as v')
    .innerJoin('assignments as a', (join) =>
      join.onRef('a.jurisdiction_id', '=', 'v.parent_id').on('a.duty', '=', 'district_officer'),
    )
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .leftJoin('coverage_stand_ins as s', (join) =>
      join
        .onRef('s.absent_person_id', '=', 'a.person_id')
        .onRef('s.jurisdiction_id', '=', 'a.jurisdiction_id')
        .onRef('s.duty', '=', 'a.duty')
        .on('s.from_day', '<=', day)
        .on('s.to_day', '>=', day)
        .on('s.ended_at', 'is', null),
    )
    .leftJoin('persons as sp', 'sp.id', 's.stand_in_person_id')
    .select((eb) => [
      'a.person_id',
      'p.name',
      eb
        .selectFrom('users as u')
        .select((e) => e.fn.min('u.id').as('id'))
        .whereRef('u.person_id', '=', 'p.id')
        .where('u.status', '=', 'active')
        .as('user_id'),
      's.id as leave_id',
      's.stand_in_person_id',
      'sp.name as stand_in_name',
      eb
        .selectFrom('users as su')
        .select((e) => e.fn.min('su.id').as('id'))
        .whereRef('su.person_id', '=', 's.stand_in_person_id')
        .where('su.status', '=', 'active')
        .as('stand_in_user_id'),
    ])
    .where('v.id', '=', villageId)
    .orderBy('p.name_pinyin')
    .orderBy('a.person_id')
    .orderBy('s.created_at', 'desc')
    .execute();
}

/** The village's auxiliary officers (duty `village_auxiliary`), by name. */
export async function listVillageAuxiliaryRows(db: Executor, villageId: string): Promise<VillageAuxiliaryRow[]> {
  return db
    .selectFrom('assignments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .select((eb) => [
      'a.person_id',
      'p.name',
      eb
        .selectFrom('users as u')
        .select((e) => e.fn.min('u.id').as('id'))
        .whereRef('u.person_id', '=', 'p.id')
        .where('u.status', '=', 'active')
        .as('user_id'),
    ])
    .where('a.jurisdiction_id', '=', villageId)
    .where('a.duty', '=', 'village_auxiliary')
    .orderBy('p.name_pinyin')
    .orderBy('a.person_id')
    .execute();
}
