import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import { countAll } from '../../db/dialect';
import type { DisputePartiesTable } from '../../db/schema';

export type PartyRow = DisputePartiesTable;

export async function insertPartyRows(db: Executor, rows: readonly PartyRow[]): Promise<void> {
  if (rows.length > 0)
    await db
      .insertInto('dispute_parties')
      .values([...rows])
      .execute();
}

export async function listPartyRows(db: Executor, disputeIds: readonly string[]): Promise<PartyRow[]> {
  if (disputeIds.length === 0) return [];
  return db
    .selectFrom('dispute_parties')
    .selectAll()
    .where('dispute_id', 'in', [...disputeIds])
    .orderBy('dispute_id')
    .orderBy('id')
    .execute();
}

/** Party names per dispute, in party order, for a page of disputes: lists show names only. */
export async function listPartyNames(db: Executor, disputeIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (disputeIds.length === 0) return out;
  const rows = await db
    .selectFrom('dispute_parties')
    .select(['dispute_id', 'name'])
    .where('dispute_id', 'in', [...disputeIds])
    .orderBy('dispute_id')
    .orderBy('id')
    .execute();
  for (const row of rows) {
    const names = out.get(row.dispute_id);
    if (names) names.push(row.name);
    else out.set(row.dispute_id, [row.name]);
  }
  return out;
}

export async function findPartyRow(db: Executor, disputeId: string, partyId: string): Promise<PartyRow | undefined> {
  return db
    .selectFrom('dispute_parties')
    .selectAll()
    .where('dispute_id', '=', disputeId)
    .where('id', '=', partyId)
    .executeTakeFirst();
}

export async function updatePartyRow(
  db: Executor,
  disputeId: string,
  partyId: string,
  patch: Updateable<DisputePartiesTable>,
): Promise<void> {
  await db
    .updateTable('dispute_parties')
    .set(patch)
    .where('dispute_id', '=', disputeId)
    .where('id', '=', partyId)
    .execute();
}

/** How many of these people live in the town: a party may only name a person of the dispute's town. */
export async function countPersonsInTown(db: Executor, townId: string, personIds: readonly string[]): Promise<number> {
  const row = await db
    .selectFrom('persons')
    .select(countAll.as('n'))
    .where('id', 'in', [...personIds])
    .where('town_id', '=', townId)
    .executeTakeFirstOrThrow();
  return row.n;
}
