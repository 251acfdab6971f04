import { type Kysely, type Migration, sql } from 'kysely';
import type { DialectKind } from '../database';

/**
 * The audit chain becomes keyed (HMAC under a subkey of the keyring). Each row names how its hash was made in
 * `chain` (`hmac-sha256:<key id>` or `hmac-sm3:<key id>`); rows written before this migration keep `chain` null
 * and their plain SHA-256, and verification accepts them only as the chain's first rows.
 * PostgreSQL's row triggers do not see TRUNCATE, so it is refused by a statement trigger of its own.
 */
export function auditChainKeyMigration(kind: DialectKind): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('audit_log').addColumn('chain', 'text').execute();
      if (kind === 'postgres') {
        await sql
          .raw(
            `CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
             FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`,
          )
          .execute(db);
      }
    },
  };
}
