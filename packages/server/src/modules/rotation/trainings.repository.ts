import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { TrainingMaterialsTable, TrainingsTable } from '../../db/schema';

export type TrainingRow = Parsed<TrainingsTable>;
export type MaterialRow = TrainingMaterialsTable;

const trainingJson = jsonColumns<TrainingsTable>({ attendee_ids: z.array(z.string()) });

export async function insertTrainingRow(db: Executor, row: TrainingRow): Promise<void> {
  await db.insertInto('trainings').values(trainingJson.write(row)).execute();
}

export async function updateTrainingRow(
  db: Executor,
  id: string,
  patch: Pick<TrainingRow, 'topic' | 'trainer' | 'held_on' | 'place' | 'attendee_ids' | 'updated_at'>,
): Promise<void> {
  await db.updateTable('trainings').set(trainingJson.write(patch)).where('id', '=', id).execute();
}

export async function findTrainingRow(db: Executor, id: string): Promise<TrainingRow | undefined> {
  const row = await db.selectFrom('trainings').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? trainingJson.read(row) : undefined;
}

/** A town's trainings, latest first; keyset after (held_on, id) of the last row seen. */
export async function listTrainingRows(
  db: Executor,
  townId: string,
  after: { heldOn: string; id: string } | null,
  limit: number,
): Promise<TrainingRow[]> {
  let q = db.selectFrom('trainings').selectAll().where('town_id', '=', townId);
  if (after) {
    q = q.where((eb) =>
      eb.or([eb('held_on', '<', after.heldOn), eb.and([eb('held_on', '=', after.heldOn), eb('id', '<', after.id)])]),
    );
  }
  const rows = await q.orderBy('held_on', 'desc').orderBy('id', 'desc').limit(limit).execute();
  return rows.map(trainingJson.read);
}

export async function deleteTrainingRow(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('trainings').where('id', '=', id).execute();
}

export async function insertMaterialRow(db: Executor, row: MaterialRow): Promise<void> {
  await db.insertInto('training_materials').values(row).execute();
}

export async function findMaterialRow(db: Executor, id: string): Promise<MaterialRow | undefined> {
  return db.selectFrom('training_materials').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listMaterialRows(db: Executor, trainingIds: readonly string[]): Promise<MaterialRow[]> {
  if (trainingIds.length === 0) return [];
  return db
    .selectFrom('training_materials')
    .selectAll()
    .where('training_id', 'in', [...trainingIds])
    .orderBy('id')
    .execute();
}

export async function deleteMaterialRows(db: Executor, trainingId: string): Promise<void> {
  await db.deleteFrom('training_materials').where('training_id', '=', trainingId).execute();
}
