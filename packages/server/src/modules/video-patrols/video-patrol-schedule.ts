import { roundsDueOn, shanghaiDate } from '@fengqiao/domain';
import type { RequestContext } from '../../platform/context';
import type { Deps } from '../../platform/deps';
import { groupBy } from '../../platform/group-by';
import { newId, nowIso } from '../../platform/ids';
import type { Job } from '../../platform/jobs/jobs';
import { inUnitOfWork } from '../../platform/unit-of-work';
import { directorRows, roundCameraRows } from './video-patrol-rounds.service';
import {
  insertScheduledVideoPatrolRound,
  listActiveVideoPatrolPlanRows,
  listVideoPatrolPlanCameraRows,
} from './video-patrols.repository';

/** The schedule runs as the system: no person acts. */
const SYSTEM: RequestContext = { actor: null, ip: null, requestId: null };

/**
 * Creates the day's rounds from the plans, as a job of platform/jobs on the reminders' interval: with several
 * processes on one database, one of them runs each tick, and the rounds' unique schedule key keeps a repeated run
 * from creating a day's round twice.
 */
export function videoPatrolScheduleJob(deps: Deps): Job {
  const intervalSeconds = deps.config.disputes.reminderIntervalSeconds;
  return {
    name: 'video-patrols.schedule',
    intervalSeconds,
    leaseSeconds: Math.max(intervalSeconds, 600),
    run: (now) => createDueVideoPatrolRounds(deps, now).then(() => undefined),
  };
}

/**
 * The rounds due on the Shanghai day of `now` (daily plans, and weekday plans on their weekdays), each with the
 * plan's cameras and checklist as they stand and the security director on rotation that day; the duty officer joins
 * with the first result. Returns how many rounds this run created. Tests call it with a chosen `now`.
 */
export async function createDueVideoPatrolRounds(deps: Deps, now: Date = new Date()): Promise<number> {
  const day = shanghaiDate(now);
  const plans = await listActiveVideoPatrolPlanRows(deps.db);
  const due = roundsDueOn(
    plans.map((plan) => ({ id: plan.id, active: plan.active === 1, schedule: plan.schedule })),
    day,
  );
  if (due.length === 0) return 0;
  const planOf = new Map(plans.map((plan) => [plan.id, plan]));
  const cameras = groupBy(
    await listVideoPatrolPlanCameraRows(
      deps.db,
      due.map((round) => round.planId),
    ),
    (row) => row.plan_id,
  );
  let created = 0;
  for (const { planId, scheduledAt } of due) {
    const plan = planOf.get(planId);
    const cameraIds = (cameras.get(planId) ?? []).map((row) => row.camera_id);
    if (!plan || cameraIds.length === 0) continue;
    await inUnitOfWork(deps, SYSTEM, async (uow) => {
      const { tx } = uow;
      const id = newId();
      const at = nowIso(now);
      const inserted = await insertScheduledVideoPatrolRound(
        tx,
        {
          id,
          town_id: plan.town_id,
          jurisdiction_id: plan.town_id,
          plan_id: plan.id,
          name: plan.name,
          origin: 'scheduled',
          schedule_key: `${plan.id}:${day}`,
          day,
          scheduled_at: scheduledAt,
          state: 'open',
          checklist: plan.checklist,
          camera_count: cameraIds.length,
          result_count: 0,
          finding_count: 0,
          started_at: null,
          closed_at: null,
          closed_by: null,
          created_by: null,
          created_at: at,
        },
        roundCameraRows(id, plan.town_id, cameraIds),
        await directorRows(tx, id, plan.town_id, day),
      );
      if (!inserted) return;
      await uow.audit({
        action: 'video_patrol_round.schedule',
        targetType: 'video_patrol_round',
        targetId: id,
        detail: { planId: plan.id, day },
      });
      created += 1;
    });
  }
  return created;
}
