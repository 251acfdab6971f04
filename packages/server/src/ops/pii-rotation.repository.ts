import type { Executor } from '../db/database';

/** The tables holding a person's ID number, phone and address in the directory's columns (person-pii.ts). */
export const PERSON_PII_TABLES = ['persons', 'dispute_parties', 'incident_parties'] as const;
export type PersonPiiTable = (typeof PERSON_PII_TABLES)[number];

export async function listEncryptedPersonPii(db: Executor, table: PersonPiiTable) {
  return db
    .selectFrom(table)
    .select(['id', 'id_number_enc', 'phone_enc', 'address_enc'])
    .where((eb) =>
      eb.or([eb('id_number_enc', 'is not', null), eb('phone_enc', 'is not', null), eb('address_enc', 'is not', null)]),
    )
    .execute();
}

export async function updatePersonPiiCipher(
  db: Executor,
  table: PersonPiiTable,
  id: string,
  values: {
    id_number_enc: string | null;
    id_number_bidx: string | null;
    phone_enc: string | null;
    phone_bidx: string | null;
    address_enc: string | null;
  },
): Promise<void> {
  await db.updateTable(table).set(values).where('id', '=', id).execute();
}

export async function listUsersWithMfaSecrets(db: Executor) {
  return db
    .selectFrom('users')
    .select(['id', 'mfa_secret_enc', 'mfa_pending_secret_enc'])
    .where((eb) => eb.or([eb('mfa_secret_enc', 'is not', null), eb('mfa_pending_secret_enc', 'is not', null)]))
    .execute();
}

export async function updateUserMfaCipher(
  db: Executor,
  id: string,
  values: { mfa_secret_enc: string | null; mfa_pending_secret_enc: string | null },
): Promise<void> {
  await db.updateTable('users').set(values).where('id', '=', id).execute();
}

export async function listEncryptedIncidentAddresses(db: Executor) {
  return db.selectFrom('incidents').select(['id', 'address_enc']).where('address_enc', 'is not', null).execute();
}

export async function updateIncidentAddressCipher(
  db: Executor,
  id: string,
  values: { address_enc: string | null; address_bidx: string | null },
): Promise<void> {
  await db.updateTable('incidents').set(values).where('id', '=', id).execute();
}

export async function listEncryptedDisputeAddresses(db: Executor) {
  return db.selectFrom('disputes').select(['id', 'address_enc']).where('address_enc', 'is not', null).execute();
}

export async function updateDisputeAddressCipher(db: Executor, id: string, addressEnc: string): Promise<void> {
  await db.updateTable('disputes').set({ address_enc: addressEnc }).where('id', '=', id).execute();
}

/** The public reporters' phones on hazards (ciphertext and blind index like a person's phone). */
export async function listEncryptedHazardPhones(db: Executor) {
  return db.selectFrom('hazards').select(['id', 'phone_enc']).where('phone_enc', 'is not', null).execute();
}

export async function updateHazardPhoneCipher(
  db: Executor,
  id: string,
  values: { phone_enc: string | null; phone_bidx: string | null },
): Promise<void> {
  await db.updateTable('hazards').set(values).where('id', '=', id).execute();
}

/** Key persons: the encrypted link to the directory person (with its blind index) and the basis of the listing. */
export async function listEncryptedKeyPersons(db: Executor) {
  return db.selectFrom('key_persons').select(['id', 'person_enc', 'basis_enc']).execute();
}

export async function updateKeyPersonCipher(
  db: Executor,
  id: string,
  values: { person_enc: string; person_bidx: string; basis_enc: string | null },
): Promise<void> {
  await db.updateTable('key_persons').set(values).where('id', '=', id).execute();
}

/** Cameras' stream sources (an RTSP url may hold a password): ciphertext only, no blind index. */
export async function listEncryptedCameraSources(db: Executor) {
  return db.selectFrom('cameras').select(['id', 'source_enc']).execute();
}

export async function updateCameraSourceCipher(db: Executor, id: string, sourceEnc: string): Promise<void> {
  await db.updateTable('cameras').set({ source_enc: sourceEnc }).where('id', '=', id).execute();
}
