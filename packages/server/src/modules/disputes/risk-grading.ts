import { evaluateRisk, RISK_GRADE_LABELS, type RiskGrade, riskAlertNeeded, withinRepeatWindow } from '@fengqiao/domain';
import { newId, nowIso } from '../../platform/ids';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { type DisputeIncident, listDisputeIncidents } from '../incidents/incident-repeats.repository';
import {
  type DisputeRow,
  findDisputeView,
  insertRiskHistoryRow,
  listUsersWithRoleOver,
  updateDisputeRow,
} from './disputes.repository';
import { listPartyRows } from './parties.repository';
import { addTimeline } from './timeline';

type RiskInputs = Pick<
  DisputeRow,
  | 'flag_threats'
  | 'flag_weapons'
  | 'flag_domestic_violence'
  | 'flag_mental_disorder'
  | 'grievance_started_on'
  | 'people_involved'
>;

/**
 * The domain's risk grade for the stored facts. The repeat-incident count comes from real incidents (those referred
 * into the dispute and their repeats, `listDisputeIncidents`) received within the risk window, and the reason names
 * them; the people involved are at least the parties recorded.
 */
export function gradeOf(row: RiskInputs, partyCount: number, incidents: readonly DisputeIncident[], now = new Date()) {
  const recent = incidents.filter((incident) => withinRepeatWindow(incident.received_at, now));
  return evaluateRisk(
    {
      threats: row.flag_threats === 1,
      weapons: row.flag_weapons === 1,
      domesticViolence: row.flag_domestic_violence === 1,
      severeMentalDisorder: row.flag_mental_disorder === 1,
      repeatIncidents: recent.length,
      repeatIncidentNumbers: recent.map((incident) => incident.number),
      grievanceStartedOn: row.grievance_started_on,
      peopleInvolved: Math.max(row.people_involved, partyCount),
    },
    now,
  );
}

/**
 * Re-grades a dispute after its facts changed: stores grade and reasons, a history row and a timeline entry when
 * the grade moves, and alerts the town's chief(s) and governance office at once when it turns red (pushed when the
 * unit of work commits).
 */
export async function regrade(
  uow: UnitOfWork,
  row: DisputeRow & { jurisdiction_path: string },
  partyCount: number,
  previous: RiskGrade | null,
): Promise<void> {
  const { tx, ctx } = uow;
  const assessment = gradeOf(row, partyCount, await listDisputeIncidents(tx, row));
  const reasons = assessment.reasons;
  await updateDisputeRow(tx, row.id, { risk_grade: assessment.grade, risk_reasons: reasons });
  if (previous === assessment.grade) return;
  await insertRiskHistoryRow(tx, {
    id: newId(),
    dispute_id: row.id,
    at: nowIso(),
    grade: assessment.grade,
    reasons,
    actor_id: ctx.actor?.userId ?? null,
  });
  if (previous !== null) await addTimeline(tx, ctx, row.id, { event: 'risk_regraded', reason: assessment.grade });
  if (!riskAlertNeeded(previous, assessment.grade)) return;
  // Both roles are granted on the town only (ROLE_SCOPE_LEVELS), so "over the case's place" means "its town".
  const users = await listUsersWithRoleOver(tx, row.jurisdiction_path, ['chief', 'zongzhiban']);
  const label = RISK_GRADE_LABELS[assessment.grade].zh;
  await uow.notify({
    userIds: users,
    kind: 'dispute.risk_red',
    title: `${label}风险纠纷 ${row.number}`,
    body: assessment.reasons.map((reason) => reason.zh).join('；'),
    targetType: 'dispute',
    targetId: row.id,
  });
}

/** Re-grades a dispute whose incidents changed (a repeat linked to one of them, an incident referred into it). */
export async function regradeDispute(uow: UnitOfWork, disputeId: string): Promise<void> {
  const row = await findDisputeView(uow.tx, disputeId);
  if (!row) return;
  const parties = await listPartyRows(uow.tx, [disputeId]);
  await regrade(uow, row, parties.length, row.risk_grade);
}
