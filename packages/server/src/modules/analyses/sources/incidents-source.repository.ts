import { sql } from 'kysely';
import type { Executor } from '../../../db/database';
import { countAll } from '../../../db/dialect';
import { inScopeSql } from '../../../db/scope-filter';
import type { SourceBounds } from '../analysis-sources';

const SCOPE = { town: 'i.town_id', jurisdiction: 'i.jurisdiction_id' };

function received(db: Executor, input: SourceBounds) {
  return db
    .selectFrom('incidents as i')
    .where(inScopeSql(input.scope, SCOPE))
    .where('i.received_at', '>=', input.from)
    .where('i.received_at', '<', input.to);
}

/** Incidents received in the period by class (name at intake), with how many of each arrived late. */
export async function countIncidentsByClass(db: Executor, input: SourceBounds) {
  return received(db, input)
    .select([
      'i.class_code',
      'i.class_name',
      countAll.as('n'),
      sql<number>`cast(sum(i.arrival_late) as integer)`.as('late'),
    ])
    .groupBy(['i.class_code', 'i.class_name'])
    .orderBy('i.class_code')
    .orderBy('i.class_name')
    .execute();
}

/** Incidents received in the period by village (a group's incidents count for its village). */
export async function countIncidentsByVillage(db: Executor, input: SourceBounds) {
  return received(db, input)
    .innerJoin('jurisdictions as j', 'j.id', 'i.jurisdiction_id')
    .leftJoin('jurisdictions as v', (join) => join.onRef('v.id', '=', 'j.parent_id').on('j.level', '=', 'group'))
    .select([
      sql<string>`coalesce(v.id, j.id)`.as('village_id'),
      sql<string>`coalesce(v.name, j.name)`.as('village_name'),
      countAll.as('n'),
    ])
    .groupBy([sql`coalesce(v.id, j.id)`, sql`coalesce(v.name, j.name)`])
    .execute();
}

/** Incidents received in the period by UTC hour of reception (`00`–`23`); the source turns it into Beijing hours. */
export async function countIncidentsByUtcHour(db: Executor, input: SourceBounds) {
  return received(db, input)
    .select([sql<string>`substr(i.received_at, 12, 2)`.as('utc_hour'), countAll.as('n')])
    .groupBy(sql`substr(i.received_at, 12, 2)`)
    .execute();
}
