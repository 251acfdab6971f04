import { sql } from 'kysely';
import type { Executor } from '../db/database';
import { isPostgres } from '../db/dialect';
import type {
  AgreementsTable,
  Database,
  DisputeDepartmentsTable,
  DisputePartiesTable,
  DisputeRiskHistoryTable,
  DisputesTable,
  DisputeTaskforceMembersTable,
  DisputeTimelineTable,
  FollowUpsTable,
  MediationSessionsTable,
  MediationsTable,
} from '../db/schema';

/** Every row of a batch of generated disputes, table by table (demo seed and benchmark only). */
export interface DisputeRowSet {
  disputes: DisputesTable[];
  parties: DisputePartiesTable[];
  timeline: DisputeTimelineTable[];
  departments: DisputeDepartmentsTable[];
  taskforce: DisputeTaskforceMembersTable[];
  risk: DisputeRiskHistoryTable[];
  mediations: MediationsTable[];
  sessions: MediationSessionsTable[];
  agreements: AgreementsTable[];
  followUps: FollowUpsTable[];
}

export function emptyRowSet(): DisputeRowSet {
  return {
    disputes: [],
    parties: [],
    timeline: [],
    departments: [],
    taskforce: [],
    risk: [],
    mediations: [],
    sessions: [],
    agreements: [],
    followUps: [],
  };
}

// Both engines cap bound parameters per statement (SQLite 32,766, PostgreSQL 65,535): 30,000 keeps every
// multi-row insert below either cap whatever the width of the table.
const MAX_PARAMETERS = 30_000;

export async function insertChunked<T extends object>(
  db: Executor,
  table: keyof Database,
  rows: readonly T[],
): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let i = 0; i < rows.length; i += size) {
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute();
  }
}

/**
 * Bulk insert of generated disputes in foreign-key order, with SQLite's FTS5 rows (PostgreSQL indexes
 * search_text itself). Bypasses the services on purpose: the generator has already walked the state machine,
 * and one statement per few hundred rows keeps the demo seed and the county-scale benchmark fast.
 */
export async function insertDisputeRowSet(db: Executor, rows: DisputeRowSet): Promise<void> {
  await insertChunked(db, 'disputes', rows.disputes);
  await insertChunked(db, 'dispute_parties', rows.parties);
  await insertChunked(db, 'dispute_timeline', rows.timeline);
  await insertChunked(db, 'dispute_departments', rows.departments);
  await insertChunked(db, 'dispute_taskforce_members', rows.taskforce);
  await insertChunked(db, 'dispute_risk_history', rows.risk);
  await insertChunked(db, 'mediations', rows.mediations);
  await insertChunked(db, 'mediation_sessions', rows.sessions);
  await insertChunked(db, 'agreements', rows.agreements);
  await insertChunked(db, 'follow_ups', rows.followUps);
  if (!isPostgres(db)) {
    await insertChunked(
      db,
      'disputes_fts',
      rows.disputes.map((d) => ({ dispute_id: d.id, body: d.search_text })),
    );
  }
}

/**
 * Moves a numbering sequence (see disputes.repository nextSequence) up to `lastSeq`, never down, so the app's
 * next registration or agreement continues after the inserted numbers.
 */
export async function advanceSequence(
  db: Executor,
  townId: string,
  year: number,
  kind: string,
  lastSeq: number,
): Promise<void> {
  await db
    .insertInto('dispute_sequences')
    .values({ town_id: townId, year, kind, last_seq: lastSeq })
    .onConflict((oc) =>
      oc.columns(['town_id', 'year', 'kind']).doUpdateSet({
        last_seq: sql`case when dispute_sequences.last_seq > excluded.last_seq then dispute_sequences.last_seq else excluded.last_seq end`,
      }),
    )
    .execute();
}
