import type { FollowUp, FollowUpVisit } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findAgreementRow } from './agreements.repository';
import type { DisputesService } from './disputes.service';
import { type FollowUpRow, insertFollowUpRow, listFollowUpRows } from './follow-ups.repository';
import { addTimeline } from './timeline';

/**
 * Follow-up visits after an agreement (Art. 31; MoJ rules Art. 39): whom, which agreement, performed or not,
 * satisfaction and any hidden risk. A visit belongs to its dispute: out of reach answers 404 like a missing id.
 */
export class FollowUpsService {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {}

  async record(ctx: RequestContext, disputeId: string, input: FollowUpVisit): Promise<FollowUp> {
    const row = await inUnitOfWork(this.deps, ctx, async (uow) => {
      const { tx } = uow;
      const { row: dispute } = await this.disputes.writable(tx, ctx, disputeId);
      if (input.agreementId) {
        const agreement = await findAgreementRow(tx, input.agreementId);
        if (agreement?.dispute_id !== disputeId) {
          throw new AppError('VALIDATION_FAILED', { issues: [{ path: 'agreementId', message: 'not this dispute’s' }] });
        }
      }
      const visit: FollowUpRow = {
        id: newId(),
        dispute_id: disputeId,
        town_id: dispute.town_id,
        jurisdiction_id: dispute.jurisdiction_id,
        visited_at: input.visitedAt,
        whom: input.whom,
        person_id: input.personId ?? null,
        agreement_id: input.agreementId ?? null,
        performed: input.performed ? 1 : 0,
        satisfaction: input.satisfaction,
        hidden_risk: input.hiddenRisk || null,
        note: input.note || null,
        visitor_id: ctx.actor?.userId ?? null,
        visitor_name: ctx.actor?.displayName ?? null,
        created_at: nowIso(),
      };
      await insertFollowUpRow(tx, visit);
      await addTimeline(tx, ctx, disputeId, { event: 'follow_up_recorded', refId: visit.id });
      await uow.audit({
        action: 'dispute.follow_up.create',
        targetType: 'dispute',
        targetId: disputeId,
        detail: { followUpId: visit.id, performed: input.performed, hiddenRisk: visit.hidden_risk !== null },
      });
      return visit;
    });
    return present(row);
  }

  async list(ctx: RequestContext, disputeId: string): Promise<FollowUp[]> {
    const { db } = this.deps;
    await this.disputes.readable(db, ctx, disputeId);
    return (await listFollowUpRows(db, disputeId)).map(present);
  }
}

function present(row: FollowUpRow): FollowUp {
  return {
    id: row.id,
    disputeId: row.dispute_id,
    visitedAt: row.visited_at,
    whom: row.whom,
    personId: row.person_id,
    agreementId: row.agreement_id,
    performed: row.performed === 1,
    satisfaction: row.satisfaction,
    hiddenRisk: row.hidden_risk,
    note: row.note,
    visitorId: row.visitor_id,
    visitorName: row.visitor_name,
    actions: [],
  };
}
