import type { Executor } from '../../db/database';
import type { IncidentClassesTable } from '../../db/schema';

export type IncidentClassRow = IncidentClassesTable;

const CHUNK = 500;

/** A town's own class code table, by code (empty while the town works from the domain's defaults). */
export function listIncidentClassRows(db: Executor, townId: string): Promise<IncidentClassRow[]> {
  return db.selectFrom('incident_classes').selectAll().where('town_id', '=', townId).orderBy('code').execute();
}

/** One row of a town's table, or undefined when the town has no row with this code. */
export function findIncidentClassRow(
  db: Executor,
  townId: string,
  code: string,
): Promise<IncidentClassRow | undefined> {
  return db
    .selectFrom('incident_classes')
    .selectAll()
    .where('town_id', '=', townId)
    .where('code', '=', code)
    .executeTakeFirst();
}

/**
 * Writes rows by (town, code): a new code is inserted, an existing one takes the new name, category, flags and
 * target (its id and created_at stay).
 */
export async function upsertIncidentClassRows(tx: Executor, rows: readonly IncidentClassRow[]): Promise<void> {
  // Chunked: a whole imported sheet in one statement could pass SQLite's limit on bound parameters.
  for (let start = 0; start < rows.length; start += CHUNK) {
    await upsertChunk(tx, rows.slice(start, start + CHUNK));
  }
}

async function upsertChunk(tx: Executor, rows: IncidentClassRow[]): Promise<void> {
  await tx
    .insertInto('incident_classes')
    .values(rows)
    .onConflict((oc) =>
      oc.columns(['town_id', 'code']).doUpdateSet((eb) => ({
        name: eb.ref('excluded.name'),
        category: eb.ref('excluded.category'),
        dispute: eb.ref('excluded.dispute'),
        arrival_target_minutes: eb.ref('excluded.arrival_target_minutes'),
        active: eb.ref('excluded.active'),
        updated_at: eb.ref('excluded.updated_at'),
      })),
    )
    .execute();
}
