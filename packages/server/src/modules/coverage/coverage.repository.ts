import { COVERAGE_DUTIES, type CoverageDuty, type JurisdictionLevel } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { CoverageStandInsTable } from '../../db/schema';

export type StandInRow = CoverageStandInsTable;
export type StandInView = StandInRow & {
  jurisdiction_name: string;
  absent_name: string;
  stand_in_name: string | null;
};

export interface CoveragePlaceRow {
  id: string;
  parent_id: string | null;
  level: JurisdictionLevel;
  name: string;
}

export interface CoveragePostRow {
  id: string;
  jurisdiction_id: string;
  name: string;
  phone: string | null;
}

export interface CoverageHolderRow {
  person_id: string;
  jurisdiction_id: string;
  duty: CoverageDuty;
  name: string;
  title: string | null;
  town_id: string;
  person_jurisdiction_id: string;
  phone_masked: string | null;
}

/** The town's districts and the villages and communities under them, in the tree's order. */
export async function listCoveragePlaces(db: Executor, townId: string): Promise<CoveragePlaceRow[]> {
  return db
    .selectFrom('jurisdictions')
    .select(['id', 'parent_id', 'level', 'name'])
    .where('town_id', '=', townId)
    .where('level', 'in', ['district', 'village', 'community'])
    .orderBy('sort_order')
    .orderBy('path')
    .execute();
}

/** The town's police posts (警务室), each on its district. */
export async function listPolicePosts(db: Executor, townId: string): Promise<CoveragePostRow[]> {
  return db
    .selectFrom('organizations')
    .select(['id', 'jurisdiction_id', 'name', 'phone'])
    .where('town_id', '=', townId)
    .where('kind', '=', 'police_post')
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** Everyone holding a covered duty in the town, with his masked phone (never the ciphertext). */
export async function listCoverageHolders(db: Executor, townId: string): Promise<CoverageHolderRow[]> {
  return db
    .selectFrom('assignments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .select([
      'a.person_id',
      'a.jurisdiction_id',
      'a.duty as duty',
      'p.name',
      'p.title',
      'p.town_id',
      'p.jurisdiction_id as person_jurisdiction_id',
      'p.phone_masked',
    ])
    .where('a.town_id', '=', townId)
    .where('a.duty', 'in', [...COVERAGE_DUTIES])
    .orderBy('p.name_pinyin')
    .orderBy('a.person_id')
    .$narrowType<{ duty: CoverageDuty }>()
    .execute();
}

/** The phone ciphertexts of these people, for an export by a caller who may see them in clear. */
export async function listPhoneCiphertexts(
  db: Executor,
  personIds: readonly string[],
): Promise<{ id: string; phone_enc: string | null }[]> {
  if (personIds.length === 0) return [];
  return db.selectFrom('persons').select(['id', 'phone_enc']).where('id', 'in', personIds).execute();
}

function standInViews(db: Executor) {
  return db
    .selectFrom('coverage_stand_ins as s')
    .innerJoin('jurisdictions as j', 'j.id', 's.jurisdiction_id')
    .innerJoin('persons as ap', 'ap.id', 's.absent_person_id')
    .leftJoin('persons as sp', 'sp.id', 's.stand_in_person_id')
    .selectAll('s')
    .select(['j.name as jurisdiction_name', 'ap.name as absent_name', 'sp.name as stand_in_name']);
}

/**
 * The town's leaves overlapping `fromDay`..`toDay` (ended ones included: the caller tells them apart), latest first.
 * `day` alone gives the leaves of that day.
 */
export async function listStandInRows(
  db: Executor,
  townId: string,
  filter: { fromDay?: string | undefined; toDay?: string | undefined; openOnly?: boolean },
): Promise<StandInView[]> {
  let q = standInViews(db).where('s.town_id', '=', townId);
  if (filter.fromDay) q = q.where('s.to_day', '>=', filter.fromDay);
  if (filter.toDay) q = q.where('s.from_day', '<=', filter.toDay);
  if (filter.openOnly) q = q.where('s.ended_at', 'is', null);
  return q.orderBy('s.from_day', 'desc').orderBy('s.id', 'desc').execute();
}

export async function findStandIn(db: Executor, id: string): Promise<StandInView | undefined> {
  return standInViews(db).where('s.id', '=', id).executeTakeFirst();
}

/** An open leave of the same person and duty sharing at least one day with `fromDay`..`toDay`. */
export async function findOverlappingStandIn(
  db: Executor,
  key: { absentPersonId: string; jurisdictionId: string; duty: CoverageDuty; fromDay: string; toDay: string },
): Promise<{ id: string } | undefined> {
  return db
    .selectFrom('coverage_stand_ins')
    .select('id')
    .where('absent_person_id', '=', key.absentPersonId)
    .where('jurisdiction_id', '=', key.jurisdictionId)
    .where('duty', '=', key.duty)
    .where('ended_at', 'is', null)
    .where('from_day', '<=', key.toDay)
    .where('to_day', '>=', key.fromDay)
    .executeTakeFirst();
}

export async function insertStandInRow(db: Executor, row: StandInRow): Promise<void> {
  await db.insertInto('coverage_stand_ins').values(row).execute();
}

/** Ends a leave still open; false when it was already ended (a racing request). */
export async function endStandInRow(
  db: Executor,
  id: string,
  end: { ended_at: string; ended_by: string | null; ended_by_name: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable('coverage_stand_ins')
    .set(end)
    .where('id', '=', id)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
