import type { Executor } from '../../db/database';
import type { RequestContext } from '../context';
import { nowIso } from '../ids';
import { appendAuditRow } from './audit.repository';

export interface AuditEvent {
  action: string;
  targetType?: string;
  targetId?: string;
  outcome?: 'success' | 'failure' | 'denied';
  /** Never personal data in clear: ids, counts, field names, masked values only. */
  detail?: Record<string, unknown>;
  /** For events with no session yet (a failed login names the attempted username). */
  username?: string;
}

/** Appends one audit row. Call it inside the transaction of the change it records. */
export async function audit(tx: Executor, ctx: RequestContext, event: AuditEvent): Promise<void> {
  await appendAuditRow(tx, {
    at: nowIso(),
    user_id: ctx.actor?.userId ?? null,
    username: ctx.actor?.username ?? event.username ?? null,
    action: event.action,
    target_type: event.targetType ?? null,
    target_id: event.targetId ?? null,
    outcome: event.outcome ?? 'success',
    ip: ctx.ip,
    request_id: ctx.requestId,
    detail: event.detail === undefined ? null : JSON.stringify(event.detail),
  });
}
