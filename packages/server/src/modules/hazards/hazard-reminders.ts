import { daysBetween, shanghaiDate } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { claimHazardReminder, listOverdueHazardRows } from './hazards.repository';
import { rectifierUsers, verifierUsers } from './hazards-recipients';

/** The reminders run as the system: no person acts, so their notifications name no actor. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/**
 * The overdue reminders as a job of platform/jobs, on the dispute reminders' interval
 * (FENGQIAO_REMINDER_INTERVAL_SECONDS): with several processes on one database, one of them runs each tick.
 */
export function hazardRemindersJob(deps: Deps): Job {
  const intervalSeconds = deps.config.disputes.reminderIntervalSeconds;
  return {
    name: 'hazards.overdue-reminders',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 600),
    run: (now) => runHazardReminders(deps, now),
  };
}

/**
 * Reminds the rectifying side and the verifying side of every open hazard past its last day, at most once per hazard
 * per Shanghai day: the key `overdue:<hazard>:<day>` is claimed in hazard_reminders inside the same unit of work as
 * the notification rows, so a repeated run (or a second process after a lost lease) sends nothing twice. Tests call
 * it with a chosen `now`.
 */
export async function runHazardReminders(deps: Deps, now: Date = new Date()): Promise<number> {
  const today = shanghaiDate(now);
  let sent = 0;
  for (const hazard of await listOverdueHazardRows(deps.db, today)) {
    if (!hazard.due_on) continue;
    const dueOn = hazard.due_on;
    await inUnitOfWork(deps, SYSTEM, async (uow) => {
      const { tx } = uow;
      if (!(await claimHazardReminder(tx, `overdue:${hazard.id}:${today}`, hazard.id, nowIso(now)))) return;
      const userIds = [...new Set([...(await rectifierUsers(tx, hazard)), ...(await verifierUsers(tx, hazard))])];
      if (userIds.length > 0) {
        await uow.notify({
          userIds,
          kind: 'hazard.overdue',
          title: `安全隐患整改逾期：${hazard.title}`,
          body: `${hazard.assignee_name ?? '待交办'}，已逾期${daysBetween(dueOn, today)}天`,
          targetType: 'hazard',
          targetId: hazard.id,
        });
      }
      sent += 1;
    });
  }
  return sent;
}
