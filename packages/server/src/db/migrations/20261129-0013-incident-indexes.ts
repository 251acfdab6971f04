import type { Kysely, Migration } from 'kysely';

/**
 * Incident intake writes every index of the incidents table (issue #8, docs/BENCHMARKS.md). No query plans through
 * incidents_scope (town_id, jurisdiction_id, received_at, id): town-wide lists walk incidents_town_received, a
 * village's lists incidents_place (jurisdiction_id first), so it only cost each intake one more B-tree to write.
 */
export function incidentIndexesMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('incidents_scope').execute();
    },
  };
}
