import type { AuditQuery } from '@fengqiao/domain';
import type { Executor } from '../../db/database';
import { lockAuditChain } from '../../db/dialect';
import type { AuditLogTable } from '../../db/schema';
import { auditChainKeys, GENESIS_HASH } from './audit-chain';

export type NewAuditRow = Omit<AuditLogTable, 'seq' | 'prev_hash' | 'hash' | 'chain'>;

export async function appendAuditRow(tx: Executor, row: NewAuditRow): Promise<AuditLogTable> {
  const keys = auditChainKeys(tx);
  await lockAuditChain(tx);
  const last = await tx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const base = { ...row, seq: (last?.seq ?? 0) + 1, prev_hash: last?.hash ?? GENESIS_HASH, chain: keys.activeTag };
  const hash = keys.rowHash(base);
  if (hash === null) throw new Error('audit: the active key cannot sign the chain');
  const full: AuditLogTable = { ...base, hash };
  await tx.insertInto('audit_log').values(full).execute();
  return full;
}

export async function listAuditRows(
  db: Executor,
  query: AuditQuery,
  beforeSeq: number | null,
): Promise<AuditLogTable[]> {
  let q = db.selectFrom('audit_log').selectAll();
  if (query.userId) q = q.where('user_id', '=', query.userId);
  if (query.username) q = q.where('username', '=', query.username);
  if (query.action) q = q.where('action', '=', query.action);
  if (query.targetType) q = q.where('target_type', '=', query.targetType);
  if (query.targetId) q = q.where('target_id', '=', query.targetId);
  if (query.from) q = q.where('at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('at', '<=', new Date(query.to).toISOString());
  if (beforeSeq !== null) q = q.where('seq', '<', beforeSeq);
  return q
    .orderBy('seq', 'desc')
    .limit(query.limit + 1)
    .execute();
}

export async function listAuditBatch(db: Executor, afterSeq: number, size: number): Promise<AuditLogTable[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(size).execute();
}

export async function findAuditRow(db: Executor, seq: number): Promise<AuditLogTable | undefined> {
  return db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirst();
}

export interface AuditActor {
  id: string;
  username: string;
  displayName: string;
  roles: string[];
}

/**
 * Names and roles of the accounts behind one page of audit rows, found by id or, for sign-in events written
 * before a session existed, by username: two queries whatever the page size.
 */
export async function listAuditActors(
  db: Executor,
  userIds: readonly string[],
  usernames: readonly string[],
): Promise<AuditActor[]> {
  if (userIds.length === 0 && usernames.length === 0) return [];
  const users = await db
    .selectFrom('users')
    .select(['id', 'username', 'display_name'])
    .where((eb) =>
      eb.or([
        ...(userIds.length > 0 ? [eb('id', 'in', userIds)] : []),
        ...(usernames.length > 0 ? [eb('username', 'in', usernames)] : []),
      ]),
    )
    .execute();
  if (users.length === 0) return [];
  const roles = await db
    .selectFrom('user_roles')
    .select(['user_id', 'role'])
    .where(
      'user_id',
      'in',
      users.map((user) => user.id),
    )
    .orderBy('user_id')
    .orderBy('role')
    .execute();
  return users.map((user) => ({
    id: user.id,
    username: user.username,
    displayName: user.display_name,
    roles: [...new Set(roles.filter((row) => row.user_id === user.id).map((row) => row.role))],
  }));
}
