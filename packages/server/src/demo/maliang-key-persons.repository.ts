import type { Executor } from '../db/database';

/** The town's residents with their village or community (demo seed only), in a stable order. */
export async function listDemoResidents(db: Executor, townId: string) {
  return db
    .selectFrom('persons as p')
    .innerJoin('jurisdictions as j', 'j.id', 'p.jurisdiction_id')
    .select(['p.id', 'p.name', 'p.jurisdiction_id', 'j.level', 'j.name as village_name'])
    .where('p.town_id', '=', townId)
    .where('p.kind', '=', 'resident')
    .where('j.level', 'in', ['village', 'community'])
    .orderBy('j.sort_order')
    .orderBy('p.name_pinyin')
    .orderBy('p.id')
    .execute();
}

/** The demo's one town. */
export async function findDemoTownId(db: Executor): Promise<string> {
  return (await db.selectFrom('jurisdictions').select('id').where('level', '=', 'town').executeTakeFirstOrThrow()).id;
}
