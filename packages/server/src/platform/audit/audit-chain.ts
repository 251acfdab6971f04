import crypto from 'node:crypto';
import type { AuditLogTable } from '../../db/schema';

export const GENESIS_HASH = '0'.repeat(64);

/** The hash covers every column but itself, and the previous row's hash, so any edit breaks the chain. */
export function auditRowHash(row: Omit<AuditLogTable, 'hash'>): string {
  const canonical = JSON.stringify([
    row.seq,
    row.at,
    row.user_id,
    row.username,
    row.action,
    row.target_type,
    row.target_id,
    row.outcome,
    row.ip,
    row.request_id,
    row.detail,
    row.prev_hash,
  ]);
  return crypto.createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export type ChainProblem = { seq: number; problem: 'gap' | 'prev_hash' | 'hash' };

/** Checks rows given in seq order, continuing from the previous batch's last row. */
export function verifyChainBatch(
  rows: readonly AuditLogTable[],
  previous: { seq: number; hash: string },
): { problem: ChainProblem | null; last: { seq: number; hash: string } } {
  let last = previous;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) return { problem: { seq: last.seq + 1, problem: 'gap' }, last };
    if (row.prev_hash !== last.hash) return { problem: { seq: row.seq, problem: 'prev_hash' }, last };
    const { hash, ...rest } = row;
    if (auditRowHash(rest) !== hash) return { problem: { seq: row.seq, problem: 'hash' }, last };
    last = { seq: row.seq, hash };
  }
  return { problem: null, last };
}
