import { type Kysely, type Migration, sql } from 'kysely';

/**
 * Indexes for the statistics (issue #9, docs/BENCHMARKS.md): every figure is a count over a time range within a
 * scope, so each counted table needs its time after the scope column. Incidents (town_id/jurisdiction_id,
 * received_at) and duty entries (town_id, jurisdiction_id, occurred_at) had them already; disputes are counted by
 * registration time, by their step into RESOLVED and by their online mediation sessions. Stocks (open incidents,
 * open and overdue cases) are read from partial indexes of the open rows.
 */
export function statsIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('disputes_town_created').on('disputes').columns(['town_id', 'created_at']).execute();
      // A village reader's scope names places, not a town.
      await db.schema
        .createIndex('disputes_place_created')
        .on('disputes')
        .columns(['jurisdiction_id', 'created_at'])
        .execute();
      await db.schema
        .createIndex('dispute_timeline_to_state')
        .on('dispute_timeline')
        .columns(['to_state', 'at', 'dispute_id'])
        .execute();
      await db.schema
        .createIndex('mediation_sessions_mode')
        .on('mediation_sessions')
        .columns(['mode', 'started_at', 'mediation_id'])
        .execute();
      // Open records are few among years of closed ones: partial indexes hold only them. The queries repeat these
      // exact terms as literals (an engine uses a partial index only when the query's WHERE implies the index's).
      await sql`create index incidents_open on incidents (town_id, jurisdiction_id) where state <> 'CLOSED'`.execute(
        db,
      );
      await sql`create index disputes_open on disputes (town_id, jurisdiction_id)
        where state not in ('CLOSED', 'ESCALATED_COUNTY', 'DIVERTED')`.execute(db);
    },
  };
}
