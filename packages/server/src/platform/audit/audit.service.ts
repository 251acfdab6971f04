import { type AuditEntry, type AuditQuery, auditEntrySchema } from '@fengqiao/domain';
import type { Db, Executor } from '../../db/database';
import { requireAccess } from '../access/access';
import type { RequestContext } from '../context';
import { decodeCursor, toPage } from '../http/pagination';
import { nowIso } from '../ids';
import { findAuditRow, listAuditActors, listAuditBatch, listAuditRows } from './audit.repository';
import { type AuditAnchor, appendAnchor, readAnchors } from './audit-anchor';
import { auditChainKeys, CHAIN_START, type ChainPosition, type ChainProblem, verifyChainBatch } from './audit-chain';

export class AuditService {
  constructor(private readonly db: Db) {}

  /** The audit viewer is for the audit administrator only (role permission 'audit.read'). */
  async list(ctx: RequestContext, query: AuditQuery) {
    await requireAccess(this.db, ctx, 'audit.read');
    const before = decodeCursor(query.cursor, ['number'])?.[0] as number | undefined;
    const rows = await listAuditRows(this.db, query, before ?? null);
    const userIds = [...new Set(rows.flatMap((row) => (row.user_id ? [row.user_id] : [])))];
    const usernames = [...new Set(rows.flatMap((row) => (!row.user_id && row.username ? [row.username] : [])))];
    const found = await listAuditActors(this.db, userIds, usernames);
    const byId = new Map(found.map((actor) => [actor.id, actor]));
    const byUsername = new Map(found.map((actor) => [actor.username, actor]));
    const actorOf = (row: { user_id: string | null; username: string | null }) =>
      row.user_id ? byId.get(row.user_id) : row.username ? byUsername.get(row.username) : undefined;
    return toPage(
      rows,
      query.limit,
      (row): AuditEntry =>
        auditEntrySchema.parse({
          seq: row.seq,
          at: row.at,
          userId: row.user_id,
          username: row.username,
          actorName: actorOf(row)?.displayName ?? null,
          actorRoles: actorOf(row)?.roles ?? [],
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

export interface ChainReport {
  problem: ChainProblem | null;
  /** Rows checked (up to the first problem). */
  rows: number;
  /** Unkeyed rows at the start of the chain, written before the chain was keyed. */
  unkeyedRows: number;
  last: ChainPosition;
}

/**
 * Walks the chain in batches from `from` (the start unless resuming at an anchored row) and returns the first
 * broken row. Every anchor must match the row at its seq, and the chain must reach the newest anchor.
 */
export async function verifyAuditChain(
  db: Executor,
  options: { anchors?: readonly AuditAnchor[]; from?: ChainPosition } = {},
): Promise<ChainReport> {
  const keys = auditChainKeys(db);
  const anchored = new Map((options.anchors ?? []).map((a) => [a.seq, a.hash]));
  let last = options.from ?? CHAIN_START;
  let unkeyedRows = 0;
  const report = (problem: ChainProblem | null): ChainReport => ({ problem, rows: last.seq, unkeyedRows, last });
  for (;;) {
    const batch = await listAuditBatch(db, last.seq, 1000);
    const result = verifyChainBatch(keys, batch, last);
    for (const row of batch) {
      if (row.seq > result.last.seq) break;
      if (row.chain === null) unkeyedRows += 1;
      const expected = anchored.get(row.seq);
      if (expected !== undefined && expected !== row.hash) {
        last = result.last;
        return report({ seq: row.seq, problem: 'anchor' });
      }
    }
    last = result.last;
    if (result.problem) return report(result.problem);
    if (batch.length === 0) break;
  }
  const newest = Math.max(0, ...anchored.keys());
  return report(newest > last.seq ? { seq: last.seq + 1, problem: 'truncated' } : null);
}

/**
 * Checks the rows added since the newest anchor (the whole chain when there is none) and, when they are intact
 * and the chain has grown, appends a new anchor. `serve` runs this on a timer; `audit-verify --write-anchor` too.
 */
export async function anchorAuditChain(
  db: Executor,
  file: string,
): Promise<{ problem: string | null; anchor: AuditAnchor | null }> {
  const keys = auditChainKeys(db);
  const read = readAnchors(file, keys);
  if (read.problem) return { problem: read.problem, anchor: null };
  const newest = read.anchors.at(-1);
  let from = CHAIN_START;
  if (newest && newest.seq > 0) {
    const row = await findAuditRow(db, newest.seq);
    if (!row) return { problem: describeProblem({ seq: newest.seq, problem: 'truncated' }), anchor: null };
    if (row.hash !== newest.hash)
      return { problem: describeProblem({ seq: row.seq, problem: 'anchor' }), anchor: null };
    from = { seq: row.seq, hash: row.hash, keyed: row.chain !== null };
  }
  const result = await verifyAuditChain(db, { from });
  if (result.problem) return { problem: describeProblem(result.problem), anchor: null };
  if (newest && newest.seq === result.last.seq) return { problem: null, anchor: null };
  return { problem: null, anchor: appendAnchor(file, keys, result.last, nowIso()) };
}

export function describeProblem(problem: ChainProblem): string {
  return `audit chain broken at row seq=${problem.seq} (${problem.problem})`;
}
