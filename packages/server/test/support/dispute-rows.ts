import type { Executor } from '../../src/db/database';
import type { JurisdictionRow } from '../../src/modules/directory/jurisdictions.repository';
import { type DisputeRow, insertDisputeRow, insertTimelineRow } from '../../src/modules/disputes/disputes.repository';
import { insertMediationRow, insertSessionRow } from '../../src/modules/disputes/mediations.repository';
import { newId } from '../../src/platform/ids';

/**
 * A dispute written directly, for tests about what is counted rather than how a case moves (tested on its own): a
 * neighbour dispute registered at `createdAt` in the village, green and being handled; `overrides` sets the rest.
 */
export function disputeRow(place: JurisdictionRow, createdAt: string, overrides: Partial<DisputeRow> = {}): DisputeRow {
  const id = newId();
  return {
    id,
    town_id: place.town_id ?? place.id,
    jurisdiction_id: place.id,
    number: `T-${id.slice(-12)}`,
    category: 'neighbour',
    source: 'screening',
    summary: '邻里纠纷',
    address_enc: null,
    address_masked: null,
    occurred_on: null,
    people_involved: 2,
    grievance_started_on: null,
    tier: 'village',
    state: 'VILLAGE_HANDLING',
    complexity: 'general',
    risk_grade: 'green',
    risk_reasons: [],
    flag_threats: 0,
    flag_weapons: 0,
    flag_domestic_violence: 0,
    flag_mental_disorder: 0,
    incident_ids: [],
    tier_entered_at: createdAt,
    deadline_at: null,
    overdue: 0,
    search_text: '邻里纠纷',
    party_keys: '',
    created_by: null,
    created_at: createdAt,
    updated_at: createdAt,
    ...overrides,
  };
}

export async function insertDispute(
  db: Executor,
  place: JurisdictionRow,
  createdAt: string,
  overrides: Partial<DisputeRow> = {},
): Promise<DisputeRow> {
  const row = disputeRow(place, createdAt, overrides);
  await insertDisputeRow(db, row);
  return row;
}

/** The step into RESOLVED on the case's timeline at `at` (the state column is set by the caller's overrides). */
export async function insertResolvedStep(db: Executor, disputeId: string, at: string): Promise<void> {
  await insertTimelineRow(db, {
    id: newId(),
    dispute_id: disputeId,
    at,
    event: 'resolve',
    actor_id: null,
    actor_name: null,
    from_state: 'VILLAGE_HANDLING',
    to_state: 'RESOLVED',
    from_tier: 'village',
    to_tier: 'village',
    reason: null,
    explanation: null,
    route: null,
    department_ids: [],
    ref_id: null,
  });
}

/** A people's mediation of the case with one session of `mode` at `at`. */
export async function insertMediationSession(
  db: Executor,
  dispute: DisputeRow,
  mode: 'on_site' | 'online' | 'phone',
  at: string,
): Promise<void> {
  const mediationId = await insertOpenMediation(db, dispute, at);
  await insertSessionRow(db, {
    id: newId(),
    mediation_id: mediationId,
    mode,
    started_at: at,
    ended_at: at,
    location: null,
    participants: [{ kind: 'party', personId: null, name: '甲', organizationId: null }],
    invitees_consented: 1,
    record: '调解记录',
    reported_to_police: 0,
    created_at: at,
  });
}

/** An open people's mediation of the case, started at `startedAt` (a room is opened on one); its id. */
export async function insertOpenMediation(
  db: Executor,
  dispute: Pick<DisputeRow, 'id' | 'town_id' | 'jurisdiction_id'>,
  startedAt: string,
): Promise<string> {
  const id = newId();
  await insertMediationRow(db, {
    id,
    dispute_id: dispute.id,
    town_id: dispute.town_id,
    jurisdiction_id: dispute.jurisdiction_id,
    track: 'people',
    initiated_by: 'party',
    started_at: startedAt,
    status: 'open',
    ended_at: null,
    mediator_ids: [],
    responsible_officer_id: null,
    extensions: [],
    termination_reason: null,
    other_routes_explained: null,
    reported_to_police: 0,
    created_at: startedAt,
  });
  return id;
}
