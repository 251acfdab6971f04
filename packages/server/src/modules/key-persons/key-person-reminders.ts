import { KEY_PERSON_CATEGORY_LABELS, shanghaiDate, visitDaysOverdue } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { usersWhoMayRead } from './key-persons.policy';
import { claimKeyPersonReminder, listOverdueKeyPersonRows, listUserIdsOfPeople } from './key-persons.repository';

/** The reminders run as the system: no person acts, so their notifications name no actor. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/** Overdue-visit reminders as a job of platform/jobs, on the reminders' interval (FENGQIAO_REMINDER_INTERVAL_SECONDS). */
export function keyPersonRemindersJob(deps: Deps): Job {
  const intervalSeconds = deps.config.disputes.reminderIntervalSeconds;
  return {
    name: 'key-persons.overdue-visits',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 600),
    run: (now) => runKeyPersonReminders(deps, now),
  };
}

/**
 * Reminds the responsible officer and auxiliary of every active key person whose visit is overdue, at most once per
 * key person per Shanghai day (the key `overdue:<key person>:<day>` is claimed in the notification's unit of work).
 * The notification names the category and the days, never the person: notifications are stored in clear and the
 * key-person flag is sensitive; the link opens the record, behind its read check.
 */
export async function runKeyPersonReminders(deps: Deps, now: Date = new Date()): Promise<number> {
  const today = shanghaiDate(now);
  let sent = 0;
  for (const row of await listOverdueKeyPersonRows(deps.db, today)) {
    await inUnitOfWork(deps, SYSTEM, async (uow) => {
      const { tx } = uow;
      if (!(await claimKeyPersonReminder(tx, `overdue:${row.id}:${today}`, row.id, nowIso(now)))) return;
      const staff = [row.officer_person_id, row.auxiliary_person_id].filter((id): id is string => id !== null);
      // Only staff who may read the record: the others are not told that it exists.
      const userIds = await usersWhoMayRead(tx, await listUserIdsOfPeople(tx, staff), row);
      if (userIds.length === 0) return;
      await uow.notify({
        userIds,
        kind: 'key_person.visit_overdue',
        title: '重点人员走访逾期',
        body: `${KEY_PERSON_CATEGORY_LABELS[row.category].zh}，已逾期${visitDaysOverdue(row.next_visit_due, today)}天`,
        targetType: 'key_person',
        targetId: row.id,
      });
      sent += 1;
    });
  }
  return sent;
}
