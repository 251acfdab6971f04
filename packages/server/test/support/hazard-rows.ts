import type { Db } from '../../src/db/database';
import type { JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import { type HazardRow, insertHazardRows } from '../../src/modules/hazards/hazards.repository';
import { newId } from '../../src/platform/ids';

/** A hazard of a village reported at `at`, assigned to the village, with the columns a test changes overridden. */
export function hazardRow(village: JurisdictionRow, at: string, overrides: Partial<HazardRow> = {}): HazardRow {
  return {
    id: newId(),
    town_id: village.town_id ?? '',
    jurisdiction_id: village.id,
    source: 'patrol',
    source_ref_kind: null,
    source_ref_id: null,
    title: '安全隐患',
    description: '隐患',
    location: null,
    state: 'assigned',
    verifier_side: 'police',
    reported_by: null,
    reported_by_name: null,
    reporter_name: null,
    phone_enc: null,
    phone_bidx: null,
    phone_masked: null,
    responsible_person_id: null,
    responsible_user_id: null,
    responsible_name: null,
    assignee_kind: 'village',
    assignee_organization_id: null,
    assignee_name: village.name,
    due_on: '2099-12-31',
    round: 1,
    assigned_at: at,
    rectified_at: null,
    rectify_note: null,
    verified_at: null,
    verified_by: null,
    verified_by_name: null,
    reason: null,
    reported_at: at,
    created_at: at,
    updated_at: at,
    ...overrides,
  };
}

export async function insertHazard(
  db: Db,
  village: JurisdictionRow,
  at: string,
  overrides: Partial<HazardRow> = {},
): Promise<HazardRow> {
  const row = hazardRow(village, at, overrides);
  await insertHazardRows(db, [row]);
  return row;
}
