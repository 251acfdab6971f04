import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type {
  RotaCheckInsTable,
  RotaSlotsTable,
  RotaSwapsTable,
  RotasTable,
  RotationCalendarDaysTable,
  RotationSettingsTable,
} from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';
import { disputeChildScopeColumns, disputeScopeColumns } from '../disputes/disputes.repository';

export type CalendarDayRow = RotationCalendarDaysTable;
export type RotaRow = RotasTable;
export type SlotRow = Parsed<RotaSlotsTable>;
export type CheckInRow = RotaCheckInsTable;
export type SwapRow = RotaSwapsTable;

/** A slot with the names screens show: its village and its director. */
export type SlotView = SlotRow & { village_name: string; village_path: string; director_name: string | null };

const slotJson = jsonColumns<RotaSlotsTable>({ days: z.array(z.string()) });

export async function findRotationSettings(db: Executor, townId: string): Promise<RotationSettingsTable | undefined> {
  return db.selectFrom('rotation_settings').selectAll().where('town_id', '=', townId).executeTakeFirst();
}

/**
 * Marks a town's calendar as seeded; false when it already was (two first changes at once: on PostgreSQL the
 * second waits for the first to commit and then inserts nothing, so the days are seeded once).
 */
export async function insertRotationSettings(db: Executor, row: RotationSettingsTable): Promise<boolean> {
  const result = await db
    .insertInto('rotation_settings')
    .values(row)
    .onConflict((oc) => oc.column('town_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

/** A town's calendar rows from one day to another (inclusive). */
export async function listCalendarDayRows(
  db: Executor,
  townId: string,
  from: string,
  to: string,
): Promise<CalendarDayRow[]> {
  return db
    .selectFrom('rotation_calendar_days')
    .selectAll()
    .where('town_id', '=', townId)
    .where('date', '>=', from)
    .where('date', '<=', to)
    .orderBy('date')
    .execute();
}

export async function insertCalendarDayRows(db: Executor, rows: CalendarDayRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('rotation_calendar_days').values(rows).execute();
}

export async function upsertCalendarDayRow(db: Executor, row: CalendarDayRow): Promise<void> {
  await db
    .insertInto('rotation_calendar_days')
    .values(row)
    .onConflict((oc) =>
      oc.columns(['town_id', 'date']).doUpdateSet({ kind: row.kind, name: row.name, updated_at: row.updated_at }),
    )
    .execute();
}

export async function deleteCalendarDayRow(db: Executor, townId: string, date: string): Promise<number> {
  const result = await db
    .deleteFrom('rotation_calendar_days')
    .where('town_id', '=', townId)
    .where('date', '=', date)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findRotaRow(db: Executor, townId: string, year: number): Promise<RotaRow | undefined> {
  return db.selectFrom('rotas').selectAll().where('town_id', '=', townId).where('year', '=', year).executeTakeFirst();
}

export async function insertRotaRow(db: Executor, row: RotaRow): Promise<void> {
  await db.insertInto('rotas').values(row).execute();
}

export async function updateRotaRow(
  db: Executor,
  id: string,
  patch: Pick<RotaRow, 'seed' | 'generated_by' | 'generated_at'>,
): Promise<void> {
  await db.updateTable('rotas').set(patch).where('id', '=', id).execute();
}

function slotsWithNames(db: Executor) {
  return db
    .selectFrom('rota_slots as s')
    .innerJoin('jurisdictions as v', 'v.id', 's.jurisdiction_id')
    .leftJoin('persons as p', 'p.id', 's.director_person_id')
    .selectAll('s')
    .select(['v.name as village_name', 'v.path as village_path', 'p.name as director_name']);
}

/** A town's slots of one year in date order. */
export async function listSlotViews(db: Executor, townId: string, year: number): Promise<SlotView[]> {
  const rows = await slotsWithNames(db)
    .where('s.town_id', '=', townId)
    .where('s.year', '=', year)
    .orderBy('s.start_date')
    .orderBy('s.slot_index')
    .execute();
  return rows.map(slotJson.read);
}

export async function findSlotView(db: Executor, id: string): Promise<SlotView | undefined> {
  const row = await slotsWithNames(db).where('s.id', '=', id).executeTakeFirst();
  return row ? slotJson.read(row) : undefined;
}

export async function insertSlotRows(db: Executor, rows: SlotRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.insertInto('rota_slots').values(rows.map(slotJson.write)).execute();
}

/** Removes a rota's slots from a month on (their days have not begun, so they hold no check-ins). */
export async function deleteSlotRowsFrom(db: Executor, rotaId: string, fromMonth: number): Promise<string[]> {
  const rows = await db
    .deleteFrom('rota_slots')
    .where('rota_id', '=', rotaId)
    .where('month', '>=', fromMonth)
    .returning('id')
    .execute();
  return rows.map((row) => row.id);
}

export async function updateSlotRow(
  db: Executor,
  id: string,
  patch: Pick<SlotRow, 'jurisdiction_id' | 'director_person_id'>,
): Promise<void> {
  await db.updateTable('rota_slots').set(patch).where('id', '=', id).execute();
}

export async function listCheckInRows(db: Executor, slotIds: readonly string[]): Promise<CheckInRow[]> {
  if (slotIds.length === 0) return [];
  return db
    .selectFrom('rota_check_ins')
    .selectAll()
    .where('slot_id', 'in', [...slotIds])
    .orderBy('date')
    .execute();
}

/** Records a day's check-in; a second one for the same day changes nothing. */
export async function insertCheckInRow(db: Executor, row: CheckInRow): Promise<boolean> {
  const result = await db
    .insertInto('rota_check_ins')
    .values(row)
    .onConflict((oc) => oc.columns(['slot_id', 'date']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function listSwapRows(db: Executor, townId: string, year: number): Promise<SwapRow[]> {
  return db
    .selectFrom('rota_swaps')
    .selectAll()
    .where('town_id', '=', townId)
    .where('year', '=', year)
    .orderBy('id', 'desc')
    .execute();
}

export async function findSwapRow(db: Executor, id: string): Promise<SwapRow | undefined> {
  return db.selectFrom('rota_swaps').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertSwapRow(db: Executor, row: SwapRow): Promise<void> {
  await db.insertInto('rota_swaps').values(row).execute();
}

/**
 * Records the decision on a request still pending; false when it no longer is (another chief decided it first: on
 * PostgreSQL the second update waits for the first to commit and then matches nothing).
 */
export async function decidePendingSwapRow(
  db: Executor,
  id: string,
  patch: Pick<SwapRow, 'status' | 'decided_by' | 'decided_by_name' | 'decided_at' | 'decision_note'>,
): Promise<boolean> {
  const result = await db
    .updateTable('rota_swaps')
    .set(patch)
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Closes the pending requests about slots that no longer exist. */
export async function withdrawPendingSwaps(db: Executor, slotIds: readonly string[], at: string): Promise<number> {
  if (slotIds.length === 0) return 0;
  const ids = [...slotIds];
  const result = await db
    .updateTable('rota_swaps')
    .set({ status: 'withdrawn', decided_at: at })
    .where('status', '=', 'pending')
    .where((eb) => eb.or([eb('slot_id', 'in', ids), eb('other_slot_id', 'in', ids)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The villages and communities of a town: who takes turns. */
export async function listTownVillages(db: Executor, townId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('jurisdictions')
    .select(['id', 'name'])
    .where('town_id', '=', townId)
    .where('level', 'in', ['village', 'community'])
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
}

/** The security director (治保主任) of each village the directory names one for: the longest-standing assignment. */
export async function listSecurityDirectors(
  db: Executor,
  villageIds: readonly string[],
): Promise<{ jurisdiction_id: string; person_id: string }[]> {
  if (villageIds.length === 0) return [];
  return db
    .selectFrom('assignments')
    .select(['jurisdiction_id', 'person_id'])
    .where('duty', '=', 'security_director')
    .where('jurisdiction_id', 'in', [...villageIds])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Whether a jurisdiction is a town: the rota and its settings exist per town. */
export async function isTown(db: Executor, townId: string): Promise<boolean> {
  const row = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('id', '=', townId)
    .where('level', '=', 'town')
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether any of these jurisdictions lies in the town (a village cadre reads the town's rota). */
export async function anyJurisdictionInTown(
  db: Executor,
  jurisdictionIds: readonly string[],
  townId: string,
): Promise<boolean> {
  if (jurisdictionIds.length === 0) return false;
  const row = await db
    .selectFrom('jurisdictions')
    .select('id')
    .where('id', 'in', [...jurisdictionIds])
    .where('town_id', '=', townId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** People of a town by id, with their names (a director standing in, training attendees). */
export async function listTownPeople(
  db: Executor,
  townId: string,
  ids: readonly string[],
): Promise<{ id: string; name: string }[]> {
  if (ids.length === 0) return [];
  return db
    .selectFrom('persons')
    .select(['id', 'name'])
    .where('town_id', '=', townId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Mediation sessions held in a town between two instants, within the caller's dispute scope. */
export async function listSessionsBetween(
  db: Executor,
  scope: Scope,
  townId: string,
  fromAt: string,
  toAt: string,
): Promise<
  { id: string; dispute_id: string; number: string; started_at: string; mode: string; location: string | null }[]
> {
  return db
    .selectFrom('mediation_sessions as ms')
    .innerJoin('mediations as m', 'm.id', 'ms.mediation_id')
    .innerJoin('disputes as d', 'd.id', 'm.dispute_id')
    .select(['ms.id', 'm.dispute_id', 'd.number', 'ms.started_at', 'ms.mode', 'ms.location'])
    .where('m.town_id', '=', townId)
    .where(inScopeSql(scope, disputeChildScopeColumns(db, 'm')))
    .where('ms.started_at', '>=', fromAt)
    .where('ms.started_at', '<', toAt)
    .orderBy('ms.started_at')
    .limit(200)
    .execute();
}

/** Disputes registered in a town between two instants, within the caller's dispute scope. */
export async function listDisputesRegisteredBetween(
  db: Executor,
  scope: Scope,
  townId: string,
  fromAt: string,
  toAt: string,
): Promise<{ id: string; number: string; category: string; summary: string; created_at: string }[]> {
  return db
    .selectFrom('disputes as d')
    .select(['d.id', 'd.number', 'd.category', 'd.summary', 'd.created_at'])
    .where('d.town_id', '=', townId)
    .where(inScopeSql(scope, disputeScopeColumns(db)))
    .where('d.created_at', '>=', fromAt)
    .where('d.created_at', '<', toAt)
    .orderBy('d.created_at')
    .limit(200)
    .execute();
}

/** The towns these jurisdictions lie in (a caller granted on villages only: which town they mean). */
export async function listTownsOf(db: Executor, jurisdictionIds: readonly string[]): Promise<string[]> {
  if (jurisdictionIds.length === 0) return [];
  const rows = await db
    .selectFrom('jurisdictions')
    .select('town_id')
    .distinct()
    .where('id', 'in', [...jurisdictionIds])
    .where('town_id', 'is not', null)
    .execute();
  return rows.flatMap((row) => (row.town_id ? [row.town_id] : []));
}

/** Incidents received in a town between two instants, within the caller's incident scope. */
export async function listIncidentsReceivedBetween(
  db: Executor,
  scope: Scope,
  townId: string,
  fromAt: string,
  toAt: string,
): Promise<{ id: string; number: string; class_name: string; summary: string; state: string; received_at: string }[]> {
  return db
    .selectFrom('incidents as i')
    .select(['i.id', 'i.number', 'i.class_name', 'i.summary', 'i.state', 'i.received_at'])
    .where('i.town_id', '=', townId)
    .where(inScopeSql(scope, { town: 'i.town_id', jurisdiction: 'i.jurisdiction_id' }))
    .where('i.received_at', '>=', fromAt)
    .where('i.received_at', '<', toAt)
    .orderBy('i.received_at')
    .limit(200)
    .execute();
}
