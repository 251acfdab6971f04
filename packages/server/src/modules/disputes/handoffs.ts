import {
  DISPUTE_ACTION_LABELS,
  type DisputeAction,
  type DisputeTier,
  type HandoffSide,
  handoffSides,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { UnitOfWork } from '../../platform/unit-of-work';
import { listDepartmentUsers, listUserIdsOfPeople, listUsersWithRoleOver } from './disputes.repository';

export interface Handoff {
  action: DisputeAction;
  fromTier: DisputeTier;
  dispute: { id: string; number: string; summary: string; jurisdiction_path: string };
  /** Departments on the case after the action (assigned before, and any this action adds). */
  departmentIds: readonly string[];
  /** People this action puts on the task force. */
  memberPersonIds: readonly string[];
}

async function recipientsOn(tx: Executor, side: HandoffSide, handoff: Handoff): Promise<string[]> {
  switch (side) {
    case 'town_office':
      return listUsersWithRoleOver(tx, handoff.dispute.jurisdiction_path, ['zongzhiban']);
    case 'village':
      return listUsersWithRoleOver(tx, handoff.dispute.jurisdiction_path, ['auxiliary', 'village_cadre']);
    case 'departments':
      return listDepartmentUsers(tx, handoff.departmentIds);
    case 'taskforce':
      return listUserIdsOfPeople(tx, handoff.memberPersonIds);
  }
}

/**
 * Tells the receiving side of a hand-off (domain rule `handoffSides`) in the notification centre and, after the
 * commit, over the WebSocket. The person who acted is not told of their own action.
 */
export async function notifyHandoff(uow: UnitOfWork, actorUserId: string | null, handoff: Handoff): Promise<void> {
  const users = new Set<string>();
  for (const side of handoffSides(handoff.action, handoff.fromTier)) {
    for (const id of await recipientsOn(uow.tx, side, handoff)) users.add(id);
  }
  if (actorUserId) users.delete(actorUserId);
  if (users.size === 0) return;
  await uow.notify({
    userIds: [...users],
    kind: handoff.action === 'assign_departments' ? 'dispute.assigned' : 'dispute.handoff',
    title: `${DISPUTE_ACTION_LABELS[handoff.action].zh} ${handoff.dispute.number}`,
    body: handoff.dispute.summary.slice(0, 100),
    targetType: 'dispute',
    targetId: handoff.dispute.id,
  });
}
