import { addressKey } from '@fengqiao/domain';
import type { Config } from '../config';
import type { DatabaseHandle } from '../db/database';
import { audit } from '../platform/audit/audit';
import { AuditChainKeys, bindAuditChainKeys } from '../platform/audit/audit-chain';
import { Keyring } from '../platform/crypto/keyring';
import { PiiCipher } from '../platform/crypto/pii-cipher';
import {
  listEncryptedCameraSources,
  listEncryptedDisputeAddresses,
  listEncryptedHazardPhones,
  listEncryptedIncidentAddresses,
  listEncryptedKeyPersons,
  listEncryptedPersonPii,
  listUsersWithMfaSecrets,
  PERSON_PII_TABLES,
  updateCameraSourceCipher,
  updateDisputeAddressCipher,
  updateHazardPhoneCipher,
  updateIncidentAddressCipher,
  updateKeyPersonCipher,
  updatePersonPiiCipher,
  updateUserMfaCipher,
} from './pii-rotation.repository';

/**
 * Adds a key, makes it active, and re-encrypts every stored value and blind index under it.
 * The new keyring is saved first (old keys stay in it), so a failure part-way leaves every value
 * readable; running the command again finishes the job.
 */
export async function rotateKey(
  config: Config,
  handle: DatabaseHandle,
): Promise<{ from: string; to: string; values: number }> {
  const current = Keyring.load(config.crypto);
  const next = current.withNewKey();
  if (next.source.kind === 'file') {
    next.save();
  } else {
    process.stdout.write(
      `set FENGQIAO_KEYRING to this value before starting the server again:\n${JSON.stringify(next.data)}\n`,
    );
  }
  const cipher = new PiiCipher(next, config.crypto.suite);
  bindAuditChainKeys(handle.db, new AuditChainKeys(next, config.crypto.suite));
  const reencrypt = (value: string | null) => (value === null ? null : cipher.encrypt(cipher.decrypt(value)));
  const reindex = (value: string | null) => (value === null ? null : cipher.blindIndex(cipher.decrypt(value)));
  let values = 0;
  await handle.db.transaction().execute(async (tx) => {
    for (const table of PERSON_PII_TABLES) {
      for (const p of await listEncryptedPersonPii(tx, table)) {
        await updatePersonPiiCipher(tx, table, p.id, {
          id_number_enc: reencrypt(p.id_number_enc),
          id_number_bidx: reindex(p.id_number_enc),
          phone_enc: reencrypt(p.phone_enc),
          phone_bidx: reindex(p.phone_enc),
          address_enc: reencrypt(p.address_enc),
        });
        values += [p.id_number_enc, p.phone_enc, p.address_enc].filter((v) => v !== null).length;
      }
    }
    for (const dispute of await listEncryptedDisputeAddresses(tx)) {
      if (dispute.address_enc === null) continue;
      await updateDisputeAddressCipher(tx, dispute.id, cipher.encrypt(cipher.decrypt(dispute.address_enc)));
      values += 1;
    }
    // An incident's address is indexed by its normalised key (repeat detection), not by the text itself.
    for (const incident of await listEncryptedIncidentAddresses(tx)) {
      const key = incident.address_enc === null ? null : addressKey(cipher.decrypt(incident.address_enc));
      await updateIncidentAddressCipher(tx, incident.id, {
        address_enc: reencrypt(incident.address_enc),
        address_bidx: key === null ? null : cipher.blindIndex(key),
      });
      values += 1;
    }
    for (const hazard of await listEncryptedHazardPhones(tx)) {
      await updateHazardPhoneCipher(tx, hazard.id, {
        phone_enc: reencrypt(hazard.phone_enc),
        phone_bidx: reindex(hazard.phone_enc),
      });
      values += 1;
    }
    // The key-person link is looked up by the blind index of the person's id: it must follow the new key too.
    for (const kp of await listEncryptedKeyPersons(tx)) {
      const personId = cipher.decrypt(kp.person_enc);
      await updateKeyPersonCipher(tx, kp.id, {
        person_enc: cipher.encrypt(personId),
        person_bidx: cipher.blindIndex(personId),
        basis_enc: reencrypt(kp.basis_enc),
      });
      values += kp.basis_enc === null ? 1 : 2;
    }
    for (const camera of await listEncryptedCameraSources(tx)) {
      await updateCameraSourceCipher(tx, camera.id, cipher.encrypt(cipher.decrypt(camera.source_enc)));
      values += 1;
    }
    for (const u of await listUsersWithMfaSecrets(tx)) {
      await updateUserMfaCipher(tx, u.id, {
        mfa_secret_enc: reencrypt(u.mfa_secret_enc),
        mfa_pending_secret_enc: reencrypt(u.mfa_pending_secret_enc),
      });
      values += 1;
    }
    await audit(
      tx,
      { actor: null, ip: null, requestId: 'cli' },
      {
        action: 'system.rotate_key',
        username: 'cli',
        detail: { from: current.activeId, to: next.activeId, values },
      },
    );
  });
  process.stdout.write(`key rotated ${current.activeId} → ${next.activeId}; ${values} values re-encrypted\n`);
  return { from: current.activeId, to: next.activeId, values };
}
