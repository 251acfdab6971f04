import {
  addDays,
  DEFAULT_REMINDER_HOURS_BEFORE,
  type DisputeTier,
  dueReminder,
  formatBeijingDate,
  formatBeijingDateTime,
  isOverdue,
  JUDICIAL_CONFIRMATION_DAYS,
  judicialConfirmationDeadline,
  judicialReminderDue,
  type Role,
  shanghaiDate,
} from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { findJurisdiction } from '../directory/jurisdictions.repository';
import { listAgreementsEffectiveSince } from './agreements.repository';
import {
  claimReminder,
  type DisputeRow,
  findDisputeRow,
  listDepartmentIds,
  listDepartmentUsers,
  listDisputesDueBy,
  listUsersWithRoleOver,
  updateDisputeRow,
} from './disputes.repository';

/** Who answers for a case at each tier: these users get its reminders. */
const RESPONSIBLE_ROLES: Record<DisputeTier, readonly Role[]> = {
  village: ['auxiliary', 'officer'],
  town: ['zongzhiban'],
  taskforce: ['zongzhiban'],
  county: ['zongzhiban'],
};

/** The reminders run as the system: no person acts, so their notifications name no actor. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/**
 * The reminders as a job of platform/jobs: `serve` ticks it every FENGQIAO_REMINDER_INTERVAL_SECONDS and, with
 * several processes on one database, one of them runs each tick.
 */
export function deadlineRemindersJob(deps: Deps): Job {
  const intervalSeconds = deps.config.disputes.reminderIntervalSeconds;
  return {
    name: 'disputes.deadline-reminders',
    intervalSeconds,
    // A run is a few short transactions; a process that dies mid-run holds the job up for at most ten minutes.
    leaseSeconds: Math.max(intervalSeconds, 600),
    run: (now) => runDeadlineReminders(deps, now),
  };
}

/**
 * Sends the deadline reminders that are due at `now` (one day before and at the deadline; per case only the latest
 * threshold reached, domain rule `dueReminder`) and raises the overdue flag of cases past their deadline. Each
 * reminder is claimed by a key in dispute_reminders inside the same unit of work as its notifications, so running it
 * again sends nothing twice (the job's lease already keeps two processes from running one tick). Tests call it with
 * a chosen `now`.
 */
export async function runDeadlineReminders(deps: Deps, now: Date = new Date()): Promise<number> {
  const { db } = deps;
  const horizon = new Date(now.getTime() + Math.max(...DEFAULT_REMINDER_HOURS_BEFORE) * 3_600_000);
  const candidates = await listDisputesDueBy(db, nowIso(horizon));
  let sent = 0;
  for (const dispute of candidates) {
    const deadline = dispute.deadline_at;
    if (!deadline) continue;
    const due = dueReminder(deadline, now, DEFAULT_REMINDER_HOURS_BEFORE, dispute.tier_entered_at);
    await inUnitOfWork(deps, SYSTEM, async (uow) => {
      const { tx } = uow;
      if (isOverdue(deadline, now) && dispute.overdue === 0) await updateDisputeRow(tx, dispute.id, { overdue: 1 });
      if (due === null) return;
      // Keyed by the threshold: a later run sees the same latest threshold and sends nothing.
      const key = `deadline:${dispute.id}:${deadline}:${due}`;
      if (!(await claimReminder(tx, key, dispute.id, nowIso(now)))) return;
      const atDeadline = Date.parse(due) === Date.parse(deadline);
      await uow.notify({
        userIds: await responsibleUsers(tx, dispute),
        kind: atDeadline ? 'dispute.deadline_reached' : 'dispute.deadline_soon',
        title: `${atDeadline ? '纠纷已到办理期限' : '纠纷即将到期'} ${dispute.number}`,
        body: `期限 ${formatBeijingDateTime(deadline)}`,
        targetType: 'dispute',
        targetId: dispute.id,
      });
      sent += 1;
    });
  }
  sent += await judicialReminders(deps, now);
  return sent;
}

/**
 * Art. 33: the parties may ask the court to confirm a people's mediation agreement within 30 days of it taking
 * effect. Before the window closes (the domain's `judicialReminderDue`), the people answering for the case are
 * reminded once per agreement, keyed like the deadline reminders.
 */
async function judicialReminders(deps: Deps, now: Date): Promise<number> {
  const { db } = deps;
  const since = addDays(shanghaiDate(now), -JUDICIAL_CONFIRMATION_DAYS);
  let sent = 0;
  for (const agreement of await listAgreementsEffectiveSince(db, since)) {
    if (!judicialReminderDue(agreement.effective_date, now)) continue;
    const effective = agreement.effective_date ?? '';
    await inUnitOfWork(deps, SYSTEM, async (uow) => {
      const { tx } = uow;
      const dispute = await findDisputeRow(tx, agreement.dispute_id);
      if (!dispute) return;
      if (!(await claimReminder(tx, `judicial:${agreement.id}`, dispute.id, nowIso(now)))) return;
      await uow.notify({
        userIds: await responsibleUsers(tx, dispute),
        kind: 'agreement.judicial_confirmation_soon',
        title: `调解协议司法确认申请期限将至 ${agreement.number ?? dispute.number}`,
        body: `请提醒当事人于 ${formatBeijingDate(judicialConfirmationDeadline(effective))} 前共同向人民法院申请司法确认`,
        targetType: 'agreement',
        targetId: agreement.id,
      });
      sent += 1;
    });
  }
  return sent;
}

async function responsibleUsers(tx: Executor, dispute: DisputeRow): Promise<string[]> {
  const place = await findJurisdiction(tx, dispute.jurisdiction_id);
  const byRole = place ? await listUsersWithRoleOver(tx, place.path, RESPONSIBLE_ROLES[dispute.tier]) : [];
  const departments = (await listDepartmentIds(tx, [dispute.id])).get(dispute.id) ?? [];
  const staff = dispute.tier === 'village' ? [] : await listDepartmentUsers(tx, departments);
  return [...new Set([...byRole, ...staff])];
}
