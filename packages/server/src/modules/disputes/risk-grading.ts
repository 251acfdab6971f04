import { evaluateRisk, RISK_GRADE_LABELS, type RiskGrade, riskAlertNeeded } from '@fengqiao/domain';
import { newId, nowIso } from '../../platform/ids';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { type DisputeRow, insertRiskHistoryRow, listUsersWithRoleOver, updateDisputeRow } from './disputes.repository';
import { addTimeline } from './timeline';

type RiskInputs = Pick<
  DisputeRow,
  | 'flag_threats'
  | 'flag_weapons'
  | 'flag_domestic_violence'
  | 'flag_mental_disorder'
  | 'incident_ids'
  | 'grievance_started_on'
  | 'people_involved'
>;

/**
 * The domain's risk grade for the stored facts. Linked incidents stand for the repeat-incident count until the
 * incidents module exists; the people involved are at least the parties recorded.
 */
export function gradeOf(row: RiskInputs, partyCount: number, now = new Date()) {
  return evaluateRisk(
    {
      threats: row.flag_threats === 1,
      weapons: row.flag_weapons === 1,
      domesticViolence: row.flag_domestic_violence === 1,
      severeMentalDisorder: row.flag_mental_disorder === 1,
      repeatIncidents: row.incident_ids.length,
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
  const assessment = gradeOf(row, partyCount);
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
