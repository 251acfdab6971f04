import type { Kysely, Migration } from 'kysely';

/**
 * Districts "1+1+N" coverage (issue #10): the stand-ins that cover an officer's duty while he is away. The police
 * posts, officers and auxiliary officers themselves stay in the directory (organisations and assignments); a stand-in
 * names the duty and the jurisdiction it covers rather than an assignment row, so it survives the assignment being
 * re-created. A leave recorded before anyone is found to cover it has no stand-in person yet: the coverage view then
 * shows the duty uncovered. Days are Shanghai calendar days (`YYYY-MM-DD`), both ends included; an ended stand-in keeps its row
 * (who ended it and when) so the history stays readable.
 */
export function coverageMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('coverage_stand_ins')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('town_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('jurisdiction_id', 'text', (c) => c.notNull().references('jurisdictions.id'))
        .addColumn('duty', 'text', (c) => c.notNull())
        .addColumn('absent_person_id', 'text', (c) => c.notNull().references('persons.id'))
        .addColumn('stand_in_person_id', 'text', (c) => c.references('persons.id'))
        .addColumn('from_day', 'text', (c) => c.notNull())
        .addColumn('to_day', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.references('users.id'))
        .addColumn('created_by_name', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('ended_at', 'text')
        .addColumn('ended_by', 'text', (c) => c.references('users.id'))
        .addColumn('ended_by_name', 'text')
        .execute();
      // The town's list, latest first, and "who covers this duty on that day".
      await db.schema
        .createIndex('coverage_stand_ins_town')
        .on('coverage_stand_ins')
        .columns(['town_id', 'to_day', 'id'])
        .execute();
      await db.schema
        .createIndex('coverage_stand_ins_duty')
        .on('coverage_stand_ins')
        .columns(['jurisdiction_id', 'duty', 'to_day'])
        .execute();
    },
  };
}
