import { ageOn, type CreateParty, type DisputeParty, type UpdateParty } from '@fengqiao/domain';
import type { Updateable } from 'kysely';
import type { Executor } from '../../db/database';
import type { DisputePartiesTable } from '../../db/schema';
import type { PiiCipher } from '../../platform/crypto/pii-cipher';
import { AppError } from '../../platform/errors';
import { newId, nowIso } from '../../platform/ids';
import { fillPii, nameColumns, piiColumns, sexFromIdNumber } from '../directory/person-pii';
import { countPersonsInTown, type PartyRow } from './parties.repository';

/**
 * A party's stored row: ID number, phone and address encrypted with blind index and masked form (the same rules
 * as the people directory, so an invalid ID number is refused with INVALID_ID_NUMBER), pinyin keys for search.
 */
export function newPartyRow(
  cipher: PiiCipher,
  dispute: { id: string; town_id: string; jurisdiction_id: string },
  input: CreateParty,
): PartyRow {
  const pii = piiColumns(cipher, {
    idNumber: input.idNumber ?? null,
    phone: input.phone ?? null,
    address: input.address ?? null,
  });
  const names = nameColumns(input.name);
  return {
    id: newId(),
    dispute_id: dispute.id,
    town_id: dispute.town_id,
    jurisdiction_id: dispute.jurisdiction_id,
    person_id: input.personId ?? null,
    role: input.role,
    name: names.name,
    name_pinyin: names.name_pinyin,
    name_initials: names.name_initials,
    sex: input.sex ?? sexFromIdNumber(input.idNumber),
    ethnicity: input.ethnicity || null,
    age: input.age ?? null,
    occupation: input.occupation || null,
    ...fillPii(pii),
    agent: input.agent || null,
    created_at: nowIso(),
  };
}

/**
 * The stored changes for an edit: only the fields given; personal data re-encrypted, re-indexed and re-masked by
 * the same helper as a new row (INVALID_ID_NUMBER / INVALID_MOBILE on bad input). A birth date is stored as the
 * age on `today`; a new ID number fills in the sex when none is recorded.
 */
export function partyChanges(
  cipher: PiiCipher,
  row: PartyRow,
  patch: UpdateParty,
  today: string,
): Updateable<DisputePartiesTable> {
  const changes: Updateable<DisputePartiesTable> = {
    ...piiColumns(cipher, { idNumber: patch.idNumber, phone: patch.phone, address: patch.address }),
  };
  if (patch.role !== undefined) changes.role = patch.role;
  if (patch.name !== undefined) Object.assign(changes, nameColumns(patch.name));
  if (patch.sex !== undefined) changes.sex = patch.sex;
  else if (patch.idNumber && row.sex === null) changes.sex = sexFromIdNumber(patch.idNumber);
  if (patch.ethnicity !== undefined) changes.ethnicity = patch.ethnicity || null;
  if (patch.age !== undefined) changes.age = patch.age;
  if (patch.birthDate !== undefined) changes.age = ageOn(patch.birthDate, today);
  if (patch.occupation !== undefined) changes.occupation = patch.occupation || null;
  if (patch.agent !== undefined) changes.agent = patch.agent || null;
  return changes;
}

/** A person named on a party must exist in the dispute's town. */
export async function checkPartyPeople(tx: Executor, townId: string, parties: readonly CreateParty[]): Promise<void> {
  const ids = [...new Set(parties.flatMap((party) => (party.personId ? [party.personId] : [])))];
  if (ids.length === 0) return;
  if ((await countPersonsInTown(tx, townId, ids)) !== ids.length) throw new AppError('PERSON_UNKNOWN');
}

export function presentParty(row: PartyRow): DisputeParty {
  return {
    id: row.id,
    personId: row.person_id,
    role: row.role,
    name: row.name,
    sex: row.sex,
    ethnicity: row.ethnicity,
    age: row.age,
    occupation: row.occupation,
    idNumber: row.id_number_masked,
    phone: row.phone_masked,
    address: row.address_masked,
    agent: row.agent,
  };
}

/** Search keys of a dispute: the summary and party names for text search, pinyin and initials for prefix search. */
export function searchColumns(
  summary: string,
  parties: readonly Pick<PartyRow, 'name' | 'name_pinyin' | 'name_initials'>[],
) {
  return {
    search_text: [summary, ...parties.map((party) => party.name)].join(' '),
    party_keys: ` ${parties.flatMap((party) => [party.name_pinyin, party.name_initials]).join(' ')} `,
  };
}
