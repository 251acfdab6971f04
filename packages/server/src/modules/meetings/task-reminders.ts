import { daysBetween, shanghaiDate } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { claimTaskReminder, listOverdueTaskRows } from './tasks.repository';
import { ownerUsers } from './tasks.service';

/** The reminders run as the system: no person acts, so their notifications name no actor. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/**
 * The overdue reminders as a job of platform/jobs, on the dispute reminders' interval
 * (FENGQIAO_REMINDER_INTERVAL_SECONDS): with several processes on one database, one of them runs each tick.
 */
export function taskRemindersJob(deps: Deps): Job {
  const intervalSeconds = deps.config.disputes.reminderIntervalSeconds;
  return {
    name: 'tasks.overdue-reminders',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 600),
    run: (now) => runTaskReminders(deps, now),
  };
}

/**
 * Reminds the owner side and the assigner of every open task past its last day, at most once per task per Shanghai
 * day: the key `overdue:<task>:<day>` is claimed in task_reminders inside the same unit of work as the notification
 * rows, so a repeated run (or a second process after a lost lease) sends nothing twice. Tests call it with a chosen
 * `now`.
 */
export async function runTaskReminders(deps: Deps, now: Date = new Date()): Promise<number> {
  const today = shanghaiDate(now);
  let sent = 0;
  for (const task of await listOverdueTaskRows(deps.db, today)) {
    await inUnitOfWork(deps, SYSTEM, async (uow) => {
      const { tx } = uow;
      if (!(await claimTaskReminder(tx, `overdue:${task.id}:${today}`, task.id, nowIso(now)))) return;
      const owners = await ownerUsers(tx, task);
      const userIds = [...new Set([...owners, ...(task.assigned_by ? [task.assigned_by] : [])])];
      await uow.notify({
        userIds,
        kind: 'task.overdue',
        title: `任务已逾期：${task.title}`,
        body: `责任方 ${task.owner_name}，已逾期${daysBetween(task.due_on, today)}天`,
        targetType: 'task',
        targetId: task.id,
      });
      sent += 1;
    });
  }
  return sent;
}
