import type { DisputeState, DisputeTier, DiversionRoute, TimelineEntry, TimelineEvent } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { DisputeTimelineTable } from '../../db/schema';
import type { RequestContext } from '../../platform/context';
import { newId, nowIso } from '../../platform/ids';
import { insertTimelineRow } from './disputes.repository';

export interface TimelineInput {
  event: TimelineEvent;
  from?: { state: DisputeState; tier: DisputeTier } | undefined;
  to?: { state: DisputeState; tier: DisputeTier } | undefined;
  reason?: string | null | undefined;
  explanation?: string | null | undefined;
  route?: DiversionRoute | null | undefined;
  departmentIds?: readonly string[] | undefined;
  refId?: string | null | undefined;
}

/** One entry on a dispute's timeline: who, when, what, and the move between states and tiers. */
export async function addTimeline(tx: Executor, ctx: RequestContext, disputeId: string, input: TimelineInput) {
  await insertTimelineRow(tx, {
    id: newId(),
    dispute_id: disputeId,
    at: nowIso(),
    event: input.event,
    actor_id: ctx.actor?.userId ?? null,
    actor_name: ctx.actor?.displayName ?? null,
    from_state: input.from?.state ?? null,
    to_state: input.to?.state ?? null,
    from_tier: input.from?.tier ?? null,
    to_tier: input.to?.tier ?? null,
    reason: input.reason ?? null,
    explanation: input.explanation ?? null,
    route: input.route ?? null,
    department_ids: JSON.stringify(input.departmentIds ?? []),
    ref_id: input.refId ?? null,
  });
}

export function presentTimeline(row: DisputeTimelineTable): TimelineEntry {
  return {
    id: row.id,
    at: row.at,
    event: row.event as TimelineEvent,
    actorId: row.actor_id,
    actorName: row.actor_name,
    fromState: row.from_state as DisputeState | null,
    toState: row.to_state as DisputeState | null,
    fromTier: row.from_tier as DisputeTier | null,
    toTier: row.to_tier as DisputeTier | null,
    reason: row.reason,
    explanation: row.explanation,
    route: row.route as DiversionRoute | null,
    departmentIds: JSON.parse(row.department_ids) as string[],
    refId: row.ref_id,
  };
}
