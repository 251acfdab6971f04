import type { IncidentRow } from '../../src/modules/incidents/incidents.repository';

/**
 * An incident row as intake stores it, for tests that write one directly rather than through intake (tested on its
 * own): a neighbour dispute received at `receivedAt` with a 30-minute arrival target and nothing done yet;
 * `overrides` sets whatever the test is about.
 */
export function incidentRow(
  input: { id: string; townId: string; jurisdictionId: string; number: string; receivedAt: string },
  overrides: Partial<IncidentRow> = {},
): IncidentRow {
  return {
    id: input.id,
    town_id: input.townId,
    jurisdiction_id: input.jurisdictionId,
    number: input.number,
    source: 'phone',
    class_code: '020201',
    class_name: '邻里纠纷',
    category: 'public_order',
    dispute: 1,
    summary: '邻里纠纷',
    address_enc: null,
    address_bidx: null,
    address_masked: null,
    latitude: null,
    longitude: null,
    state: 'RECEIVED',
    disposition: null,
    case_kind: null,
    case_number: null,
    department_id: null,
    duplicate_of_id: null,
    dispute_id: null,
    responsible_officer_id: null,
    received_at: input.receivedAt,
    dispatched_at: null,
    acked_at: null,
    arrived_at: null,
    handling_at: null,
    feedback_at: null,
    reviewed_at: null,
    closed_at: null,
    arrival_target_minutes: 30,
    arrival_deadline_at: new Date(Date.parse(input.receivedAt) + 30 * 60_000).toISOString(),
    arrival_late: 0,
    feedback: null,
    search_text: input.number,
    party_keys: '',
    created_by: null,
    created_at: input.receivedAt,
    updated_at: input.receivedAt,
    ...overrides,
  };
}
