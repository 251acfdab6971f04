import { assessmentSettingsSchema, signedScorecardSnapshotSchema } from '@fengqiao/domain';
import { z } from 'zod';
import type { Executor } from '../../db/database';
import { jsonColumns, type Parsed } from '../../db/json-column';
import type { AssessmentAdjustmentsTable, AssessmentSettingsTable, AssessmentSignoffsTable } from '../../db/schema';
import { inScopeSql } from '../../db/scope-filter';
import type { Scope } from '../../platform/access/access';

export type AssessmentSettingsRow = Parsed<AssessmentSettingsTable>;
export type AdjustmentRow = AssessmentAdjustmentsTable;
export type SignoffRow = Parsed<AssessmentSignoffsTable>;

const settingsJson = jsonColumns<AssessmentSettingsTable>({ settings: assessmentSettingsSchema });
const mediatorIds = z.array(z.string());
const signoffJson = jsonColumns<AssessmentSignoffsTable>({ snapshot: signedScorecardSnapshotSchema });

/** A village auxiliary officer: a person assigned to a village, with the village's district (its parent). */
export interface OfficerRow {
  person_id: string;
  name: string;
  town_id: string;
  village_id: string;
  village_name: string;
  district_id: string;
  district_name: string;
}

function officers(db: Executor) {
  return db
    .selectFrom('assignments as a')
    .innerJoin('persons as p', 'p.id', 'a.person_id')
    .innerJoin('jurisdictions as v', 'v.id', 'a.jurisdiction_id')
    .innerJoin('jurisdictions as d', 'd.id', 'v.parent_id')
    .where('a.duty', '=', 'village_auxiliary')
    .select([
      'a.person_id',
      'p.name',
      'a.town_id',
      'v.id as village_id',
      'v.name as village_name',
      'd.id as district_id',
      'd.name as district_name',
    ]);
}

/** The auxiliary officers whose village lies in the scope, by district and village order, then name. */
export async function listOfficerRows(db: Executor, scope: Scope): Promise<OfficerRow[]> {
  return officers(db)
    .where(inScopeSql(scope, { town: 'a.town_id', jurisdiction: 'a.jurisdiction_id' }))
    .orderBy('d.path')
    .orderBy('v.path')
    .orderBy('p.name_pinyin')
    .orderBy('a.person_id')
    .execute();
}

/** Every auxiliary officer of these districts (ranks are taken over a whole district, whoever asks). */
export async function listOfficerRowsInDistricts(db: Executor, districtIds: readonly string[]): Promise<OfficerRow[]> {
  if (districtIds.length === 0) return [];
  return officers(db)
    .where('d.id', 'in', [...districtIds])
    .orderBy('d.path')
    .orderBy('v.path')
    .orderBy('p.name_pinyin')
    .orderBy('a.person_id')
    .execute();
}

/**
 * Holds the officer's person row until the transaction ends, so an adjustment and a sign-off of their month run one
 * after the other: a no-op update takes PostgreSQL's row lock (SQLite has a single writer anyway).
 */
export async function lockOfficer(db: Executor, personId: string): Promise<void> {
  await db
    .updateTable('persons')
    .set((eb) => ({ id: eb.ref('id') }))
    .where('id', '=', personId)
    .execute();
}

/** One auxiliary officer by person id (the first village when, unusually, they are assigned to two). */
export async function findOfficerRow(db: Executor, personId: string): Promise<OfficerRow | undefined> {
  return officers(db).where('a.person_id', '=', personId).orderBy('v.path').limit(1).executeTakeFirst();
}

/** The person record behind an account, to tell an auxiliary officer's own scorecard from a colleague's. */
export async function findUserPersonId(db: Executor, userId: string): Promise<string | null> {
  const row = await db.selectFrom('users').select('person_id').where('id', '=', userId).executeTakeFirst();
  return row?.person_id ?? null;
}

export async function findAssessmentSettingsRow(
  db: Executor,
  townId: string,
): Promise<AssessmentSettingsRow | undefined> {
  const row = await db.selectFrom('assessment_settings').selectAll().where('town_id', '=', townId).executeTakeFirst();
  return row && settingsJson.read(row);
}

