import type { DisputeState, DisputeTier, DiversionRoute, TimelineEntry, TimelineEvent } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import type { RequestContext } from '../../platform/context';
import { newId, nowIso } from '../../platform/ids';
import { insertTimelineRow, type TimelineRow } from './disputes.repository';

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
    department_ids: [...(input.departmentIds ?? [])],
    ref_id: input.refId ?? null,
  });
}

export function presentTimeline(row: TimelineRow): TimelineEntry {
  return {
    id: row.id,
    at: row.at,
    event: row.event,
    actorId: row.actor_id,
    actorName: row.actor_name,
    fromState: row.from_state,
    toState: row.to_state,
    fromTier: row.from_tier,
    toTier: row.to_tier,
    reason: row.reason,
    explanation: row.explanation,
    route: row.route,
    departmentIds: row.department_ids,
    refId: row.ref_id,
  };
}
