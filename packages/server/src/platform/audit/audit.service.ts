import { type AuditEntry, type AuditQuery, auditEntrySchema } from '@fengqiao/domain';
import type { Db } from '../../db/database';
import { requireAccess } from '../access/access';
import type { RequestContext } from '../context';
import { decodeCursor, toPage } from '../http/pagination';
import { listAuditBatch, listAuditRows } from './audit.repository';
import { type ChainProblem, GENESIS_HASH, verifyChainBatch } from './audit-chain';

export class AuditService {
  constructor(private readonly db: Db) {}

  /** The audit viewer is for the audit administrator only (role permission 'audit.read'). */
  async list(ctx: RequestContext, query: AuditQuery) {
    await requireAccess(this.db, ctx, 'audit.read');
    const before = decodeCursor(query.cursor, ['number'])?.[0] as number | undefined;
    const rows = await listAuditRows(this.db, query, before ?? null);
    return toPage(
      rows,
      query.limit,
      (row): AuditEntry =>
        auditEntrySchema.parse({
          seq: row.seq,
          at: row.at,
          userId: row.user_id,
          username: row.username,
          action: row.action,
          targetType: row.target_type,
          targetId: row.target_id,
          outcome: row.outcome,
          ip: row.ip,
          requestId: row.request_id,
          detail: row.detail,
        }),
      (row) => [row.seq],
    );
  }
}

/** Walks the whole chain in batches; returns the first broken row, or null and the row count. */
export async function verifyAuditChain(db: Db): Promise<{ problem: ChainProblem | null; rows: number }> {
  let last = { seq: 0, hash: GENESIS_HASH };
  for (;;) {
    const batch = await listAuditBatch(db, last.seq, 1000);
    const result = verifyChainBatch(batch, last);
    if (result.problem) return { problem: result.problem, rows: result.last.seq };
    if (batch.length === 0) return { problem: null, rows: last.seq };
    last = result.last;
  }
}