export async function listAssessmentSettingsRows(
  db: Executor,
  townIds: readonly string[],
): Promise<AssessmentSettingsRow[]> {
  if (townIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_settings')
    .selectAll()
    .where('town_id', 'in', [...townIds])
    .execute();
  return rows.map(settingsJson.read);
}

export async function saveAssessmentSettingsRow(db: Executor, row: AssessmentSettingsRow): Promise<void> {
  const values = settingsJson.write(row);
  await db
    .insertInto('assessment_settings')
    .values(values)
    .onConflict((oc) =>
      oc.column('town_id').doUpdateSet({
        settings: values.settings,
        updated_at: values.updated_at,
        updated_by: values.updated_by,
        updated_by_name: values.updated_by_name,
      }),
    )
    .execute();
}

export async function insertAdjustmentRow(db: Executor, row: AdjustmentRow): Promise<void> {
  await db.insertInto('assessment_adjustments').values(row).execute();
}

/** The adjustments of these officers in a month, oldest first (the latest per item is the one that applies). */
export async function listAdjustmentRows(
  db: Executor,
  townId: string,
  month: string,
  personIds: readonly string[],
): Promise<AdjustmentRow[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('assessment_adjustments')
    .selectAll()
    .where('town_id', '=', townId)
    .where('month', '=', month)
    .where('person_id', 'in', [...personIds])
    .orderBy('id')
    .execute();
}

export async function insertSignoffRow(db: Executor, row: SignoffRow): Promise<void> {
  await db.insertInto('assessment_signoffs').values(signoffJson.write(row)).execute();
}

export async function findSignoffRow(db: Executor, personId: string, month: string): Promise<SignoffRow | undefined> {
  const row = await db
    .selectFrom('assessment_signoffs')
    .selectAll()
    .where('person_id', '=', personId)
    .where('month', '=', month)
    .executeTakeFirst();
  return row && signoffJson.read(row);
}

/** The sign-offs of a month for these officers, without their snapshots (the ranking needs totals only). */
export async function listSignoffTotals(
  db: Executor,
  month: string,
  personIds: readonly string[],
): Promise<Pick<SignoffRow, 'person_id' | 'total_tenths' | 'signed_at'>[]> {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('assessment_signoffs')
    .select(['person_id', 'total_tenths', 'signed_at'])
    .where('month', '=', month)
    .where('person_id', 'in', [...personIds])
    .execute();
}

/** The month's signed snapshots of these officers, for the export's per-item sheet. */
export async function listSignoffRows(
  db: Executor,
  month: string,
  personIds: readonly string[],
): Promise<SignoffRow[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('assessment_signoffs')
    .selectAll()
    .where('month', '=', month)
    .where('person_id', 'in', [...personIds])
    .execute();
  return rows.map(signoffJson.read);
}

/** A month's bounds in UTC: [from, until). */
export interface MonthBounds {
  townId: string;
  from: string;
  until: string;
}

/** Duty log entries of these officers in the month (their town's), oldest first. */
export async function listDutyEvidenceRows(db: Executor, bounds: MonthBounds, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('duty_logs as l')
    .innerJoin('jurisdictions as v', 'v.id', 'l.jurisdiction_id')
    .select(['l.id', 'l.type', 'l.occurred_at', 'l.officer_person_id', 'l.place', 'v.name as village_name'])
    .where('l.town_id', '=', bounds.townId)
    .where('l.officer_person_id', 'in', [...personIds])
    .where('l.occurred_at', '>=', bounds.from)
    .where('l.occurred_at', '<', bounds.until)
    .orderBy('l.occurred_at')
    .orderBy('l.id')
    .execute();
}

/**
 * Mediations of the town started in the month, with their dispute's number. The mediators are a JSON list of
 * person ids; the service keeps those naming the officers (a month of a town is a few dozen rows).
 */
export async function listMediationEvidenceRows(db: Executor, bounds: MonthBounds) {
  const rows = await db
    .selectFrom('mediations as m')
    .innerJoin('disputes as d', 'd.id', 'm.dispute_id')
    .select(['m.id', 'm.dispute_id', 'm.track', 'm.started_at', 'm.mediator_ids', 'd.number'])
    .where('m.town_id', '=', bounds.townId)
    .where('m.started_at', '>=', bounds.from)
    .where('m.started_at', '<', bounds.until)
    .orderBy('m.started_at')
    .orderBy('m.id')
    .execute();
  return rows.map((row) => ({ ...row, mediator_ids: mediatorIds.parse(JSON.parse(row.mediator_ids)) }));
}

/** Follow-up visits made in the month by the accounts of these officers, with their dispute's number. */
export async function listFollowUpEvidenceRows(db: Executor, bounds: MonthBounds, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  return db
    .selectFrom('follow_ups as f')
    .innerJoin('users as u', 'u.id', 'f.visitor_id')
    .innerJoin('disputes as d', 'd.id', 'f.dispute_id')
    .select(['f.id', 'f.dispute_id', 'f.visited_at', 'u.person_id', 'd.number'])
    .where('f.town_id', '=', bounds.townId)
    .where('u.person_id', 'in', [...personIds])
    .where('f.visited_at', '>=', bounds.from)
    .where('f.visited_at', '<', bounds.until)
    .orderBy('f.visited_at')
    .orderBy('f.id')
    .execute();
}

/**
 * Incidents acknowledged in the month by the accounts of these officers (the timeline names who acknowledged),
 * with the stamps the timeliness items measure. An incident closed as invalid or duplicate before anyone arrived
 * has no arrival to measure.
 */
export async function listIncidentAckEvidenceRows(db: Executor, bounds: MonthBounds, personIds: readonly string[]) {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('incident_timeline as t')
    .innerJoin('users as u', 'u.id', 't.actor_id')
    .innerJoin('incidents as i', 'i.id', 't.incident_id')
    .select([
      'i.id',
      'i.number',
      'u.person_id',
      't.at',
      'i.received_at',
      'i.dispatched_at',
      'i.acked_at',
      'i.arrived_at',
      'i.arrival_target_minutes',
      'i.disposition',
    ])
    .where('t.town_id', '=', bounds.townId)
    .where('t.event', '=', 'acknowledge')
    .where('u.person_id', 'in', [...personIds])
    .where('t.at', '>=', bounds.from)
    .where('t.at', '<', bounds.until)
    .orderBy('t.at')
    .orderBy('t.id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    person_id: row.person_id,
    received_at: row.received_at,
    dispatched_at: row.dispatched_at,
    acked_at: row.acked_at ?? row.at,
    arrived_at: row.arrived_at,
    arrival_target_minutes: row.arrival_target_minutes,
    closed_without_arrival:
      row.arrived_at === null && (row.disposition === 'invalid' || row.disposition === 'duplicate'),
  }));
}
