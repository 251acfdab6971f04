import { type RawBuilder, type SqlBool, sql } from 'kysely';
import type { Executor } from './database';
import { isPostgres, likeContains, likeSql } from './dialect';

const PINYIN_LIKE = /^[a-z]+$/;

/**
 * Dispute text search, per engine. Chinese has no spaces between words, so search is by substring:
 * - SQLite: the FTS5 trigram index finds terms of 3+ characters; 1–2 characters fall back to LIKE.
 * - PostgreSQL: LIKE on lower(search_text), served by the pg_trgm GIN index when the migration could create it.
 * A lower-case Latin term also matches a party's pinyin or initials by prefix (`zhangsan`, `zs` → 张三).
 */
export function disputeTextMatch(db: Executor, q: string): RawBuilder<SqlBool> {
  const term = q.trim();
  const parts: RawBuilder<SqlBool>[] = [];
  if (!isPostgres(db) && [...term].length >= 3) {
    const phrase = `"${term.replace(/"/g, '""')}"`;
    parts.push(sql<SqlBool>`d.id in (select dispute_id from disputes_fts where disputes_fts match ${phrase})`);
  } else {
    parts.push(likeSql('d.search_text', likeContains(term)));
  }
  const latin = term.toLowerCase().replace(/[\s']+/g, '');
  if (PINYIN_LIKE.test(latin)) parts.push(likeSql('d.party_keys', `% ${latin}%`));
  return sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/** Keeps SQLite's FTS5 index in step with disputes.search_text; PostgreSQL indexes the column itself. */
export async function indexDisputeText(db: Executor, disputeId: string, text: string): Promise<void> {
  if (isPostgres(db)) return;
  await db.deleteFrom('disputes_fts').where('dispute_id', '=', disputeId).execute();
  await db.insertInto('disputes_fts').values({ dispute_id: disputeId, body: text }).execute();
}
