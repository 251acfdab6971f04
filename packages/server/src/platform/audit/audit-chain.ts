import crypto from 'node:crypto';
import type { Executor } from '../../db/database';
import type { AuditLogTable } from '../../db/schema';
import type { Keyring } from '../crypto/keyring';
import type { CryptoSuite } from '../crypto/pii-cipher';

export const GENESIS_HASH = '0'.repeat(64);

type Algorithm = 'hmac-sha256' | 'hmac-sm3';
const HASHES: Record<Algorithm, 'sha256' | 'sm3'> = { 'hmac-sha256': 'sha256', 'hmac-sm3': 'sm3' };
const SUITE_ALGORITHM: Record<CryptoSuite, Algorithm> = { intl: 'hmac-sha256', gm: 'hmac-sm3' };

function canonical(row: Omit<AuditLogTable, 'hash'>): unknown[] {
  return [
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
  ];
}

/** The hash of rows written before the chain was keyed: plain SHA-256, which anyone holding the file can recompute. */
export function legacyRowHash(row: Omit<AuditLogTable, 'hash'>): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(canonical(row)), 'utf8')
    .digest('hex');
}

/**
 * The keys of the audit chain: an HMAC subkey of each master key, derived like the personal-data subkeys
 * (HKDF over the suite's hash with its own label), so a copy of the database alone cannot recompute the chain.
 * Each row names the algorithm and key id that made its hash, so rotation and a suite change keep old rows checkable.
 */
export class AuditChainKeys {
  private readonly derived = new Map<string, Buffer>();

  constructor(
    private readonly keyring: Keyring,
    private readonly suite: CryptoSuite,
  ) {}

  /** The `chain` value for a new row. */
  get activeTag(): string {
    return `${SUITE_ALGORITHM[this.suite]}:${this.keyring.activeId}`;
  }

  /** The hash of a row under the tag it names; null when the tag is unknown or its key is not in the keyring. */
  rowHash(row: Omit<AuditLogTable, 'hash'>): string | null {
    if (row.chain === null) return legacyRowHash(row);
    return this.mac(row.chain, 'audit', JSON.stringify([...canonical(row), row.chain]));
  }

  /** A MAC over an anchor line, under the given tag (the active one when writing). */
  anchorMac(tag: string, text: string): string | null {
    return this.mac(tag, 'audit-anchor', text);
  }

  private mac(tag: string, label: 'audit' | 'audit-anchor', text: string): string | null {
    const [algorithm, keyId] = tag.split(':');
    if (algorithm !== 'hmac-sha256' && algorithm !== 'hmac-sm3') return null;
    if (!keyId || !(keyId in this.keyring.data.keys)) return null;
    const hash = HASHES[algorithm];
    const cacheKey = `${label}:${tag}`;
    let key = this.derived.get(cacheKey);
    if (!key) {
      key = Buffer.from(crypto.hkdfSync(hash, this.keyring.key(keyId), Buffer.alloc(0), `fengqiao/${label}`, 32));
      this.derived.set(cacheKey, key);
    }
    return crypto.createHmac(hash, key).update(text, 'utf8').digest('hex');
  }
}

/**
 * `audit(tx, ctx, event)` has no deps to carry the keys, so they are bound to the database handle. A Kysely
 * transaction shares its database's adapter object, which makes the adapter the link from any `tx` to the keys.
 */
const boundKeys = new WeakMap<object, AuditChainKeys>();

export function bindAuditChainKeys(db: Executor, keys: AuditChainKeys): void {
  boundKeys.set(db.getExecutor().adapter, keys);
}

export function auditChainKeys(db: Executor): AuditChainKeys {
  const keys = boundKeys.get(db.getExecutor().adapter);
  // Never an unkeyed row by accident: a database opened without createDeps cannot be written to the chain.
  if (!keys) throw new Error('audit: no chain keys bound to this database (createDeps binds them)');
  return keys;
}

export type ChainProblemKind =
  /** a row is missing (or rows were reordered) */
  | 'gap'
  | 'prev_hash'
  | 'hash'
  /** a row without a key after keyed rows */
  | 'unkeyed'
  /** the row names an algorithm or key id the keyring does not have */
  | 'key'
  /** the row's hash differs from the one an anchor recorded for it */
  | 'anchor'
  /** the chain ends before the newest anchor */
  | 'truncated';

export type ChainProblem = { seq: number; problem: ChainProblemKind };

/** Where a walk of the chain has got to. */
export interface ChainPosition {
  seq: number;
  hash: string;
  /** A keyed row has been seen: unkeyed rows (from before keying) may only come first. */
  keyed: boolean;
}

export const CHAIN_START: ChainPosition = { seq: 0, hash: GENESIS_HASH, keyed: false };

/** Checks rows given in seq order, continuing from the previous batch's last row. */
export function verifyChainBatch(
  keys: AuditChainKeys,
  rows: readonly AuditLogTable[],
  previous: ChainPosition,
): { problem: ChainProblem | null; last: ChainPosition } {
  let last = previous;
  for (const row of rows) {
    if (row.seq !== last.seq + 1) return { problem: { seq: last.seq + 1, problem: 'gap' }, last };
    if (row.prev_hash !== last.hash) return { problem: { seq: row.seq, problem: 'prev_hash' }, last };
    const { hash, ...rest } = row;
    if (rest.chain === null && last.keyed) return { problem: { seq: row.seq, problem: 'unkeyed' }, last };
    const expected = keys.rowHash(rest);
    if (expected === null) return { problem: { seq: row.seq, problem: 'key' }, last };
    if (expected !== hash) return { problem: { seq: row.seq, problem: 'hash' }, last };
    last = { seq: row.seq, hash, keyed: rest.chain !== null };
  }
  return { problem: null, last };
}
