import type { Kysely, Migration } from 'kysely';

/**
 * An ID number is unique per home jurisdiction instead of everywhere. A town-wide constraint made
 * registration answer ID_NUMBER_TAKEN for someone registered outside the caller's scope, which told a
 * village auxiliary officer that the person lives elsewhere. The service now refuses only a holder inside
 * the caller's scope, and this index backs it against a race within one place (docs/security.md).
 * Leading with the blind index keeps search by ID number on an index.
 */
export function personIdPerHomeMigration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropIndex('persons_id_bidx').execute();
      await db.schema
        .createIndex('persons_id_bidx_home')
        .on('persons')
        .columns(['id_number_bidx', 'jurisdiction_id'])
        .unique()
        .execute();
    },
  };
}
