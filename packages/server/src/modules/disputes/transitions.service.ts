import {
  ACTION_RULES,
  type Dispute,
  type DisputeAction,
  deadlineFor,
  nextPosition,
  overdueFlag,
  type TransitionBody,
  transitionProblems,
} from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { AppError } from '../../platform/errors';
import { nowIso } from '../../platform/ids';
import { inUnitOfWork, type UnitOfWork } from '../../platform/unit-of-work';
import { deadlineSettings } from './dispute-settings';
import { actionRoles } from './disputes.policy';
import {
  type DisputeRow,
  insertDepartments,
  insertTaskforceMembers,
  listOrganizations,
  listPersonOrganizations,
  updateDisputeRow,
} from './disputes.repository';
import type { DisputesService } from './disputes.service';
import { notifyHandoff } from './handoffs';
import { addTimeline } from './timeline';

/**
 * Moves a dispute by one named action of the domain state machine: who may (roles over the case's place at its
 * tier), the required fields, departments and task force members checked against the directory, the deadline
 * restarted when the tier changes, one timeline entry, one audit row, all in one unit of work (joined when the
 * caller passes its own).
 */
export class TransitionsService {
  constructor(
    private readonly deps: Deps,
    private readonly disputes: DisputesService,
  ) {}

  async act(
    ctx: RequestContext,
    id: string,
    action: DisputeAction,
    body: Omit<TransitionBody, 'action'>,
    joined?: UnitOfWork,
  ): Promise<Dispute> {
    const { config } = this.deps;
    const transition = async (uow: UnitOfWork) => {
      const { tx } = uow;
      const { row, place } = await this.disputes.readable(tx, ctx, id);
      const from = { state: row.state, tier: row.tier };
      const now = new Date();
      const overdue = overdueFlag(row.overdue === 1, from.state, row.deadline_at, now);
      const roles = await actionRoles(tx, ctx, action, place);
      const problems = transitionProblems({ ...from, overdue }, action, roles, body);
      const first = problems[0];
      if (first) throw new AppError(first, { problems });
      const to = nextPosition(from, action);
      if (!to) throw new AppError('TRANSITION_NOT_ALLOWED');

      const departmentIds = [...new Set((body.departmentIds ?? []).map((value) => value.trim()))];
      if (ACTION_RULES[action].requires.includes('departmentIds')) {
        const found = await listOrganizations(tx, departmentIds);
        if (
          found.length !== departmentIds.length ||
          found.some((o) => o.kind !== 'department' || o.town_id !== row.town_id)
        ) {
          throw new AppError('ORGANIZATION_UNKNOWN');
        }
      }
      const members = body.taskforceMembers ?? [];
      if (members.length > 0) {
        const people = await listPersonOrganizations(
          tx,
          members.map((member) => member.personId),
        );
        const orgOf = new Map(people.map((person) => [person.id, person.organization_id]));
        if (members.some((member) => orgOf.get(member.personId) !== member.departmentId)) {
          throw new AppError('TASKFORCE_MEMBER_DEPARTMENT_INVALID');
        }
      }

      const at = nowIso(now);
      const changes: Partial<DisputeRow> = { state: to.state, tier: to.tier, updated_at: at };
      if (ACTION_RULES[action].restartsDeadline) {
        changes.tier_entered_at = at;
        changes.deadline_at = deadlineFor(at, to.tier, row.complexity, deadlineSettings(config));
        changes.overdue = 0;
      } else {
        changes.overdue = overdue ? 1 : 0;
      }
      await updateDisputeRow(tx, id, changes);
      if (departmentIds.length > 0) await insertDepartments(tx, id, departmentIds, at);
      await insertTaskforceMembers(tx, id, members, at);
      await addTimeline(tx, ctx, id, {
        event: action,
        from,
        to,
        reason: body.reason,
        explanation: body.explanation,
        route: body.route,
        departmentIds,
      });
      await notifyHandoff(uow, ctx.actor?.userId ?? null, {
        action,
        fromTier: from.tier,
        dispute: row,
        departmentIds: [...new Set([...place.departmentIds, ...departmentIds])],
        memberPersonIds: members.map((member) => member.personId),
      });
      await uow.audit({
        action: 'dispute.transition',
        targetType: 'dispute',
        targetId: id,
        detail: { action, from: from.state, to: to.state, fromTier: from.tier, toTier: to.tier, departmentIds },
      });
      return this.disputes.view(ctx, id, tx);
    };
    return inUnitOfWork(this.deps, ctx, transition, joined);
  }
}
