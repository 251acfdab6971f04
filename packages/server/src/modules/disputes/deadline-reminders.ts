import { DEFAULT_REMINDER_HOURS_BEFORE, type DisputeTier, isOverdue, reminderTimes } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { NotificationMessage } from '../../platform/realtime/notification-bus';
import { writeNotifications } from '../../platform/realtime/notifications.service';
import {
  claimReminder,
  type DisputeRow,
  listDepartmentIds,
  listDepartmentUsers,
  listDisputesDueBy,
  listUsersWithRoleOver,
  updateDisputeRow,
} from './disputes.repository';

/** Who answers for a case at each tier: these users get its reminders. */
const RESPONSIBLE_ROLES: Record<DisputeTier, readonly string[]> = {
  village: ['auxiliary', 'officer'],
  town: ['zongzhiban'],
  taskforce: ['zongzhiban'],
  county: ['zongzhiban'],
};

/**
 * Sends the deadline reminders that are due at `now` (one day before and at the deadline, domain rule
 * `reminderTimes`) and raises the overdue flag of cases past their deadline. Each reminder is claimed by a key in
 * dispute_reminders inside the same transaction as its notifications, so running the job again, or in two
 * processes at once, sends nothing twice. `serve` calls it on a timer; tests call it with a chosen `now`.
 */
export async function runDeadlineReminders(deps: Deps, now: Date = new Date()): Promise<number> {
  const { db } = deps;
  const horizon = new Date(now.getTime() + Math.max(...DEFAULT_REMINDER_HOURS_BEFORE) * 3_600_000);
  const candidates = await listDisputesDueBy(db, nowIso(horizon));
  let sent = 0;
  const published: NotificationMessage[] = [];
  for (const dispute of candidates) {
    const deadline = dispute.deadline_at;
    if (!deadline) continue;
    const due = reminderTimes(deadline, DEFAULT_REMINDER_HOURS_BEFORE, dispute.tier_entered_at).filter(
      (time) => time <= nowIso(now),
    );
    await db.transaction().execute(async (tx) => {
      if (isOverdue(deadline, now) && dispute.overdue === 0) await updateDisputeRow(tx, dispute.id, { overdue: 1 });
      for (const time of due) {
        const key = `deadline:${dispute.id}:${deadline}:${time}`;
        if (!(await claimReminder(tx, key, dispute.id, nowIso(now)))) continue;
        const atDeadline = time === deadline;
        published.push(
          ...(await writeNotifications(tx, {
            userIds: await responsibleUsers(tx, dispute),
            kind: atDeadline ? 'dispute.deadline_reached' : 'dispute.deadline_soon',
            title: `${atDeadline ? '纠纷已到办理期限' : '纠纷即将到期'} ${dispute.number}`,
            body: `期限 ${deadline}`,
            targetType: 'dispute',
            targetId: dispute.id,
          })),
        );
        sent += 1;
      }
    });
  }
  deps.bus.publish(published);
  return sent;
}

async function responsibleUsers(tx: Executor, dispute: DisputeRow): Promise<string[]> {
  const place = await tx
    .selectFrom('jurisdictions')
    .select('path')
    .where('id', '=', dispute.jurisdiction_id)
    .executeTakeFirst();
  const byRole = place
    ? await listUsersWithRoleOver(tx, place.path, RESPONSIBLE_ROLES[dispute.tier as DisputeTier])
    : [];
  const departments = (await listDepartmentIds(tx, [dispute.id])).get(dispute.id) ?? [];
  const staff = dispute.tier === 'village' ? [] : await listDepartmentUsers(tx, departments);
  return [...new Set([...byRole, ...staff])];
}
